// The patterns the vague check searches with. The plain one puts each word on its own, English
// ones between \b; the fast ones match the same, found faster. A seeded test compares them.
import { BUILTIN_WORDS, wordsOf, type WordListChange } from "../words/lists.js";

const isAscii = (word: string) => /^[\x00-\x7f]+$/.test(word);
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeWord = (entry: string) => (isAscii(entry) ? `\\b(?:${entry})\\b` : entry);

/**
 * The plain pattern: every entry of the list (regular expressions, a rubric's change applied)
 * and every extra term (literal words) on its own, ASCII ones as whole words.
 */
export function plainVaguePattern(change: WordListChange | undefined, terms: readonly string[]): RegExp {
  return new RegExp([...wordsOf("vague", change), ...terms.map(escape)].map(wholeWord).join("|"), "gi");
}

// The built-in words with one \b pair around the English ones: the same matches as a \b pair
// around each, found faster (the engine can look ahead at the words' first letters).
const ZH_ONLY = new RegExp(BUILTIN_WORDS.zh.vague.join("|"), "g");
const EN_ONLY = new RegExp(`\\b(?:${BUILTIN_WORDS.en.vague.join("|")})\\b`, "gi");
const BOTH = new RegExp(`${BUILTIN_WORDS.zh.vague.join("|")}|\\b(?:${BUILTIN_WORDS.en.vague.join("|")})\\b`, "gi");
const HAN_CHAR = /[\u4e00-\u9fff]/;
const LATIN_LETTER = /[A-Za-z]/;

/** A rubric's own vague words: its change of the list and its extra terms, or undefined for the built-in ones. */
export interface VagueWords {
  change: WordListChange | undefined;
  terms: readonly string[];
}

const custom = new WeakMap<object, RegExp>();

/** The pattern for a rubric's own words, built once per check of the rubric; undefined with the built-in words. */
export function customVaguePattern(owner: object, words: VagueWords): RegExp | undefined {
  if (words.change === undefined && words.terms.length === 0) return undefined;
  let re = custom.get(owner);
  if (re === undefined) custom.set(owner, (re = plainVaguePattern(words.change, words.terms)));
  return re;
}

/**
 * The pattern to search a line with for the built-in words: those of the one language a line is
 * written in (most are), which matches the same as all of them and is quicker.
 */
export function builtinVaguePatternFor(text: string): RegExp {
  if (!HAN_CHAR.test(text)) return EN_ONLY;
  return LATIN_LETTER.test(text) ? BOTH : ZH_ONLY;
}
