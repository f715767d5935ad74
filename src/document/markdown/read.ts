// The Markdown reader: text into blocks. It recognises a block only when the writer gives back
// exactly the lines it was read from (each candidate is written and compared), so reading and
// writing any text is exact by construction. What it does not recognise stays a paragraph of
// literal lines; that is lossy in meaning only: setext headings, indented code, HTML blocks other
// than comments, front matter, lazy continuation lines and loose or irregularly numbered lists
// read as paragraphs (or as several lists), and a table or list spelled with other spacing than
// the writer's reads as text. Line endings are read as one style (CRLF when the text has any).
import type { Align, Block, List, ListItem, ProposalDocument } from "../model.js";
import { readInlines } from "./inline.js";
import { writeBlock } from "./write.js";

const HEADING = /^(#{1,6}) (.*)$/;
const ITEM = /^( *)([-*+]|(\d{1,9})([.)])) (.*)$/;
const TABLE_ROW = /^\|.*\|$/;
const FENCE = /^(`{3,}|~{3,})([^`]*)$/;

const isBlank = (line: string) => line.trim() === "";

interface Found {
  block: Block;
  /** One past the block's last line. */
  end: number;
}

/** A pipe that ends a cell: any not written `\|`. */
const CELL_END = /(?<!\\)\|/;

/** Cells of a `| a | b |` row: split at unescaped pipes, trimmed. */
function splitRow(line: string): string[] {
  return line.slice(1, -1).split(CELL_END).map((cell) => cell.trim());
}

function alignOf(cell: string): Align | undefined {
  if (!/^:?-+:?$/.test(cell)) return undefined;
  const left = cell.startsWith(":");
  const right = cell.endsWith(":");
  return left && right ? "center" : right ? "right" : left ? "left" : null;
}

function readTable(lines: readonly string[], i: number): Found | undefined {
  if (!TABLE_ROW.test(lines[i]!) || !TABLE_ROW.test(lines[i + 1] ?? "")) return undefined;
  const align = splitRow(lines[i + 1]!).map(alignOf);
  if (align.some((a) => a === undefined)) return undefined;
  let end = i + 2;
  while (end < lines.length && TABLE_ROW.test(lines[end]!)) end++;
  const cells = (line: string) => splitRow(line).map((c) => readInlines(c, { cell: true }));
  return {
    block: { type: "table", align: align as Align[], header: cells(lines[i]!), rows: lines.slice(i + 2, end).map(cells) },
    end,
  };
}

/** The list whose first item is line `i`, its items at `indent` spaces. */
function readList(lines: readonly string[], i: number, indent: number, outer: number): Found | undefined {
  const first = ITEM.exec(lines[i]!);
  if (!first || first[1]!.length !== indent) return undefined;
  const ordered = first[3] !== undefined;
  const marker = (ordered ? first[4] : first[2]) as List["marker"];
  const start = ordered ? Number(first[3]) : 1;
  const items: ListItem[] = [];
  let j = i;
  while (j < lines.length) {
    const m = ITEM.exec(lines[j]!);
    if (!m || m[1]!.length !== indent || (m[3] !== undefined) !== ordered) break;
    if ((ordered ? m[4] : m[2]) !== marker || (ordered && Number(m[3]) !== start + items.length)) break;
    const item: ListItem = { content: readInlines(m[5]!), children: [] };
    items.push(item);
    j++;
    // Deeper items directly below are this item's nested lists.
    for (let next = ITEM.exec(lines[j] ?? ""); next && next[1]!.length > indent; next = ITEM.exec(lines[j] ?? "")) {
      const child = readList(lines, j, next[1]!.length, indent);
      if (!child) break;
      item.children.push(child.block as List);
      j = child.end;
    }
  }
  return { block: { type: "list", ordered, start, marker, indent: indent - outer, items }, end: j };
}

function readQuote(lines: readonly string[], i: number): Found | undefined {
  let end = i;
  while (end < lines.length && lines[end]!.startsWith(">")) end++;
  if (end === i) return undefined;
  const inner = lines.slice(i, end).map((l) => l.replace(/^> ?/, ""));
  const doc = readBlockLines(inner, i + 1);
  if (doc.lead !== "" || doc.trail !== "" || doc.blocks.length === 0) return undefined;
  return { block: { type: "quote", blocks: doc.blocks }, end };
}

function readComment(lines: readonly string[], i: number): Found | undefined {
  if (!lines[i]!.startsWith("<!--")) return undefined;
  let end = i;
  while (end < lines.length && !lines[end]!.endsWith("-->")) end++;
  if (end === lines.length) return undefined;
  const text = lines.slice(i, end + 1).join("\n");
  if (text.length < 7) return undefined;
  return { block: { type: "comment", text: text.slice(4, -3) }, end: end + 1 };
}

function readCode(lines: readonly string[], i: number): Found | undefined {
  const open = FENCE.exec(lines[i]!);
  if (!open) return undefined;
  const fence = open[1]!;
  const close = lines.findIndex((l, k) => k > i && l === fence);
  if (close === -1) return undefined;
  return { block: { type: "code", fence, info: open[2]!, text: lines.slice(i + 1, close).join("\n") }, end: close + 1 };
}

function readHeading(lines: readonly string[], i: number): Found | undefined {
  const m = HEADING.exec(lines[i]!);
  if (!m) return undefined;
  return { block: { type: "heading", level: m[1]!.length as 1, content: readInlines(m[2]!) }, end: i + 1 };
}

const readers = [readComment, readCode, readHeading, readTable, readQuote, (l: readonly string[], i: number) => readList(l, i, ITEM.exec(l[i]!)?.[1]?.length ?? 0, 0)];

/** The block that starts at line `i`, if one does and the writer gives its lines back exactly. */
function blockAt(lines: readonly string[], i: number): Found | undefined {
  if (lines[i] === "---") return { block: { type: "rule" }, end: i + 1 };
  for (const read of readers) {
    const found = read(lines, i);
    if (found && writeBlock(found.block) === lines.slice(i, found.end).join("\n")) return found;
  }
  return undefined;
}

/** Lines into blocks, with the text before the first and after the last. `firstLine` is 1-based. */
export function readBlockLines(lines: readonly string[], firstLine = 1): Pick<ProposalDocument, "blocks" | "lead" | "trail"> {
  const blocks: Block[] = [];
  let lead = "";
  let i = 0;
  /** The block found where the paragraph before it ends. */
  let after: { at: number; found: Found } | undefined;
  for (;;) {
    const gapFrom = i;
    while (i < lines.length && isBlank(lines[i]!)) i++;
    const gap = lines.slice(gapFrom, i);
    if (i === lines.length) {
      if (blocks.length === 0) return { blocks, lead: lines.join("\n"), trail: "" };
      return { blocks, lead, trail: gap.map((l) => `\n${l}`).join("") };
    }
    const spacing = gap.map((l) => `${l}\n`).join("");
    let found = after?.at === i ? after.found : blockAt(lines, i);
    if (!found) {
      // A paragraph runs to a blank line or to the next line a block starts on (kept, not read twice).
      let end = i + 1;
      for (; end < lines.length && !isBlank(lines[end]!); end++) {
        const next = blockAt(lines, end);
        if (next) {
          after = { at: end, found: next };
          break;
        }
      }
      const content = lines.slice(i, end).flatMap((line, k) => (k === 0 ? readInlines(line) : [{ type: "break" as const }, ...readInlines(line)]));
      found = { block: { type: "paragraph", content }, end };
    }
    const block = { ...found.block, line: firstLine + i } as Block;
    if (blocks.length === 0) lead = spacing;
    else if (spacing !== "\n") block.spacing = `\n${spacing}`;
    blocks.push(block);
    i = found.end;
  }
}

export function readMarkdown(text: string): ProposalDocument {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const { blocks, lead, trail } = readBlockLines(body.split(/\r\n|\r|\n/));
  return { meta: {}, blocks, lead, trail, eol: body.includes("\r\n") ? "\r\n" : "\n", bom };
}
