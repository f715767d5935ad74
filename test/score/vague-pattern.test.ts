import { describe, expect, it } from "vitest";
import { VAGUE_EN, VAGUE_ZH, vaguePattern, vaguePatternFor } from "../../src/score/checks/structure.js";
import { seeded } from "../helpers/random.js";

/** Every word on its own, English ones each between \b: what the faster pattern must match. */
const reference = new RegExp([...VAGUE_ZH, ...VAGUE_EN].map((w) => (/^[\x00-\x7f]+$/.test(w) ? `\\b${w}\\b` : w)).join("|"), "gi");
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe("the vague-word pattern", () => {
  it("matches what a pattern of the words one by one matches, on generated text", () => {
    const pieces = [...VAGUE_ZH, ...VAGUE_EN, ...VAGUE_EN.map((w) => w.toUpperCase()), "Many", "a lot", "lots", "numb", "ly", "s", "x", "_", "9", " ", ", ", "。", "的", "大", "一", "é"];
    const next = seeded(11);
    let hits = 0;
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 8);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
      const expected = matches(reference, text);
      hits += expected.length;
      expect(matches(vaguePattern([]), text), JSON.stringify(text)).toEqual(expected);
      // …and so does the pattern picked for the line's language.
      expect(matches(vaguePatternFor(text, []), text), JSON.stringify(text)).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(2000);
  });

  it("keeps word boundaries and any case, and adds a rubric's own words", () => {
    expect(matches(vaguePattern([]), "Many people, manyfold, Germany, SEVERAL_ times, 若干名")).toEqual(["0:Many", "48:若干"]);
    expect(matches(vaguePattern(["一些", "some"]), "一些老人 and some others, somewhat")).toEqual(["0:一些", "9:some"]);
  });
});
