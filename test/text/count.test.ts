import { describe, expect, it } from "vitest";
import {
  countCjkReference, countIn, countMarkdownWords, countMarkdownWordsReference, countText, countTextReference, countWordsReference, stripMarkup, stripMarkupReference,
} from "../../src/text/count.js";
import { detectTextLanguage, detectTextLanguageReference } from "../../src/text/language.js";
import { splitSentences } from "../../src/text/sentences.js";
import { seeded } from "../helpers/random.js";

describe("counting", () => {
  it("counts characters with and without spaces, Chinese characters and words", () => {
    expect(countText("项目 预算 abc")).toEqual({ chars: 9, chars_no_spaces: 7, cjk: 4, words: 5 });
    expect(countIn("The well-being of 200 girls, don't stop.", "words")).toBe(7);
  });
  it("does not count Markdown markup", () => {
    expect(countIn(stripMarkup("## 预算\n| 科目 | 金额 |\n| --- | --- |\n**合计**"), "chars_no_spaces")).toBe(8);
  });
});

describe("detectTextLanguage", () => {
  it("tells Chinese from English", () => {
    expect(detectTextLanguage("本项目面向社区老人 with some English names like GrantSmith")).toBe("zh");
    expect(detectTextLanguage("This project serves 240 girls in Kilifi 县")).toBe("en");
  });
});

describe("splitSentences", () => {
  it("splits Chinese and English sentences and keeps their lines", () => {
    const s = splitSentences(["第一句。第二句！", "", "First one. Second, e.g. this", "continues here."], 10);
    expect(s.map((x) => [x.text, x.line])).toEqual([
      ["第一句。", 10],
      ["第二句！", 10],
      ["First one.", 12],
      ["Second, e.g. this continues here.", 12],
    ]);
  });
});

describe("countWords on generated text", () => {
  it("counts Latin words (joined by ' ’ - . before a letter or digit) and Chinese characters", () => {
    const alphabet = [..."ab Z9-'.’中文，é _\u0250\u00c0\u3400\uf900\t\n\r\u00a0\u3000😀"];
    const next = seeded(5);
    for (let n = 0; n < 20000; n++) {
      let text = "";
      for (let k = 0; k < 12; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(countIn(text, "words"), JSON.stringify(text)).toBe(countWordsReference(text));
      expect(countIn(text, "cjk"), JSON.stringify(text)).toBe(countCjkReference(text));
      expect(countText(text), JSON.stringify(text)).toEqual(countTextReference(text));
    }
  });
});

describe("detectTextLanguage on generated text", () => {
  it("decides as a full count of the first 6,000 characters would, however early it stops", () => {
    const reference = detectTextLanguageReference;
    const next = seeded(9);
    const seen = new Set<string>();
    for (let n = 0; n < 300; n++) {
      // From mostly Chinese to mostly English, and lengths around the 6,000-character window.
      const share = next();
      const parts: string[] = [];
      const length = 500 + Math.floor(next() * 7000);
      let size = 0;
      while (size < length) {
        const part = next() < share ? "老人助餐" : next() < 0.5 ? "meals " : "a ";
        parts.push(part);
        size += part.length;
      }
      const text = parts.join("");
      seen.add(reference(text));
      expect(detectTextLanguage(text), `text ${n}`).toBe(reference(text));
    }
    expect(seen).toEqual(new Set(["zh", "en"]));
  });
});

describe("countMarkdownWords", () => {
  it("counts the words stripMarkup leaves, on generated Markdown", () => {
    const pieces = [
      "# ", "## ", "#", "1. ", "12) ", "3.5", "- ", "* ", "+ ", "|", "| --- |", "---", ":", "[a](b c)", "](", "[x]",
      "**", "_", "`", "~", "well", "-", "'", ".", "’", "9", "中", "文", " ", "  ", "\n", "\n", "\r\n", "\r", "\u2028", "\t", "é", "x",
    ];
    const next = seeded(13);
    for (let n = 0; n < 30000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 14);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
      expect(countMarkdownWords(text), JSON.stringify(text)).toBe(countMarkdownWordsReference(text));
      expect(stripMarkup(text), JSON.stringify(text)).toBe(stripMarkupReference(text));
    }
  });
});
