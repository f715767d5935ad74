// draft --form: a funder's Word form filled in place, read back with code that did not write it.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";
import { cellsOf, paragraphsOf, plainFormZh, taggedFormEn, ventureFormZh } from "./sample-forms.js";

const ZH_FACTS = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");
const EN_FACTS = path.join(REPO_ROOT, "examples", "en", "clean-water-wells.yaml");

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-form-");
  await writeFile(path.join(dir, "plain-zh.docx"), await plainFormZh());
  await writeFile(path.join(dir, "tagged-en.docx"), await taggedFormEn());
  await writeFile(path.join(dir, "venture-zh.docx"), await ventureFormZh());
});

describe("a plain Chinese form", () => {
  let stderr = "";
  let out = "";
  beforeAll(async () => {
    out = path.join(dir, "申报书.docx");
    const result = await runCli(["draft", ZH_FACTS, "--offline", "--form", path.join(dir, "plain-zh.docx"), "-o", out, "--no-score"]);
    expect(result.code, result.stderr).toBe(0);
    stderr = result.stderr;
  });

  it("fills each label cell's empty neighbour from the facts, the amount asked from the funding source that is this request", async () => {
    const rows = cellsOf(await readFile(out));
    expect(rows[0]).toEqual(["项目名称", "社区老人送餐到家项目（西城区试点）", "申报单位", "北京暖阳为老社会工作服务中心"]);
    // 北京银龄公益基金会（本次申请） 850000 in the facts' funding sources.
    expect(rows[1]).toEqual(["项目周期", "2025年3月至2026年2月", "申请金额（元）", "850,000.00"]);
    expect(rows[2]![1]).toBe("王晓岚");
    expect(rows[3]![1]).toBe("52110102MJ0A12345X");
    expect(rows[3]![3]).toMatch(/^1,167,000(\.00)?元$/);
  });

  it("puts each section under the form's heading, in the blank lines left for it, and keeps the fixed text", async () => {
    const paragraphs = paragraphsOf(await readFile(out));
    const at = (heading: string) => paragraphs.indexOf(heading);
    expect(at("一、项目背景与需求分析")).toBeGreaterThan(0);
    expect(paragraphs[at("一、项目背景与需求分析") + 1]).toMatch(/独居、高龄和失能老人/);
    expect(paragraphs.slice(at("二、项目目标（100字以内）"), at("三、项目预算")).join("")).toMatch(/200名老人/);
    expect(paragraphs.slice(at("三、项目预算")).join("")).toMatch(/项目预算总额/);
    // The unmatched heading keeps its blank line; the fixed text stays as the funder wrote it.
    expect(paragraphs[at("四、其他需要说明的事项") + 1]).toBe("");
    expect(paragraphs).toContain("本表一式三份。");
    expect(paragraphs).toContain("申报单位（盖章）：北京暖阳为老社会工作服务中心");
  });

  it("keeps the funder's header part byte for byte", async () => {
    const before = unzipSync(new Uint8Array(await readFile(path.join(dir, "plain-zh.docx"))));
    const after = unzipSync(new Uint8Array(await readFile(out)));
    const header = Object.keys(before).find((name) => /^word\/header\d*\.xml$/.test(name))!;
    expect(strFromU8(after[header]!)).toBe(strFromU8(before[header]!));
    expect(strFromU8(after[header]!)).toContain("某区社区公益创投项目申报书（样表）");
    expect(strFromU8(after["word/styles.xml"]!)).toBe(strFromU8(before["word/styles.xml"]!));
  });

  it("reports every place in the user's language: filled from what, or empty and why, and a limit passed", () => {
    expect(stderr).toMatch(/申报表 .*plain-zh\.docx：已填写 \d+ 处，留空 1 处/);
    expect(stderr).toContain("  项目名称（表1第1行）← title");
    expect(stderr).toContain("  申请金额（元）（表1第2行）← budget.funding_sources[0].amount");
    expect(stderr).toContain("  四、其他需要说明的事项（第11段）：留空，没有与之对应的事实字段或章节");
    expect(stderr).toMatch(/一、项目背景与需求分析（第\d+段）← 章节：/);
    expect(stderr).toMatch(/警告：二、项目目标（100字以内）：已写 \d+ 字，超过申报表规定的 100 字/);
  });

  it("the filled form is read back as a Word proposal with its sections' text", async () => {
    const result = await runCli(["score", out, "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const criteria = JSON.parse(result.stdout).results[0].criteria as { id: string; score: number }[];
    // The form asked for need, objectives and budget under headings of its own (Heading 1, numbered):
    // the scorer finds each there, the first one included.
    expect(criteria.find((c) => c.id === "need")!.score).toBeGreaterThan(5);
    expect(criteria.find((c) => c.id === "objectives")!.score).toBeGreaterThan(5);
    expect(criteria.find((c) => c.id === "budget")!.score).toBeGreaterThan(5);
  });
});

describe("the amount asked, on a form for a project that is no venture grant", () => {
  /** The plain form filled from the example's facts as `edit` changes them: stderr and the row of 申请金额. */
  const fillWith = async (name: string, edit: (facts: string) => string) => {
    const file = path.join(dir, `${name}.yaml`);
    await writeFile(file, edit(await readFile(ZH_FACTS, "utf8")));
    const result = await runCli(["draft", file, "--offline", "--form", path.join(dir, "plain-zh.docx"), "-o", path.join(dir, `${name}.docx`), "--no-score"]);
    expect(result.code, result.stderr).toBe(0);
    return { stderr: result.stderr, amount: cellsOf(await readFile(path.join(dir, `${name}.docx`)))[1]![3] };
  };

  it("is left empty when the facts do not say it, and the report names funder.amount_requested", async () => {
    const { stderr, amount } = await fillWith("no-request", (facts) =>
      facts.replace("北京银龄公益基金会（本次申请）", "北京银龄公益基金会").replace(/funder:\n  name: 北京银龄公益基金会/, "funder:\n  name: 另一家基金会"));
    expect(stderr).toContain("  申请金额（元）（表1第2行）：留空，项目信息文件中没有 funder.amount_requested");
    expect(amount).toBe("");
  });

  it("is funder.amount_requested when the facts give it", async () => {
    const { stderr, amount } = await fillWith("asked", (facts) => facts.replace(/funder:\n  name: 北京银龄公益基金会\n/, "funder:\n  name: 北京银龄公益基金会\n  amount_requested: 800000\n"));
    expect(stderr).toContain("  申请金额（元）（表1第2行）← funder.amount_requested");
    expect(amount).toBe("800,000.00");
  });
});

describe("a venture-grant form laid out as district programmes hand them out", () => {
  let stderr = "";
  let out = "";
  beforeAll(async () => {
    out = path.join(dir, "创投申报书.docx");
    const facts = path.join(REPO_ROOT, "examples", "zh", "venture-grant.yaml");
    const result = await runCli(["draft", facts, "--offline", "--form", path.join(dir, "venture-zh.docx"), "-o", out, "--no-score"]);
    expect(result.code, result.stderr).toBe(0);
    stderr = result.stderr;
  });

  it("writes on the cover lines after their colons", async () => {
    const paragraphs = paragraphsOf(await readFile(out));
    expect(paragraphs).toContain("项目名称：湖南路街道双职工及流动家庭儿童“四点半课堂”项目");
    expect(paragraphs).toContain("申请机构：南京市鼓楼区童心社会工作服务中心");
    expect(paragraphs).toContain("联系电话：025-8331 2468");
    expect(paragraphs).toContain("填报说明：请用仿宋小四字体填写，内容不超过要求字数。");
  });

  it("gives an amount in the unit its label names, and the organisation's description under its long label", async () => {
    const rows = cellsOf(await readFile(out));
    expect(rows[0]).toEqual(["申报单位", "南京市鼓楼区童心社会工作服务中心", "登记证号", "52320106MJ5X23456K"]);
    expect(rows[1]![1]).toBe("2017年");
    expect(rows[2]![3]).toMatch(/^\d+(\.\d+)?$/);
    expect(rows[3]![1]).toBe("");
    expect(rows[5]![0]).toMatch(/^南京市鼓楼区童心社会工作服务中心是一家专注于儿童和家庭服务的社会服务机构/);
    expect(stderr).toMatch(/邮政编码（表1第4行）：留空，没有与之对应的事实字段或章节/);
  });

  it("puts the summary and the necessity sections under their numbered sub-headings", async () => {
    const paragraphs = paragraphsOf(await readFile(out));
    const summary = paragraphs.findIndex((p) => p.startsWith("（一）项目简介"));
    const need = paragraphs.findIndex((p) => p.startsWith("（二）项目实施必要性"));
    expect(paragraphs[summary + 1]!.length).toBeGreaterThan(40);
    expect(paragraphs.slice(need + 1).join("").length).toBeGreaterThan(100);
    expect(stderr).toMatch(/（一）项目简介.*← 章节：/);
    expect(stderr).toMatch(/（二）项目实施必要性.*← 章节：/);
  });
});

describe("a tagged English form", () => {
  let stderr = "";
  let out = "";
  beforeAll(async () => {
    out = path.join(dir, "application.docx");
    const result = await runCli(["draft", EN_FACTS, "--offline", "--form", path.join(dir, "tagged-en.docx"), "-o", out, "--no-score"], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(result.code, result.stderr).toBe(0);
    stderr = result.stderr;
  });

  it("replaces a tag split across runs and tags with spaces inside", async () => {
    const paragraphs = paragraphsOf(await readFile(out));
    expect(paragraphs[0]).toMatch(/^Project: \S.+/);
    expect(paragraphs[0]).not.toContain("{{");
    expect(paragraphs[1]).toMatch(/^Applicant: .+ \(registered .+\)$/);
    expect(paragraphs.join("\n")).not.toMatch(/\{\{(title|organization)/);
  });

  it("turns a section tag into the section's paragraphs and fills a content control", async () => {
    const paragraphs = paragraphsOf(await readFile(out));
    const need = paragraphs.indexOf("1. The need");
    expect(paragraphs[need + 1]!.length).toBeGreaterThan(80);
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(out)))["word/document.xml"]!);
    expect(xml).not.toContain("Click here to enter text.");
    expect(xml).not.toContain("w:showingPlcHdr");
    expect(xml).toMatch(/<w:tag w:val="section.budget"\/>/);
  });

  it("leaves an unknown tag as a highlighted gap and says so", async () => {
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(out)))["word/document.xml"]!);
    expect(xml).toContain("[TODO: unknown_field]");
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[TODO: unknown_field\]/);
    expect(stderr).toMatch(/unknown_field \(paragraph \d+\): left empty, no facts field or section matches it/);
  });
});

describe("bad input", () => {
  it("a form that is not a Word file: exit 2 before any work, naming the file and the fix", async () => {
    const fake = path.join(dir, "form.docx");
    await writeFile(fake, "not a zip");
    const result = await runCli(["draft", ZH_FACTS, "--offline", "--form", fake, "-o", path.join(dir, "x.docx")], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/--form .*form\.docx: not a Word document .*Save As › Word Document/);
  });

  it("a Markdown output with a form, and a missing form, are exit 2 with one line", async () => {
    const md = await runCli(["draft", ZH_FACTS, "--offline", "--form", path.join(dir, "plain-zh.docx"), "-o", path.join(dir, "x.md")], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(md.code).toBe(2);
    expect(md.stderr).toMatch(/--form fills a Word form: -o .*x\.md must end in \.docx/);
    const missing = await runCli(["draft", ZH_FACTS, "--offline", "--form", path.join(dir, "nope.docx")], { env: cleanEnv({ GRANTSMITH_LANG: "zh" }) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--form .*nope\.docx：找不到文件；请检查路径/);
  });
});
