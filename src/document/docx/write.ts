// The Word writer: the document model set as a .docx with real Word structure — Title and Heading
// styles (the navigation pane works), tables with a repeating header row, numbered and bulleted
// lists, page numbers — typeset for Chinese or English funders (typeset.ts). Loaded only when a
// .docx is written, so the docx library costs nothing elsewhere.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import type { Align, Block, Inline, List, ProposalDocument } from "../model.js";
import { plainText } from "../markdown/inline.js";
import { formatDate } from "../../text/dates.js";
import { pageGeometry, typesettingFor, type Typesetting, type TypesettingSettings } from "./typeset.js";
import { docxStyles, HEADING_STYLE } from "./styles.js";

export interface DocxOptions {
  typesetting?: TypesettingSettings;
  /** word/styles.xml of a reference document: its styles replace ours, and runs carry no fonts of their own. */
  referenceStyles?: string;
}

type Setting = Typesetting & { language: "zh" | "en" };
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  heading?: boolean;
  code?: boolean;
}

const TITLE_LABELS = {
  zh: { organization: "申报机构", funder: "申请对象", date: "日期", contact: "联系人" },
  en: { organization: "Organization", funder: "Submitted to", date: "Date", contact: "Contact" },
} as const;

class DocxBuilder {
  private listCount = 0;
  constructor(
    private readonly set: Setting,
    /** With a reference document the styles decide fonts and indents; direct formatting would hide them. */
    private readonly direct: boolean,
  ) {}

  runs(nodes: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case "text":
          out.push(this.run(node.text, style));
          break;
        case "strong":
          out.push(...this.runs(node.content, { ...style, bold: true }));
          break;
        case "emphasis":
          out.push(...this.runs(node.content, { ...style, italics: true }));
          break;
        case "code":
          out.push(this.run(node.text, { ...style, code: true }));
          break;
        case "link":
          out.push(...this.runs(node.content, style));
          break;
        case "placeholder":
          // Yellow, so a writer sees every gap left to fill while scrolling through Word.
          out.push(this.run(node.text, style, { highlight: "yellow" }));
          break;
        case "break":
          out.push(this.run(this.set.language === "zh" ? "" : " ", style));
          break;
      }
    }
    return out;
  }

  private run(text: string, style: RunStyle, extra: Partial<IRunOptions> = {}): TextRun {
    const eastAsia = style.heading ? this.set.headingFont : this.set.bodyFont;
    const latin = style.code ? "Courier New" : style.heading && this.set.language === "en" ? this.set.headingFont : this.set.latinFont;
    return new TextRun({
      text,
      bold: style.bold,
      italics: style.italics,
      ...(this.direct || style.code ? { font: { ascii: latin, hAnsi: latin, cs: latin, eastAsia } } : {}),
      ...extra,
    });
  }

  private indent() {
    const chars = this.set.firstLineIndent;
    if (!this.direct || chars <= 0) return undefined;
    // Word reads the character count; firstLine (twips) is the same width for readers that do not.
    return { firstLineChars: Math.round(chars * 100), firstLine: Math.round(chars * this.set.size * 20) };
  }

  blocks(blocks: readonly Block[], headingShift: number): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    for (const block of blocks) out.push(...this.block(block, headingShift));
    return out;
  }

  private block(block: Block, headingShift: number): (Paragraph | Table)[] {
    switch (block.type) {
      case "heading": {
        const level = Math.min(3, Math.max(1, block.level - headingShift)) as 1 | 2 | 3;
        return [new Paragraph({ style: HEADING_STYLE[level], children: this.runs(block.content, { heading: true }) })];
      }
      case "paragraph":
        return [new Paragraph({ indent: this.indent(), children: this.runs(block.content) })];
      case "list":
        return this.list(block, 0);
      case "table":
        return [this.table(block)];
      case "quote":
        return this.blocks(block.blocks, headingShift);
      case "code":
        return block.text.split("\n").map((line) => new Paragraph({ children: [this.run(line, { code: true })] }));
      case "rule":
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "999999", space: 1 } }, children: [] })];
      case "comment":
        // A note to the writer in the Markdown; no reader of a Word proposal should see it.
        return [];
    }
  }

  private list(list: List, level: number): Paragraph[] {
    const instance = ++this.listCount;
    const out: Paragraph[] = [];
    for (const item of list.items) {
      out.push(
        new Paragraph({
          numbering: { reference: list.ordered ? "ordered" : "bullets", level: Math.min(level, 2), instance },
          children: this.runs(item.content),
        }),
      );
      for (const child of item.children) out.push(...this.list(child, level + 1));
    }
    return out;
  }

  private table(table: Extract<Block, { type: "table" }>): Table {
    const { width, margin } = pageGeometry(this.set.paper);
    const textWidth = width - margin.left - margin.right;
    const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length));
    const texts = Array.from({ length: columns }, (_, c) => [table.header, ...table.rows].map((r) => plainText(r[c] ?? [])));
    const columnWidths = fitColumns(texts, textWidth, this.set.size);
    const cell = (content: Inline[], c: number, header: boolean) =>
      new TableCell({
        width: { size: columnWidths[c]!, type: WidthType.DXA },
        shading: header ? { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } : undefined,
        // Single-spaced cells with a little air above and below: 1.5 lines suits running text, not a budget.
        children: [new Paragraph({ alignment: alignment(table.align[c] ?? null), spacing: { line: 240, before: 40, after: 40 }, children: this.runs(content, { bold: header || undefined }) })],
      });
    const row = (cells: Inline[][], header: boolean) =>
      new TableRow({
        tableHeader: header || undefined,
        cantSplit: true,
        children: Array.from({ length: columns }, (_, c) => cell(cells[c] ?? [], c, header)),
      });
    return new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths,
      rows: [row(table.header, true), ...table.rows.map((r) => row(r, false))],
    });
  }

  /** The title and the lines under it (organization, funder, date, contact), centred. */
  titleBlock(doc: ProposalDocument, before: readonly Block[]): Paragraph[] {
    const out: Paragraph[] = [];
    const shown: string[] = [];
    for (const block of before) {
      if (block.type === "heading") {
        out.push(new Paragraph({ style: "Title", children: this.runs(block.content, { heading: true, bold: true }) }));
        shown.push(plainText(block.content));
      } else if (block.type === "paragraph") {
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: this.runs(block.content) }));
        shown.push(plainText(block.content));
      } else out.push(...(this.block(block, 0) as Paragraph[]));
    }
    const { meta } = doc;
    if (out.length === 0 && meta.title) out.push(new Paragraph({ style: "Title", children: [this.run(meta.title, { heading: true, bold: true })] }));
    const labels = TITLE_LABELS[this.set.language];
    const sep = this.set.language === "zh" ? "：" : ": ";
    const contact = meta.contact && [meta.contact.name, meta.contact.role, meta.contact.phone, meta.contact.email].filter(Boolean).join(this.set.language === "zh" ? "，" : ", ");
    const lines: [string, string | undefined][] = [
      [labels.organization, meta.organization],
      [labels.funder, meta.funder],
      [labels.date, meta.date && formatDate(meta.date, meta.locale ?? this.set.language)],
      [labels.contact, contact || undefined],
    ];
    const already = shown.join("\n");
    for (const [label, value] of lines) {
      if (!value || already.includes(value)) continue;
      out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [this.run(label, { bold: true }), this.run(`${sep}${value}`, {})] }));
    }
    return out;
  }
}

function alignment(align: Align) {
  if (align === "right") return AlignmentType.RIGHT;
  if (align === "center") return AlignmentType.CENTER;
  return undefined;
}

/** Half-character cells a text takes: a Chinese character two, a Latin letter or digit a little over one (bold, wide fonts). */
function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1.15;
  return n;
}

/** The widest piece a line may not be broken inside: a number or word; a Chinese text breaks anywhere. */
function unbreakableWidth(text: string): number {
  return Math.max(0, ...text.split(/[\s\u2e80-\uffff]+/u).map(displayWidth), /[\u2e80-\uffff]/u.test(text) ? 4 : 0);
}

/**
 * Column widths in twips that fill `available`: every column first gets room for its widest number
 * or word (so 1,167,000.00 never breaks across lines), and a short column (a label such as 直接受益人数,
 * up to a quarter of the width) room for its whole text, then the rest goes to the columns whose
 * text would wrap, in proportion to how much more they need.
 */
export function fitColumns(texts: string[][], available: number, size: number): number[] {
  const unit = size * 10; // half a character, in twips
  const pad = 3; // the cell's own margins
  const room = available / unit;
  const natural = texts.map((cells) => Math.max(1, ...cells.map(displayWidth)));
  const unbroken = texts.map((cells, c) => Math.min(natural[c]!, Math.max(2, ...cells.map(unbreakableWidth))));
  // A Chinese label breaks anywhere, so only its whole width keeps 项目预算总额 off two lines.
  const whole = unbroken.map((w, c) => (natural[c]! <= room / 4 ? natural[c]! : w));
  const least = whole.reduce((sum, w) => sum + w + pad, 0) < room ? whole : unbroken;
  const floor = least.map((w) => w + pad);
  const floorSum = floor.reduce((a, b) => a + b, 0);
  let units: number[];
  if (floorSum >= room) units = floor.map((w) => (w * room) / floorSum);
  else {
    const want = natural.map((w, c) => w - least[c]!);
    const wantSum = want.reduce((a, b) => a + b, 0);
    const extra = room - floorSum;
    if (wantSum <= extra) {
      const full = natural.map((w) => w + pad);
      const fullSum = full.reduce((a, b) => a + b, 0);
      units = full.map((w) => (w * room) / fullSum);
    } else units = floor.map((w, c) => w + (extra * want[c]!) / wantSum);
  }
  return units.map((u) => Math.floor(u * unit));
}

function numberingLevels(ordered: boolean) {
  const formats = ordered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] : [LevelFormat.BULLET, LevelFormat.BULLET, LevelFormat.BULLET];
  const bullets = ["•", "◦", "▪"];
  return formats.map((format, level) => ({
    level,
    format,
    text: ordered ? `%${level + 1}.` : bullets[level]!,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 420 } } },
  }));
}

export async function writeDocx(doc: ProposalDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const set = typesettingFor(doc, options.typesetting);
  const builder = new DocxBuilder(set, options.referenceStyles === undefined);
  // The title area is everything before the first section heading; a single `#` is the title, so
  // `##` sections become Heading 1 and the navigation pane lists them at its top level.
  const firstSection = doc.blocks.findIndex((b, k) => b.type === "heading" && (b.level > 1 || k > 0) && b.section !== undefined);
  const split = firstSection < 0 ? doc.blocks.findIndex((b, k) => k > 0 && b.type === "heading") : firstSection;
  const before = split < 0 ? [] : doc.blocks.slice(0, split);
  const body = split < 0 ? doc.blocks : doc.blocks.slice(split);
  const titles = doc.blocks.filter((b) => b.type === "heading" && b.level === 1).length;
  const headingShift = titles <= 1 && before.some((b) => b.type === "heading") ? 1 : 0;
  const page = pageGeometry(set.paper);
  const document = new Document({
    creator: "grantsmith",
    title: doc.meta.title,
    ...(options.referenceStyles !== undefined ? { externalStyles: options.referenceStyles } : { styles: docxStyles(set) }),
    numbering: {
      config: [
        { reference: "bullets", levels: numberingLevels(false) },
        { reference: "ordered", levels: numberingLevels(true) },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: page.margin } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [...builder.titleBlock(doc, before), ...builder.blocks(body, headingShift)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
