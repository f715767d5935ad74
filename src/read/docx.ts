// A Word document (.docx) into Markdown: headings from Word's heading styles, paragraphs, lists
// and tables, each numbered as the paragraph a reader counts in Word. mammoth reads the file (it
// turns Word styles into HTML elements); the small HTML it writes is turned into Markdown here.
import { LocatedTextBuilder, type LocatedText } from "./located-text.js";
import { DocumentReadError } from "./errors.js";

type Mammoth = typeof import("mammoth");

// Word's own heading styles map to h1–h6 in mammoth already; these add the title and the
// headings Chinese templates often use.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function readDocx(bytes: Uint8Array): Promise<LocatedText> {
  const mammoth = ((await import("mammoth")) as unknown as { default: Mammoth }).default;
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Pictures are left out: no data URIs in a prompt or a score.
    const result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: "" })) });
    html = result.value;
  } catch {
    throw new DocumentReadError("read.badDocx");
  }
  const text = htmlToMarkdown(html);
  if (text.empty) throw new DocumentReadError("read.emptyDocx");
  return text.build();
}

interface Node {
  tag: string;
  children: (Node | string)[];
  /** A table cell's rowspan and colspan, when it merges cells (mammoth writes Word's merges so). */
  span?: { rows: number; columns: number };
}

/** A merged cell's span from its attributes: rowspan="3", colspan="2". */
function spanOf(attributes: string): Node["span"] {
  const rows = /\browspan="(\d+)"/i.exec(attributes);
  const columns = /\bcolspan="(\d+)"/i.exec(attributes);
  if (!rows && !columns) return undefined;
  return { rows: Math.max(1, Number(rows?.[1] ?? 1)), columns: Math.max(1, Number(columns?.[1] ?? 1)) };
}

const VOID = new Set(["br", "img", "hr"]);

/** A tree of mammoth's HTML, which is well-formed and small: the only attributes kept are a table cell's spans. */
function parseHtml(html: string): Node {
  const root: Node = { tag: "root", children: [] };
  const stack = [root];
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*?)(\/?)>|([^<]+)/gi)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.children.push(decodeEntities(m[5]));
      continue;
    }
    const tag = m[2]!.toLowerCase();
    if (m[1]) {
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
    } else if (tag === "br") {
      top.children.push(" ");
    } else if (!VOID.has(tag) && !m[4]) {
      const node: Node = { tag, children: [] };
      const span = (tag === "td" || tag === "th") && m[3] ? spanOf(m[3]) : undefined;
      if (span) node.span = span;
      top.children.push(node);
      stack.push(node);
    }
  }
  return root;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x[0-9a-f]+|#\d+);/gi, (all, name: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
    if (named[name.toLowerCase()] !== undefined) return named[name.toLowerCase()]!;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : all;
  });
}

/** The inline text of a node, with bold kept as Markdown bold. */
function inline(node: Node | string): string {
  if (typeof node === "string") return node.replace(/\s+/g, " ");
  const inner = node.children.map(inline).join("");
  if ((node.tag === "strong" || node.tag === "b") && inner.trim()) return `**${inner.trim()}**`;
  return inner;
}

const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

/** An empty cell where a merged cell above or to the left covers the grid. */
const COVERED: Node = { tag: "td", children: [] };

/**
 * A table row's cells laid out on the table's grid. A cell merged over several rows is written in
 * its first row; the rows below it keep an empty cell in its columns, as Word shows them (mammoth
 * leaves those cells out, which would move the row's other cells left, under the wrong column). A
 * cell merged over several columns is followed by empty cells for the columns it covers.
 */
function gridRow(cells: readonly Node[], below: number[]): Node[] {
  const out: Node[] = [];
  let column = 0;
  const skipMerged = () => {
    while ((below[column] ?? 0) > 0) {
      below[column]!--;
      out.push(COVERED);
      column++;
    }
  };
  for (const cell of cells) {
    skipMerged();
    const { rows, columns } = cell.span ?? { rows: 1, columns: 1 };
    out.push(cell);
    for (let k = 1; k < columns; k++) out.push(COVERED);
    for (let k = 0; k < columns; k++) below[column + k] = rows - 1;
    column += columns;
  }
  skipMerged();
  return out;
}

/** The rows of a table, each a list of its cells on the table's grid. */
function rowsOf(node: Node): Node[][] {
  const rows: Node[][] = [];
  /** For each column, how many more rows a merged cell above still covers. */
  const below: number[] = [];
  const visit = (n: Node) => {
    for (const child of n.children) {
      if (typeof child === "string") continue;
      if (child.tag === "tr") rows.push(gridRow(child.children.filter((c): c is Node => typeof c !== "string"), below));
      else visit(child);
    }
  };
  visit(node);
  return rows;
}

/** A cell's paragraphs as one line of text. */
const cellLine = (cell: Node) => tidy(cell.children.map(blockText).join(" "));

/** A cell's content as Markdown blocks: each paragraph a line, a list its items, a nested table a table. */
function cellBlocks(cell: Node): string[] {
  const blocks: string[] = [];
  for (const child of cell.children) {
    if (typeof child === "string") blocks.push(tidy(child));
    else if (child.tag === "table") blocks.push(...table(child));
    else if (child.tag === "ul" || child.tag === "ol") blocks.push(...listLines(child, 0));
    else blocks.push(tidy(inline(child)));
  }
  return blocks.filter((b) => b !== "");
}

/** A table's cells on one line each, as Markdown. */
function markdownTable(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? "").replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(rows[0]!), `|${" --- |".repeat(width)}`, ...rows.slice(1).map(line)].join("\n");
}

/** A section's worth of text in a form's cell: more than a value ("5,000元", "某某社工服务中心"). */
const SECTION_LENGTH = 80;

/**
 * A cell that holds a section rather than a value: a table of its own, or several paragraphs of
 * some length in a row of a form (a label and its answer, or two such pairs: at most four cells).
 */
function holdsSection(cell: Node, row: readonly Node[]): boolean {
  if (cell.children.some((c) => typeof c !== "string" && c.tag === "table")) return true;
  const blocks = cell.children.filter((c) => typeof c !== "string" && /^(?:p|h[1-6]|ul|ol)$/.test(c.tag)).length;
  return row.length <= 4 && blocks > 1 && [...cellLine(cell)].length >= SECTION_LENGTH;
}

/**
 * A table as Markdown blocks. A plain table is one Markdown table, each cell's paragraphs on one
 * line. A filled form (表格式申报书) holds whole sections in its cells (预算明细 with its own table,
 * 实施计划 in several paragraphs): each such row becomes its label as a heading and the cell's
 * blocks below it, as a reader sees the form, and the rows of short values between them stay tables.
 */
function table(node: Node): string[] {
  const rows = rowsOf(node);
  if (rows.length === 0) return [];
  const sectionAt = rows.map((row) => row.findIndex((cell) => holdsSection(cell, row)));
  if (sectionAt.every((at) => at < 0)) return [markdownTable(rows.map((row) => row.map(cellLine)))];
  const out: string[] = [];
  let values: string[][] = [];
  const flush = () => {
    if (values.length > 0) out.push(markdownTable(values));
    values = [];
  };
  rows.forEach((row, r) => {
    const at = sectionAt[r]!;
    if (at < 0) {
      values.push(row.map(cellLine));
      return;
    }
    flush();
    const label = tidy(row.slice(0, at).map(cellLine).join(" "));
    if (label !== "") out.push(`### ${label}`);
    for (const cell of row.slice(at)) out.push(...cellBlocks(cell));
  });
  flush();
  return out;
}

/** A list's items as Markdown lines, nested lists indented. */
function listLines(node: Node, depth: number): string[] {
  const lines: string[] = [];
  let n = 0;
  for (const item of node.children) {
    if (typeof item === "string" || item.tag !== "li") continue;
    n++;
    const own = tidy(item.children.filter((c) => typeof c === "string" || (c.tag !== "ul" && c.tag !== "ol")).map(inline).join(""));
    lines.push(`${"  ".repeat(depth)}${node.tag === "ol" ? `${n}.` : "-"} ${own}`);
    for (const sub of item.children) if (typeof sub !== "string" && (sub.tag === "ul" || sub.tag === "ol")) lines.push(...listLines(sub, depth + 1));
  }
  return lines;
}

/** A cell's or item's paragraphs as one line of text. */
function blockText(node: Node | string): string {
  if (typeof node === "string") return node;
  if (node.tag === "ul" || node.tag === "ol") return node.children.map(blockText).join(" ");
  return inline(node);
}

function htmlToMarkdown(html: string): LocatedTextBuilder {
  const out = new LocatedTextBuilder("para");
  let paragraph = 0;
  const add = (text: string) => {
    if (text.trim() === "") return;
    out.add(text, ++paragraph);
  };
  const visit = (node: Node) => {
    for (const child of node.children) {
      if (typeof child === "string") {
        add(tidy(child));
        continue;
      }
      const heading = /^h([1-6])$/.exec(child.tag);
      if (heading) add(`${"#".repeat(Number(heading[1]))} ${tidy(inline(child))}`);
      else if (child.tag === "p") add(tidy(inline(child)));
      else if (child.tag === "table") for (const block of table(child)) add(block);
      else if (child.tag === "ul" || child.tag === "ol") for (const line of listLines(child, 0)) add(line);
      else visit(child);
    }
  };
  visit(parseHtml(html));
  return out;
}
