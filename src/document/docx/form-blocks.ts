// The document model's blocks as WordprocessingML, for putting a section into a funder's form. The
// paragraphs take the properties of the form's own paragraph where the text goes (its style, indent
// and font), so the filled text looks like the form, not like grantsmith.
import type { Align, Block, Inline, List } from "../model.js";
import { clone, element, firstChild, textNode, type XmlElement, type XmlNode } from "./xml.js";

/** The form's paragraph and run properties the new text takes. */
export interface FormStyle {
  pPr?: XmlElement;
  rPr?: XmlElement;
  language: "zh" | "en";
}

/** Run properties in the order the schema wants them (Word refuses some files written out of order). */
const RUN_PROPERTY_ORDER = [
  "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike", "w:outline",
  "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing",
  "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText",
  "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
];

/** Sets (or replaces) one run property, keeping the schema's order. */
export function setRunProperty(rPr: XmlElement, prop: XmlElement): void {
  const rank = (name: string) => {
    const at = RUN_PROPERTY_ORDER.indexOf(name);
    return at < 0 ? RUN_PROPERTY_ORDER.length : at;
  };
  rPr.children = rPr.children.filter((c) => c.type !== "element" || c.name !== prop.name);
  const at = rPr.children.findIndex((c) => c.type === "element" && rank(c.name) > rank(prop.name));
  if (at < 0) rPr.children.push(prop);
  else rPr.children.splice(at, 0, prop);
  rPr.selfClosing = false;
}

interface RunLook {
  bold?: boolean;
  italic?: boolean;
  highlight?: boolean;
}

/** The form's run properties without what would make new text look like a prompt (placeholder style, grey). */
function baseRunProperties(style: FormStyle): XmlElement {
  const rPr = style.rPr ? clone(style.rPr) : element("w:rPr");
  rPr.children = rPr.children.filter((c) => c.type !== "element" || (c.name !== "w:rStyle" && c.name !== "w:color" && c.name !== "w:vanish"));
  return rPr;
}

export function run(text: string, style: FormStyle, look: RunLook = {}): XmlElement {
  const rPr = baseRunProperties(style);
  if (look.bold) setRunProperty(rPr, element("w:b"));
  if (look.italic) setRunProperty(rPr, element("w:i"));
  // Yellow, as in grantsmith's own Word output: every gap left to fill shows while scrolling.
  if (look.highlight) setRunProperty(rPr, element("w:highlight", { "w:val": "yellow" }));
  const children: XmlNode[] = [];
  if (rPr.children.length > 0) children.push(rPr);
  children.push(element("w:t", { "xml:space": "preserve" }, [textNode(text)]));
  return element("w:r", {}, children);
}

function runs(nodes: readonly Inline[], style: FormStyle, look: RunLook = {}): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        if (node.text) out.push(run(node.text, style, look));
        break;
      case "code":
        out.push(run(node.text, style, look));
        break;
      case "strong":
        out.push(...runs(node.content, style, { ...look, bold: true }));
        break;
      case "emphasis":
        out.push(...runs(node.content, style, { ...look, italic: true }));
        break;
      case "link":
        out.push(...runs(node.content, style, look));
        break;
      case "placeholder":
        out.push(run(node.text, style, { ...look, highlight: true }));
        break;
      case "break":
        if (style.language === "en") out.push(run(" ", style, look));
        break;
    }
  }
  return out;
}

/** The form paragraph's properties, without numbering (a section's paragraphs are not list items). */
function paragraphProperties(style: FormStyle, align?: Align): XmlElement | undefined {
  if (!style.pPr && !align) return undefined;
  const pPr = style.pPr ? clone(style.pPr) : element("w:pPr");
  pPr.children = pPr.children.filter((c) => c.type !== "element" || (c.name !== "w:numPr" && c.name !== "w:rPr" && c.name !== "w:sectPr"));
  if (align && align !== "left") {
    pPr.children = pPr.children.filter((c) => c.type !== "element" || c.name !== "w:jc");
    pPr.children.push(element("w:jc", { "w:val": align === "right" ? "right" : "center" }));
  }
  pPr.selfClosing = pPr.children.length === 0;
  return pPr;
}

export function paragraph(content: XmlElement[], style: FormStyle, align?: Align): XmlElement {
  const pPr = paragraphProperties(style, align);
  return element("w:p", {}, pPr ? [pPr, ...content] : content);
}

/** A paragraph of plain text in the form's look. */
export function textParagraph(text: string, style: FormStyle): XmlElement {
  return paragraph(text ? [run(text, style)] : [], style);
}

function listParagraphs(list: List, style: FormStyle, depth: number): XmlElement[] {
  const out: XmlElement[] = [];
  list.items.forEach((item, index) => {
    const marker = list.ordered ? `${list.start + index}${style.language === "zh" ? "．" : ". "}` : "• ";
    const indent = style.language === "zh" ? "　".repeat(depth) : "  ".repeat(depth);
    out.push(paragraph([run(indent + marker, style), ...runs(item.content, style)], style));
    for (const child of item.children) out.push(...listParagraphs(child, style, depth + 1));
  });
  return out;
}

const BORDER = { "w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000" };

function table(block: Extract<Block, { type: "table" }>, style: FormStyle): XmlElement {
  const columns = block.header.length;
  const cellStyle: FormStyle = { ...style, pPr: undefined };
  const cell = (content: readonly Inline[], align: Align, header: boolean) =>
    element("w:tc", {}, [
      element("w:tcPr", {}, [element("w:tcW", { "w:w": "0", "w:type": "auto" })]),
      paragraph(runs(content, cellStyle, { bold: header }), cellStyle, align),
    ]);
  const borders = element(
    "w:tblBorders",
    {},
    ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].map((name) => element(name, BORDER)),
  );
  return element("w:tbl", {}, [
    element("w:tblPr", {}, [element("w:tblW", { "w:w": "5000", "w:type": "pct" }), borders]),
    element("w:tblGrid", {}, Array.from({ length: columns }, () => element("w:gridCol", { "w:w": String(Math.floor(9000 / Math.max(1, columns))) }))),
    element("w:tr", {}, [element("w:trPr", {}, [element("w:tblHeader")]), ...block.header.map((c, i) => cell(c, block.align[i] ?? null, true))]),
    ...block.rows.map((row) => element("w:tr", {}, row.map((c, i) => cell(c, block.align[i] ?? null, false)))),
  ]);
}

/** The blocks as body elements (paragraphs and tables) in the form's look. */
export function blocksToXml(blocks: readonly Block[], style: FormStyle): XmlElement[] {
  const out: XmlElement[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case "heading":
        out.push(paragraph(runs(block.content, style, { bold: true }), style));
        break;
      case "paragraph":
        out.push(paragraph(runs(block.content, style), style));
        break;
      case "list":
        out.push(...listParagraphs(block, style, 0));
        break;
      case "table":
        out.push(table(block, style));
        // Word needs a paragraph between two tables, and after a table that ends a cell.
        out.push(paragraph([], { ...style, pPr: undefined }));
        break;
      case "quote":
        out.push(...blocksToXml(block.blocks, style));
        break;
      case "code":
        for (const line of block.text.split("\n")) out.push(textParagraph(line, style));
        break;
      case "comment":
      case "rule":
        break;
    }
  }
  return out;
}

/** The properties a new paragraph takes from `p` (a paragraph of the form). */
export function styleOf(p: XmlElement, language: "zh" | "en"): FormStyle {
  const pPr = firstChild(p, "w:pPr");
  const firstRun = p.children.find((c): c is XmlElement => c.type === "element" && c.name === "w:r");
  const rPr = (firstRun && firstChild(firstRun, "w:rPr")) ?? (pPr && firstChild(pPr, "w:rPr"));
  return { pPr, rPr, language };
}
