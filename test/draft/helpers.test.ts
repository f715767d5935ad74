import { describe, expect, it } from "vitest";
import { chineseNumeral } from "../../src/text/chinese-numerals.js";
import {
  compileTemplate,
  formatDate,
  placeholder,
  tableCell,
} from "../../src/templating/handlebars.js";

const render = (source: string, root: Record<string, unknown>) => compileTemplate(source)(root);

describe("formatting helpers", () => {
  it("formats dates per language, month or day precision", () => {
    expect(formatDate("2025-03", "zh")).toBe("2025年3月");
    expect(formatDate("2025-03-05", "zh")).toBe("2025年3月5日");
    expect(formatDate("2025-03", "en")).toBe("March 2025");
    expect(formatDate("2025-03-05", "en")).toBe("March 5, 2025");
  });

  it("writes placeholders the scorer and the user can find", () => {
    expect(placeholder("预算总额", "zh")).toBe("【待补充：预算总额】");
    expect(placeholder("total budget", "en")).toBe("[TODO: total budget]");
    expect(render('{{todo "预算总额"}}', { language: "zh" })).toBe("【待补充：预算总额】");
    expect(render('{{todo "total budget"}}', { language: "en" })).toBe("[TODO: total budget]");
  });

  it("numbers Chinese sections 一 to 十二", () => {
    expect([1, 2, 9, 10, 11, 12, 20, 23].map(chineseNumeral)).toEqual(["一", "二", "九", "十", "十一", "十二", "二十", "二十三"]);
    expect(render("{{ordinal 11}}{{ordinal 3}}", { language: "zh" })).toBe("十一、三、");
    expect(render("{{ordinal 11}}", { language: "en" })).toBe("11. ");
  });

  it("keeps a value inside one table cell", () => {
    expect(tableCell("a | b\nc")).toBe("a \\| b c");
    expect(render("|{{cell x}}|{{cell y}}|", { x: "甲|乙", y: null })).toBe("|甲\\|乙|—|");
  });

  it("formats counts with units and joins lists", () => {
    expect(render('{{count 1200 "人"}} / {{count 40 "girls"}}', { language: "zh" })).toBe("1,200人 / 40girls");
    expect(render('{{count 40 "girls"}}', { language: "en" })).toBe("40 girls");
    expect(render("{{join list}}", { language: "zh", list: ["甲", "乙", null] })).toBe("甲、乙");
    expect(render('{{join list ", " "name"}}', { language: "en", list: [{ name: "A" }, { name: "B" }] })).toBe("A, B");
    expect(render("{{#if (eq (len list) 2)}}two{{/if}}", { list: [1, 2] })).toBe("two");
  });

  it("money uses the root currency unless told otherwise", () => {
    expect(render("{{money 12.5}}", { language: "en", budget: { currency: "USD" } })).toBe("$12.50");
    expect(render('{{money 12.5 "CNY"}}', { language: "zh", budget: { currency: "USD" } })).toBe("12.50元");
  });

  it("rejects unknown helpers and missing fields (strict mode)", () => {
    expect(() => compileTemplate("{{shout title}}")).toThrow(/unknown helper shout/);
    expect(() => render("{{missing}}", {})).toThrow(/"missing" not defined/);
  });
});
