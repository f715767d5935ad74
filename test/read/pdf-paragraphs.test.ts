// A PDF breaks lines where its page was narrow, not where the writer did: lines of one paragraph are
// rejoined (no space between Chinese characters, a line-end hyphen taken out), and headings become
// Markdown headings so the scorer finds their sections.
import { describe, expect, it } from "vitest";
import { pageBlocks, type PdfLine } from "../../src/read/pdf.js";

/** Lines set from the top of an A4 page down, 16 pt apart, `gap` adding space before a line. */
function page(lines: { text: string; size?: number; gap?: number; right?: number }[]): PdfLine[] {
  let y = 770;
  return lines.map((l, i) => {
    if (i > 0) y -= 16 + (l.gap ?? 0);
    return { text: l.text, y, size: l.size ?? 12, right: l.right ?? 520 };
  });
}

describe("PDF lines into paragraphs", () => {
  it("rejoins a Chinese paragraph without spaces and keeps numbered headings as headings", () => {
    const blocks = pageBlocks(
      page([
        { text: "一、项目背景与需求分析" },
        { text: "辖区内独居、高龄和失能老人普遍存在“做饭难、吃饭难”的问题，现有社区老年" },
        { text: "餐桌只提供堂食，行动不便的老人无法到达。", right: 300 },
        { text: "入户摸底显示，41%的老人表示自己做饭困难。", gap: 8, right: 330 },
        { text: "二、项目目标" },
        { text: "为200名老人提供工作日午餐送餐服务。", right: 280 },
      ]),
    );
    expect(blocks).toEqual([
      "## 一、项目背景与需求分析",
      "辖区内独居、高龄和失能老人普遍存在“做饭难、吃饭难”的问题，现有社区老年餐桌只提供堂食，行动不便的老人无法到达。",
      "入户摸底显示，41%的老人表示自己做饭困难。",
      "## 二、项目目标",
      "为200名老人提供工作日午餐送餐服务。",
    ]);
  });

  it("rejoins an English paragraph with spaces, takes out a line-end hyphen, and reads a larger short line as a heading", () => {
    const blocks = pageBlocks(
      page([
        { text: "Statement of Need", size: 16 },
        { text: "Three hundred older people in the district live alone, and sixty-two per cent of them find it hard to" },
        { text: "cook. A survey of 1,036 households showed that many skip meals and that their nutri-" },
        { text: "tion suffers as a result.", right: 200 },
        { text: "• Meals delivered five days a week", right: 260 },
        { text: "• A safety check at every delivery", right: 260 },
      ]),
    );
    expect(blocks).toEqual([
      "## Statement of Need",
      "Three hundred older people in the district live alone, and sixty-two per cent of them find it hard to cook. A survey of 1,036 households showed that many skip meals and that their nutrition suffers as a result.",
      "• Meals delivered five days a week",
      "• A safety check at every delivery",
    ]);
  });

  it("starts a new paragraph after a short line that ends a sentence, even with no extra space", () => {
    const blocks = pageBlocks(page([{ text: "The project ends in March.", right: 220 }, { text: "The budget is USD 50,000 in all." }]));
    expect(blocks).toEqual(["The project ends in March.", "The budget is USD 50,000 in all."]);
  });
});
