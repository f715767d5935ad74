// The styles part grantsmith writes: document defaults (body font, size, line spacing) and the Title
// and Heading 1–3 styles, sized as Chinese official documents are (标题 小二, 一级 三号, 二级 四号)
// or as an English grant proposal is. Outline levels make Word's navigation pane list the headings.
import { AlignmentType, LineRuleType, type IStylesOptions } from "docx";
import type { Typesetting } from "./typeset.js";

/** The Word style each heading level is set in. */
export const HEADING_STYLE = { 1: "Heading1", 2: "Heading2", 3: "Heading3" } as const;

const SIZES = {
  zh: { title: 18, 1: 16, 2: 14, 3: 12 },
  en: { title: 20, 1: 14, 2: 12, 3: 11 },
} as const;

export function docxStyles(set: Typesetting & { language: "zh" | "en" }): IStylesOptions {
  const sizes = SIZES[set.language];
  const halfPoints = (pt: number) => Math.round(pt * 2);
  const headingFont = { ascii: set.language === "zh" ? set.latinFont : set.headingFont, hAnsi: set.language === "zh" ? set.latinFont : set.headingFont, eastAsia: set.headingFont };
  const heading = (level: 1 | 2 | 3) => ({
    run: { font: headingFont, size: halfPoints(Math.max(sizes[level], set.size)), bold: true, color: "000000" },
    paragraph: { spacing: { before: level === 1 ? 240 : 160, after: 120, line: 240 * set.lineSpacing, lineRule: LineRuleType.AUTO }, keepNext: true, outlineLevel: level - 1 },
  });
  return {
    default: {
      document: {
        run: { font: { ascii: set.latinFont, hAnsi: set.latinFont, cs: set.latinFont, eastAsia: set.bodyFont }, size: halfPoints(set.size), language: { value: "en-US", eastAsia: "zh-CN" } },
        paragraph: { spacing: { line: Math.round(240 * set.lineSpacing), lineRule: LineRuleType.AUTO, after: set.language === "zh" ? 0 : 120 } },
      },
      title: {
        run: { font: headingFont, size: halfPoints(Math.max(sizes.title, set.size)), bold: true, color: "000000" },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
    },
  };
}
