// A PDF's text layer, page by page, through PDF.js (its legacy build runs on Node 20 with no
// native code). A PDF of scanned pages has no text layer, and is said to have none.
import { DocumentReadError } from "./errors.js";
import { LocatedTextBuilder, type LocatedText } from "./located-text.js";
import { t } from "../i18n/index.js";


interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

export async function readPdf(bytes: Uint8Array): Promise<LocatedText> {
  // PDF.js takes the buffer over, so it gets a copy.
  const data = new Uint8Array(bytes);
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let pdf;
  try {
    pdf = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  } catch {
    throw new DocumentReadError(t("read.badPdf"));
  }
  const out = new LocatedTextBuilder("page");
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      for (const line of pageLines(content.items as TextItem[])) out.add(line, number);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  if (out.empty) throw new DocumentReadError(t("read.noTextLayer"), true);
  return out.build();
}

/** The page's text as lines: a new line where PDF.js marks one or where the baseline moves. */
function pageLines(items: readonly TextItem[]): string[] {
  const lines: string[] = [];
  let current = "";
  let baseline: number | undefined;
  const flush = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line) lines.push(line);
    current = "";
  };
  for (const item of items) {
    if (typeof item.str !== "string") continue;
    const y = item.transform?.[5];
    if (y !== undefined && baseline !== undefined && Math.abs(y - baseline) > 1 && current.trim()) flush();
    if (y !== undefined) baseline = y;
    current += item.str;
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}
