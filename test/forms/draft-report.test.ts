// draft --format json: the machine-readable report of a draft on stdout, with every field of a
// funder's form filled (from which fact or section) or left empty (and why), and the limits passed.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";
import { plainFormZh } from "./sample-forms.js";

const ZH_FACTS = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");

interface FieldJson {
  label: string;
  kind: string;
  place: string;
  filled: boolean;
  from: string | null;
  reason: string | null;
  wants: string | null;
  limit: { max: number; unit: string; written: number; exceeded: boolean } | null;
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-draft-report-");
  await writeFile(path.join(dir, "plain-zh.docx"), await plainFormZh());
});

describe("draft --form … --format json", () => {
  let report: { version: number; provider: string; drafts: { facts: string; output: string; format: string; sections: string[]; form: { file: string; filled: number; empty: number; fields: FieldJson[] }; score: { score: number } }[] };
  let stderr = "";
  beforeAll(async () => {
    const out = path.join(dir, "申报书.docx");
    const result = await runCli(["draft", ZH_FACTS, "--offline", "--form", path.join(dir, "plain-zh.docx"), "-o", out, "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    report = JSON.parse(result.stdout);
    stderr = result.stderr;
  });

  it("names the draft written, its format, its sections and its score", () => {
    expect(report.version).toBe(1);
    expect(report.provider).toBe("offline");
    expect(report.drafts).toHaveLength(1);
    const [draft] = report.drafts;
    expect(draft!.facts).toBe(ZH_FACTS);
    expect(draft!.output).toBe(path.join(dir, "申报书.docx"));
    expect(draft!.format).toBe("docx");
    expect(draft!.sections).toContain("need");
    expect(draft!.score.score).toBeGreaterThan(0);
  });

  it("lists every field of the form: filled from which fact or section, or empty and why", () => {
    const { form } = report.drafts[0]!;
    expect(form.file).toBe(path.join(dir, "plain-zh.docx"));
    expect(form.filled + form.empty).toBe(form.fields.length);
    expect(form.empty).toBe(1);
    const field = (label: string) => form.fields.find((f) => f.label === label)!;
    expect(field("项目名称")).toEqual({ label: "项目名称", kind: "label", place: "表1第1行", filled: true, from: "title", reason: null, wants: null, limit: null });
    expect(field("申请金额（元）")).toMatchObject({ filled: true, from: "budget.funding_sources[0].amount", reason: null, wants: null });
    expect(field("四、其他需要说明的事项")).toMatchObject({ kind: "heading", filled: false, reason: "no-match" });
    expect(field("一、项目背景与需求分析")).toMatchObject({ kind: "heading", filled: true, from: "section:need" });
  });

  it("reports a limit the form states and whether the text written passes it", () => {
    const goals = report.drafts[0]!.form.fields.find((f) => f.label === "二、项目目标（100字以内）")!;
    expect(goals.limit).toMatchObject({ max: 100, unit: "chars" });
    expect(goals.limit!.exceeded).toBe(goals.limit!.written > 100);
    expect(goals.limit!.exceeded).toBe(true);
  });

  it("still tells the person on stderr, and keeps stdout for the JSON only", () => {
    expect(stderr).toMatch(/已填写 \d+ 处，留空 1 处/);
    expect(stderr).toContain("  项目名称（表1第1行）← title");
  });
});

describe("draft --format json without a form", () => {
  it("reports a Markdown draft, with no form", async () => {
    const out = path.join(dir, "meals.md");
    const result = await runCli(["draft", ZH_FACTS, "--offline", "-o", out, "--no-score", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.drafts[0]).toMatchObject({ output: out, format: "markdown", form: null, score: null, reused: 0 });
  });

  it("-o - with --format json is exit 2 with one line saying why", async () => {
    const result = await runCli(["draft", ZH_FACTS, "--offline", "-o", "-", "--format", "json"], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toBe("--format json prints the report on stdout, so the draft cannot go there too: give -o a file name");
  });
});
