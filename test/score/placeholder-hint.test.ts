import { describe, expect, it } from "vitest";
import { lineMayHoldPlaceholder, PLACEHOLDER_HINT } from "../../src/score/checks/placeholders.js";
import { seeded } from "../helpers/random.js";

describe("the placeholder pre-test of a line", () => {
  it("says yes exactly when the hint pattern matches the line without emphasis marks", () => {
    // Letters of every hint word in both cases, emphasis marks, brackets and Chinese characters.
    const alphabet = [..."TtOoDdBbCcXxMmIiNnGgLlRrEeAZ *_`【】[]{}<>×ＸｘX此处请在待补充定的 \t"];
    const next = seeded(7);
    let positives = 0;
    for (let n = 0; n < 20000; n++) {
      const length = 1 + Math.floor(next() * 12);
      let line = "";
      for (let k = 0; k < length; k++) line += alphabet[Math.floor(next() * alphabet.length)];
      const expected = PLACEHOLDER_HINT.test(line.replace(/[*_`]/g, ""));
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
