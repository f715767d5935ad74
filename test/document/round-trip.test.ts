// Reading then writing Markdown gives the text back exactly, whatever the text: a proposal someone
// edited by hand (revise writes those back) as well as our drafts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/document/markdown/read.js";
import { writeMarkdown } from "../../src/document/markdown/write.js";
import { seeded } from "../helpers/random.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/proposals/", import.meta.url));

// Lines people and models write, well and badly formed.
const LINES = [
  "", "", "   ", "## 二、项目背景", "### 小标题 ###", "#无空格", "  ## 缩进的标题", "正文一句。", "**加粗**开头的段落", "半截**加粗",
  "- 列表项", "* 星号项", "+ 加号项", "  - 嵌套项", "    - 更深", "1. 第一", "2. 第二", "5) 第五", "| a | b |", "| --- | ---: |",
  "|a|b|", "| 单元 \\| 格 | x |", "> 引用", ">", ">无空格引用", "<!-- 注释 -->", "<!-- 多行", "注释 -->", "```", "```js", "~~~", "---",
  "***", "【待补充：预算】", "[TODO: budget]", "[链接](https://example.org)", "`代码`", "尾随空格  ", "\t制表符", "_强调_与*斜体*",
];

describe("reading and writing Markdown", () => {
  it.each(readdirSync(FIXTURES).sort())("gives fixture %s back unchanged", (name) => {
    const text = readFileSync(path.join(FIXTURES, name), "utf8");
    expect(writeMarkdown(readMarkdown(text))).toBe(text);
  });

  it("gives 2,000 generated texts back unchanged (seeded)", () => {
    const random = seeded(8);
    for (let n = 0; n < 2000; n++) {
      const count = 1 + Math.floor(random() * 14);
      const lines = Array.from({ length: count }, () => LINES[Math.floor(random() * LINES.length)]!);
      const eol = random() < 0.1 ? "\r\n" : "\n";
      const text = lines.join(eol) + (random() < 0.5 ? eol : "");
      expect(writeMarkdown(readMarkdown(text)), JSON.stringify(text)).toBe(text);
    }
  });
});
