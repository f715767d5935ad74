// Building a document from parts: splicing blocks in, telling each block its section, numbering
// lines. Draft and revise put a document together with these; writers only read the result.
import type { Block, ProposalDocument } from "./model.js";
import { plainText } from "./markdown/inline.js";
import { writeBlock } from "./markdown/write.js";

/** A heading's text as a reader sees it (marks dropped). */
export function headingText(block: Block): string | undefined {
  return block.type === "heading" ? plainText(block.content).trim() : undefined;
}

/**
 * Gives every block the section it sits in. `sectionOf` names the section a heading opens (or
 * undefined for one that opens none, such as the title); a heading at `level` or above closes the
 * section before it, deeper headings stay inside it.
 */
export function assignSections(blocks: Block[], level: number, sectionOf: (heading: Block, index: number) => string | undefined): void {
  let current: string | undefined;
  blocks.forEach((block, index) => {
    if (block.type === "heading" && block.level <= level) current = sectionOf(block, index);
    if (current === undefined) delete block.section;
    else block.section = current;
  });
}

/** Sets each block's 1-based line as the Markdown writer places it. */
export function numberLines(doc: ProposalDocument): void {
  let line = 1 + count(doc.lead);
  doc.blocks.forEach((block, k) => {
    if (k > 0) line += count(block.spacing ?? "\n\n");
    block.line = line;
    line += count(writeBlock(block));
  });
}

const count = (text: string) => text.split("\n").length - 1;

/** The blocks of one section, in order. */
export function sectionBlocks(doc: ProposalDocument, id: string): Block[] {
  return doc.blocks.filter((b) => b.section === id);
}
