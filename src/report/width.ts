// Display width in a terminal's columns, so the text report's tables line up with Chinese titles
// and file names. The same rules as string-width (East Asian Width per Unicode TR11 from
// get-east-asian-width, ambiguous as narrow; marks, controls and format characters take none;
// emoji clusters take two), without its start-up: string-width builds an Intl.Segmenter and
// its emoji expressions as it loads (about 40 ms of CPU, a fifth of `score one.md`), while
// nearly every table cell here is ASCII or CJK and needs neither. Grapheme clusters are only
// segmented for a string holding a joiner, a variation selector, a keycap, a regional indicator,
// an emoji modifier, Hangul jamo or an Indic script (whose conjuncts are one cluster). test/report/width.test.ts compares it with string-width.
import { eastAsianWidth } from "get-east-asian-width";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Colour and cursor sequences (CSI, OSC): zero columns. */
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x9b[0-?]*[ -/]*[@-~]/g;
const ZERO_WIDTH = /[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u;
/** What only a whole grapheme cluster decides. */
const CLUSTERED = /[\u0900-\u0dff\u1000-\u109f\u1780-\u17ff\u1a20-\u1aaf\u200d\ufe0e\ufe0f\u20e3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const plain = text.includes("\x1b") || text.includes("\x9b") ? text.replace(ANSI, "") : text;
  if (CLUSTERED.test(plain)) return clusteredWidth(plain);
  let width = 0;
  for (const ch of plain) width += ZERO_WIDTH.test(ch) ? 0 : eastAsianWidth(ch.codePointAt(0)!);
  return width;
}

export function padEnd(text: string, to: number): string {
  return text + " ".repeat(Math.max(0, to - displayWidth(text)));
}

let segmenter: Intl.Segmenter | undefined;
const VISIBLE = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u;
// Written as a string: the type checker targets ES2022, before the v flag. Built on first use:
// compiling it costs more than Node's whole start-up, and only a cluster that may be an emoji needs it.
let rgiEmoji: RegExp | undefined;
const isRgiEmoji = (segment: string) => (rgiEmoji ??= new RegExp("^\\p{RGI_Emoji}$", "v")).test(segment);
const PICTOGRAPHIC = /\p{Extended_Pictographic}/gu;
const KEYCAP = /^[\d#*]\u20e3$/;
const SPACING_MARK = /\p{Spacing_Mark}/u;

const isLeadingJamo = (c: number) => (c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c);
const isVowelJamo = (c: number) => (c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6);
const isTrailingJamo = (c: number) => (c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb);

function clusteredWidth(text: string): number {
  segmenter ??= new Intl.Segmenter();
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += clusterWidth(segment);
  return width;
}

function clusterWidth(segment: string): number {
  const start = segment.search(VISIBLE);
  if (start < 0) return 0;
  if (isRgiEmoji(segment)) return 2;
  if (segment.length <= 50 && (KEYCAP.test(segment) || (segment.includes("\u200d") && (segment.match(PICTOGRAPHIC)?.length ?? 0) >= 2))) return 2;
  const visible = segment.slice(start);
  const first = visible.codePointAt(0)!;
  const points = [...visible].map((ch) => ch.codePointAt(0)!);
  if (points.some((c) => isLeadingJamo(c) || isVowelJamo(c) || isTrailingJamo(c))) return jamoWidth(points);
  let width = eastAsianWidth(first);
  for (const ch of [...visible].slice(1)) {
    const c = ch.codePointAt(0)!;
    if (SPACING_MARK.test(ch) || (c >= 0xff00 && c <= 0xffef)) width += eastAsianWidth(c);
  }
  return width;
}

/** A modern syllable spelled in jamo (L V, or L V T) is two columns; other jamo add up one by one. */
function jamoWidth(points: number[]): number {
  let width = 0;
  for (let i = 0; i < points.length; ) {
    const c = points[i]!;
    if (isLeadingJamo(c) && i + 1 < points.length && isVowelJamo(points[i + 1]!)) {
      width += 2;
      i += i + 2 < points.length && isTrailingJamo(points[i + 2]!) ? 3 : 2;
      continue;
    }
    if (!ZERO_WIDTH.test(String.fromCodePoint(c))) width += eastAsianWidth(c);
    i++;
  }
  return width;
}
