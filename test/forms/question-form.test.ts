// draft --form on an English form that asks questions: each bold question names the section it asks
// for, and the blank lines under it take that section; "Contact email" takes the facts' email.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";
import { isQuestion } from "../../src/document/docx/form.js";
import { cellsOf, monitoringFormZh, paragraphsOf, questionFormEn } from "./sample-forms.js";

const EN_FACTS = path.join(REPO_ROOT, "examples", "en", "clean-water-wells.yaml");
const ZH_FACTS = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");

describe("an English form of questions", () => {
  let dir = "";
  let out = "";
  let stderr = "";
  beforeAll(async () => {
    dir = await tempDir("grantsmith-question-form-");
    await writeFile(path.join(dir, "questions.docx"), await questionFormEn());
    out = path.join(dir, "filled.docx");
    const result = await runCli(["draft", EN_FACTS, "--offline", "--form", path.join(dir, "questions.docx"), "-o", out, "--no-score"]);
    expect(result.code, result.stderr).toBe(0);
    stderr = result.stderr;
  });

  it("answers each question with the section it asks for", () => {
    for (const [question, section] of [
      ["1. Why is your project needed? (max. 250 words)", "Statement of Need"],
      ["2. What are the main risks and how will you manage them?", "Risks and Mitigation"],
      ["3. Please give a breakdown of your budget", "Budget"],
      ["4. Who will benefit and how many people?", "Target Population"],
      ["5. How will you measure success?", "Monitoring and Evaluation"],
      ["How will the project be sustained after the grant period ends and beyond?", "Sustainability"],
    ]) expect(stderr).toMatch(new RegExp(`  ${question!.replace(/[.?()]/g, "\\$&")} \\(paragraph \\d+\\) ← section "${section}"`));
    expect(stderr).toMatch(/6\. Is there anything else you would like us to know\? \(paragraph \d+\): left empty/);
  });

  it("writes the answers under the questions, in the blank lines", async () => {
    const paragraphs = paragraphsOf(await readFile(out));
    const at = (q: string) => paragraphs.findIndex((p) => p.startsWith(q));
    const between = (from: string, to: string) => paragraphs.slice(at(from) + 1, at(to)).join("\n");
    expect(between("1. Why", "2. What")).not.toBe("");
    expect(between("3. Please", "4. Who")).toMatch(/\d/);
    expect(between("5. How", "How will the project")).not.toBe("");
    expect(between("How will the project", "6. Is")).not.toBe("");
    expect(paragraphs[at("6. Is") + 1]).toBe("");
  });

  it("fills Contact email from the facts' contact email", async () => {
    const rows = cellsOf(await readFile(out));
    const facts = await readFile(EN_FACTS, "utf8");
    const email = /email:\s*(\S+@\S+)/.exec(facts)![1]!;
    expect(rows[0]![2]).toBe("Contact email");
    expect(rows[0]![3]).toBe(email);
  });
});

describe("isQuestion", () => {
  it("takes a question mark (before a note in brackets) or an English request as a question, and a title as none", () => {
    expect(isQuestion("Why is your project needed? (max. 250 words)")).toBe(true);
    expect(isQuestion("项目的主要风险是什么？（300字以内）")).toBe(true);
    expect(isQuestion("3. Please give a breakdown of your budget")).toBe(true);
    expect(isQuestion("Describe how you will involve volunteers:")).toBe(true);
    expect(isQuestion("Budget list")).toBe(false);
    expect(isQuestion("一、项目背景与需求分析")).toBe(false);
    expect(isQuestion("Project summary")).toBe(false);
  });
});

describe("a filled form scored against its facts", () => {
  it("does not hold the form's length limit (一、监测与评估（300字以内）) to the facts", async () => {
    const dir = await tempDir("grantsmith-form-limit-");
    await writeFile(path.join(dir, "form.docx"), await monitoringFormZh(300));
    const out = path.join(dir, "filled.docx");
    const drafted = await runCli(["draft", ZH_FACTS, "--offline", "--form", path.join(dir, "form.docx"), "-o", out, "--no-score"]);
    expect(drafted.code, drafted.stderr).toBe(0);
    const scored = await runCli(["score", out, "--facts", ZH_FACTS, "--format", "json"]);
    const result = JSON.parse(scored.stdout).results[0] as { unverified: { text: string }[] };
    expect(result.unverified.map((u) => u.text)).not.toContain("300");
    expect(result.unverified).toEqual([]);
  });
});
