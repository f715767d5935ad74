// The header rows of the tables the document template renders under a section (budget items,
// objectives and indicators …), read from the partials that draw them. A model that draws one of
// these tables again repeats what the program already wrote from the facts, so its copy is dropped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Language } from "../facts/schema.js";
import { DELIMITER_ROW } from "../text/tables.js";

/** Both src/draft/ and dist/draft/ sit two levels below the package root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The cells of a Markdown table row: "| 序号 | 预算科目 |" → ["序号", "预算科目"]. */
export function tableCells(row: string): string[] {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((cell) => cell.trim());
}

/** Header rows (a row followed by a separator row) in a Markdown or Handlebars text. */
export function tableHeaders(text: string): string[][] {
  const lines = text.split(/\r?\n/);
  const headers: string[][] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (/^\s*\|/.test(lines[i]!) && DELIMITER_ROW.test(lines[i + 1]!)) headers.push(tableCells(lines[i]!));
  }
  return headers;
}

const cache = new Map<string, string[][]>();

/** The header rows of the program's tables for a section (the partials its kind descriptor names). */
export function programTableHeaders(language: Language, partials: readonly string[] | undefined, root: string = ROOT): string[][] {
  return (partials ?? []).flatMap((name) => {
    const file = path.join(root, "templates", language, "partials", `${name}.md.hbs`);
    let headers = cache.get(file);
    if (!headers) {
      try {
        headers = tableHeaders(readFileSync(file, "utf8"));
      } catch {
        headers = [];
      }
      cache.set(file, headers);
    }
    return headers;
  });
}

/** A heading or cell as the reader sees it whatever the facts: "单价（{{currency}}）" → "单价". */
const withoutFields = (text: string) => text.replace(/\{\{[^}]*\}\}/g, "").replace(/[（(]\s*[）)]/g, "").trim();

/** A table the program draws under a section: its `###` heading and its columns. */
export interface ProgramTable {
  heading: string;
  columns: string[];
}

/**
 * The headings (and the columns of the table under each) that the partials of a section render: what
 * a prompt names so the model neither writes those headings again nor restates the rows.
 */
export function programTables(language: Language, partials: readonly string[] | undefined, root: string = ROOT): ProgramTable[] {
  const found: ProgramTable[] = [];
  for (const name of partials ?? []) {
    let text: string;
    try {
      text = readFileSync(path.join(root, "templates", language, "partials", `${name}.md.hbs`), "utf8");
    } catch {
      continue;
    }
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const m = /^###\s+(.+?)\s*$/.exec(lines[i]!);
      if (!m) continue;
      const heading = withoutFields(m[1]!);
      let columns: string[] = [];
      for (let j = i + 1; j + 1 < lines.length && !/^###\s/.test(lines[j]!); j++) {
        if (/^\s*\|/.test(lines[j]!) && DELIMITER_ROW.test(lines[j + 1]!)) {
          columns = tableCells(lines[j]!).map(withoutFields).filter(Boolean);
          break;
        }
      }
      if (heading) found.push({ heading, columns });
    }
  }
  return found;
}
