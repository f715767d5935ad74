// Offline drafts as documents: the Markdown written from the document is byte for byte what the
// templates render, and every block knows its section and whether the facts or the narrative wrote it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assembleDocument } from "../../src/draft/assemble.js";
import { loadTemplates } from "../../src/draft/templates.js";
import { buildView } from "../../src/draft/view.js";
import { loadFacts } from "../../src/facts/load.js";
import { plainText } from "../../src/document/markdown/inline.js";
import { readMarkdown } from "../../src/document/markdown/read.js";
import { writeMarkdown } from "../../src/document/markdown/write.js";
import type { Block, Inline } from "../../src/document/model.js";
import type { Kind } from "../../src/facts/schema.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { EXAMPLES, LANGUAGE_KINDS, offlineDraft } from "./helpers.js";
import { seeded } from "../helpers/random.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const cases: [string, Kind | undefined][] = [...EXAMPLES.map((e): [string, undefined] => [e, undefined]), ...LANGUAGE_KINDS];
const label = (kind: Kind | undefined) => kind ?? "its own kind";

describe("an offline draft as a document", () => {
  it.each(cases.map(([e, k]) => [e, label(k), k] as const))("%s as %s writes back byte for byte", async (example, _label, kind) => {
    const { text, document } = await offlineDraft(example, kind);
    expect(writeMarkdown(document)).toBe(text);
    expect(writeMarkdown(readMarkdown(text))).toBe(text);
    // Assembled from the template and the narrative, not read back from the whole text.
    expect(document.blocks.some((b) => b.origin === "narrative")).toBe(true);
    expect(document.blocks.every((b) => b.origin !== undefined)).toBe(true);
  });

  it.each(cases.map(([e, k]) => [e, label(k), k] as const))("%s as %s: each block belongs to its section", async (example, _label, kind) => {
    const { text, document } = await offlineDraft(example, kind);
    const plan = sectionPlan(kind ?? (document.meta.kind as never)).map((s) => s.id);
    const lines = text.split("\n");
    // The title block belongs to no section; every block after the first `##` to the one it opens.
    const first = document.blocks.findIndex((b) => b.type === "heading" && b.level === 2);
    expect(document.blocks.slice(0, first).every((b) => b.section === undefined)).toBe(true);
    const opened = document.blocks.filter((b) => b.type === "heading" && b.level === 2).map((b) => b.section);
    expect(opened).toEqual(plan);
    let current: string | undefined;
    for (const block of document.blocks.slice(first)) {
      if (block.type === "heading" && block.level === 2) current = block.section;
      expect(block.section).toBe(current);
      // Its line is where the Markdown shows it.
      expect(lines[block.line! - 1]).toBe(writeMarkdown({ ...document, blocks: [block], lead: "", trail: "" }).split("\n")[0]);
    }
    // Headings and tables are the program's; the narrative never holds a facts table here.
    for (const block of document.blocks) {
      if (block.type === "heading" || block.type === "table" || block.type === "comment") expect(block.origin).toBe("facts");
    }
  });
});

const tableUnder = (blocks: readonly Block[], heading: string) => {
  const at = blocks.findIndex((b) => b.type === "heading" && plainText(b.content) === heading);
  return blocks.slice(at + 1).find((b) => b.type === "table");
};

describe("the document of examples/zh/elderly-meals.yaml", () => {
  it("has the budget table in `budget`, from the facts, with right-aligned amounts", async () => {
    const { document } = await offlineDraft("zh/elderly-meals.yaml");
    const table = tableUnder(document.blocks, "预算明细");
    expect(table).toMatchObject({ type: "table", section: "budget", origin: "facts" });
    if (table?.type !== "table") throw new Error("no table");
    expect(table.align).toEqual([null, null, null, "right", "right", "right", null]);
    expect(table.header.map(plainText)).toEqual(["序号", "预算科目", "类别", "单价（元）", "数量", "金额（元）", "备注"]);
    expect(plainText(table.rows.at(-1)![5]!)).toBe("1,167,000.00");
    expect(table.rows.at(-1)![5]![0]!.type).toBe("strong");
  });

  it("keeps the narrative's paragraphs and lists in their sections, from the narrative", async () => {
    const { document } = await offlineDraft("zh/elderly-meals.yaml");
    const need = document.blocks.filter((b) => b.section === "need");
    expect(need.map((b) => [b.type, b.origin])).toEqual([
      ["heading", "facts"],
      ["paragraph", "narrative"],
      ["paragraph", "narrative"],
      ["list", "narrative"],
      ["paragraph", "narrative"],
    ]);
    const monitoring = document.blocks.filter((b) => b.section === "monitoring" && b.type === "list");
    expect(monitoring.map((b) => b.origin)).toEqual(["facts"]);
  });

  it("carries the title block as data", async () => {
    const { document } = await offlineDraft("zh/elderly-meals.yaml");
    expect(document.meta).toMatchObject({
      language: "zh",
      kind: "standard",
      title: "社区老人送餐到家项目（西城区试点）",
      organization: "北京暖阳为老社会工作服务中心",
      funder: "北京银龄公益基金会",
      date: "2025-01-15",
      contact: { name: "王晓岚", role: "项目主管" },
      generator: { offline: true },
    });
  });
});

describe("the document of examples/zh/sparse.yaml", () => {
  it("marks every missing fact as a placeholder node", async () => {
    const { document, text } = await offlineDraft("zh/sparse.yaml");
    const found: string[] = [];
    const visit = (nodes: readonly Inline[]) => {
      for (const n of nodes) {
        if (n.type === "placeholder") found.push(n.text);
        else if ("content" in n) visit(n.content);
      }
    };
    const walk = (blocks: readonly Block[]) => {
      for (const b of blocks) {
        if (b.type === "heading" || b.type === "paragraph") visit(b.content);
        if (b.type === "table") [b.header, ...b.rows].flat().forEach(visit);
        if (b.type === "list") {
          const items = (l: typeof b): void => l.items.forEach((i) => (visit(i.content), i.children.forEach(items)));
          items(b);
        }
        if (b.type === "quote") walk(b.blocks);
      }
    };
    walk(document.blocks);
    expect(found).toEqual(text.match(/【待补充：[^】]*】/g));
    expect(found.length).toBeGreaterThan(10);
  });
});

describe("a model's narrative in the document", () => {
  // What a model may answer: sub-headings, a table of its own, nested lists, a note, stray spaces.
  const need = [
    "### 需求调查",
    "",
    "调查显示：",
    "| 指标 | 比例 |",
    "| --- | ---: |",
    "| 做饭困难 | 41% |",
    "",
    "1. 独居老人  ",
    "   - 高龄",
    "2. 失能老人",
    "",
    "",
    "",
    "> 数据来源：【待补充：调查时间】",
  ].join("\n");

  it("keeps the model's blocks in their section, as narrative, and the text unchanged", async () => {
    const { text, document } = await offlineDraft("zh/elderly-meals.yaml", undefined, { need, budget: "", risks: "  \n" });
    expect(writeMarkdown(document)).toBe(text);
    expect(document.blocks.filter((b) => b.section === "need").map((b) => [b.type, b.origin])).toEqual([
      ["heading", "facts"],
      ["heading", "narrative"],
      ["paragraph", "narrative"],
      ["table", "narrative"],
      ["list", "narrative"],
      ["quote", "narrative"],
    ]);
    // An empty narrative leaves the section to the program's blocks.
    expect(document.blocks.filter((b) => b.section === "budget").every((b) => b.origin === "facts")).toBe(true);
    expect(document.blocks.filter((b) => b.section === "risks").map((b) => b.type)).toEqual(["heading", "heading", "table"]);
  });
});

describe("a draft's Markdown, written from its blocks, is the template's render", () => {
  // Lines a model's answer may hold, well and badly formed (as test/document/round-trip.test.ts).
  const LINES = [
    "", "", "  ", "### 小标题", "#### Sub-heading ###", "正文一句。", "The narrative, in English.", "**加粗**开头", "- 列表项", "  - 嵌套项",
    "1. 第一", "2) second", "| a | b |", "| --- | ---: |", "| x | 1 |", "> 引用", "<!-- 注释 -->", "```", "~~~", "---", "【待补充：预算】",
    "[TODO: budget]", "尾随空格  ", "\t制表符", "_强调_与*斜体*", "## 模型写的二级标题",
  ];

  it.each(["zh/elderly-meals.yaml", "en/girls-stem-clubs.yaml"])("%s: 300 generated narratives assemble into blocks that write that render (seeded)", async (example) => {
    const random = seeded(15);
    const loaded = await loadFacts(path.join(REPO, "examples", example));
    const view = buildView(loaded);
    const templates = await loadTemplates(loaded.facts.language, loaded.facts.kind);
    const ids = sectionPlan(loaded.facts.kind).map((s) => s.id);
    for (let n = 0; n < 300; n++) {
      const narrative = Object.fromEntries(
        ids.map((id) => [id, Array.from({ length: Math.floor(random() * 8) }, () => LINES[Math.floor(random() * LINES.length)]!).join("\n")]),
      );
      const full = { ...view, narrative, generator: { offline: false, provider: "custom", model: "m", date: "2025-01-15" } };
      const markdown = templates.renderDocument(full);
      expect(writeMarkdown(assembleDocument(templates, full)), JSON.stringify(narrative)).toBe(markdown);
      expect(writeMarkdown(assembleDocument(templates, full, markdown))).toBe(markdown);
    }
  });
});

describe("a user's template that puts narrative inside a paragraph", () => {
  it("still writes what the template renders, its blocks in their sections", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "grantsmith-document-"));
    try {
      for (const dir of ["templates", "prompts"]) cpSync(path.join(REPO, dir), path.join(root, dir), { recursive: true });
      const file = path.join(root, "templates/zh/standard.md.hbs");
      writeFileSync(file, readFileSync(file, "utf8").replace("{{{narrative.need}}}", "背景：{{{narrative.need}}}"));
      const loaded = await loadFacts(path.join(REPO, "examples/zh/elderly-meals.yaml"));
      const view = buildView(loaded);
      const templates = await loadTemplates("zh", "standard", root);
      const narrative = Object.fromEntries(sectionPlan("standard").map((s) => [s.id, templates.renderOfflineSection(s.id, view)]));
      const full = { ...view, narrative, generator: { offline: true, date: "2025-01-15" } };
      const document = assembleDocument(templates, full);
      expect(writeMarkdown(document)).toBe(templates.renderDocument(full));
      // Read from the whole render: who wrote which block is not known there.
      expect(document.blocks.every((b) => b.origin === undefined)).toBe(true);
      expect(document.blocks.find((b) => b.type === "paragraph" && plainText(b.content).startsWith("背景："))?.section).toBe("need");
      expect(document.blocks.filter((b) => b.type === "heading" && b.level === 2).map((b) => b.section)).toEqual(sectionPlan("standard").map((s) => s.id));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
