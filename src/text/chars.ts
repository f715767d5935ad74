// Character classes for the fast paths in src/text: each is written once, as the characters it
// holds, and both the lookup tables (a Uint8Array indexed by UTF-16 code unit, one load per
// character) and the regular expressions of the reference versions are built from it.

/** The UTF-16 code of a one-character string. */
export const code = (ch: string): number => ch.charCodeAt(0);

/** A range of characters, first and last included. */
export type CharRange = readonly [first: string, last: string];

export const ASCII_DIGITS: CharRange = ["0", "9"];
export const ASCII_UPPER: CharRange = ["A", "Z"];
export const ASCII_LOWER: CharRange = ["a", "z"];
/** Latin-1 letters through Latin Extended-B (À … ɏ): letters of French, German, Vietnamese… */
export const LATIN_ACCENTED: CharRange = ["\u00c0", "\u024f"];
/** The CJK unified ideographs, where every character of grantsmith's own Chinese words lies. */
export const CJK_UNIFIED: CharRange = ["\u4e00", "\u9fff"];
/** Chinese characters: the unified ideographs, extension A and the compatibility block. */
export const CJK_RANGES: readonly CharRange[] = [CJK_UNIFIED, ["\u3400", "\u4dbf"], ["\uf900", "\ufaff"]];

/**
 * What \s matches (and String.prototype.trim removes): tab, line feed, vertical tab, form feed,
 * carriage return, space, no-break space, the Unicode space separators, line and paragraph
 * separators, and the byte order mark.
 */
export const WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** A table over every UTF-16 code unit with `value` at the given characters and ranges. */
export function charTable(value: number, chars: string, ranges: readonly CharRange[] = [], table: Uint8Array = new Uint8Array(65536)): Uint8Array {
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = value;
  for (const [first, last] of ranges) table.fill(value, code(first), code(last) + 1);
  return table;
}

/** A regex character class (without the brackets) for the characters and ranges. */
export function charClass(chars: string, ranges: readonly CharRange[] = []): string {
  const escape = (text: string) => text.replace(/[\\\]^-]/g, "\\$&");
  return escape(chars) + ranges.map(([first, last]) => `${escape(first)}-${escape(last)}`).join("");
}

const SPACE = charTable(1, WHITESPACE);

/** What \s matches (see WHITESPACE). */
export function isSpace(c: number): boolean {
  return SPACE[c] === 1;
}

export function isSpaceReference(c: number): boolean {
  return /\s/.test(String.fromCharCode(c));
}

const ASCII_LETTER = charTable(1, "", [ASCII_UPPER, ASCII_LOWER]);

/** A-Z or a-z. */
export function isAsciiLetter(c: number): boolean {
  return ASCII_LETTER[c] === 1;
}

const CODE_0 = code("0");
const CODE_9 = code("9");

/** 0-9. */
export function isAsciiDigit(c: number): boolean {
  return c >= CODE_0 && c <= CODE_9;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * atMostCodePointsReference without building an array of the characters: a long paragraph is
 * decided by its length, or after max + 1 code points are counted (a surrogate pair is one).
 */
export function atMostCodePoints(text: string, max: number): boolean {
  if (text.length <= max) return true;
  // Every code point is one or two code units.
  if (text.length > 2 * max) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    if (++count > max) return false;
  }
  return true;
}

/** Whether the text has at most `max` characters (code points, as a string's iterator gives them). */
export function atMostCodePointsReference(text: string, max: number): boolean {
  return [...text].length <= max;
}
