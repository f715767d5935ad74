// Sentence splitting for Chinese and English prose. Headings, table rows and blank lines end a
// sentence; so do 。！？ and a full stop followed by a space (but not "e.g. " or "No. 3").
import { ASCII_DIGITS, ASCII_LOWER, ASCII_UPPER, charClass, charTable, code, isAsciiDigit, isSpace } from "./chars.js";

export interface Sentence {
  text: string;
  /** 1-based line where the sentence starts. */
  line: number;
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)、]|[（(]\d+[)）])\s+/;
/** Closing quotes, brackets and emphasis, which belong to the sentence they close. */
const CLOSERS = "”’\"')）」』*_";
/** What makes a line break inside a sentence a space when it ends the line: a letter, a digit or ,;:) */
const JOINS_WITH_SPACE_CHARS = ",;:)";
const JOINS_WITH_SPACE_RANGES = [ASCII_DIGITS, ASCII_UPPER, ASCII_LOWER];
/** Chinese sentence ends, wherever they are. */
const ZH_ENDS = "。！？";
/** English sentence ends other than the full stop: before a space or the end of the line. */
const EN_ENDS = "!?";
/** Emphasis that may close a sentence after its full stop (**Key point.**). */
const CLOSING_EMPHASIS_MARKS = "*_";

const CLOSER = charTable(1, CLOSERS);
const JOINS_WITH_SPACE = charTable(1, JOINS_WITH_SPACE_CHARS, JOINS_WITH_SPACE_RANGES);
const ZH_END = charTable(1, ZH_ENDS);
const EN_END = charTable(1, EN_ENDS);
const CLOSING_EMPHASIS = charTable(1, CLOSING_EMPHASIS_MARKS);
const FULL_STOP = code(".");
const SPACE = code(" ");
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|No|Dr|Mr|Mrs|Ms|Inc|Ltd|Co|St|approx|cf|Fig|U\.S)\.|\b[A-Z]\.)$/;

/** A full stop ends a sentence before a space or the end of the line, closing emphasis allowed. */
function endsHere(raw: string, at: number): boolean {
  let k = at;
  while (k < raw.length && CLOSING_EMPHASIS[raw.charCodeAt(k)] === 1) k++;
  return k === raw.length || raw.charCodeAt(k) === SPACE;
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
    if (current && JOINS_WITH_SPACE[current.charCodeAt(current.length - 1)] === 1) current += " ";
    // "12." at the start of a line is a list number, not the end of a sentence.
    let digitsEnd = start;
    while (digitsEnd < raw.length && isAsciiDigit(raw.charCodeAt(digitsEnd))) digitsEnd++;
    const listNumberEnd = digitsEnd > start ? digitsEnd : -1;
    // Character codes, not one-character strings: a Chinese character would be a new string each time.
    for (let j = start; j < raw.length; j++) {
      const ch = raw.charCodeAt(j);
      let end = -1;
      if (ZH_END[ch] === 1) end = j + 1;
      else if (EN_END[ch] === 1 && (j + 1 === raw.length || raw.charCodeAt(j + 1) === SPACE)) end = j + 1;
      else if (ch === FULL_STOP && endsHere(raw, j + 1) && j !== listNumberEnd && !ABBREVIATIONS.test(raw.slice(Math.max(0, j - 6), j + 1))) {
        end = j + 1;
      }
      if (end > 0) {
        // Closing quotes, brackets and emphasis (**Key point.**) belong to the sentence they close.
        while (end < raw.length && CLOSER[raw.charCodeAt(end)] === 1) end++;
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

const ENDS_JOINING_WITH_SPACE = new RegExp(`[${charClass(JOINS_WITH_SPACE_CHARS, JOINS_WITH_SPACE_RANGES)}]$`);
/** A sentence end with the closers after it: 。！？ anywhere, ! ? before a space or the line end, a full stop so too (emphasis allowed). */
const SENTENCE_END = new RegExp(
  `(?:[${charClass(ZH_ENDS)}]|[${charClass(EN_ENDS)}](?= |$)|\\.(?=[${charClass(CLOSING_EMPHASIS_MARKS)}]*(?: |$)))[${charClass(CLOSERS)}]*`,
  "g",
);

/** splitSentences written plainly: trimmed strings and one regex for the ends instead of index scans. */
export function splitSentencesReference(lines: readonly string[], firstLine = 1, skip?: (line: string) => boolean): Sentence[] {
  const out: Sentence[] = [];
  let current = "";
  let startLine = firstLine;
  const flush = () => {
    const text = current.trim();
    if (text.length > 0) out.push({ text, line: startLine });
    current = "";
  };
  lines.forEach((raw, i) => {
    const lineNo = firstLine + i;
    if (raw.trim() === "" || skip?.(raw)) return flush();
    if (LIST_ITEM.test(raw)) flush();
    if (current === "") startLine = lineNo;
    if (ENDS_JOINING_WITH_SPACE.test(current)) current += " ";
    let start = raw.length - raw.trimStart().length;
    const listNumber = /^\d+/.exec(raw.slice(start));
    const listNumberEnd = listNumber ? start + listNumber[0].length : -1;
    for (const m of raw.matchAll(SENTENCE_END)) {
      const at = m.index;
      if (raw[at] === "." && (at === listNumberEnd || ABBREVIATIONS.test(raw.slice(Math.max(0, at - 6), at + 1)))) continue;
      current += raw.slice(start, at + m[0].length);
      flush();
      startLine = lineNo;
      start = at + m[0].length;
    }
    const rest = raw.slice(start).trimEnd();
    if (rest !== "") {
      if (current === "") startLine = lineNo;
      current += rest;
    }
  });
  flush();
  return out;
}
