// How a proposal is set in Word: fonts, sizes, spacing and paper, by language, as a Chinese or an
// English funder expects them, with the `docx:` block of grantsmith.config.yaml laid over them.
import type { ProposalDocument } from "../model.js";
import { plainText } from "../markdown/inline.js";
import { detectTextLanguage } from "../../text/language.js";

export type Paper = "A4" | "Letter";

export interface Typesetting {
  /** Body text: the East Asian font (宋体) and the font for Latin letters and digits. */
  bodyFont: string;
  headingFont: string;
  latinFont: string;
  /** Body size in points (小四 = 12). */
  size: number;
  /** Line spacing as a multiple of single. */
  lineSpacing: number;
  /** First-line indent of body paragraphs, in characters (首行缩进 2 字符); 0 for none. */
  firstLineIndent: number;
  paper: Paper;
}

/** What grantsmith.config.yaml may set; any key left out keeps the language's default. */
export type TypesettingSettings = Partial<Typesetting>;

const ZH: Typesetting = {
  bodyFont: "SimSun",
  headingFont: "SimHei",
  latinFont: "Times New Roman",
  size: 12,
  lineSpacing: 1.5,
  firstLineIndent: 2,
  paper: "A4",
};

const EN: Typesetting = {
  bodyFont: "Calibri",
  headingFont: "Calibri",
  latinFont: "Calibri",
  size: 11,
  lineSpacing: 1.15,
  firstLineIndent: 0,
  paper: "A4",
};

/** The document's language: from its title block, else from its text, as every reader of grantsmith detects it. */
export function documentLanguage(doc: ProposalDocument): "zh" | "en" {
  if (doc.meta.language) return doc.meta.language;
  const sample = doc.blocks
    .slice(0, 40)
    .map((b) => ("content" in b ? plainText(b.content) : ""))
    .join("");
  return detectTextLanguage(sample);
}

/** US funders read Letter: an English proposal budgeted in dollars is set on it, all others on A4. */
function defaultPaper(doc: ProposalDocument, language: "zh" | "en"): Paper {
  if (language !== "en") return "A4";
  const text = doc.blocks.map((b) => (b.type === "table" ? b.header.concat(...b.rows).map(plainText).join(" ") : "content" in b ? plainText(b.content) : "")).join(" ");
  return /\bUSD\b|US\$|\$\s?\d/.test(text) ? "Letter" : "A4";
}

export function typesettingFor(doc: ProposalDocument, settings: TypesettingSettings = {}): Typesetting & { language: "zh" | "en" } {
  const language = documentLanguage(doc);
  const base = language === "zh" ? ZH : { ...EN, paper: defaultPaper(doc, language) };
  const given = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  return { ...base, ...given, language };
}

/** Page size and margins in twips: Chinese Word's default margins (2.54 / 3.17 cm), one inch for Letter. */
export function pageGeometry(paper: Paper) {
  return paper === "A4"
    ? { width: 11906, height: 16838, margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } }
    : { width: 12240, height: 15840, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } };
}
