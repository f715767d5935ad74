// Small Markdown structures the checks read: tables and list items, with their line numbers.
import { DELIMITER_ROW } from "../../text/tables.js";
import { bracketedMark, zhNumber } from "../../text/heading-marks.js";

export interface TableRow {
  /** 1-based line. */
  line: number;
  cells: string[];
}

export interface Table {
  line: number;
  header: string[];
  rows: TableRow[];
}

export interface LineRef {
  /** 1-based line. */
  line: number;
  text: string;
}

const TABLE_LINE = /^\s*\|.*\|\s*$/;
/**
 * The marks that open a list item, as pattern sources; each reader of lists builds its pattern from
 * them: a bullet, a number ("3.", "3)", "3、"), a number in brackets ("（3）"), a circled number ("③"),
 * a Chinese numeral in brackets ("（三）") or before 、 ("三、").
 */
export const LIST_MARKS = {
  bullet: "[-*+•]",
  number: "\\d{1,2}[.)、]",
  bracketedNumber: "[（(]\\d{1,2}[)）]",
  circledNumber: "[①-⑳]",
  bracketedNumeral: bracketedMark({ count: "{1,2}" }),
  numeral: `${zhNumber({ count: "{1,2}" })}、`,
} as const;
const { bullet, number, bracketedNumber, circledNumber } = LIST_MARKS;

/** A bullet that is no bold mark (**) or rule (--), a number, in brackets or circled, with text after it. */
const LIST_ITEM = new RegExp(`^\\s*(?:(?!\\*\\*|--)${bullet}|${number}|${bracketedNumber}|${circledNumber})\\s*(.+)$`);

/** A list item: a bullet (not a bold mark or a rule) or a number, with text after it. */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}

export function isTableLine(text: string): boolean {
  return TABLE_LINE.test(text);
}

export function splitCells(line: string): string[] {
  // The outer pipes, without a regex call per row: ^\| then \|$ on what is left.
  let inner = line.trim();
  if (inner.startsWith("|")) inner = inner.slice(1);
  if (inner.endsWith("|")) inner = inner.slice(0, -1);
  // Without a backslash there is no escaped pipe: every pipe separates cells.
  if (!inner.includes("\\")) return inner.split("|").map((cell) => cell.trim());
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === "\\" && inner[i + 1] === "|") {
      current += "|";
      i++;
    } else if (ch === "|") {
      cells.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  cells.push(current.trim());
  return cells;
}

/** Markdown tables (header row, separator, body rows) among the given lines. */
export function findTables(lines: readonly LineRef[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_LINE.test(lines[i]!.text)) continue;
    const next = lines[i + 1];
    if (!next || !DELIMITER_ROW.test(next.text)) continue;
    const table: Table = { line: lines[i]!.line, header: splitCells(lines[i]!.text).map(plainCell), rows: [] };
    let j = i + 2;
    for (; j < lines.length && TABLE_LINE.test(lines[j]!.text); j++) {
      table.rows.push({ line: lines[j]!.line, cells: splitCells(lines[j]!.text).map(plainCell) });
    }
    tables.push(table);
    i = j - 1;
  }
  return tables;
}

/** A cell's text without emphasis marks, and line breaks as spaces. */
export function plainCell(cell: string): string {
  // Most cells have no emphasis and no tag: a quick search spares the replacements.
  let out = cell;
  if (out.includes("*") || out.includes("_") || out.includes("`")) out = out.replace(/\*\*|__|`/g, "");
  if (out.includes("<")) out = out.replace(/<br\s*\/?>/gi, " ");
  return out.trim();
}

/** A list item's text with the lines that continue it, and how far its marker is indented. */
export interface ListItem extends LineRef {
  indent: number;
}

const indentOf = (text: string) => text.length - text.trimStart().length;

/**
 * List items (bulleted or numbered), each at its own line ("**bold**" opens no item). A line after an item that is not an
 * item, a heading or a table continues it ("- Risk: volunteers leave" / "  Mitigation: …" is one item).
 */
export function findListItems(lines: readonly LineRef[]): ListItem[] {
  const items: ListItem[] = [];
  let last: ListItem | undefined;
  for (const ref of lines) {
    if (ref.text.trim().length === 0) {
      // A blank line ends an item unless the next line is indented under it.
      if (last) last = { ...last, indent: -last.indent - 1 };
      continue;
    }
    const m = LIST_ITEM.exec(ref.text);
    if (m && !TABLE_LINE.test(ref.text)) {
      last = { line: ref.line, text: m[1]!.trim(), indent: indentOf(ref.text) };
      items.push(last);
      continue;
    }
    if (!last || TABLE_LINE.test(ref.text) || /^\s{0,3}#/.test(ref.text)) {
      last = undefined;
      continue;
    }
    // After a blank line only a line indented past the marker still belongs to the item.
    const afterBlank = last.indent < 0;
    const markerIndent = afterBlank ? -last.indent - 1 : last.indent;
    if (afterBlank && indentOf(ref.text) <= markerIndent) {
      last = undefined;
      continue;
    }
    const item = items[items.length - 1]!;
    item.text = `${item.text} ${ref.text.trim()}`;
    last = item;
  }
  return items;
}

/** The index of the first header cell matching the pattern, or -1. */
export function columnIndex(header: readonly string[], pattern: RegExp): number {
  return header.findIndex((cell) => pattern.test(cell));
}
