// Sentence splitting for Chinese and English prose. Headings, table rows and blank lines end a
// sentence; so do 。！？ and a full stop followed by a space (but not "e.g. " or "No. 3").
import { isSpace } from "./count.js";

export interface Sentence {
  text: string;
  /** 1-based line where the sentence starts. */
  line: number;
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)、]|[（(]\d+[)）])\s+/;
/** Closing quotes, brackets and emphasis: ”’"')）」』*_ */
const CLOSERS = new Set([..."”’\"')）」』*_"].map((ch) => ch.charCodeAt(0)));
/** What makes a line break inside a sentence a space: [A-Za-z0-9,;:)] before it. */
function joinsWithSpace(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29;
}
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|No|Dr|Mr|Mrs|Ms|Inc|Ltd|Co|St|approx|cf|Fig|U\.S)\.|\b[A-Z]\.)$/;

/** A full stop ends a sentence before a space or the end of the line, closing emphasis allowed. */
function endsHere(raw: string, at: number): boolean {
  let k = at;
  while (k < raw.length && (raw[k] === "*" || raw[k] === "_")) k++;
  return k === raw.length || raw[k] === " ";
}

/**
 * Splits lines (1-based numbering starting at `firstLine`) into sentences. Lines for which
 * `skip` returns true (tables, headings) are boundaries and yield nothing.
 */
export function splitSentences(lines: readonly string[], firstLine = 1, skip?: (line: string) => boolean): Sentence[] {
  const out: Sentence[] = [];
  let current = "";
  let startLine = firstLine;
  const flush = () => {
    const text = current.trim();
    if (text.length > 0) out.push({ text, line: startLine });
    current = "";
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = firstLine + i;
    // The first character that is not a space (trim without building the trimmed line).
    let start = 0;
    while (start < raw.length && isSpace(raw.charCodeAt(start))) start++;
    if (start === raw.length || skip?.(raw)) {
      flush();
      continue;
    }
    // A list item starts a new sentence.
    if (LIST_ITEM.test(raw)) flush();
    if (current === "") startLine = lineNo;
    // A line break inside an English sentence is a space; inside a Chinese one it is nothing.
    if (current && joinsWithSpace(current.charCodeAt(current.length - 1))) current += " ";
    // "12." at the start of a line is a list number, not the end of a sentence.
    let digitsEnd = start;
    while (digitsEnd < raw.length && raw.charCodeAt(digitsEnd) >= 48 && raw.charCodeAt(digitsEnd) <= 57) digitsEnd++;
    const listNumberEnd = digitsEnd > start ? digitsEnd : -1;
    // Character codes, not one-character strings: a Chinese character would be a new string each time.
    for (let j = start; j < raw.length; j++) {
      const ch = raw.charCodeAt(j);
      let end = -1;
      if (ch === 0x3002 || ch === 0xff01 || ch === 0xff1f) end = j + 1; // 。！？
      else if ((ch === 0x21 || ch === 0x3f) && (j + 1 === raw.length || raw.charCodeAt(j + 1) === 0x20)) end = j + 1; // ! ?
      else if (ch === 0x2e && endsHere(raw, j + 1) && j !== listNumberEnd && !ABBREVIATIONS.test(raw.slice(Math.max(0, j - 6), j + 1))) {
        end = j + 1;
      }
      if (end > 0) {
        // Closing quotes, brackets and emphasis (**Key point.**) belong to the sentence they close.
        while (end < raw.length && CLOSERS.has(raw.charCodeAt(end))) end++;
        current += raw.slice(start, end);
        flush();
        startLine = lineNo;
        start = end;
        j = end - 1;
      }
    }
    // What is left of the line, without its trailing spaces, when it is not only spaces.
    let end = raw.length;
    while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
    if (end > start) {
      if (current === "") startLine = lineNo;
      current += raw.slice(start, end);
    }
  }
  flush();
  return out;
}
