import { describe, expect, it } from "vitest";
import { splitSentences, splitSentencesReference } from "../../src/text/sentences.js";
import { countIn } from "../../src/text/count.js";
import { seeded } from "../helpers/random.js";

const texts = (lines: string[]) => splitSentences(lines).map((s) => s.text);

describe("splitSentences", () => {
  it("ends a sentence at a full stop inside closing emphasis", () => {
    expect(texts(["**Key indicators.** The project will track attendance. It reports monthly."])).toEqual([
      "**Key indicators.**",
      "The project will track attendance.",
      "It reports monthly.",
    ]);
  });
  it("keeps abbreviations and decimals inside a sentence", () => {
    expect(texts(["We use e.g. surveys and 3.5 hours of training. Then we stop."])).toEqual([
      "We use e.g. surveys and 3.5 hours of training.",
      "Then we stop.",
    ]);
  });
  it("splits Chinese at 。 and keeps closing quotes", () => {
    expect(texts(["**核心指标。**项目重点监测“送餐准时率”。其次是满意度。"])).toEqual(["**核心指标。**", "项目重点监测“送餐准时率”。", "其次是满意度。"]);
  });
});

describe("the bound the sentence-length check skips short blocks by", () => {
  it("is never below a sentence's longest clause, in words or Chinese characters", () => {
    const pieces = ["well-", "being", "a", "b", "3.5", "No. 3", "e.g. ", ". ", "。", "！", "?", ";", "；", "-", "'", "’", ".", " ", "中", "文", "x", "1. ", "- ", "**", ")", ",", "é"];
    const next = seeded(21);
    const longest = (sentence: string, unit: "words" | "cjk") => Math.max(...sentence.split(/[;；]/).map((c) => countIn(c, unit)));
    for (let n = 0; n < 20000; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(next() * 4);
      for (let l = 0; l < count; l++) {
        let line = "";
        const length = 1 + Math.floor(next() * 10);
        for (let k = 0; k < length; k++) line += pieces[Math.floor(next() * pieces.length)];
        lines.push(line);
      }
      const words = lines.reduce((sum, line) => sum + countIn(line, "words") + 1, 0);
      const han = lines.reduce((sum, line) => sum + countIn(line, "cjk"), 0);
      for (const s of splitSentences(lines)) {
        expect(longest(s.text, "words"), JSON.stringify(lines)).toBeLessThanOrEqual(words);
        expect(longest(s.text, "cjk"), JSON.stringify(lines)).toBeLessThanOrEqual(han);
      }
    }
  });
});

describe("splitSentences on generated lines", () => {
  it("splits as the plain version does", () => {
    const pieces = [
      "well-", "being", "a", "A", "3.5", "No. 3", "e.g. ", "U.S. ", ". ", ".", "。", "！", "？", "!", "?", " ", "  ", "\t", "\u3000", "中", "x", "12.",
      "1. ", "- ", "• ", "（2）", "**", "_", ")", ",", ";", ":", "”", "」", "’", "\"", "'",
    ];
    const next = seeded(23);
    const skip = (line: string) => line.startsWith("|");
    let sentences = 0;
    for (let n = 0; n < 20000; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(next() * 4);
      for (let l = 0; l < count; l++) {
        let line = next() < 0.1 ? "| " : "";
        const length = Math.floor(next() * 9);
        for (let k = 0; k < length; k++) line += pieces[Math.floor(next() * pieces.length)];
        lines.push(line);
      }
      const expected = splitSentencesReference(lines, 5, skip);
      sentences += expected.length;
      expect(splitSentences(lines, 5, skip), JSON.stringify(lines)).toEqual(expected);
    }
    expect(sentences).toBeGreaterThan(20000);
  });
});
