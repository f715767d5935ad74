import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFigures, extractFiguresOfLines, extractFiguresOfLinesReference, extractFiguresReference, figureMatches, parseAmount } from "../../src/text/numbers.js";
import { parseChineseNumeral } from "../../src/text/chinese-numerals.js";
import { seeded } from "../helpers/random.js";

const one = (text: string) => {
  const figures = extractFigures(text);
  expect(figures.length, `figures in ${text}`).toBeGreaterThan(0);
  return figures[0]!;
};

describe("extractFigures", () => {
  it("reads money with 万, thousands separators and currencies", () => {
    expect(one("申请资助27.2万元")).toMatchObject({ kind: "money", value: 272000, scale: 1e4, decimals: 1, currency: "CNY" });
    expect(one("合计 272,000.00 元")).toMatchObject({ kind: "money", value: 272000, decimals: 2 });
    expect(one("¥1,200")).toMatchObject({ kind: "money", value: 1200, currency: "CNY" });
    expect(one("we request $48,000")).toMatchObject({ kind: "money", value: 48000, currency: "USD" });
    expect(one("USD 1.2 million")).toMatchObject({ kind: "money", value: 1.2e6, currency: "USD" });
    expect(one("总额3亿元")).toMatchObject({ value: 3e8 });
  });

  it("reads percentages and counts with their units", () => {
    expect(one("占比27.5%")).toMatchObject({ kind: "percent", value: 27.5 });
    expect(one("only 31 percent of girls")).toMatchObject({ kind: "percent", value: 31 });
    expect(one("独居老人1,280人")).toMatchObject({ kind: "number", value: 1280, unit: "人" });
    expect(one("reach 240 girls")).toMatchObject({ kind: "number", value: 240, unit: "girls" });
  });

  it("reads Chinese numerals only when they count something", () => {
    expect(one("三十五名老人")).toMatchObject({ value: 35, unit: "名", chinese: true });
    expect(one("百分之三十的家庭")).toMatchObject({ kind: "percent", value: 30 });
    expect(extractFigures("统一安排，一起参加，第一阶段")).toEqual([]);
  });

  it("reads dates in both languages", () => {
    expect(one("项目周期：2025年3月至2026年2月").date).toEqual({ year: 2025, month: 3 });
    expect(extractFigures("2025年3月至2026年2月").map((f) => f.date)).toEqual([{ year: 2025, month: 3 }, { year: 2026, month: 2 }]);
    expect(one("from 2025-03-15").date).toEqual({ year: 2025, month: 3, day: 15 });
    expect(one("by March 2025").date).toEqual({ year: 2025, month: 3 });
    expect(one("on 5 June 2025").date).toEqual({ year: 2025, month: 6, day: 5 });
    expect(one("in 2023, the census").kind).toBe("date");
  });

  it("reads a count before a month as a count, not as a day that does not exist", () => {
    // A table row read as one line: "… | 80 | March 2027 |" is "… 80 March 2027".
    const read = (text: string) => extractFigures(text).map((f) => [f.kind, f.value, f.date ?? null]);
    expect(read("attendance 80 March 2027")).toEqual([["number", 80, null], ["date", 2027, { year: 2027, month: 3 }]]);
    expect(read("target 45 June 2026")).toEqual([["number", 45, null], ["date", 2026, { year: 2026, month: 6 }]]);
    expect(read("on 31 March 2027")).toEqual([["date", 2027, { year: 2027, month: 3, day: 31 }]]);
    expect(read("on 09 March 2027")).toEqual([["date", 2027, { year: 2027, month: 3, day: 9 }]]);
  });

  it("does not read article, section or label numbers as figures", () => {
    const values = (text: string) => extractFigures(text).map((f) => f.value);
    expect(values("本方案依据《中华人民共和国慈善法》第二十四条制定")).toEqual([]);
    expect(values("依据第24条第2款")).toEqual([]);
    expect(values("Under Article 24 and Section 3, see Table 2")).toEqual([]);
    expect(values('how the data are collected is described under "7. Monitoring and Evaluation".')).toEqual([]);
    expect(values("各指标的数据采集方式见“七、监测与评估”部分")).toEqual([]);
    expect(values("Objective 2: 240 girls by June")).toEqual([240]);
    // Quantities around them still count.
    expect(values("代表200名会员，发表3篇论文")).toEqual([200, 3]);
    expect(values('"3 girls" said')).toEqual([3]);
  });

  it("reads a Chinese numeral run whole", () => {
    expect(extractFigures("共二十四人参加").map((f) => f.value)).toEqual([24]);
    expect(extractFigures("第二十四条").map((f) => f.raw)).toEqual([]);
  });

  it("skips identifiers", () => {
    expect(extractFigures("代码 91330100MA2H")).toEqual([]);
  });
});

describe("parseChineseNumeral", () => {
  it.each([
    ["十", 10], ["十二", 12], ["三十五", 35], ["一百零五", 105], ["一千二百", 1200], ["两万三千", 23000], ["三亿五千万", 350000000], ["二〇二五", 2025],
  ])("%s = %d", (text, value) => expect(parseChineseNumeral(text)).toBe(value));
  it("rejects what is not a number", () => expect(parseChineseNumeral("万")).toBeUndefined());
});

describe("figureMatches and parseAmount", () => {
  it("compares the way the writer rounded", () => {
    expect(figureMatches(one("8.5%"), 8.49)).toBe(true);
    expect(figureMatches(one("27.2万元"), 272000)).toBe(true);
    expect(figureMatches(one("27.2万元"), 275000)).toBe(false);
    expect(figureMatches(one("200人"), 201)).toBe(false);
  });
  it("reads budget cells", () => {
    expect(parseAmount("**272,000.00**")).toEqual({ value: 272000 });
    expect(parseAmount("5万元")).toEqual({ value: 50000, currency: "CNY" });
    expect(parseAmount("—")).toBeUndefined();
  });
});

describe("extractFigures' start scan", () => {
  it("finds what a plain global search finds, on generated text", () => {
    const pieces = [
      ..."0123456789一二两三十百千万亿零〇第人个名户次年月元%$¥€£,. ",
      "人民币", "百分之", "千克", "万元", "平方米", "Jan", "June", "Sept", "May", "Mar", "USD", "US$", "CNY", "RMB", "JPY", "EUR", "GBP", "HK$", "HKD",
      "Jun 2025", "2025年3月", "2025-03", "Section ", "Table ", "A", "S", "U", "M", "the ", "of ", "people", "million", "第二十四条",
    ];
    const next = seeded(3);
    let found = 0;
    for (let n = 0; n < 20000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 10);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
      const expected = extractFiguresReference(text);
      found += expected.length;
      expect(extractFigures(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10000);
  });
});

describe("extractFiguresOfLines: one search over the lines", () => {
  it("finds what each line's own search finds, on generated lines with spaces at their ends", () => {
    const pieces = [
      ..."0123456789一二三十百千万第人个户年月元%$¥,. ", "\t", "\u3000", "\r", "  ", "人民币", "百分之", "万元", "Jan", "May", "USD", "US$", "HK$",
      "Jun 2025", "2025年", "2025年3月", "3月", "2025-03", "Table ", "per", "cent", "percent", "million", "people", "“7", ". Monitoring", "第二十四条",
    ];
    const next = seeded(41);
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
        let line = "";
        const length = Math.floor(next() * 8);
        for (let k = 0; k < length; k++) line += pieces[Math.floor(next() * pieces.length)];
        return line;
      });
      const expected = extractFiguresOfLinesReference(lines);
      found += expected.flat().length;
      expect(extractFiguresOfLines(lines), JSON.stringify(lines)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(5000);
  });

  it("finds what each line's own search finds, on the fixture and validity proposals", () => {
    const folders = ["../fixtures/proposals", "../../bench/validity/corpus"].map((f) => path.join(import.meta.dirname, f));
    let found = 0;
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith(".md"))) {
        const lines = readFileSync(path.join(folder, name), "utf8").split(/\r\n|\r|\n/);
        const expected = extractFiguresOfLinesReference(lines);
        found += expected.flat().length;
        expect(extractFiguresOfLines(lines), name).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("reads a line holding a line end as its own search does", () => {
    expect(extractFiguresOfLines(["2025年\n3月 200人", "5 people"])).toEqual(extractFiguresOfLinesReference(["2025年\n3月 200人", "5 people"]));
  });
});
