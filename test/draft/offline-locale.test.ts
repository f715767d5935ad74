// Offline drafts follow the project's English (British or American dates and spelling), quote the
// background materials' figures with their source, and state each fact once: the place in the
// summary, the fundraising elements in their table, the co-funders in the budget.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { documentLocale } from "../../src/facts/locale.js";
import { formatDate, spellWord } from "../../src/templating/handlebars.js";
import { lowerFirst, upperFirst } from "../../src/text/letter-case.js";
import { EXAMPLES, renderOffline } from "./render-helper.js";

const tmp = await mkdtemp(path.join(os.tmpdir(), "grantsmith-offline-locale-"));
afterAll(() => rm(tmp, { recursive: true, force: true }));
const example = (name: string) => EXAMPLES.find((f) => f.endsWith(`${name}.yaml`))!;

/** The example's facts with its lines changed, written to a new file (beside a copy of the profile it extends). */
async function variant(name: string, file: string, change: (source: string) => string): Promise<string> {
  const out = path.join(tmp, file);
  await writeFile(path.join(tmp, "org.yaml"), await readFile(path.join(path.dirname(example(name)), "org.yaml"), "utf8"));
  await writeFile(out, change(await readFile(example(name), "utf8")));
  return out;
}

describe("the locale of an English document", () => {
  const facts = (over: Record<string, unknown>) => ({ language: "en" as const, organization: { name: "X" }, ...over });
  it.each([
    ["a project in Kenya", facts({ location: "Nakuru County, Kenya" }), "en-GB"],
    ["a project in the UK", facts({ location: "Hull, United Kingdom", budget: { currency: "GBP" } }), "en-GB"],
    ["a project in Ohio", facts({ location: "Cleveland, Ohio" }), "en-US"],
    ["a project in the USA", facts({ location: "Detroit, MI, USA" }), "en-US"],
    ["a country called Georgia", facts({ location: "Georgia (Kakheti region)" }), "en-GB"],
    ["no place, US dollars", facts({ budget: { currency: "USD" } }), "en-US"],
    ["no place, an address in Texas", facts({ organization: { name: "X", address: "12 Main St, Austin, Texas" } }), "en-US"],
    ["the facts' own locale over the place", facts({ location: "Cleveland, Ohio", locale: "en-GB" }), "en-GB"],
    ["a Chinese document", { language: "zh" as const, organization: { name: "X" }, location: "Ohio" }, "zh-CN"],
  ])("%s", (_, input, locale) => {
    expect(documentLocale(input as Parameters<typeof documentLocale>[0])).toBe(locale);
  });

  it("writes dates and words as that English does", () => {
    expect(formatDate("2026-08-15", "en-GB")).toBe("15 August 2026");
    expect(formatDate("2026-08-15", "en-US")).toBe("August 15, 2026");
    expect(formatDate("2026-08", "en-GB")).toBe("August 2026");
    expect(formatDate("2026-08-15", "zh-CN")).toBe("2026年8月15日");
    expect(spellWord("program", "en-GB")).toBe("programme");
    expect(spellWord("Program", "en-GB")).toBe("Programme");
    expect(spellWord("program", "en-US")).toBe("program");
  });
});

describe("offline English drafts by locale", () => {
  it("a Kenyan project writes 31 May 2026, not May 31, 2026", async () => {
    const doc = await renderOffline(example("girls-stem-clubs"));
    expect(doc).toMatch(/\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\b/);
    expect(doc).not.toMatch(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, 20\d\d\b/);
  });

  it("a US project writes American dates, and locale: en-US in the facts says so too", async () => {
    const ohio = await variant("girls-stem-clubs", "ohio.yaml", (s) => s.replace(/^location: .*$/m, "location: Cleveland, Ohio"));
    const us = await renderOffline(ohio);
    expect(us).toMatch(/\b(?:May|June|July|August|December) \d{1,2}, 20\d\d\b/);
    expect(us).not.toMatch(/\b\d{1,2} (?:May|June|July|August|December) 20\d\d\b/);
    const set = await variant("memory-cafe", "cafe-us.yaml", (s) => s.replace(/^language: en$/m, "language: en\nlocale: en-US"));
    const cafe = await renderOffline(set);
    expect(cafe).toContain("the grant sought from the program ");
    expect(cafe).not.toContain("the grant sought from the programme ");
  });

  it("a Chengdu project in English writes British spelling", async () => {
    const doc = await renderOffline(example("memory-cafe"));
    expect(doc).toContain("the grant sought from the programme ");
  });
});

describe("background materials in the offline need section", () => {
  it("quotes a material's sentences with figures, as written, with the material's title as source", async () => {
    const material = path.join(tmp, "survey.md");
    await writeFile(
      material,
      [
        "# 西城区2024年老年人助餐需求调查",
        "",
        "本调查由区老龄办组织开展。",
        "全区80岁以上独居老人中，有37.5%表示每周至少三天无人做饭。",
        "",
        "| 街道 | 人数 |",
        "| --- | --- |",
        "| 德胜 | 52% |",
        "",
        "- 两个街道的老年餐桌日均供餐约380份。",
        "受访老人中有1,200人愿意自付部分餐费。",
        "调查于2024年开展。",
      ].join("\n"),
    );
    const facts = await variant("elderly-meals", "with-material.yaml", (s) => `${s}\nmaterials:\n  - survey.md\n`);
    const doc = await renderOffline(facts);
    const need = doc.slice(doc.indexOf("## 二、"), doc.indexOf("## 三、"));
    expect(need).toContain("- 全区80岁以上独居老人中，有37.5%表示每周至少三天无人做饭（来源：西城区2024年老年人助餐需求调查）。");
    expect(need).toContain("- 受访老人中有1,200人愿意自付部分餐费（来源：西城区2024年老年人助餐需求调查）。");
    // No figure, a year only, a table cell, or a figure need.evidence already gives (约380份): not quoted.
    expect(need).not.toContain("本调查由区老龄办");
    expect(need).not.toContain("调查于2024年开展");
    expect(need).not.toContain("52%");
    expect(need.match(/380份/g)).toHaveLength(1);
  });

  it("stands in for need.evidence when the facts give none", async () => {
    await writeFile(path.join(tmp, "notes.txt"), "Rural water audit 2024\nOnly 31% of hand pumps in the district were working at the last audit.\n");
    const facts = await variant("clean-water-wells", "no-evidence.yaml", (s) =>
      `${s.replace(/^ {2}evidence:\n(?: {4}.*\n)+/m, "")}\nmaterials:\n  - notes.txt\n`,
    );
    const doc = await renderOffline(facts);
    expect(doc).toContain("- Only 31% of hand pumps in the district were working at the last audit (source: Rural water audit 2024).");
    expect(doc).not.toContain("[TODO: evidence of the need");
  });
});

describe("each fact once in an offline draft", () => {
  it("names the place once when the summary already names it", async () => {
    const doc = await renderOffline(example("public-fundraising"));
    const summary = doc.slice(doc.indexOf("## 一、"), doc.indexOf("### 项目基本信息"));
    expect(summary.match(/云岭县20所乡村寄宿制学校/g)).toHaveLength(1);
    expect(summary).toContain("计划于2025年9月至2026年7月实施");
  });

  it("leaves the fundraising elements to their table, and says the plan is filed when the filing number is given", async () => {
    const doc = await renderOffline(example("public-fundraising"));
    const section = doc.slice(doc.indexOf("## 七、"), doc.indexOf("## 八、"));
    const narrative = section.slice(0, section.indexOf("### "));
    expect(narrative).toContain("已将方案报民政部门备案");
    expect(narrative).not.toContain("为云岭县20所乡村寄宿制学校的2,400名学生筹集");
    expect(section.match(/为云岭县20所乡村寄宿制学校的2,400名学生筹集/g)).toHaveLength(1);
  });

  it("names the co-funders once with amounts (budget) and once without (sustainability), and no 'this request' when there is none", async () => {
    const doc = await renderOffline(example("public-fundraising"));
    expect(doc).not.toContain("170万元");
    expect(doc).toContain("项目资金来自互联网公开募捐、云岭儿童发展基金会配套资金，金额和落实情况见“六、项目预算”。");
    expect(doc).not.toContain("除本次申请外");
    const en = await renderOffline(example("clean-water-wells"));
    expect(en).toContain("Besides this request, the project is also funded by Clear Springs Malawi own funds and community contributions (value of sand, bricks and labour), with the amounts and their status under Budget.");
  });

  it("writes the founding date as Chinese does", async () => {
    const doc = await renderOffline(example("public-fundraising"));
    expect(doc).toContain("云岭儿童发展基金会成立于2015年6月");
    expect(doc).not.toContain("成立于2015-06");
  });
});

describe("lowerFirst", () => {
  it.each([
    ["Girls aged 12-15", "girls aged 12-15"],
    ["A borehole is dry", "a borehole is dry"],
    ["Community contributions (value of sand)", "community contributions (value of sand)"],
    ["Clear Springs Malawi own funds", "Clear Springs Malawi own funds"],
    ["Mchinji District Water Office", "Mchinji District Water Office"],
    ["STEM clubs", "STEM clubs"],
    ["McKinley school", "McKinley school"],
    ["I will", "I will"],
  ])("%s → %s", (text, expected) => {
    expect(lowerFirst(text)).toBe(expected);
  });
});

describe("upperFirst", () => {
  it.each([
    ["pupils aged 8-11", "Pupils aged 8-11"],
    ["older people living alone go without hot meals.", "Older people living alone go without hot meals."],
    ["Girls aged 12", "Girls aged 12"],
    ["iPads for the library", "iPads for the library"],
    ["eBay sellers", "eBay sellers"],
    ["3D printing club", "3D printing club"],
    ["app使用率低", "app使用率低"],
  ])("%s → %s", (text, expected) => {
    expect(upperFirst(text)).toBe(expected);
  });
});
