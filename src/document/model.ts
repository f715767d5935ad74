// The document model: what a proposal is between assembly and output. Draft and revise build one;
// a writer (Markdown today, Word next) turns it into a file. Blocks and inline nodes are structure a
// typesetter can read; the few Markdown-only fields (`spacing`, list `indent`, emphasis delimiters)
// are spelling hints that let the Markdown writer give back exactly the text it was read from, and
// that other writers ignore.
import type { DocumentLocale } from "../facts/locale.js";

/** Where a block came from: the program, rendering the facts through templates (tables, headings,
 *  notes), or the narrative written by the model or the offline provider. */
export type Origin = "facts" | "narrative";

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; delimiter: "**" | "__"; content: Inline[] }
  | { type: "emphasis"; delimiter: "*" | "_"; content: Inline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; content: Inline[] }
  /** A visible gap the writer must fill: 【待补充：label】 or [TODO: label]; `text` is all of it. */
  | { type: "placeholder"; text: string; label: string }
  /** A line break inside a paragraph, as written. Markdown renderers show it as a space; a
   *  typesetter joins English lines with a space and Chinese ones without. */
  | { type: "break" };

export type Align = "left" | "center" | "right" | null;

export interface ListItem {
  content: Inline[];
  /** Lists nested under this item. */
  children: List[];
}

export interface List extends BlockInfo {
  type: "list";
  ordered: boolean;
  /** The first item's number (ordered lists). */
  start: number;
  /** `-`, `*` or `+` for a bullet list; `.` or `)` after the number for an ordered one. */
  marker: "-" | "*" | "+" | "." | ")";
  /** Spaces before each item's marker, counted from the enclosing item's marker (0 at the top). */
  indent: number;
  items: ListItem[];
}

/** What every block carries besides its content. */
export interface BlockInfo {
  /** Canonical id of the section the block belongs to (need, budget…); absent above the first.
   *  Set on the document's own blocks; the blocks inside a quote belong to the quote's section. */
  section?: string;
  origin?: Origin;
  /** 1-based line where the block starts, when it was read from a text. */
  line?: number;
  /** Markdown spelling: the line breaks before the block when not one blank line ("\n\n"). */
  spacing?: string;
}

export type Block =
  | (BlockInfo & { type: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; content: Inline[] })
  | (BlockInfo & { type: "paragraph"; content: Inline[] })
  | List
  | (BlockInfo & { type: "table"; align: Align[]; header: Inline[][]; rows: Inline[][][] })
  | (BlockInfo & { type: "quote"; blocks: Block[] })
  /** An HTML comment (`<!-- … -->`): a note to the writer that no reader of the proposal sees. */
  | (BlockInfo & { type: "comment"; text: string })
  | (BlockInfo & { type: "code"; fence: string; info: string; text: string })
  | (BlockInfo & { type: "rule" });

export type BlockType = Block["type"];

/** The title block, as data: a Word writer sets it as a title page; Markdown shows it as written. */
export interface DocumentMeta {
  language?: "zh" | "en";
  kind?: string;
  title?: string;
  organization?: string;
  funder?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** How dates are written (en-GB: 4 December 2026; en-US: December 4, 2026; zh-CN: 2026年12月4日). */
  locale?: DocumentLocale;
  contact?: { name?: string; role?: string; phone?: string; email?: string };
  /** Who wrote the narrative: "offline", or the provider and model. */
  generator?: { offline: boolean; provider?: string; model?: string };
}

export interface ProposalDocument {
  meta: DocumentMeta;
  blocks: Block[];
  /** Markdown spelling: text before the first block and after the last, the line ending, a BOM. */
  lead: string;
  trail: string;
  eol: "\n" | "\r\n";
  bom: boolean;
}
