// Counting text the way funder portals count it: characters with or without spaces, Chinese
// characters only, or words (English words plus one word per Chinese character, as word
// processors do). Markdown markup is not text and is stripped first.

export type CountUnit = "chars" | "chars_no_spaces" | "cjk" | "words";

export interface TextCounts {
  chars: number;
  chars_no_spaces: number;
  cjk: number;
  words: number;
}

/** Removes Markdown markup (heading marks, emphasis, table pipes, list bullets, link targets). */
export function stripMarkup(text: string): string {
  // Each pattern needs a character or pair that a quick search rules out, which spares most
  // texts most of the passes; the result is the same.
  let out = text;
  if (out.includes("#")) out = out.replace(/^\s{0,3}#{1,6}\s+/gm, "");
  out = out.replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, "");
  if (out.includes("---")) out = out.replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, "");
  if (out.includes("|")) out = out.replace(/\|/g, " ");
  if (out.includes("](")) out = out.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1");
  return MARK.test(out) ? out.replace(/[*_`~]{1,3}/g, "") : out;
}

const MARK = /[*_`~]/;

/** A Chinese character (the unified ideographs, extension A and the compatibility block). */
export function isCjkCode(c: number): boolean {
  return WORD_CLASS[c] === 2;
}

export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += (WORD_CLASS[text.charCodeAt(i)]! >> 1) & 1;
  return n;
}

/**
 * What each character is to countWords: 1 part of a word, 2 a Chinese character (a word of its
 * own), 4 a joiner inside a word (' ’ - .), 0 anything else.
 */
const WORD_CLASS = new Uint8Array(65536);
for (const [from, to] of [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f]] as const) WORD_CLASS.fill(1, from, to + 1);
for (const [from, to] of [[0x4e00, 0x9fff], [0x3400, 0x4dbf], [0xf900, 0xfaff]] as const) WORD_CLASS.fill(2, from, to + 1);
for (const c of [0x27, 0x2019, 0x2d, 0x2e]) WORD_CLASS[c] = 4;
/** ASCII letters and digits: what may follow a joiner inside a word. */
const ASCII_ALNUM = new Uint8Array(128);
for (const [from, to] of [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]] as const) ASCII_ALNUM.fill(1, from, to + 1);

/** Latin words (letters or digits, joined by ' - . inside a word) plus one per Chinese character. */
export function countWords(text: string): number {
  return wordsIn(text, false);
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
    if (kind === 4) {
      // An apostrophe, hyphen or dot inside a word (don't, well-being, 3.5) keeps the word going.
      if (inWord === 1) {
        let j = i + 1;
        if (skipMarks) while (j < n && isEmphasisMark(text.charCodeAt(j))) j++;
        if (j < n && ASCII_ALNUM[text.charCodeAt(j)] === 1) {
          i = j;
          continue;
        }
      }
      inWord = 0;
      continue;
    }
    const word = kind & 1;
    words += (word & (inWord ^ 1)) + (kind >> 1);
    inWord = word;
  }
  return words;
}

/** Emphasis marks, which stripMarkup deletes wherever they are. */
const isEmphasisMark = (c: number) => c === 0x2a || c === 0x5f || c === 0x60 || c === 0x7e; // * _ ` ~

/**
 * Whether some line may begin (after spaces and heading marks) with a digit: only then can
 * stripMarkup's list-number removal (1. 2)) take a word away.
 */
function mayHoldNumberedItem(text: string): boolean {
  for (let i = 0; ; ) {
    // Spaces (line ends among them) and heading marks, then the line's first character.
    let k = i;
    while (k < text.length && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 0x23)) k++;
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
    LINE_END.lastIndex = k;
    if (LINE_END.exec(text) === null) return false;
    i = LINE_END.lastIndex;
  }
}

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

/** What \s matches (and String.prototype.trim removes). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Code points (a surrogate pair is one character) once the skipped characters are dropped: the
 * length of [...text.replace(skipped, "")], counted without building the string or the array.
 */
function codePointsWithout(text: string, skip: (text: string, i: number, c: number) => boolean): number {
  let n = 0;
  let afterHigh = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (skip(text, i, c)) continue;
    if (afterHigh && c >= 0xdc00 && c <= 0xdfff) {
      afterHigh = false;
      continue;
    }
    n++;
    afterHigh = c >= 0xd800 && c <= 0xdbff;
  }
  return n;
}

const skipSpace = (_text: string, _i: number, c: number) => isSpace(c);
/** A newline, or a carriage return just before one (what /\r?\n/ removes). */
const skipNewline = (text: string, i: number, c: number) => c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10);

/** All four counts of already-plain text. */
export function countText(plain: string): TextCounts {
  return {
    chars: codePointsWithout(plain, skipNewline),
    chars_no_spaces: codePointsWithout(plain, skipSpace),
    cjk: countCjk(plain),
    words: countWords(plain),
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
