// Offline drafts as documents: the Markdown written from the document is byte for byte what the
// templates render, and every block knows its section and whether the facts or the narrative wrote it.
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/document/markdown/inline.js";
import { readMarkdown } from "../../src/document/markdown/read.js";
import { writeMarkdown } from "../../src/document/markdown/write.js";
import type { Block, Inline } from "../../src/document/model.js";
import type { Kind } from "../../src/facts/schema.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { EXAMPLES, LANGUAGE_KINDS, offlineDraft } from "./helpers.js";

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
