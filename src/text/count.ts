// Counting text the way funder portals count it: characters with or without spaces, Chinese
// characters only, or words (English words plus one word per Chinese character, as word
// processors do). Markdown markup is not text and is stripped first.

import { ASCII_DIGITS, ASCII_LOWER, ASCII_UPPER, charClass, charTable, CJK_RANGES, code, isAsciiDigit, isSpace, LATIN_ACCENTED } from "./chars.js";

export { isSpace } from "./chars.js";

export type CountUnit = "chars" | "chars_no_spaces" | "cjk" | "words";

export interface TextCounts {
  chars: number;
  chars_no_spaces: number;
  cjk: number;
  words: number;
}

/** The emphasis and code marks stripMarkup deletes wherever they are. */
const EMPHASIS_MARKS = "*_`~";

const ANY_EMPHASIS_MARK = new RegExp(`[${charClass(EMPHASIS_MARKS)}]`);

/** stripMarkup's passes, in order, each with a quick test of whether it can change the text. */
const MARKUP: readonly { pattern: RegExp; replacement: string; mayChange: (text: string) => boolean }[] = [
  { pattern: /^\s{0,3}#{1,6}\s+/gm, replacement: "", mayChange: (text) => text.includes("#") }, // heading marks
  { pattern: /^\s*(?:[-*+]|\d+[.)])\s+/gm, replacement: "", mayChange: () => true }, // list bullets and numbers
  { pattern: /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, replacement: "", mayChange: (text) => text.includes("---") }, // table rules
  { pattern: /\|/g, replacement: " ", mayChange: (text) => text.includes("|") }, // table pipes
  { pattern: /!?\[([^\]]*)\]\([^)]*\)/g, replacement: "$1", mayChange: (text) => text.includes("](") }, // links and images: their text
  { pattern: new RegExp(`[${charClass(EMPHASIS_MARKS)}]{1,3}`, "g"), replacement: "", mayChange: (text) => ANY_EMPHASIS_MARK.test(text) },
];

/** Removes Markdown markup (heading marks, emphasis, table pipes, list bullets, link targets). */
export function stripMarkup(text: string): string {
  // A pass that a quick search rules out is skipped, which spares most texts most of the passes.
  let out = text;
  for (const { pattern, replacement, mayChange } of MARKUP) if (mayChange(out)) out = out.replace(pattern, replacement);
  return out;
}

/** stripMarkup without the quick searches. */
export function stripMarkupReference(text: string): string {
  return MARKUP.reduce((out, { pattern, replacement }) => out.replace(pattern, replacement), text);
}

/** A Chinese character (see CJK_RANGES). */
export function isCjkCode(c: number): boolean {
  return WORD_CLASS[c] === CJK;
}

export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += (WORD_CLASS[text.charCodeAt(i)]! >> 1) & 1;
  return n;
}

export function countCjkReference(text: string): number {
  return text.match(CJK_GLOBAL)?.length ?? 0;
}

/** What is part of a Latin word. */
const WORD_RANGES = [ASCII_DIGITS, ASCII_UPPER, ASCII_LOWER, LATIN_ACCENTED];
/** What may follow a joiner inside a word (3.5, well-being: not an accented letter). */
const AFTER_JOINER_RANGES = [ASCII_DIGITS, ASCII_UPPER, ASCII_LOWER];
/** Joiners inside a word: don't, don’t, well-being, 3.5. */
const WORD_JOINERS = "'’-.";

/**
 * What each character is to countWords: LATIN part of a word, CJK a Chinese character (a word of
 * its own), JOINER a joiner inside a word, 0 anything else. The bits are what wordsIn adds up.
 */
const LATIN = 1;
const CJK = 2;
const JOINER = 4;
const WORD_CLASS = charTable(LATIN, "", WORD_RANGES);
charTable(CJK, "", CJK_RANGES, WORD_CLASS);
charTable(JOINER, WORD_JOINERS, [], WORD_CLASS);
const AFTER_JOINER = charTable(1, "", AFTER_JOINER_RANGES);

const CJK_GLOBAL = new RegExp(`[${charClass("", CJK_RANGES)}]`, "g");
const LATIN_WORD_GLOBAL = new RegExp(
  `[${charClass("", WORD_RANGES)}]+(?:[${charClass(WORD_JOINERS)}][${charClass("", AFTER_JOINER_RANGES)}][${charClass("", WORD_RANGES)}]*)*`,
  "g",
);

/** Latin words (letters or digits, joined by ' - . inside a word) plus one per Chinese character. */
export function countWords(text: string): number {
  return wordsIn(text, false);
}

export function countWordsReference(text: string): number {
  return (text.match(LATIN_WORD_GLOBAL)?.length ?? 0) + countCjkReference(text);
}

/**
 * countWords, in one pass for both kinds of word, as this runs on every sentence and section;
 * arithmetic rather than branches on word starts, which prose makes impossible to predict. With
 * skipMarks, emphasis marks are passed over as if deleted.
 */
function wordsIn(text: string, skipMarks: boolean): number {
  let words = 0;
  let inWord = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (skipMarks && isEmphasisMark(c)) continue;
    const kind = WORD_CLASS[c]!;
    if (kind === JOINER) {
      // An apostrophe, hyphen or dot inside a word (don't, well-being, 3.5) keeps the word going.
      if (inWord === 1) {
        let j = i + 1;
        if (skipMarks) while (j < n && isEmphasisMark(text.charCodeAt(j))) j++;
        if (j < n && AFTER_JOINER[text.charCodeAt(j)] === 1) {
          i = j;
          continue;
        }
      }
      inWord = 0;
      continue;
    }
    // A Latin character that starts a word, plus one per Chinese character.
    const word = kind & LATIN;
    words += (word & (inWord ^ 1)) + (kind >> 1);
    inWord = word;
  }
  return words;
}

const EMPHASIS = charTable(1, EMPHASIS_MARKS);
const isEmphasisMark = (c: number) => EMPHASIS[c] === 1;

/**
 * Whether some line may begin (after spaces and heading marks) with a digit: only then can
 * stripMarkup's list-number removal (1. 2)) take a word away.
 */
function mayHoldNumberedItem(text: string): boolean {
  for (let i = 0; ; ) {
    // Spaces (line ends among them) and heading marks, then the line's first character.
    let k = i;
    while (k < text.length && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === HASH)) k++;
    if (isAsciiDigit(text.charCodeAt(k))) return true;
    LINE_END.lastIndex = k;
    if (LINE_END.exec(text) === null) return false;
    i = LINE_END.lastIndex;
  }
}

const HASH = code("#");
/** What ends a line for stripMarkup's multiline patterns. */
const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * countWords(stripMarkup(text)) without building the stripped text, when that gives the same
 * count: what stripMarkup removes or blanks (heading marks, bullets, table rules and pipes) is
 * never part of a word, and emphasis marks are skipped as if deleted. Links and numbered list
 * items (whose numbers would be words) go the long way.
 */
export function countMarkdownWords(text: string): number {
  if (text.includes("](") || mayHoldNumberedItem(text)) return countWords(stripMarkup(text));
  return wordsIn(text, true);
}

export function countMarkdownWordsReference(text: string): number {
  return countWordsReference(stripMarkupReference(text));
}

/**
 * Code points (a surrogate pair is one character) once the skipped characters are dropped: the
 * length of [...text.replace(skipped, "")], counted without building the string or the array.
 */
const HIGH_SURROGATES = [0xd800, 0xdbff] as const;
const LOW_SURROGATES = [0xdc00, 0xdfff] as const;

function codePointsWithout(text: string, skip: (text: string, i: number, c: number) => boolean): number {
  let n = 0;
  let afterHigh = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (skip(text, i, c)) continue;
    if (afterHigh && c >= LOW_SURROGATES[0] && c <= LOW_SURROGATES[1]) {
      afterHigh = false;
      continue;
    }
    n++;
    afterHigh = c >= HIGH_SURROGATES[0] && c <= HIGH_SURROGATES[1];
  }
  return n;
}

const skipSpace = (_text: string, _i: number, c: number) => isSpace(c);
/** A newline, or a carriage return just before one (what /\r?\n/ removes). */
const skipNewline = (text: string, i: number, c: number) => c === LF || (c === CR && text.charCodeAt(i + 1) === LF);
const LF = code("\n");
const CR = code("\r");

/** All four counts of already-plain text. */
export function countText(plain: string): TextCounts {
  return {
    chars: codePointsWithout(plain, skipNewline),
    chars_no_spaces: codePointsWithout(plain, skipSpace),
    cjk: countCjk(plain),
    words: countWords(plain),
  };
}

export function countTextReference(plain: string): TextCounts {
  return {
    chars: [...plain.replace(/\r?\n/g, "")].length,
    chars_no_spaces: [...plain.replace(/\s/g, "")].length,
    cjk: countCjkReference(plain),
    words: countWordsReference(plain),
  };
}

/** One count of plain text in the given unit. */
export function countIn(plain: string, unit: CountUnit): number {
  switch (unit) {
    case "cjk":
      return countCjk(plain);
    case "words":
      return countWords(plain);
    case "chars_no_spaces":
      return codePointsWithout(plain, skipSpace);
    case "chars":
      return codePointsWithout(plain, skipNewline);
  }
}
