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

const WHITESPACE = /\s/g;

/** Removes Markdown markup (heading marks, emphasis, table pipes, list bullets, link targets). */
export function stripMarkup(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, "")
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, "")
    .replace(/\|/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]{1,3}/g, "");
}

export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

/** Latin words (letters or digits, joined by ' - . inside a word) plus one per Chinese character. */
export function countWords(text: string): number {
  // One pass for both, as this runs on every sentence and section.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
    if (wordChar) {
      if (!inWord) words++;
      inWord = true;
    } else if (inWord && (c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e)) {
      // An apostrophe, hyphen or dot inside a word (don't, well-being, 3.5) keeps the word going.
      const next = text.charCodeAt(i + 1);
      inWord = (next >= 0x30 && next <= 0x39) || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
      if (!inWord) continue;
      i++;
    } else {
      inWord = false;
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) words++;
    }
  }
  return words;
}

/** All four counts of already-plain text. */
export function countText(plain: string): TextCounts {
  const noNewlines = plain.replace(/\r?\n/g, "");
  return {
    chars: [...noNewlines].length,
    chars_no_spaces: [...plain.replace(WHITESPACE, "")].length,
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
      return [...plain.replace(WHITESPACE, "")].length;
    case "chars":
      return [...plain.replace(/\r?\n/g, "")].length;
  }
}
