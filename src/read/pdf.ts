// A PDF's text layer, page by page, through PDF.js (its legacy build runs on Node 20 with no
// native code). A PDF of scanned pages has no text layer, and is said to have none.
import { DocumentReadError } from "./errors.js";
import { LocatedTextBuilder, type LocatedText } from "./located-text.js";
import { bracketedMark, DOTTED_NUMBER, NUMERAL_STOP, numeralMark } from "../text/heading-marks.js";


interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function readPdf(bytes: Uint8Array): Promise<LocatedText> {
  // PDF.js takes the buffer over, so it gets a copy.
  const data = new Uint8Array(bytes);
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let pdf;
  try {
    pdf = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  } catch {
    throw new DocumentReadError("read.badPdf");
  }
  const out = new LocatedTextBuilder("page");
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      for (const block of pageBlocks(pageLines(content.items as TextItem[]))) out.add(block, number);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  if (out.empty) throw new DocumentReadError("read.noTextLayer", true);
  return out.build();
}

/** One line of a page as PDF.js places it: its text, baseline, font size and horizontal extent. */
export interface PdfLine {
  text: string;
  y: number;
  size: number;
  right: number;
}

/** The page's text as lines: a new line where PDF.js marks one or where the baseline moves. */
function pageLines(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  const flush = () => {
    if (current) {
      const text = current.text.replace(/\s+/g, " ").trim();
      if (text) lines.push({ ...current, text });
    }
    current = undefined;
  };
  for (const item of items) {
    if (typeof item.str !== "string") continue;
    const [a = 12, b = 0, , , x = 0, y] = item.transform ?? [];
    if (y !== undefined && current && Math.abs(y - current.y) > 1 && current.text.trim()) flush();
    const size = Math.hypot(a, b) || item.height || 12;
    current ??= { text: "", y: y ?? 0, size, right: 0 };
    current.text += item.str;
    current.size = Math.max(current.size, item.str.trim() ? size : 0);
    current.right = Math.max(current.right, x + (item.width ?? 0));
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/**
 * A numbered heading as proposals write them: 一、 （二） 3. 2.1 — short, without a full stop. A
 * number closed by ")" or in brackets ("3)", "（3）") is a list item here (LIST_ITEM), not a heading.
 */
const NUMBERED_HEADING = new RegExp(`^(?:${numeralMark()}|${bracketedMark()}|${DOTTED_NUMBER}${NUMERAL_STOP}?\\s)\\s*\\S.{0,38}$`);
const LIST_ITEM = /^(?:[•·▪●○■-]\s|\d+[.)]\s|[（(]\d+[)）])/;
const SENTENCE_END = /[。！？；.!?;:：]$/;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}

/** Joins two lines of one paragraph: no space between Chinese, a hyphen at a line end rejoined. */
function joinLines(a: string, b: string): string {
  if (CJK_END.test(a) && CJK_START.test(b)) return a + b;
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/**
 * A page's lines as paragraphs: lines of one paragraph are rejoined (a PDF breaks them where the
 * page was too narrow, not where the writer did); a new paragraph starts after extra space, at a
 * change of font size, at a heading or list item, or after a short line that ends a sentence.
 * A short line set larger than the body, or numbered as a heading, becomes a Markdown heading so
 * the scorer finds its section.
 */
export function pageBlocks(lines: readonly PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const body = median(lines.map((l) => l.size));
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0);
  const leading = median(gaps) || body * 1.3;
  const fullWidth = Math.max(...lines.map((l) => l.right));
  const isHeading = (l: PdfLine) => l.text.length <= 60 && !SENTENCE_END.test(l.text) && (l.size > body * 1.15 || NUMBERED_HEADING.test(l.text));
  const blocks: string[] = [];
  let current: string | undefined;
  let previous: PdfLine | undefined;
  const flush = () => {
    if (current !== undefined) blocks.push(current);
    current = undefined;
  };
  for (const line of lines) {
    if (isHeading(line)) {
      flush();
      blocks.push(`## ${line.text}`);
      previous = undefined;
      continue;
    }
    const startsNew =
      previous === undefined ||
      previous.y - line.y > leading * 1.4 ||
      Math.abs(line.size - previous.size) > body * 0.1 ||
      LIST_ITEM.test(line.text) ||
      /^\|/.test(line.text) ||
      (previous.right < fullWidth * 0.8 && SENTENCE_END.test(previous.text));
    if (startsNew) {
      flush();
      current = line.text;
    } else {
      current = joinLines(current!, line.text);
    }
    previous = line;
  }
  flush();
  return blocks;
}
