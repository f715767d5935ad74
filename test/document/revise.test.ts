// The revised proposal as a document: written back exactly (a hand-edited file keeps its spelling),
// each block in the section the scorer finds it in.
import { describe, expect, it } from "vitest";
import { writeMarkdown } from "../../src/document/markdown/write.js";
import { plainText } from "../../src/document/markdown/inline.js";
import { proposalDocument } from "../../src/revise/document.js";
import { spliceBody, rewritableSections } from "../../src/revise/sections.js";
import { resolveRubric } from "../../src/score/index.js";
import { offlineDraft } from "./helpers.js";

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
