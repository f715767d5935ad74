// What the content checks count in a section: its items, and the figures that are quantities.
import { findListItems, findTables, type LineRef, type Table } from "../read/markdown.js";
import type { CheckContext } from "./context.js";

/**
 * A paragraph that opens with a label in bold and goes on: "**Objective 1:** By June, …", "**目标一**：…"
 * (a bold line alone, "**Short-term**", titles a group of items and is none itself).
 */
const BOLD_LABEL = /^\s{0,3}(?:\*\*|__)[^*_]{1,60}(?:\*\*|__)\s*[:：]?\s*[\p{L}\p{N}]/u;

/**
 * List items right under a bold label line are parts of the labelled item: "**Objective 1:** …"
 * with "- monthly sessions" under it is one objective, not three. A heading or a paragraph between
 * them ends the label's list; items before any label stay items.
 */
function underLabels(lines: readonly LineRef[], list: readonly LineRef[]): LineRef[] {
  // Most sections have no bold label: one test of each line says so before any map is built.
  if (!lines.some((l) => BOLD_LABEL.test(l.text))) return list as LineRef[];
  const byLine = new Map(list.map((item) => [item.line, item]));
  if (!lines.some((l) => !byLine.has(l.line) && BOLD_LABEL.test(l.text))) return list as LineRef[];
  const out: LineRef[] = [];
  let owner: LineRef | undefined;
  let blank = false;
  for (const l of lines) {
    const item = byLine.get(l.line);
    if (item) {
      if (owner) owner.text = `${owner.text} ${item.text}`;
      else out.push(item);
    } else if (BOLD_LABEL.test(l.text)) {
      owner = { line: l.line, text: l.text.trim() };
      out.push(owner);
    } else if (/^\s{0,3}#/.test(l.text) || (blank && /^\S/.test(l.text))) {
      // A heading, or a paragraph of its own (not a line continuing an item), ends the label's list.
      owner = undefined;
    }
    blank = l.text.trim() === "";
  }
  return out;
}

/** Items of a section: table rows when it has a table, else list items, else its non-empty lines. */
export function itemsOf(lines: readonly LineRef[], tables: readonly Table[] = findTables(lines)): LineRef[] {
  if (tables.length > 0) {
    // A leading row-number cell (序号, No.) is a position, not part of the item: "1 | 建成12个图书角".
    return tables.flatMap((t) => t.rows.map((r) => ({ line: r.line, text: (ROW_NUMBER.test(r.cells[0] ?? "") && r.cells.length > 1 ? r.cells.slice(1) : r.cells).join(" ") })));
  }
  const list = findListItems(lines);
  if (list.length > 0) return underLabels(lines, list);
  // A bold line alone ("**Community Growth**") titles the lines under it, as it does a list.
  return lines.filter((l) => l.text.trim().length > 0 && !/^\s{0,3}#/.test(l.text) && !BOLD_TITLE.test(l.text));
}

/** A table cell that only numbers its row: "1", "02", "3.". */
const ROW_NUMBER = /^\s*\d{1,3}\.?\s*$/;

/** A line that is bold and nothing else, perhaps with a colon: "**Short-term outcomes**", "**目标**：". */
const BOLD_TITLE = /^\s{0,3}(?:\*\*|__)[^*_]{1,80}(?:\*\*|__)\s*[:：]?\s*$/;

/** The figures of a line that are quantities (not dates, not zero). */
export function quantities(ctx: CheckContext, ref: LineRef) {
  return ctx.analysis.figures(ref).filter((f) => f.kind !== "date" && f.value > 0);
}
