// The Markdown writer: a document into text. Blocks are separated by one blank line unless a block
// carries the spacing it was read with; a document read from Markdown is written back unchanged.
import type { Align, Block, List, ProposalDocument } from "../model.js";
import { writeInlines } from "./inline.js";

const DELIMITER: Record<Exclude<Align, null> | "none", string> = { none: "---", left: ":---", center: ":---:", right: "---:" };

function writeRow(cells: string[]): string {
  return `|${cells.map((c) => (c === "" ? " " : ` ${c} `)).join("|")}|`;
}

function writeList(list: List, outer: number): string[] {
  const lines: string[] = [];
  const indent = " ".repeat(outer + list.indent);
  list.items.forEach((item, k) => {
    const marker = list.ordered ? `${list.start + k}${list.marker}` : list.marker;
    lines.push(`${indent}${marker} ${writeInlines(item.content)}`);
    for (const child of item.children) lines.push(...writeList(child, outer + list.indent));
  });
  return lines;
}

/** One block as Markdown, without the blank lines around it. */
export function writeBlock(block: Block): string {
  switch (block.type) {
    case "heading":
      return `${"#".repeat(block.level)} ${writeInlines(block.content)}`;
    case "paragraph":
      return writeInlines(block.content);
    case "list":
      return writeList(block, 0).join("\n");
    case "table": {
      const cell = (c: Parameters<typeof writeInlines>[0]) => writeInlines(c, { cell: true });
      return [
        writeRow(block.header.map(cell)),
        writeRow(block.align.map((a) => DELIMITER[a ?? "none"])),
        ...block.rows.map((row) => writeRow(row.map(cell))),
      ].join("\n");
    }
    case "quote":
      return writeBlocks(block.blocks)
        .split("\n")
        .map((line) => (line === "" ? ">" : `> ${line}`))
        .join("\n");
    case "comment":
      return `<!--${block.text}-->`;
    case "code":
      return `${block.fence}${block.info}\n${block.text === "" ? "" : `${block.text}\n`}${block.fence}`;
    case "rule":
      return "---";
  }
}

export function writeBlocks(blocks: readonly Block[]): string {
  return blocks.map((block, k) => (k === 0 ? "" : (block.spacing ?? "\n\n")) + writeBlock(block)).join("");
}

export function writeMarkdown(doc: ProposalDocument): string {
  const text = doc.lead + writeBlocks(doc.blocks) + doc.trail;
  return (doc.bom ? "\uFEFF" : "") + (doc.eol === "\n" ? text : text.replace(/\n/g, "\r\n"));
}
