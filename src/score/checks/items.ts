// What the content checks count in a section: its items, and the figures that are quantities.
import { findListItems, findTables, type LineRef, type Table } from "../read/markdown.js";
import type { CheckContext } from "./context.js";

/** Items of a section: table rows when it has a table, else list items, else its non-empty lines. */
export function itemsOf(lines: readonly LineRef[], tables: readonly Table[] = findTables(lines)): LineRef[] {
  if (tables.length > 0) {
    return tables.flatMap((t) => t.rows.map((r) => ({ line: r.line, text: r.cells.join(" ") })));
  }
  const list = findListItems(lines);
  if (list.length > 0) return list;
  return lines.filter((l) => l.text.trim().length > 0 && !/^\s{0,3}#/.test(l.text));
}

/** The figures of a line that are quantities (not dates, not zero). */
export function quantities(ctx: CheckContext, ref: LineRef) {
  return ctx.analysis.figures(ref).filter((f) => f.kind !== "date" && f.value > 0);
}
