// The shortcuts of src/text against their plain versions (…Reference, beside them in src/), on
// generated inputs: a shortcut that changes a result fails here with the input that shows it.
import { describe, expect, it } from "vitest";
import { atMostCodePoints, atMostCodePointsReference, isSpace, isSpaceReference } from "../../src/text/chars.js";
import { currencyOf, currencyOfReference } from "../../src/text/currency.js";
import { isReference, isReferenceReference, unitAfter, unitAfterReference } from "../../src/text/figure-pattern.js";
import { seeded } from "../helpers/random.js";

/** `count` texts of up to `most` pieces each, the same for a seed. */
function generated(seed: number, pieces: readonly string[], count: number, most: number): string[] {
  const next = seeded(seed);
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = "";
    const length = 1 + Math.floor(next() * most);
    for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
    texts.push(text);
  }
  return texts;
}

describe("isSpace", () => {
  it("is what \\s matches, for every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if (isSpace(c) !== isSpaceReference(c)) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe("atMostCodePoints", () => {
  it("counts as the string's iterator does, surrogate pairs and lone halves alike, around the limit", () => {
    const pieces = ["a", "字", " ", "😀", "\ud83d", "\ude00", "𠀋", "ab"];
    let over = 0;
    for (const text of generated(43, pieces, 20000, 14)) {
      for (const max of [0, 1, 3, 5, 7, 9, 12]) {
        const expected = atMostCodePointsReference(text, max);
        over += expected ? 0 : 1;
        expect(atMostCodePoints(text, max), `${JSON.stringify(text)} ≤ ${max}`).toBe(expected);
      }
    }
    expect(over).toBeGreaterThan(10000);
  });
});

describe("currencyOf", () => {
  it("answers as the plain search does, asked again and again", () => {
    const pieces = ["HK$", "US$", "$", "¥", "￥", "€", "£", "HKD", "EUR", "GBP", "JPY", "USD", "CNY", "RMB", "港元", "港币", "港幣", "欧元", "英鎊", "日圓", "円", "美元", "元", "人民币", "dollars", "euro", "yen", "yuan", "万", "H", "K", "x", " "];
    for (const text of generated(31, pieces, 5000, 3)) {
      expect(currencyOf(text), JSON.stringify(text)).toBe(currencyOfReference(text));
      expect(currencyOf(text), JSON.stringify(text)).toBe(currencyOfReference(text));
    }
  });
});

describe("the figure pattern's shortcuts", () => {
  const pieces = [
    ..."0123456789 .“\"'「『‘§表图第件录号骤中a", "\u3000", "附件", "附表", "编号", "步骤", "列表", "Article", "Sec.", "no.", "Fig", "Table", "phase", "goal",
    "人", "人次", "个月", "千克", "平方米", "万", "亿", "元", "社区", "people", "the", " girls", " and", "-", "、", "．", "7. Monitoring",
  ];
  const texts = generated(37, pieces, 6000, 8);

  it("isReference decides as the plain pattern test does, at every position", () => {
    let references = 0;
    for (const text of texts) {
      for (let index = 0; index < text.length; index++) {
        const raw = text.slice(index, index + 2);
        const expected = isReferenceReference(text, index, raw, undefined);
        references += expected ? 1 : 0;
        expect(isReference(text, index, raw, undefined), `${JSON.stringify(text)} at ${index}`).toBe(expected);
      }
    }
    expect(references).toBeGreaterThan(1000);
  });

  it("unitAfter finds the unit the anchored patterns find, at every position", () => {
    let units = 0;
    for (const text of texts) {
      for (let end = 0; end <= text.length; end++) {
        const expected = unitAfterReference(text, end);
        units += expected !== "" ? 1 : 0;
        expect(unitAfter(text, end), `${JSON.stringify(text)} at ${end}`).toBe(expected);
      }
    }
    expect(units).toBeGreaterThan(1000);
  });
});
