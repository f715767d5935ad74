import { describe, expect, it } from "vitest";
import { bracketedMark, numeralMark, partMark, PART_UNITS, sectionMark, zhNumber } from "../../src/text/heading-marks.js";

const whole = (source: string) => new RegExp(`^(?:${source})$`);

describe("heading marks", () => {
  it.each([
    [partMark(), "第一部分", true],
    [partMark(), "第十二章", true],
    [partMark(), "第3节", true],
    [partMark(), "第一百篇", true],
    [partMark(), "第三条", false],
    [partMark([...PART_UNITS, "条"]), "第三条", true],
    [numeralMark(), "二十三、", true],
    [numeralMark(), "二十三 、", false],
    [numeralMark({ spaced: true }), "二十三 、", true],
    [numeralMark(), "零、", false],
    [bracketedMark(), "（二）", true],
    [bracketedMark(), "(1)", false],
    [bracketedMark({ digits: true }), "(1)", true],
    [bracketedMark({ count: "{1,2}" }), "（二十三）", false],
    [zhNumber({ digits: true }), "两", false],
  ])("%s matches %s: %s", (source, text, matches) => expect(whole(source).test(text)).toBe(matches));

  it("number a draft's sections with a mark the numeral reader takes back", () => {
    expect([2, 12].map((n) => sectionMark(n, "zh"))).toEqual(["二、", "十二、"]);
    expect(sectionMark(2, "en")).toBe("2. ");
    expect(new RegExp(`^${numeralMark()}$`).test(sectionMark(12, "zh"))).toBe(true);
  });
});
