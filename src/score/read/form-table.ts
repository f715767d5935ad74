// A form laid out as a table (表格式申报书): the first column holds the labels (项目名称, 项目背景,
// 实施计划 …) and the next one the text. Each row whose label names a section and whose text is
// written out is that section, one line long; the row reads as its text alone. A label cell that
// spans several rows (实施计划 over one row per phase) leaves the rows below it with an empty first
// cell, in Markdown as in a converted Word table: those rows are more of the label above, and the
// section runs over them.
import { CJK_UNIFIED, charTable, code, isAsciiLetter, WHITESPACE } from "../../text/chars.js";
import { cleanHeadingText } from "./headings.js";
import { findTables, plainCell, splitCells, type LineRef } from "./markdown.js";
import type { SectionMatcher } from "./section-matcher.js";

export interface FormRow {
  /** 1-based line of the row. */
  line: number;
  id: string;
  label: string;
  /** The row's text without its label and pipes. */
  value: string;
  /** The rows below it that its label cell spans (their first cell empty), each as its text. */
  more: { line: number; value: string }[];
}

/** The text of a row whose first cell is empty, when it has any: its other cells, with a space between. */
function continued(cells: readonly string[]): string | undefined {
  if ((cells[0] ?? "") !== "") return undefined;
  const value = cells.slice(1).filter((c) => c.length > 0).join(" ");
  return value.length > 0 ? value : undefined;
}

const HAN = /[\u4e00-\u9fff]/g;
/** Written text is at least this many Chinese characters, or this many words. */
const WRITTEN_HAN = 20;
const WRITTEN_WORDS = 10;

/**
 * Whether a cell is written text (20 Chinese characters, or ten words), not a figure, a name or a
 * short field of a key-facts table ("Organization | Bright Futures Learning Trust").
 */
function written(value: string): boolean {
  return (value.match(HAN)?.length ?? 0) >= WRITTEN_HAN || value.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= WRITTEN_WORDS;
}

/** What parts a row's words: a space, a pipe between cells, a tag (<br> is read as a space). */
const WORD_BREAK = charTable(1, `${WHITESPACE}|<`);
const HAN_FIRST = code(CJK_UNIFIED[0]);
const HAN_LAST = code(CJK_UNIFIED[1]);

/**
 * Whether a table line has the letters that written text needs. A row's text is the line's
 * characters, with marks dropped and spaces only where the line has a space, a pipe or a tag; so a
 * line with fewer than 20 Chinese characters and fewer than ten runs that may hold a letter
 * (any character beyond ASCII may) between those has no cell of written text.
 */
function mayHoldWrittenText(line: string): boolean {
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (WORD_BREAK[c] === 1) {
      inWord = false;
      continue;
    }
    if (c >= HAN_FIRST && c <= HAN_LAST && ++han >= WRITTEN_HAN) return true;
    if (!inWord && (c >= 128 || isAsciiLetter(c))) {
      inWord = true;
      if (++words >= WRITTEN_WORDS) return true;
    }
  }
  return false;
}

/** A note in brackets after a form's label, at its end: （包括活动内容、时间安排等）, (max. 500 words). */
const LABEL_NOTE = /\s*[（(][^（()）]*[）)]\s*$/;

/** A row's label and text when it is laid out as a form row (a label, then written text). */
function labelAndValue(cells: readonly string[], short = false): { label: string; value: string } | undefined {
  const rest = cells.slice(1).filter((c) => c.length > 0);
  // A form row is a label and its text; a label, a value, another label and its value is a
  // row of short fields (项目名称 | X | 项目周期 | Y). (Counted first: a budget's rows stop here.)
  if (rest.length === 0 || rest.length > 2) return undefined;
  const value = [...new Set(rest)].join(" ");
  if (!short && !written(value)) return undefined;
  // "项目实施计划（包括活动内容、时间安排、人员分工等）": the note in brackets says how to answer; the
  // label is what comes before it.
  const label = cleanHeadingText((cells[0] ?? "").replace(LABEL_NOTE, ""));
  return label.length === 0 || label.length > 20 ? undefined : { label, value };
}

/**
 * Whether a row's cells are written text a form holds: a label and its text, or text written on
 * below a label whose cell spans it (an empty first cell: 实施计划 over one row per phase, its first
 * row short).
 */
function holdsFormText(cells: readonly string[]): boolean {
  if (labelAndValue(cells) !== undefined) return true;
  const more = continued(cells);
  return more !== undefined && written(more);
}

/**
 * mayBeFormRowReference, deciding most table lines without splitting them: a line without the
 * letters of written text is no form row.
 */
export function mayBeFormRow(line: string): boolean {
  return line.trimStart().startsWith("|") && mayHoldWrittenText(line) && holdsFormText(splitCells(line).map(plainCell));
}

/**
 * Whether a line is a table line that may hold a form's written text (the test in formRows, short of
 * the table around it): a labelled row of written text, or written text below a label that spans it.
 */
export function mayBeFormRowReference(line: string): boolean {
  return line.trimStart().startsWith("|") && holdsFormText(splitCells(line).map(plainCell));
}

/** The rows of form tables among the lines; none when no table is laid out as a form. */
export function formRows(lines: readonly string[], matcher: SectionMatcher): FormRow[] {
  // A form names two sections or more, each written out on its row or on the rows its label spans,
  // so it has two lines of written text at least: its short fields first (项目名称, 申报单位) and one
  // answer on its label's row, then a plan written below its label's short first row, is a form.
  let candidates = 0;
  for (const l of lines) if (mayBeFormRow(l) && ++candidates >= 2) break;
  if (candidates < 2) return [];
  const refs: LineRef[] = lines.map((text, i) => ({ line: i + 1, text }));
  const out: FormRow[] = [];
  for (const table of findTables(refs)) {
    const rows = [{ line: table.line, cells: table.header }, ...table.rows];
    const named: FormRow[] = [];
    /** The row the rows below continue while their first cell is empty. */
    let spanning: FormRow | undefined;
    for (const row of rows) {
      const more = spanning && continued(row.cells);
      if (spanning && more !== undefined) {
        spanning.more.push({ line: row.line, value: more });
        continue;
      }
      spanning = undefined;
      const form = labelAndValue(row.cells) ?? labelAndValue(row.cells, true);
      if (!form) continue;
      const { label, value } = form;
      const id = matcher.match(label);
      if (id === undefined) continue;
      spanning = { line: row.line, id, label, value, more: [] };
      named.push(spanning);
    }
    // A label's text is written out when its rows together are (one phase a row may be short).
    const found = named.filter((r) => written([r.value, ...r.more.map((m) => m.value)].join(" ")));
    const short = named.filter((r) => !found.includes(r));
    // One matching row may be a data table's; a form names two sections or more. Once the table
    // is a form, a row whose label names a section is that section however short its answer
    // (| 项目预算 | 8万元 |).
    if (new Set(found.map((r) => r.id)).size >= 2) out.push(...[...found, ...short].sort((a, b) => a.line - b.line));
  }
  return out;
}
