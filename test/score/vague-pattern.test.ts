import { describe, expect, it } from "vitest";
import { builtinVaguePatternFor, customVaguePattern, plainVaguePattern } from "../../src/score/checks/vague-words.js";
import { BUILTIN_WORDS } from "../../src/score/words/lists.js";
import { seeded } from "../helpers/random.js";

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
const { zh, en } = BUILTIN_WORDS;

describe("the vague-word pattern", () => {
  it("matches what the plain pattern (each word on its own) matches, on generated text", () => {
    const plain = plainVaguePattern(undefined, []);
    const pieces = [...zh.vague, ...en.vague, ...en.vague.map((w) => w.toUpperCase()), "Many", "a lot", "lots", "numb", "ly", "s", "x", "_", "9", " ", ", ", "。", "的", "大", "一", "é"];
    const next = seeded(11);
    let hits = 0;
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 8);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
      const expected = matches(plain, text);
      hits += expected.length;
      // The pattern picked for the line's language finds the same.
      expect(matches(builtinVaguePatternFor(text), text), JSON.stringify(text)).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(2000);
  });

  it("keeps word boundaries and any case, and adds a rubric's own words", () => {
    expect(matches(builtinVaguePatternFor("Many people, manyfold, Germany, SEVERAL_ times, 若干名"), "Many people, manyfold, Germany, SEVERAL_ times, 若干名")).toEqual(["0:Many", "48:若干"]);
    const own = customVaguePattern({}, { change: undefined, terms: ["一些", "some"] })!;
    expect(matches(own, "一些老人 and some others, somewhat")).toEqual(["0:一些", "9:some"]);
    // With the built-in words there is no pattern of the rubric's own.
    expect(customVaguePattern({}, { change: undefined, terms: [] })).toBeUndefined();
  });
});
