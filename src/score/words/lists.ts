// The word lists the checks look for, one data module per language (zh.ts, en.ts). A check matches
// the words of every language, since proposals mix them (a Chinese proposal cites "UNICEF report").
// A rubric extends or replaces a list through a check's `words` option:
//   words: { sources: { add: ["台账", "monitoring log"] } }   or   { replace: [...] }
import { en } from "./en.js";
import { WORD_LISTS, type WordListId } from "./ids.js";
import { zh } from "./zh.js";

export { WORD_LISTS, type WordListId, type WordLists } from "./ids.js";

/** The built-in lists per language. */
export const BUILTIN_WORDS = { zh, en } as const;

/** What a rubric writes for one list: entries replacing the built-in ones, entries added, or both. */
export interface WordListChange {
  replace?: readonly string[];
  add?: readonly string[];
}

/** A check's `words` option: changes by list id. */
export type WordOptions = Partial<Record<WordListId, WordListChange>>;

/** The entries of a list after a rubric's change: the built-in ones of every language, replaced and/or extended. */
export function wordsOf(id: WordListId, change?: WordListChange): readonly string[] {
  const base = change?.replace ?? [...zh[id], ...en[id]];
  return change?.add ? [...base, ...change.add] : base;
}

/**
 * What a pattern makes of a list's alternation ("a|b|c"): by default, any entry anywhere. The
 * entries themselves come second, for a pattern that reads some of them differently.
 */
export type PatternShape = (alternation: string, entries: readonly string[]) => string;
const ANYWHERE: PatternShape = (alternation) => alternation;

/** A cache key per built-in list; a rubric's change to a list is the key of its own patterns. */
const BUILTIN_KEYS = Object.fromEntries(Object.keys(WORD_LISTS).map((id) => [id, {}])) as Record<WordListId, object>;
const patterns = new WeakMap<object, Map<PatternShape, RegExp>>();

/** A case-insensitive pattern of a list's entries; an empty list matches nothing. */
function compile(entries: readonly string[], shape: PatternShape): RegExp {
  return new RegExp(entries.length > 0 ? shape(entries.join("|"), entries) : "(?!)", "i");
}

/** An alternation of these entries that matches nothing when there are none. */
export const alternation = (entries: readonly string[]): string => (entries.length > 0 ? entries.join("|") : "(?!)");

/**
 * One case-insensitive pattern for a list (for `.test` or `.exec`): any entry anywhere, or the
 * entries inside a larger pattern (`shape`, a module-level function). Built once: the built-in list
 * per process, a rubric's list per rubric.
 */
export function wordPattern(id: WordListId, words: WordOptions | undefined, shape: PatternShape = ANYWHERE): RegExp {
  const change = words?.[id];
  const key = change ?? BUILTIN_KEYS[id];
  let byShape = patterns.get(key);
  if (byShape === undefined) patterns.set(key, (byShape = new Map()));
  let re = byShape.get(shape);
  if (re === undefined) byShape.set(shape, (re = compile(wordsOf(id, change), shape)));
  return re;
}
