// The revised proposal as a document: written back exactly (a hand-edited file keeps its spelling),
// each block in the section the scorer finds it in.
import { describe, expect, it } from "vitest";
import { writeMarkdown } from "../../src/document/markdown/write.js";
import { plainText } from "../../src/document/markdown/inline.js";
import { proposalDocument } from "../../src/revise/document.js";
import { protectBlocks, restoreBlocks } from "../../src/revise/blocks.js";
import { bodyLines, spliceBody, rewritableSections } from "../../src/revise/sections.js";
import { resolveRubric } from "../../src/score/index.js";
import { offlineDraft } from "./helpers.js";
import { seeded } from "../helpers/random.js";

describe("a revised proposal as a document", async () => {
  const rubric = await resolveRubric(undefined, "zh", "standard");
  const { text } = await offlineDraft("zh/sparse.yaml");

  it("puts each block in the section the scorer reads", () => {
    const doc = proposalDocument(text, rubric.matcher);
    expect(writeMarkdown(doc)).toBe(text);
    const budget = doc.blocks.find((b) => b.type === "heading" && plainText(b.content) === "资金来源");
    expect(budget?.section).toBe("budget");
    const title = doc.blocks.find((b) => b.type === "heading" && b.level === 1);
    expect(title?.section).toBeUndefined();
    expect(doc.blocks.filter((b) => b.type === "heading" && b.level === 2).map((b) => b.section)).toEqual(
      rewritableSections(text, rubric.matcher).map((s) => s.id),
    );
  });

  it("writes a spliced, CRLF, hand-edited file back unchanged", () => {
    const edited = `\uFEFF${text.replace("## 二、项目背景与需求分析", "Notes\n===\n\n##  二、项目背景与需求分析 ##")}`.replace(/\n/g, "\r\n");
    const need = rewritableSections(edited, rubric.matcher).find((s) => s.id === "need")!;
    const revised = spliceBody(edited, need, "改写后的需求。\n\n| 项 | 数 |\n| --- | ---: |\n| 学生 | 60人 |");
    const doc = proposalDocument(revised, rubric.matcher);
    expect(writeMarkdown(doc)).toBe(revised);
    expect(doc.blocks.find((b) => b.type === "table" && b.section === "need")).toBeTruthy();
  });
});

describe("a revision's Markdown, written from its blocks, is the spliced text", async () => {
  // Lines a model's rewrite may hold, well and badly formed (as test/document/drafts.test.ts).
  const LINES = [
    "", "", "  ", "### 小标题", "改写后的一句。", "The rewrite, in English.", "**加粗**开头", "- 列表项", "  - 嵌套项", "1. 第一", "2) second",
    "| a | b |", "| --- | ---: |", "| x | 1 |", "> 引用", "<!-- 注释 -->", "```", "---", "【待补充：预算】", "[TODO: budget]", "尾随空格  ",
    "_强调_与*斜体*", "[[TABLE 1]]", "见 [[TABLE 2]] 所列。", "[[BLOCK 1]]",
  ];
  const rubric = await resolveRubric(undefined, "zh", "standard");

  it.each(["zh/elderly-meals.yaml", "zh/sparse.yaml"])("%s: 200 seeded rounds of rewrites, the program's blocks put back (seeded)", async (example) => {
    const random = seeded(21);
    const { text: drafted } = await offlineDraft(example);
    let text = drafted;
    let shieldedRounds = 0;
    for (let n = 0; n < 200; n++) {
      const sections = rewritableSections(text, rubric.matcher);
      const section = sections[Math.floor(random() * sections.length)]!;
      const body = bodyLines(text, section);
      const shielded = protectBlocks(body.lines, body.firstLine);
      if (shielded.blocks.length > 0) shieldedRounds++;
      const answer = Array.from({ length: Math.floor(random() * 8) }, () => LINES[Math.floor(random() * LINES.length)]!).join("\n");
      text = spliceBody(text, section, restoreBlocks(answer, shielded.blocks).text);
      const doc = proposalDocument(text, rubric.matcher);
      expect(writeMarkdown(doc), answer).toBe(text);
    }
    // Rewrites around the program's own tables and notes, put back where the model left their markers.
    expect(shieldedRounds).toBeGreaterThan(20);
  });
});
