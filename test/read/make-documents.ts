// Documents written by the tests themselves, so no binary fixture is committed: Word files through
// the `docx` package, PDFs through the tiny writer below (a text layer in a standard font, or a
// page with a picture and no text at all, as a scan has).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";

import { tempDir } from "../helpers/temp.js";

/** Writes the bytes to a file of that name in a new temporary folder; returns its path. */
export async function writeTemp(name: string, bytes: Buffer): Promise<string> {
  const target = path.join(await tempDir("grantsmith-read-"), name);
  await writeFile(target, bytes);
  return target;
}

/** A table cell: its text, or its text and the rows or columns it is merged over (the rows below leave it out). */
export type DocxCell = string | { text: string; rowSpan?: number; columnSpan?: number };

export type DocxBlock = { heading: string; level?: 1 | 2 } | { paragraph: string } | { table: DocxCell[][] };

const cellOf = (cell: DocxCell) =>
  typeof cell === "string" ? new TableCell({ children: [new Paragraph(cell)] }) : new TableCell({ children: [new Paragraph(cell.text)], rowSpan: cell.rowSpan, columnSpan: cell.columnSpan });

export async function makeDocx(blocks: readonly DocxBlock[]): Promise<Buffer> {
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2] as const;
  const children = blocks.map((block) => {
    if ("heading" in block) return new Paragraph({ text: block.heading, heading: levels[block.level ?? 1] });
    if ("paragraph" in block) return new Paragraph({ children: [new TextRun(block.paragraph)], alignment: AlignmentType.LEFT });
    return new Table({
      rows: block.table.map((cells) => new TableRow({ children: cells.map(cellOf) })),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * A PDF whose pages hold the given lines of (Latin-1) text in Helvetica; an empty page list item
 * draws a picture only. `compress` deflates the pages' streams, as Word and most tools write them.
 */
export function makePdf(pages: readonly (readonly string[])[], options: { compress?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add("");
  const pagesId = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  const pageIds: number[] = [];
  for (const lines of pages) {
    const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
    const stream =
      lines.length > 0
        ? `BT /F1 12 Tf 72 770 Td 16 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(" ")} ET`
        : // A grey box, as a scanned page's picture would be: marks on the page, no text.
          "0.5 g 72 72 450 700 re f";
    const body = options.compress ? deflateSync(Buffer.from(stream, "latin1")).toString("latin1") : stream;
    const filter = options.compress ? " /Filter /FlateDecode" : "";
    const content = add(`<< /Length ${Buffer.byteLength(body, "latin1")}${filter} >>\nstream\n${body}\nendstream`);
    pageIds.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** A short Chinese proposal as a Word document gives it: a title, numbered headings, a placeholder, a budget table. */
export const ZH_PROPOSAL: DocxBlock[] = [
  { heading: "社区老人助餐送餐到家项目申报书" },
  { heading: "一、项目背景与需求分析", level: 2 },
  { paragraph: "本社区有独居老人 300 名，其中 62% 行动不便，做饭难、吃饭难。" },
  { heading: "二、项目目标", level: 2 },
  { paragraph: "到 2025 年 12 月，为 300 名老人每周送餐 5 次。【待补充：满意度目标】" },
  { heading: "三、项目预算", level: 2 },
  { table: [["项目", "金额（元）"], ["餐费补贴", "50,000"], ["合计", "50,000"]] },
];
