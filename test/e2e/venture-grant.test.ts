// The venture-grant kind end to end with the built binary: the example drafted offline, scored with
// the venture-grant rubric the scorer picks by itself, and a new file from `init` checked.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionPlan } from "../../src/draft/plan.js";
import { runInProcess } from "../helpers/run-in-process.js";

const EXAMPLE = "examples/zh/venture-grant.yaml";
let dir: string;
let draft: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "grantsmith-e2e-venture-"));
  draft = path.join(dir, "venture-grant.md");
  const result = await runInProcess(["draft", EXAMPLE, "--offline", "-o", draft, "--no-score", "-q"]);
  expect(result.code, result.stderr).toBe(0);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a venture-grant application drafted offline", () => {
  it("has the eleven numbered headings of the kind, in order, and the document type under the title", async () => {
    const text = await readFile(draft, "utf8");
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      "一、申报单位基本情况",
      "二、项目摘要",
      "三、项目必要性与需求分析",
      "四、项目目标",
      "五、服务对象",
      "六、项目实施计划",
      "七、同类项目经验",
      "八、项目团队与分工",
      "九、项目预算",
      "十、风险管理",
      "十一、预期成效与可推广性",
    ]);
    expect(headings.map((h) => h.replace(/^[一二三四五六七八九十]+、/, ""))).toEqual(sectionPlan("venture-grant").map((s) => s.heading.zh));
    expect(text).toContain("**文书类型**：公益创投项目申报书");
  });

  it("renders the applicant, similar-project and grant tables from the facts", async () => {
    const text = await readFile(draft, "utf8");
    expect(text).toContain("| 社会组织评估等级 | 4A（2023年鼓楼区社会组织等级评估） |");
    expect(text).toContain("| 年检（年报）情况 | 2022至2024年度年报均按时报送，年检结论均为合格 |");
    expect(text).toContain("| 申请公益创投资助 | 150,000.00元（占预算总额的75%） |");
    expect(text).toContain("| 湖南路街道“暑期小候鸟”托管项目 | 2024年 | 湖南路街道办事处 | 60,000.00 |");
    expect(text).toMatch(/### 资金构成\n\n\| 项目 \| 金额（元） \| 占预算总额 \|\n[^\n]+\n\| 项目预算总额 \| 200,000\.00 \| — \|\n\| 申请公益创投资助 \| 150,000\.00 \| 75% \|\n\| 配套资金（自筹及其他来源） \| 50,000\.00 \| 25% \|/);
    expect(text).toContain("| **合计** | | | | **200,000.00** | |");
  });

  it("scores well against the venture-grant rubric, chosen without --rubric, with nothing the facts contradict", async () => {
    const result = await runInProcess(["score", draft, "--facts", EXAMPLE, "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout).results[0];
    expect(report.rubric).toBe("venture-grant-zh");
    expect(report.score).toBeGreaterThanOrEqual(90);
    expect(report.passed).toBe(true);
    expect(report.unverified).toEqual([]);
    expect(report.improvements.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
    // Without the facts the scorer recognises the kind from its sections.
    const alone = JSON.parse((await runInProcess(["score", draft, "--format", "json"])).stdout).results[0];
    expect(alone.rubric).toBe("venture-grant-zh");
  });
});

describe("the English venture-grant example", () => {
  it("drafts offline and scores well against the English venture-grant rubric, chosen by itself", async () => {
    const example = "examples/en/memory-cafe.yaml";
    const out = path.join(dir, "venture-grant-en.md");
    expect((await runInProcess(["draft", example, "--offline", "-o", out, "--no-score", "-q"])).code).toBe(0);
    const text = await readFile(out, "utf8");
    expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(sectionPlan("venture-grant").map((s, i) => `${i + 1}. ${s.heading.en}`));
    expect(text).toContain("| Grant sought from the programme | 130,000.00 | 72.2% |");
    const report = JSON.parse((await runInProcess(["score", out, "--facts", example, "--format", "json"])).stdout).results[0];
    expect(report.rubric).toBe("venture-grant-en");
    expect(report.score).toBeGreaterThanOrEqual(90);
    expect(report.unverified).toEqual([]);
  });
});

describe("grantsmith init --kind venture-grant", () => {
  it("writes an English file with the venture-grant block that check reads, reporting only the facts to fill in", async () => {
    const file = path.join(dir, "application.yaml");
    const init = await runInProcess(["init", file, "--lang", "en", "--kind", "venture-grant"]);
    expect(init.code, init.stderr).toBe(0);
    const text = await readFile(file, "utf8");
    expect(text).toContain("kind: venture-grant");
    expect(text).toMatch(/^venture_grant:\n {2}programme: ""/m);
    const check = await runInProcess(["check", file]);
    expect(check.code).toBe(2);
    const problems = check.stderr.trim().split("\n");
    expect(problems.every((line) => /required, but empty; fill it in$/.test(line)), check.stderr).toBe(true);
    expect(problems.map((line) => line.split(": ")[1])).toEqual(["title", "organization.name", "need.problem", "beneficiaries[0].group"]);
  });
});
