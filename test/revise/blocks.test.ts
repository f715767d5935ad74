// Tables and other program-rendered blocks travel to the model as markers and come back untouched.
import { describe, expect, it } from "vitest";
import { protectBlocks, restoreBlocks } from "../../src/revise/blocks.js";

const BODY = [
  "项目直接服务社区小学生60人。",
  "",
  "### 受益对象一览",
  "",
  "| 受益群体 | 数量 |",
  "| --- | --- |",
  "| 社区小学生 | 60人 |",
  "",
  "> **注意：**预算明细合计与预算总额不一致。",
  "",
  "后续说明。",
  "",
  "```mermaid",
  "| not | a table |",
  "```",
];

describe("protectBlocks", () => {
  const shielded = protectBlocks(BODY, 40);

  it("replaces a table, the ### heading above it and the note below it with one marker", () => {
    expect(shielded.text).toBe("项目直接服务社区小学生60人。\n\n[[TABLE 1]]\n\n后续说明。\n\n[[BLOCK 2]]");
    expect(shielded.blocks[0]!.content).toBe(BODY.slice(2, 9).join("\n"));
    expect(shielded.blocks[0]!.fromLine).toBe(42);
    expect(shielded.blocks[0]!.toLine).toBe(48);
  });

  it("keeps fenced code as a block of its own, tables inside it included", () => {
    expect(shielded.blocks[1]!.content).toBe(BODY.slice(12).join("\n"));
  });

  it("leaves a heading that is not directly above a table in the text", () => {
    const lines = ["### 说明", "", "正文。", "", "| a | b |", "| - | - |", "| 1 | 2 |"];
    const { text } = protectBlocks(lines, 1);
    // "| - |" has single dashes: not a separator, so not a table either.
    expect(text).toBe(lines.join("\n"));
    const real = ["### 说明", "", "正文。", "", "| a | b |", "| --- | --- |", "| 1 | 2 |"];
    expect(protectBlocks(real, 1).text).toBe("### 说明\n\n正文。\n\n[[TABLE 1]]");
  });
});

describe("restoreBlocks", () => {
  const { blocks } = protectBlocks(BODY, 1);
  const table = blocks[0]!.content;

  it("puts each block back where the model left its marker", () => {
    const restored = restoreBlocks("新的开头。\n\n[[TABLE 1]]\n\n新的结尾。\n\n[[BLOCK 2]]", blocks);
    expect(restored.dropped).toEqual([]);
    expect(restored.text).toBe(`新的开头。\n\n${table}\n\n新的结尾。\n\n${blocks[1]!.content}`);
  });

  it("puts a dropped block back at the end and says which", () => {
    const restored = restoreBlocks("只有新的正文。\n\n[[BLOCK 2]]", blocks);
    expect(restored.dropped).toEqual(["[[TABLE 1]]"]);
    expect(restored.text.endsWith(table)).toBe(true);
    expect(restored.text.split(table)).toHaveLength(2);
  });

  it("takes a marker out of a sentence, drops repeats and markers that do not exist", () => {
    const restored = restoreBlocks("见下表 [[TABLE 1]] 的统计。\n\n**[[TABLE 1]]**\n\n[[TABLE 7]]\n\n[[BLOCK 2]]", blocks);
    expect(restored.text).toBe(`见下表 的统计。\n\n${table}\n\n${blocks[1]!.content}`);
    expect(restored.text).not.toContain("[[");
  });
});
