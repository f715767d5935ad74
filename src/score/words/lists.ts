// The word lists the checks look for, one data module per language (zh.ts, en.ts). A check matches
// the words of every language, since proposals mix them (a Chinese proposal cites "UNICEF report").
// A rubric extends or replaces a list through a check's `words` option:
//   words: { sources: { add: ["台账", "monitoring log"] } }   or   { replace: [...] }
import { en } from "./en.js";
import type { WordListId } from "./ids.js";
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

const builtinPatterns = new Map<WordListId, RegExp>();
const changedPatterns = new WeakMap<WordListChange, RegExp>();

/**
 * One case-insensitive pattern for a list, any entry anywhere in a text (for `.test`). Built once:
 * the built-in list per process, a rubric's list per rubric.
 */
export function wordPattern(id: WordListId, words: WordOptions | undefined): RegExp {
  const change = words?.[id];
  if (change === undefined) {
    let re = builtinPatterns.get(id);
    if (re === undefined) builtinPatterns.set(id, (re = new RegExp(wordsOf(id).join("|"), "i")));
    return re;
  }
  let re = changedPatterns.get(change);
  if (re === undefined) changedPatterns.set(change, (re = new RegExp(wordsOf(id, change).join("|") || "(?!)", "i")));
  return re;
}
