// Shorter shapes people type for structured fields: a list of lines for a list of mappings, a line
// for a list of one, a period as one range. They load as the full shape; `check --fix` writes a
// shorthand back only when a value inside it changes (2025年3月 → 2025-03), and then in full.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyChanges } from "../../src/facts/fix.js";
import { loadFacts, examineFacts } from "../../src/facts/load.js";
import { splitRange } from "../../src/facts/shorthand.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-shorthand-");
});

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text, "utf8");
  return file;
}

describe("a period written as one range", () => {
  it("splits where both sides are dates, whatever the dash or range word", () => {
    expect(splitRange("2025年3月-2026年2月")).toEqual({ start: "2025年3月", end: "2026年2月" });
    expect(splitRange("2025年3月至2026年2月（12个月）")).toEqual({ start: "2025年3月", end: "2026年2月" });
    expect(splitRange("2025-03-2026-02")).toEqual({ start: "2025-03", end: "2026-02" });
    expect(splitRange("2025-03-01 ~ 2026-02-28")).toEqual({ start: "2025-03-01", end: "2026-02-28" });
    expect(splitRange("March 2025 to February 2026")).toEqual({ start: "March 2025", end: "February 2026" });
    expect(splitRange("1 April 2025 – 31 March 2026")).toEqual({ start: "1 April 2025", end: "31 March 2026" });
  });

  it("keeps a range with one separator even when a side is no date, so that side's problem is told", () => {
    expect(splitRange("2025年春至2025年冬")).toEqual({ start: "2025年春", end: "2025年冬" });
    expect(splitRange("一年")).toBeUndefined();
    expect(splitRange("2025年3月")).toBeUndefined();
  });
});

const ZH = `title: 乡村儿童阅读角项目
organization:
  name: 晨光公益服务中心
period: 2025年3月-2026年2月
need:
  problem: 山区小学缺少课外读物
  evidence: 2024年走访5所小学，平均每生课外书不足2本
beneficiaries:
  - 小学生
objectives:
  - 建成5个班级阅读角
  - text: 每生年阅读量达到10本
    deadline: 2026年2月
activities: [图书采购与编目, 每周阅读课]
risks:
  - 图书损耗
team:
  - 李老师
partners: 弥渡县教育局
monitoring:
  indicators: 每月借阅人次
`;

describe("shorthand shapes in a facts file", () => {
  it("load as the full shape, next to fields written in full", async () => {
    const { facts } = await loadFacts(await write("zh.yaml", ZH));
    expect(facts.period).toEqual({ start: "2025-03", end: "2026-02" });
    expect(facts.need.evidence).toEqual([{ fact: "2024年走访5所小学，平均每生课外书不足2本" }]);
    expect(facts.beneficiaries.map((b) => b.group)).toEqual(["小学生"]);
    expect(facts.objectives).toEqual([{ text: "建成5个班级阅读角" }, { text: "每生年阅读量达到10本", deadline: "2026-02" }]);
    expect(facts.activities?.map((a) => a.name)).toEqual(["图书采购与编目", "每周阅读课"]);
    expect(facts.risks?.map((r) => r.risk)).toEqual(["图书损耗"]);
    expect(facts.team?.map((p) => p.name)).toEqual(["李老师"]);
    expect(facts.partners?.map((p) => p.name)).toEqual(["弥渡县教育局"]);
    expect(facts.monitoring?.indicators).toEqual(["每月借阅人次"]);
  });

  it("check --fix writes a shorthand back only when a value in it changes, and then in full", async () => {
    const file = await write("fix.yaml", ZH);
    const examined = await examineFacts(file, ZH);
    expect(examined.problems).toEqual([]);
    const fixed = applyChanges(file, ZH, examined.typed.changes);
    expect(fixed.text).toContain("period: { start: 2025-03, end: 2026-02 }\n");
    expect(fixed.text).toContain("    deadline: 2026-02\n");
    // Nothing in these changes: they stay as typed.
    expect(fixed.text).toContain("  - 建成5个班级阅读角\n");
    expect(fixed.text).toContain("activities: [图书采购与编目, 每周阅读课]\n");
    expect(fixed.lines).toEqual([
      { line: 4, from: "2025年3月-2026年2月", to: "{ start: 2025-03, end: 2026-02 }" },
      { line: 13, from: "2026年2月", to: "2026-02" },
    ]);
  });

  it("check --fix keeps a one-value shorthand short: budget: 15万 becomes budget: 150000", async () => {
    const text = `${ZH}budget: 15万\n`;
    const file = await write("fix-budget.yaml", text);
    const fixed = applyChanges(file, text, (await examineFacts(file, text)).typed.changes);
    expect(fixed.text).toContain("\nbudget: 150000\n");
    expect((await loadFacts(await write("fixed-budget.yaml", fixed.text))).facts.budget?.total).toBe(150000);
  });

  it("a range whose side is no date is reported at the period's line, in the file's language", async () => {
    const text = ZH.replace("period: 2025年3月-2026年2月", "period: 2025年春至2026年2月");
    const examined = await examineFacts(await write("bad.yaml", text), text);
    expect(examined.problems).toHaveLength(1);
    expect(examined.problems[0]).toMatch(/bad\.yaml:4:\d+: period\.start: .*2025年春/);
  });

  it("a period written as text that is no range is told how to write one, at its line", async () => {
    const text = ZH.replace("period: 2025年3月-2026年2月", "period: 一年");
    const examined = await examineFacts(await write("year.yaml", text), text);
    expect(examined.problems).toEqual([`${path.join(dir, "year.yaml")}:4:9: period: “一年”不是起止日期；请写成一个区间，如 2025年3月-2026年2月，或写成 { start: 2025-03, end: 2026-02 }`]);
  });

  it("an organisation, a need and a budget on one line read as their name, problem and total", async () => {
    const text = ZH.replace("organization:\n  name: 晨光公益服务中心\n", "organization: 晨光公益服务中心\n")
      .replace("need:\n  problem: 山区小学缺少课外读物\n  evidence: 2024年走访5所小学，平均每生课外书不足2本\n", "need: 山区小学缺少课外读物\n") + "budget: 15万\n";
    const { facts } = await loadFacts(await write("lines.yaml", text));
    expect(facts.organization).toEqual({ name: "晨光公益服务中心" });
    expect(facts.need).toEqual({ problem: "山区小学缺少课外读物" });
    expect(facts.budget?.total).toBe(150000);
    const plain = await loadFacts(await write("number.yaml", text.replace("budget: 15万", "budget: 150000")));
    expect(plain.facts.budget?.total).toBe(150000);
    // A one-line value naming a file is still an organisation profile to read.
    const profile = ZH.replace("organization:\n  name: 晨光公益服务中心\n", "organization: ./org.txt\n");
    const examined = await examineFacts(await write("profile.yaml", profile), profile).catch((error: Error) => error);
    expect(String(examined)).toContain("profile.yaml:2:15: organization：“./org.txt”不是 .yaml、.yml 或 .json 文件");
    // A name with a slash or a dot in it is a name.
    const slash = ZH.replace("organization:\n  name: 晨光公益服务中心\n", "organization: 京津冀/雄安公益联盟\n");
    expect((await loadFacts(await write("slash.yaml", slash))).facts.organization).toEqual({ name: "京津冀/雄安公益联盟" });
  });

  it("text where fields are wanted is told which fields to write, in the file's language", async () => {
    const text = ZH.replace("monitoring:\n  indicators: 每月借阅人次\n", "monitoring: 每月回访\n");
    const examined = await examineFacts(await write("fields.yaml", text), text);
    expect(examined.problems).toEqual([`${path.join(dir, "fields.yaml")}:20:13: monitoring: 应为若干字段，实际为 "每月回访"；请在“monitoring:”下面另起几行，缩进两个空格写出字段（indicators、methods、reporting）`]);
    const en = "title: Girls' coding clubs\norganization: Bright Futures\nneed: Few girls take computing\nbeneficiaries: [Year 8 girls]\nmonitoring: monthly visits\n";
    const problems = (await examineFacts(await write("fields-en.yaml", en), en)).problems;
    expect(problems).toEqual([`${path.join(dir, "fields-en.yaml")}:5:13: monitoring: expected fields, got "monthly visits"; write them on the lines below "monitoring:", indented by two spaces (indicators, methods, reporting)`]);
  });

  it("organization left out is told the one-line form first, then the fields, in the file's language", async () => {
    const text = "title: 测试\nneed: 吃饭难\nbeneficiaries: [老人]\n";
    const examined = await examineFacts(await write("no-org.yaml", text), text);
    expect(examined.problems).toEqual([
      `${path.join(dir, "no-org.yaml")}:1:1: organization: 缺少必填字段；最简单的写法是一行写出机构名称：“organization: 晨光社工”，也可以加上“organization:”，并在下面缩进写出它的字段（name、registration_id、founded、address、type、…）`,
    ]);
    const en = "title: Meals\nneed: Older people skip meals\nbeneficiaries: [older people]\n";
    expect((await examineFacts(await write("no-org-en.yaml", en), en)).problems).toEqual([
      `${path.join(dir, "no-org-en.yaml")}:1:1: organization: required field is missing; the simplest fix is the organization's name on one line, "organization: Riverside Food Bank", or add "organization:" with its fields indented below it (name, registration_id, founded, address, type, …)`,
    ]);
    // The suggested line, written in, is all the file needed.
    const fixed = `${text}organization: 晨光社工\n`;
    expect((await examineFacts(await write("org-line.yaml", fixed), fixed)).problems).toEqual([]);
    const fixedEn = `${en}organization: Riverside Food Bank\n`;
    expect((await examineFacts(await write("org-line-en.yaml", fixedEn), fixedEn)).problems).toEqual([]);
  });

  it("an English file reads the same shapes", async () => {
    const text = "title: Girls' coding clubs\norganization: { name: Bright Futures }\nperiod: April 2025 - March 2026\nneed:\n  problem: Few girls take computing\n  evidence:\n    - 12% of computing pupils are girls (school census 2024)\nbeneficiaries: [Year 8 girls]\nobjectives: [Run 30 club sessions]\n";
    const { facts } = await loadFacts(await write("en.yaml", text));
    expect(facts.period).toEqual({ start: "2025-04", end: "2026-03" });
    expect(facts.need.evidence).toEqual([{ fact: "12% of computing pupils are girls (school census 2024)" }]);
    expect(facts.objectives).toEqual([{ text: "Run 30 club sessions" }]);
  });
});
