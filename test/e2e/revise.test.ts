// `grantsmith revise` end to end: the built binary against a local OpenAI-compatible server, on the
// offline draft of the sparse example (a realistic weak proposal) and of a complete one.
import { access, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cleanEnv, runCliInEnglish as runCli, signalAfterRequests } from "../helpers/run-cli.js";
import { runInProcessInEnglish as runInProcess } from "../helpers/run-in-process.js";
import { startLlmServer, type LlmHandler, type LlmServer, type RecordedRequest } from "../helpers/llm-server.js";
import { REWRITES } from "../revise/helpers.js";
import { tempDir } from "../helpers/temp.js";
import { docxParts, textOf } from "../helpers/zip.js";
import { cellsOf, monitoringFormZh, paragraphsOf } from "../forms/sample-forms.js";

const FAKE_KEY = "sk-test-SECRET-revise-0123456789";
let dir: string;
let sparse: string;
let complete: string;
let server: LlmServer;

const fileExists = (file: string) => access(file).then(() => true, () => false);
const headingOf = (request: RecordedRequest) => /“([^”]+)”部分/.exec(request.lastUser)?.[1] ?? "";
const byHeading = (replies: Record<string, string>): LlmHandler => (request) => replies[headingOf(request)] ?? REWRITES.worse;

async function draft(facts: string, name: string): Promise<string> {
  const out = path.join(dir, name);
  const result = await runInProcess(["draft", facts, "-o", out, "--no-score"]);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

/** A copy of the sparse draft under a new name, so each test owns its output file. */
async function proposal(name: string, text?: string): Promise<string> {
  const file = path.join(dir, `${name}.md`);
  await writeFile(file, text ?? (await readFile(sparse, "utf8")));
  return file;
}

const modelEnv = (extra: Record<string, string> = {}) =>
  cleanEnv({ GRANTSMITH_API_KEY: FAKE_KEY, GRANTSMITH_MAX_RETRIES: "0", GRANTSMITH_CACHE: "none", ...extra });
const model = () => ["--base-url", server.baseURL, "--model", "test-model"];
const revise = (file: string, ...args: string[]) => ["revise", file, "--facts", "examples/zh/sparse.yaml", ...args];

async function scoreOf(file: string, facts = "examples/zh/sparse.yaml"): Promise<number> {
  const result = await runInProcess(["score", file, "--facts", facts, "--format", "json"]);
  return (JSON.parse(result.stdout) as { results: { score: number }[] }).results[0]!.score;
}

beforeAll(async () => {
  dir = await tempDir("grantsmith-e2e-revise-");
  sparse = await draft("examples/zh/sparse.yaml", "sparse-draft.md");
  complete = await draft("examples/zh/elderly-meals.yaml", "complete-draft.md");
  server = await startLlmServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.setHandler(byHeading({}));
});

describe("revise with a model", () => {
  it("keeps a better rewrite: writes <name>.revised.md, reports before and after, each section and the usage", async () => {
    server.setHandler(byHeading({ 监测与评估: REWRITES.betterMonitoring }));
    const file = await proposal("better");
    const result = await runInProcess(revise(file, "--rounds", "1", ...model()), { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
    const out = path.join(dir, "better.revised.md");
    const text = await readFile(out, "utf8");
    expect(text).toContain("接受课后托管服务的小学生人数：目标60人");
    expect(await scoreOf(out)).toBeGreaterThan(await scoreOf(file));
    expect(await readFile(file, "utf8")).toBe(await readFile(sparse, "utf8"));

    expect(result.stderr).toContain("using model test-model");
    expect(result.stderr).toMatch(/^score before: [\d.]+\/100/m);
    expect(result.stderr).toMatch(/^round 1: kept 监测与评估 \(line \d+\): \+[\d.]+ points; addressed: 监测评估没有带目标值的指标/m);
    // The budget has no items in the facts: it goes to the "fill in the facts" list, not to the model.
    expect(result.stderr).not.toMatch(/^round 1: \w+ 项目预算/m);
    expect(result.stderr).toMatch(/^fill in the facts: \d+ findings only the facts file can fix \(not sent to the model\)/m);
    expect(result.stderr).toContain("  - budget.items: 预算部分没有可读的预算明细。");
    expect(result.stderr).toMatch(/^score: [\d.]+ \(F\) → [\d.]+ \(\w\), \+[\d.]+; 1 of 3 rewrites kept in 1 round/m);
    expect(result.stderr).toContain(`wrote ${out}`);
    expect(result.stderr).toMatch(/^model usage: 3 requests, [\d,]+ prompt \+ [\d,]+ completion tokens, 0 cache hits$/m);
  });

  it("-o x.docx writes the revised proposal as Word", async () => {
    server.setHandler(byHeading({ 监测与评估: REWRITES.betterMonitoring }));
    const file = await proposal("word");
    const out = path.join(dir, "word.revised.docx");
    const result = await runInProcess(revise(file, "--rounds", "1", "-o", out, ...model()), { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`wrote ${out}`);
    const { document } = docxParts(out);
    expect(textOf(document)).toContain("接受课后托管服务的小学生人数：目标60人");
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it("--form fills the funder's Word form with the revised text, as draft --form does, and reports its fields in --format json", async () => {
    server.setHandler(byHeading({ 监测与评估: REWRITES.betterMonitoring }));
    const file = await proposal("form");
    const form = path.join(dir, "monitoring-form.docx");
    await writeFile(form, await monitoringFormZh());
    const out = path.join(dir, "申报表.docx");
    const result = await runInProcess(revise(file, "--rounds", "1", "--form", form, "-o", out, "--format", "json", ...model()), { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    const paragraphs = paragraphsOf(await readFile(out));
    const heading = paragraphs.indexOf("一、监测与评估");
    expect(paragraphs.slice(heading + 1).join("\n")).toContain("接受课后托管服务的小学生人数：目标60人");
    expect(cellsOf(await readFile(out))[0]![1]).toMatch(/\S/);
    expect(result.stderr).toMatch(/^form .*monitoring-form\.docx: \d+ filled, \d+ left empty$/m);
    expect(result.stderr).toContain(`wrote ${out}`);
    const summary = JSON.parse(result.stdout);
    expect(summary.output).toBe(out);
    expect(summary.form.fields.find((f: { label: string }) => f.label === "一、监测与评估")).toMatchObject({ filled: true, from: "section:monitoring" });
    expect(summary.form.fields.find((f: { label: string }) => f.label === "项目名称")).toMatchObject({ filled: true, from: "title" });
  });

  it("--form: a limit the form states for a section is given to the rewrite's prompt", async () => {
    server.setHandler(byHeading({ 监测与评估: REWRITES.betterMonitoring }));
    const file = await proposal("form-limit");
    const form = path.join(dir, "monitoring-form-limit.docx");
    await writeFile(form, await monitoringFormZh(300));
    const before = server.chatRequests().length;
    const result = await runInProcess(revise(file, "--rounds", "1", "--form", form, "-o", path.join(dir, "限字.docx"), ...model()), { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    const prompts = server.chatRequests().slice(before).map((r) => JSON.stringify(r.body.messages));
    const monitoring = prompts.filter((p) => p.includes("监测与评估"));
    expect(monitoring.length).toBeGreaterThan(0);
    expect(monitoring.every((p) => p.includes("资助方表格规定本部分不超过300字"))).toBe(true);
    expect(prompts.filter((p) => !p.includes("监测与评估")).some((p) => p.includes("资助方表格规定"))).toBe(false);
  });

  it("--form with a Markdown output is exit 2 before any model is asked", async () => {
    const file = await proposal("form-md");
    const result = await runInProcess(revise(file, "--form", path.join(dir, "monitoring-form.docx"), "-o", path.join(dir, "x.md"), ...model()), { env: modelEnv() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--form fills a Word form: -o .*x\.md must end in \.docx/);
    expect(server.chatRequests()).toHaveLength(0);
  });

  it("rejects a worse rewrite and one that adds an unverified figure; with nothing kept it writes nothing and exits 0", async () => {
    server.setHandler(byHeading({ 项目背景与需求分析: REWRITES.inventedNeed }));
    const file = await proposal("rejected");
    const result = await runInProcess(revise(file, ...model()), { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/rejected 项目背景与需求分析 \(line \d+\): it adds figures the facts do not contain: [^\n]*1,200[^\n]*\(the score would (?:rise|fall|stay)/);
    expect(result.stderr).toMatch(/rejected 监测与评估 \(line \d+\): (the score would fall|it removes placeholders)/);
    expect(result.stderr).toContain("nothing written");
    expect(result.stderr).toContain("stopped because the last round kept nothing");
    expect(await fileExists(path.join(dir, "rejected.revised.md"))).toBe(false);
    // A round that keeps nothing ends the run: no second round.
    expect(server.chatRequests()).toHaveLength(3);
  });

  it("keeps a table the model dropped: it goes back at the end of its section, unchanged", async () => {
    const table = "### 需求情况一览\n\n| 问题 | 表现 |\n| --- | --- |\n| 无人看护 | 放学后独自在家或在街头逗留 |\n| 缺少辅导 | 作业无人检查 |";
    const base = await readFile(sparse, "utf8");
    const withTable = base.replace("\n\n## 三、项目目标", `\n\n${table}\n\n## 三、项目目标`);
    expect(withTable).not.toBe(base);
    const file = await proposal("tables", withTable);
    server.setHandler(byHeading({ 项目背景与需求分析: REWRITES.betterNeed }));
    const result = await runInProcess(revise(file, "--rounds", "1", ...model()), { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    const request = server.chatRequests().find((r) => headingOf(r) === "项目背景与需求分析")!;
    expect(request.lastUser).toContain("[[TABLE 1]]");
    expect(request.lastUser).not.toContain("| 无人看护 |");
    expect(result.stderr).toMatch(/kept 项目背景与需求分析 [^\n]*put back \[\[TABLE 1\]\] the model left out/);
    const text = await readFile(path.join(dir, "tables.revised.md"), "utf8");
    expect(text).toContain(`本项目正是针对这一服务缺口设计的。\n\n${table}\n\n## 三、项目目标`);
    // Every table of the proposal is there, as it was.
    const tables = withTable.split("\n").filter((line) => line.startsWith("|"));
    for (const line of tables) expect(text.split("\n")).toContain(line);
  });

  it("--format json prints before, after, changes and usage on stdout", async () => {
    server.setHandler(byHeading({ 监测与评估: REWRITES.betterMonitoring }));
    const file = await proposal("json");
    const result = await runInProcess(revise(file, "--rounds", "1", "--format", "json", ...model()), { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as {
      before: { score: number };
      after: { score: number };
      output: string;
      changes: { section: string; kept: boolean; reason: string | null }[];
      usage: { requests: number; cache_hits: number; prompt_tokens: number; completion_tokens: number };
    };
    expect(summary.after.score).toBeGreaterThan(summary.before.score);
    expect(summary.output).toBe(path.join(dir, "json.revised.md"));
    expect(summary.changes.map((c) => c.section)).not.toContain("budget");
    expect(summary.changes.filter((c) => c.kept).map((c) => c.section)).toEqual(["monitoring"]);
    expect(summary.changes.filter((c) => !c.kept).every((c) => /score|placeholders/.test(c.reason ?? ""))).toBe(true);
    expect((JSON.parse(result.stdout) as { fill_in_facts: { field: string }[] }).fill_in_facts.map((f) => f.field)).toContain("budget.items");
    expect(summary.usage).toMatchObject({ requests: 3, cache_hits: 0 });
    expect(summary.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it("a second identical run makes zero requests", async () => {
    server.setHandler(byHeading({ 监测与评估: REWRITES.betterMonitoring, 项目背景与需求分析: REWRITES.betterNeed }));
    const env = modelEnv({ GRANTSMITH_CACHE: path.join(await tempDir("grantsmith-cache-"), "grantsmith") });
    const file = await proposal("cached");
    const first = await runInProcess(revise(file, ...model()), { env });
    expect(first.code, first.stderr).toBe(0);
    const count = server.chatRequests().length;
    expect(count).toBeGreaterThanOrEqual(3);
    const out = path.join(dir, "cached.revised.md");
    const firstText = await readFile(out, "utf8");
    const second = await runInProcess(revise(file, "--force", ...model()), { env });
    expect(second.code, second.stderr).toBe(0);
    expect(server.chatRequests()).toHaveLength(count);
    expect(second.stderr).toContain(`model usage: 0 requests, 0 prompt + 0 completion tokens, ${count} cache hits`);
    expect(await readFile(out, "utf8")).toBe(firstText);
  });

  it("--dry-run makes no request and writes nothing: it shows the sections, findings and points at stake", async () => {
    const file = await proposal("dry");
    const result = await runInProcess(revise(file, "--dry-run", ...model()), { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(result.stdout).toMatch(/would rewrite 3 sections/);
    expect(result.stdout).not.toMatch(/^ {2}项目预算 \(line \d+\)/m);
    expect(result.stdout).toMatch(/^ {2}监测与评估 \(line \d+\): [\d.]+ points at stake$/m);
    expect(result.stdout).toMatch(/^ {2}- need\.evidence: 需求分析没有量化数据/m);
    expect(await fileExists(path.join(dir, "dry.revised.md"))).toBe(false);
    // It needs no model at all.
    const offline = await runInProcess(revise(file, "--dry-run", "--format", "json"));
    expect(offline.code).toBe(0);
    const plan = JSON.parse(offline.stdout) as { sections: { section: string; points: number }[] };
    expect(plan.sections.map((s) => s.section)).not.toContain("budget");
    expect((JSON.parse(offline.stdout) as { fill_in_facts: { field: string }[] }).fill_in_facts.map((f) => f.field)).toContain("budget.items");
  });

  it("a complete proposal has nothing to gain: no request, nothing written, exit 0", async () => {
    const result = await runInProcess(["revise", complete, "--facts", "examples/zh/elderly-meals.yaml", ...model()], { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(server.chatRequests()).toHaveLength(0);
    expect(result.stderr).toContain("nothing written");
    expect(result.stderr).toContain("no section with findings is left to rewrite");
    expect(await fileExists(path.join(dir, "complete-draft.revised.md"))).toBe(false);
  });
});

describe("revise refuses", () => {
  it("to write over an existing file without --force, or over the proposal itself at all", async () => {
    const file = await proposal("exists");
    const out = path.join(dir, "exists.revised.md");
    await writeFile(out, "my edits\n");
    const result = await runInProcess(revise(file, ...model()), { env: modelEnv() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${out}: already exists; pass --force`);
    expect(await readFile(out, "utf8")).toBe("my edits\n");
    const over = await runInProcess(revise(file, "-o", file, ...model()), { env: modelEnv() });
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(`${file}: is one of this command's input files`);
    const forced = await runInProcess(revise(file, "-o", file, "--force", ...model()), { env: modelEnv() });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain(`${file}: is one of this command's input files`);
    expect(server.requests).toHaveLength(0);
  });

  it("to run without a model endpoint: exit 2 saying how to configure one", async () => {
    const file = await proposal("nomodel");
    const result = await runInProcess(revise(file));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/revise needs a model, but no model endpoint is configured; pass --provider dashscope with DASHSCOPE_API_KEY/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(await fileExists(path.join(dir, "nomodel.revised.md"))).toBe(false);
  });

  it("--offline: exit 2 saying revise needs a model and how to configure one, even with a model set up", async () => {
    const file = await proposal("offline");
    for (const [lang, line] of [
      ["en", /^grantsmith revise needs a model, but --offline asks for no model \(leave it out\); pass --provider dashscope with DASHSCOPE_API_KEY.*--dry-run shows what would be rewritten without a model$/],
      ["zh", /^grantsmith revise 需要模型，但传入了 --offline，它要求不使用模型（请去掉它）；可传入 --provider dashscope 并设置 DASHSCOPE_API_KEY/],
    ] as const) {
      const result = await runInProcess(revise(file, "--offline", "--lang", lang, ...model()), { env: modelEnv() });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(line)]);
    }
    expect(server.requests).toHaveLength(0);
    expect(await fileExists(path.join(dir, "offline.revised.md"))).toBe(false);
    // What would be rewritten needs no model, so --dry-run works offline.
    expect((await runInProcess(revise(file, "--offline", "--dry-run"))).code).toBe(0);
  });

  it("a missing proposal: exit 2 naming it", async () => {
    const result = await runInProcess(revise(path.join(dir, "nope.md"), ...model()), { env: modelEnv() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("nope.md: no such proposal file");
  });

  it("bad facts: exit 2 with file:line:col, before any request", async () => {
    const facts = path.join(dir, "bad-facts.yaml");
    await writeFile(facts, "title: t\norganization: {name: o}\nneed: {problem: p}\nbeneficiaries: [{group: g}]\nbudget:\n  total: 好几千\n");
    const file = await proposal("badfacts");
    const result = await runInProcess(["revise", file, "--facts", facts, ...model()], { env: modelEnv() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad-facts\.yaml:6:10: budget\.total: "好几千" is not an amount/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests).toHaveLength(0);
  });

  it("401: exit 3 with one line, the key nowhere, nothing written", async () => {
    const failing = await startLlmServer({ "*": { status: 401, error: { message: `Incorrect API key provided: ${FAKE_KEY}` } } });
    try {
      const file = await proposal("auth");
      const result = await runInProcess(revise(file, "--base-url", failing.baseURL, "--model", "m"), { env: modelEnv() });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(failing.baseURL.replace(/\/v1$/, ""));
      expect(result.stderr + result.stdout).not.toContain(FAKE_KEY);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(await fileExists(path.join(dir, "auth.revised.md"))).toBe(false);
    } finally {
      await failing.close();
    }
  });

  it("Ctrl-C: exit 130, nothing written", async () => {
    const slow = await startLlmServer({ "*": { text: "慢慢写的正文。".repeat(50), chunkSize: 2, stallAfterChunks: 1 } });
    try {
      const file = await proposal("interrupted");
      const result = await runCli(revise(file, "--base-url", slow.baseURL, "--model", "m"), {
        env: modelEnv(),
        onSpawn: signalAfterRequests(slow),
      });
      expect(result.code).toBe(130);
      expect(await fileExists(path.join(dir, "interrupted.revised.md"))).toBe(false);
      expect((await readdir(dir)).filter((f) => f.startsWith(".interrupted"))).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});
