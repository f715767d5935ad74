// The text report's display width against string-width (the obvious version, a dev dependency
// here): the same columns for every string of a seeded mix of ASCII, CJK, full-width forms,
// accents, emoji sequences, Hangul jamo, controls and colour codes.
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { displayWidth, padEnd } from "../../src/report/width.js";
import { seeded } from "../helpers/random.js";

const PIECES = [
  "a", "Z", " ", "-", "申", "报", "书", "、", "，", "（", "）", "：", "“", "”", "【", "】", "Ｔ", "ｱ", "ﾞ", "é", "e\u0301", "ß", "Ω", "–", "—", "…", "·", "✓", "✗",
  "→", "€", "£", "¥", "한", "\u1100\u1161", "\u1100\u1161\u11a8", "\u1100", "😀", "👍🏽", "👩‍👩‍👧", "🇨🇳", "1️⃣", "#\u20e3", "❤️", "☺", "\u200b", "\u200d", "\ufe0f",
  "\t", "\x1b[31m", "\x1b[0m", "\u0007", "ｶﾞ", "ﾊﾟ", "ー", "〇", "𠀀", "\u0915\u094d\u0937", "\u0e01\u0e34",
];

describe("displayWidth", () => {
  it("counts CJK as two columns and ASCII as one", () => {
    expect(displayWidth("项目概述")).toBe(8);
    expect(displayWidth("Budget")).toBe(6);
    expect(displayWidth("需求分析与证据 (need)")).toBe(21);
    expect(padEnd("预算", 6)).toBe("预算  ");
  });

  it("agrees with string-width on 5,000 seeded strings", () => {
    const next = seeded(20261202);
    const differences: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 8);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)]!;
      if (displayWidth(text) !== stringWidth(text)) differences.push(`${JSON.stringify(text)}: ${displayWidth(text)} vs ${stringWidth(text)}`);
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
