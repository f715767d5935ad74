// The revise loop against a local OpenAI-compatible server: what it asks, what it keeps, what it
// rejects and why.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProvider } from "../../src/llm/provider.js";
import { UsageMeter } from "../../src/llm/types.js";
import { reviseProposal, type ReviseOutcome } from "../../src/revise/engine.js";
import { loadReviseTemplates } from "../../src/revise/prompt.js";
import { rewritableSections, sectionBody } from "../../src/revise/sections.js";
import { startLlmServer, type LlmHandler, type LlmServer, type RecordedRequest } from "../helpers/llm-server.js";
import { COMPLETE_FACTS, REWRITES, scoringInput, SPARSE_FACTS } from "./helpers.js";

let server: LlmServer;
let root: string;

beforeEach(async () => {
  server = await startLlmServer({ "*": REWRITES.worse });
  root = mkdtempSync(join(tmpdir(), "grantsmith-revise-"));
});
afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** The heading a rewrite request is for, from the quoted heading in its task. */
const headingOf = (request: RecordedRequest) => /“([^”]+)”部分/.exec(request.lastUser)?.[1] ?? /section "([^"]+)"/.exec(request.lastUser)?.[1] ?? "";

function byHeading(replies: Record<string, string | { text: string; finishReason?: string }>): LlmHandler {
  return (request) => replies[headingOf(request)] ?? REWRITES.worse;
}

function provider(cache: "none" | "dir" = "none") {
  const env = { GRANTSMITH_CONFIG: "none", GRANTSMITH_CACHE: cache === "none" ? "none" : join(root, "cache"), GRANTSMITH_MAX_RETRIES: "0", HOME: root };
  const choice = createProvider({ provider: "custom", baseUrl: server.baseURL, model: "revise-test" }, env, root);
  if (choice.kind !== "model") throw new Error("expected a model provider");
  return choice.provider;
}

interface RunOptions {
  facts?: string;
  text?: string;
  rounds?: number;
  target?: number;
  perRound?: number;
  cache?: "none" | "dir";
  meter?: UsageMeter;
}

async function revise(options: RunOptions = {}): Promise<ReviseOutcome> {
  const input = await scoringInput(options.facts ?? SPARSE_FACTS, options.text);
  return reviseProposal({
    ...input,
    model: { provider: provider(options.cache), meter: options.meter ?? new UsageMeter(), signal: new AbortController().signal },
    templates: await loadReviseTemplates("zh"),
    rounds: options.rounds ?? 1,
    target: options.target,
    perRound: options.perRound,
    concurrency: 2,
  });
}

describe("reviseProposal", () => {
  it("keeps rewrites that raise the score and rejects one that lowers it, most points first", async () => {
    server.setHandler(byHeading({ 项目背景与需求分析: REWRITES.betterNeed, 监测与评估: REWRITES.betterMonitoring }));
    const outcome = await revise();
    // The budget's findings (no items, placeholders) only the facts can fix: it is not asked.
    expect(server.chatRequests().map(headingOf).sort()).toEqual(["受益对象", "监测与评估", "项目背景与需求分析"].sort());
    expect(outcome.changes.map((c) => [c.section, c.kept])).toEqual([
      ["monitoring", true],
      ["need", true],
      ["beneficiaries", false],
    ]);
    const [monitoring, need, beneficiaries] = outcome.changes;
    expect(beneficiaries!.reason).toMatch(/removes placeholders|the score would (fall|stay)/);
    expect(need!.scoreAfter).toBeGreaterThan(need!.scoreBefore);
    expect(need!.scoreBefore).toBe(monitoring!.scoreAfter);
    expect(outcome.factsToFill.map((f) => f.field)).toEqual(expect.arrayContaining(["budget.items", "need.evidence"]));
    expect(monitoring!.addressed.some((m) => /监测评估没有带目标值的指标/.test(m))).toBe(true);
    expect(outcome.after.score).toBeGreaterThan(outcome.before.score);
    expect(outcome.text).toContain("项目计划为社区内60名小学生提供课后托管服务");
    expect(outcome.text).toContain("接受课后托管服务的小学生人数：目标60人");
    expect(outcome.text).not.toContain(REWRITES.worse);
    expect(outcome.stopped).toBe("rounds");
  });

  it("rejects a rewrite that drops placeholders only the facts can fill, whatever the score", async () => {
    server.setHandler(byHeading({ 监测与评估: REWRITES.droppedPlaceholders }));
    const outcome = await revise();
    const monitoring = outcome.changes.find((c) => c.section === "monitoring")!;
    expect(monitoring.kept).toBe(false);
    expect(monitoring.reason).toMatch(/removes placeholders that only the facts can fill \(【待补充：监测与评估方法/);
    expect(outcome.text).not.toContain(REWRITES.droppedPlaceholders);
  });

  it("rejects a rewrite that adds figures the facts do not contain, whatever the score", async () => {
    server.setHandler(byHeading({ 项目背景与需求分析: REWRITES.inventedNeed }));
    const input = await scoringInput(SPARSE_FACTS);
    const outcome = await revise();
    const need = outcome.changes.find((c) => c.section === "need")!;
    expect(need.kept).toBe(false);
    // Figures the facts do not hold cost points of their own now; the guard rejects them either way.
    expect(need.newUnverified).toEqual(expect.arrayContaining(["1,200", "35%"]));
    expect(need.reason).toMatch(/adds figures the facts do not contain: .*1,200/);
    expect(outcome.changes.every((c) => !c.kept)).toBe(true);
    expect(outcome.text).toBe(input.text);
    expect(outcome.after.score).toBe(outcome.before.score);
    expect(outcome.stopped).toBe("no-gain");
  });

  it("sends the findings, the section's own facts, the brief and the current text between boundary lines", async () => {
    await revise();
    const request = server.chatRequests().find((r) => headingOf(r) === "项目背景与需求分析")!;
    expect(request.system).toContain("严禁编造");
    expect(request.body.temperature).toBe(0.3);
    const user = request.lastUser;
    // Only the facts can add evidence: that finding goes to the "fill in the facts" list, not here.
    expect(user).not.toContain("需求分析没有量化数据");
    expect(user).toContain("少于建议的 300 个汉字");
    expect(user).toContain("项目名称：社区儿童课后托管项目");
    expect(user).toContain("problem: 社区内双职工和外来务工家庭的小学生放学后无人看护");
    // The need section's facts do not include the budget.
    expect(user).not.toMatch(/^budget:/m);
    const bounded = /<<<SECTION (\w+) BEGIN>>>\n([\s\S]*)\n<<<SECTION \1 END>>>$/.exec(user);
    expect(bounded).not.toBeNull();
    expect(bounded![2]).toMatch(/^社区内双职工/);
    // The task comes before the material and says nothing after it.
    expect(user.indexOf("## 评审意见")).toBeLessThan(user.indexOf("<<<SECTION"));
  });

  it("asks again in a second round only for sections that changed or were not tried", async () => {
    server.setHandler(byHeading({ 项目背景与需求分析: REWRITES.betterNeed }));
    const outcome = await revise({ rounds: 2 });
    const asked = server.chatRequests().map(headingOf);
    expect(asked.slice(0, 3).sort()).toEqual(["受益对象", "监测与评估", "项目背景与需求分析"].sort());
    const second = asked.slice(3);
    expect(asked).not.toContain("项目预算");
    expect(second).not.toContain("监测与评估");
    expect(second.length).toBeGreaterThan(0);
    expect(outcome.rounds).toBe(2);
    const roundTwo = outcome.changes.filter((c) => c.round === 2);
    expect(roundTwo.map((c) => c.heading).sort()).toEqual([...second].sort());
    // The need section answered the same again: nothing new to keep, so the loop stops.
    const needAgain = roundTwo.find((c) => c.section === "need");
    if (needAgain) expect(needAgain.reason).toMatch(/unchanged/);
    expect(roundTwo.every((c) => !c.kept)).toBe(true);
    expect(outcome.stopped).toBe("no-gain");
  });

  it("stops before asking anything when the score already meets --target", async () => {
    const outcome = await revise({ target: 10 });
    expect(server.chatRequests()).toHaveLength(0);
    expect(outcome.stopped).toBe("target");
    expect(outcome.changes).toEqual([]);
  });

  it("asks nothing about a complete proposal", async () => {
    const outcome = await revise({ facts: COMPLETE_FACTS, rounds: 2 });
    expect(server.chatRequests()).toHaveLength(0);
    expect(outcome.stopped).toBe("nothing-to-rewrite");
    expect(outcome.after.score).toBe(100);
  });

  it("rejects a rewrite the model cut off at its length limit", async () => {
    server.setHandler(byHeading({ 项目背景与需求分析: { text: REWRITES.betterNeed, finishReason: "length" } }));
    const outcome = await revise();
    const need = outcome.changes.find((c) => c.section === "need")!;
    expect(need.kept).toBe(false);
    expect(need.reason).toMatch(/length limit/);
  });

  it("a second identical run is answered from the cache with zero requests", async () => {
    server.setHandler(byHeading({ 项目背景与需求分析: REWRITES.betterNeed, 监测与评估: REWRITES.betterMonitoring }));
    const first = await revise({ rounds: 2, cache: "dir" });
    const count = server.chatRequests().length;
    expect(count).toBeGreaterThan(0);
    const meter = new UsageMeter();
    const second = await revise({ rounds: 2, cache: "dir", meter });
    expect(server.chatRequests()).toHaveLength(count);
    expect(meter.requests).toBe(0);
    expect(meter.cacheHits).toBe(count);
    expect(second.text).toBe(first.text);
  });
});

describe("tables", () => {
  /** Says who benefits directly and indirectly, with only the facts' figures: raises the score. */
  const BETTER_BENEFICIARIES =
    "项目的直接受益人为四川省成都市武侯区社区内的小学生，共60人，主要来自双职工和外来务工家庭。间接受益人为这些学生的家长和家庭成员，人数【待补充：间接受益的家长人数】。\n\n" +
    "受益对象的确定遵循公开、公平、需求优先的原则：执行团队将依据遴选标准逐一核实，建立受益对象名册，并在实施过程中动态更新。【待补充：遴选标准及确定方式】";

  async function beneficiariesTable(): Promise<string> {
    const input = await scoringInput(SPARSE_FACTS);
    const section = rewritableSections(input.text, input.rubric.matcher).find((s) => s.id === "beneficiaries")!;
    const body = sectionBody(input.text, section);
    return body.slice(body.indexOf("### 受益对象一览")).trim();
  }

  it("sends a marker instead of the table and puts the table back where the model kept the marker", async () => {
    const table = await beneficiariesTable();
    server.setHandler((request) => {
      if (headingOf(request) !== "受益对象") return REWRITES.worse;
      expect(request.lastUser).toContain("[[TABLE 1]]");
      expect(request.lastUser).not.toContain("| 受益群体 |");
      return `[[TABLE 1]]\n\n${BETTER_BENEFICIARIES}`;
    });
    const outcome = await revise({ perRound: 20 });
    const change = outcome.changes.find((c) => c.section === "beneficiaries")!;
    expect(change.kept).toBe(true);
    expect(change.restored).toEqual([]);
    expect(outcome.text.split(table)).toHaveLength(2);
    expect(outcome.text.indexOf(table)).toBeLessThan(outcome.text.indexOf("间接受益人为这些学生的家长"));
  });

  it("puts a table the model dropped back at the end of the section", async () => {
    const table = await beneficiariesTable();
    server.setHandler(byHeading({ 受益对象: BETTER_BENEFICIARIES }));
    const outcome = await revise({ perRound: 20 });
    const change = outcome.changes.find((c) => c.section === "beneficiaries")!;
    expect(change.kept).toBe(true);
    expect(change.restored).toEqual(["[[TABLE 1]]"]);
    expect(outcome.text).toContain(`【待补充：遴选标准及确定方式】\n\n${table}\n\n## 五、`);
    expect(outcome.text.split(table)).toHaveLength(2);
  });

  it("never sends a table, whichever sections are rewritten", async () => {
    await revise({ perRound: 20 });
    for (const request of server.chatRequests()) expect(request.lastUser).not.toMatch(/^\|.*\|$/m);
  });
});
