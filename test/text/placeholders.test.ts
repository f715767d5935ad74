import { describe, expect, it } from "vitest";
import {
  ANGLE_BRACKET_WORDS,
  BARE_PLACEHOLDERS,
  BRACKETS,
  DRAFTED_PLACEHOLDER,
  FILLER_LETTERS,
  FULL_BRACKET_WORDS,
  INSTRUCTION_LEADS,
  LEFTOVER_PHRASES,
  MARKER_WORDS,
  SQUARE_BRACKET_WORDS,
  findPlaceholders,
  lineMayHoldPlaceholder,
  lineMayHoldPlaceholderPlain,
  placeholder,
  scanPlaceholders,
} from "../../src/text/placeholders.js";
import { seeded } from "../helpers/random.js";

/** Lines of `pieces` picked at random, `count` of them, each of 1..maxLength pieces. */
function generated(seed: number, pieces: readonly string[], count: number, maxLength: number): string[] {
  const next = seeded(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const length = 1 + Math.floor(next() * maxLength);
    let line = "";
    for (let k = 0; k < length; k++) line += pieces[Math.floor(next() * pieces.length)];
    out.push(line);
  }
  return out;
}

describe("the placeholder pre-test of a line", () => {
  it("says yes exactly when the plain pre-test (the hint without emphasis marks) does", () => {
    // Letters of every hint word in both cases, emphasis marks, brackets and Chinese characters.
    const alphabet = [..."TtOoDdBbCcXxMmIiNnGgLlRrEeAZ *_`【】[]{}<>×ＸｘX此处请在待补充定的 \t"];
    let positives = 0;
    for (const line of generated(7, alphabet, 20000, 12)) {
      const expected = lineMayHoldPlaceholderPlain(line);
      if (expected) positives++;
      expect(lineMayHoldPlaceholder(line), JSON.stringify(line)).toBe(expected);
    }
    // Both answers were exercised.
    expect(positives).toBeGreaterThan(1000);
    expect(positives).toBeLessThan(19000);
  });

  it("finds each hint word through emphasis and in any case", () => {
    for (const line of ["to*d*o later", "**TBD**", "t_b_c", "xX`x", "Coming soon", "LOREM", "此**处", "请在此", "待补充", "（待定）", "【", "{{name}}", "<insert>", "×××", "ｘ"]) {
      expect(lineMayHoldPlaceholder(line), line).toBe(true);
    }
    for (const line of ["today's total", "tbh", "xx", "com ing", "lore", "此外", "请在", "待遇", "The plan is ready."]) {
      expect(lineMayHoldPlaceholder(line), line).toBe(false);
    }
  });
});

describe("the placeholder syntax", () => {
  it("gives every leftover it defines a hint the pre-test sees", () => {
    const wrap = ([open, close]: readonly [string, string], words: readonly string[]) => words.map((w) => `${open}${w} 预算${close}`);
    const leftovers = [
      ...wrap(BRACKETS.full, FULL_BRACKET_WORDS),
      ...wrap(BRACKETS.square, SQUARE_BRACKET_WORDS),
      ...wrap(BRACKETS.angle, ANGLE_BRACKET_WORDS),
      "{{name}}",
      ...MARKER_WORDS,
      ...FILLER_LETTERS.map((x) => x.repeat(3)),
      ...LEFTOVER_PHRASES,
      ...Object.entries(INSTRUCTION_LEADS).flatMap(([lead, verbs]) => verbs.map((v) => lead + v)),
      ...BARE_PLACEHOLDERS,
    ];
    for (const text of leftovers) {
      const line = `见 ${text.toLowerCase()} 处`;
      expect(scanPlaceholders(line), line).toHaveLength(1);
      expect(lineMayHoldPlaceholder(line), line).toBe(true);
      expect(findPlaceholders(line), line).toEqual(scanPlaceholders(line));
    }
  });
});

describe("finding placeholders", () => {
  it("finds what the plain scan finds, on generated text", () => {
    const pieces = ["【", "】", "[", "]", "{{", "}}", "<", ">", "待补充", "待定", "：", ": ", "TODO", "tbd", "TBC", "insert", "XX", "x", "ＸＸ", "××", "COMING SOON", "lorem ipsum", "此处", "填写", "请在此", "输入", "（待定）", "(待定)", "预算", "total", " ", "*"];
    let hits = 0;
    for (const text of generated(13, pieces, 5000, 10)) {
      const plain = scanPlaceholders(text);
      hits += plain.length;
      expect(findPlaceholders(text), JSON.stringify(text)).toEqual(plain);
      // A text with a placeholder always passes the line pre-test.
      if (plain.length > 0) expect(lineMayHoldPlaceholder(text), JSON.stringify(text)).toBe(true);
    }
    expect(hits).toBeGreaterThan(2000);
  });

  it("reads the label a placeholder asks for", () => {
    expect(findPlaceholders("合计：【待补充：预算总额】元").map((p) => [p.raw, p.what, p.index])).toEqual([["【待补充：预算总额】", "预算总额", 3]]);
    expect(findPlaceholders("Total: [TODO: total budget], lead XXX").map((p) => [p.raw, p.what])).toEqual([["[TODO: total budget]", "total budget"], ["XXX", ""]]);
  });

  it("finds a form field left unfilled in square brackets, but not a link or a footnote", () => {
    const form = "- **Phone**: [Your Phone Number]\n- **Country**: [Your Country]\n- Amount: [Enter amount]\n";
    expect(findPlaceholders(form).map((p) => p.raw)).toEqual(["[Your Phone Number]", "[Your Country]", "[Enter amount]"]);
    expect(findPlaceholders("See [your dashboard](https://example.org) and note [1].")).toEqual([]);
    expect(findPlaceholders("Read [Your guide to dementia][nhs].\n\n[Your guide][nhs]: https://example.org")).toEqual([]);
    expect(findPlaceholders("联系电话：[您的电话]；负责人：[请填写姓名]").map((p) => p.raw)).toEqual(["[您的电话]", "[请填写姓名]"]);
    expect(findPlaceholders("[Yourself and others]")).toEqual([]);
  });
});

describe("the placeholders a draft writes", () => {
  it("are found by the scorer and recognised as grantsmith's own", () => {
    for (const language of ["zh", "en"] as const) {
      const written = placeholder("预算总额", language);
      expect(findPlaceholders(`前文 ${written} 后文`).map((p) => p.raw)).toEqual([written]);
      expect(`前文 ${written} 后文`.match(DRAFTED_PLACEHOLDER)).toEqual([written]);
    }
    expect(placeholder("总额", "zh")).toBe("【待补充：总额】");
    expect(placeholder("total", "en")).toBe("[TODO: total]");
    // A leftover the scorer flags is not one of grantsmith's own.
    expect("TBD and XXX".match(DRAFTED_PLACEHOLDER)).toBeNull();
  });
});
