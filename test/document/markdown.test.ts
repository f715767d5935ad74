// The Markdown reader and writer: what each construct reads as, and that writing it gives the text
// back. A construct the writer would spell differently reads as literal text, never as a change.
import { describe, expect, it } from "vitest";
import type { Block, Inline, ProposalDocument } from "../../src/document/model.js";
import { readInlines } from "../../src/document/markdown/inline.js";
import { readMarkdown } from "../../src/document/markdown/read.js";
import { writeMarkdown } from "../../src/document/markdown/write.js";

const text = (t: string): Inline => ({ type: "text", text: t });

/** Blocks without their line numbers, for comparing shapes. */
function shapes(doc: ProposalDocument): unknown[] {
  const strip = (b: Block): unknown => {
    const { line: _line, ...rest } = b;
    return rest.type === "quote" ? { ...rest, blocks: rest.blocks.map(strip) } : rest;
  };
  return doc.blocks.map(strip);
}

const BLOCKS: { name: string; markdown: string; blocks: unknown[] }[] = [
  ...([1, 2, 3, 4, 5, 6] as const).map((level) => ({
    name: `a level-${level} heading`,
    markdown: `${"#".repeat(level)} 标题 ${level}`,
    blocks: [{ type: "heading", level, content: [text(`标题 ${level}`)] }],
  })),
  {
    name: "a heading with a bold part",
    markdown: "### **Budget** notes",
    blocks: [{ type: "heading", level: 3, content: [{ type: "strong", delimiter: "**", content: [text("Budget")] }, text(" notes")] }],
  },
  {
    name: "a paragraph of two lines with bold and italic",
    markdown: "**问题描述**。老人*普遍*吃饭难；\n部分老人_长期_凑合。",
    blocks: [
      {
        type: "paragraph",
        content: [
          { type: "strong", delimiter: "**", content: [text("问题描述")] },
          text("。老人"),
          { type: "emphasis", delimiter: "*", content: [text("普遍")] },
          text("吃饭难；"),
          { type: "break" },
          text("部分老人_长期_凑合。"),
        ],
      },
    ],
  },
  {
    name: "placeholders inline, in both languages",
    markdown: "计划于【待补充：项目起止时间】实施, from [TODO: start date].",
    blocks: [
      {
        type: "paragraph",
        content: [
          text("计划于"),
          { type: "placeholder", text: "【待补充：项目起止时间】", label: "项目起止时间" },
          text("实施, from "),
          { type: "placeholder", text: "[TODO: start date]", label: "start date" },
          text("."),
        ],
      },
    ],
  },
  {
    name: "a bullet list with a bold lead",
    markdown: "- **食品安全事件**（低）\n- 送餐延误",
    blocks: [
      {
        type: "list",
        ordered: false,
        start: 1,
        marker: "-",
        indent: 0,
        items: [
          { content: [{ type: "strong", delimiter: "**", content: [text("食品安全事件")] }, text("（低）")], children: [] },
          { content: [text("送餐延误")], children: [] },
        ],
      },
    ],
  },
  {
    name: "an ordered list starting at 3",
    markdown: "3. three\n4. four",
    blocks: [
      {
        type: "list",
        ordered: true,
        start: 3,
        marker: ".",
        indent: 0,
        items: [
          { content: [text("three")], children: [] },
          { content: [text("four")], children: [] },
        ],
      },
    ],
  },
  {
    name: "a nested list, two levels deep",
    markdown: "1. 准备\n   - 摸底\n     - 入户\n   - 建档\n2. 实施",
    blocks: [
      {
        type: "list",
        ordered: true,
        start: 1,
        marker: ".",
        indent: 0,
        items: [
          {
            content: [text("准备")],
            children: [
              {
                type: "list",
                ordered: false,
                start: 1,
                marker: "-",
                indent: 3,
                items: [
                  {
                    content: [text("摸底")],
                    children: [{ type: "list", ordered: false, start: 1, marker: "-", indent: 2, items: [{ content: [text("入户")], children: [] }] }],
                  },
                  { content: [text("建档")], children: [] },
                ],
              },
            ],
          },
          { content: [text("实施")], children: [] },
        ],
      },
    ],
  },
  {
    name: "a table with alignment, an escaped pipe, bold and empty cells",
    markdown: "| 科目 | 金额（元） | 中 |\n| :--- | ---: | :---: |\n| 餐费 a\\|b | 12.00 | 【待补充：备注】 |\n| **合计** | **12.00** | |",
    blocks: [
      {
        type: "table",
        align: ["left", "right", "center"],
        header: [[text("科目")], [text("金额（元）")], [text("中")]],
        rows: [
          [[text("餐费 a|b")], [text("12.00")], [{ type: "placeholder", text: "【待补充：备注】", label: "备注" }]],
          [[{ type: "strong", delimiter: "**", content: [text("合计")] }], [{ type: "strong", delimiter: "**", content: [text("12.00")] }], []],
        ],
      },
    ],
  },
  {
    name: "a block quote holding a bold note and a list",
    markdown: "> **注意**：合计不符。\n>\n> - 核对金额",
    blocks: [
      {
        type: "quote",
        blocks: [
          { type: "paragraph", content: [{ type: "strong", delimiter: "**", content: [text("注意")] }, text("：合计不符。")] },
          { type: "list", ordered: false, start: 1, marker: "-", indent: 0, items: [{ content: [text("核对金额")], children: [] }] },
        ],
      },
    ],
  },
  {
    name: "a comment, a fenced block and a rule",
    markdown: "<!-- grantsmith: offline -->\n\n```yaml\na: 1\n```\n\n---",
    blocks: [
      { type: "comment", text: " grantsmith: offline " },
      { type: "code", fence: "```", info: "yaml", text: "a: 1" },
      { type: "rule" },
    ],
  },
  {
    name: "a narrative that holds a table, right after a paragraph line",
    markdown: "各项费用如下：\n| 项目 | 金额 |\n| --- | ---: |\n| 餐费 | 100 |\n\n其余说明。",
    blocks: [
      { type: "paragraph", content: [text("各项费用如下：")] },
      { type: "table", spacing: "\n", align: [null, "right"], header: [[text("项目")], [text("金额")]], rows: [[[text("餐费")], [text("100")]]] },
      { type: "paragraph", content: [text("其余说明。")] },
    ],
  },
  {
    name: "a list directly under its lead-in line, and two blank lines before the next",
    markdown: "以下数据：\n- 41%\n\n\n结论。",
    blocks: [
      { type: "paragraph", content: [text("以下数据：")] },
      { type: "list", spacing: "\n", ordered: false, start: 1, marker: "-", indent: 0, items: [{ content: [text("41%")], children: [] }] },
      { type: "paragraph", spacing: "\n\n\n", content: [text("结论。")] },
    ],
  },
  {
    name: "a table spelled with other spacing reads as text",
    markdown: "|a|b|\n|-|-|",
    blocks: [{ type: "paragraph", content: [text("|a|b|"), { type: "break" }, text("|-|-|")] }],
  },
  {
    name: "an ordered list numbered out of order reads as two lists",
    markdown: "1. one\n3. three",
    blocks: [
      { type: "list", ordered: true, start: 1, marker: ".", indent: 0, items: [{ content: [text("one")], children: [] }] },
      { type: "list", spacing: "\n", ordered: true, start: 3, marker: ".", indent: 0, items: [{ content: [text("three")], children: [] }] },
    ],
  },
];

describe("reading Markdown into blocks", () => {
  it.each(BLOCKS)("$name", ({ markdown, blocks }) => {
    const doc = readMarkdown(markdown);
    expect(shapes(doc)).toEqual(blocks);
    expect(writeMarkdown(doc)).toBe(markdown);
  });

  it("numbers each block by the line it starts on", () => {
    const doc = readMarkdown("# T\n\npara\nmore\n\n- a\n- b\n\n## S");
    expect(doc.blocks.map((b) => [b.type, b.line])).toEqual([
      ["heading", 1],
      ["paragraph", 3],
      ["list", 6],
      ["heading", 9],
    ]);
  });
});

const INLINES: { name: string; line: string; nodes: Inline[] }[] = [
  { name: "an unmatched ** stays text", line: "5 ** 3", nodes: [text("5 ** 3")] },
  { name: "snake_case is not emphasis", line: "a_b_c", nodes: [text("a_b_c")] },
  { name: "__strong__", line: "__重点__", nodes: [{ type: "strong", delimiter: "__", content: [text("重点")] }] },
  { name: "bold around italic", line: "**a *b* c**", nodes: [{ type: "strong", delimiter: "**", content: [text("a "), { type: "emphasis", delimiter: "*", content: [text("b")] }, text(" c")] }] },
  { name: "a code span", line: "run `grantsmith draft`", nodes: [text("run "), { type: "code", text: "grantsmith draft" }] },
  { name: "a link", line: "[site](https://example.org)", nodes: [{ type: "link", href: "https://example.org", content: [text("site")] }] },
  { name: "a placeholder in bold", line: "**【待补充：金额】**", nodes: [{ type: "strong", delimiter: "**", content: [{ type: "placeholder", text: "【待补充：金额】", label: "金额" }] }] },
  { name: "a placeholder with an ASCII colon", line: "[TODO:date]", nodes: [{ type: "placeholder", text: "[TODO:date]", label: "date" }] },
];

describe("reading inline Markdown", () => {
  it.each(INLINES)("$name", ({ line, nodes }) => {
    expect(readInlines(line)).toEqual(nodes);
  });
});

describe("the Markdown writer", () => {
  const doc = (blocks: Block[], extra: Partial<ProposalDocument> = {}): ProposalDocument => ({ meta: {}, blocks, lead: "", trail: "\n", eol: "\n", bom: false, ...extra });

  it("separates blocks with one blank line and ends with the trail", () => {
    const written = writeMarkdown(
      doc([
        { type: "heading", level: 2, content: [text("一、项目概述")] },
        { type: "paragraph", content: [text("正文"), { type: "placeholder", text: "【待补充：目标】", label: "目标" }] },
        { type: "table", align: [null, "right"], header: [[text("科目")], [text("金额")]], rows: [[[text("a|b")], []]] },
      ]),
    );
    expect(written).toBe("## 一、项目概述\n\n正文【待补充：目标】\n\n| 科目 | 金额 |\n| --- | ---: |\n| a\\|b | |\n");
  });

  it("writes nested lists under their item, numbered from the start", () => {
    const written = writeMarkdown(
      doc([
        {
          type: "list",
          ordered: true,
          start: 2,
          marker: ")",
          indent: 0,
          items: [
            { content: [text("a")], children: [{ type: "list", ordered: false, start: 1, marker: "*", indent: 3, items: [{ content: [text("b")], children: [] }] }] },
            { content: [text("c")], children: [] },
          ],
        },
      ]),
    );
    expect(written).toBe("2) a\n   * b\n3) c\n");
  });

  it("writes a quote line by line and keeps CRLF and a BOM", () => {
    const written = writeMarkdown(
      doc([{ type: "quote", blocks: [{ type: "paragraph", content: [text("x")] }, { type: "paragraph", content: [text("y")] }] }], { eol: "\r\n", bom: true }),
    );
    expect(written).toBe("\uFEFF> x\r\n>\r\n> y\r\n");
    expect(writeMarkdown(readMarkdown(written))).toBe(written);
  });
});
