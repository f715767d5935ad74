// A funder's Word form, filled in (表格式申报书): whole sections sit in table cells beside their
// labels — 实施计划 in several paragraphs, 预算明细 with a table of its own. Read as one table row
// each, a nested table's cells ran together ("116,000.0088.5%") and the budget could not be read;
// each such row now reads as its label's section, and the short rows stay a table.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { readDocumentText } from "../../src/read/document.js";
import { scoreText } from "../../src/score/engine.js";
import { writeTemp } from "./make-documents.js";

const p = (text: string) => new Paragraph({ text, alignment: AlignmentType.LEFT });
const cell = (...children: (Paragraph | Table)[]) => new TableCell({ children: children.length > 0 ? children : [p("")] });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });
const grid = (rows: string[][]) => new Table({ rows: rows.map((r) => row(...r.map((t) => cell(p(t))))) });

async function filledForm(): Promise<Buffer> {
  const plan = [
    "2026年3月至4月，在3个乡镇的12个村建成村级阅读角，每个阅读角配备图书500册，由村委会提供场地。",
    "2026年5月起，每月开展4次周末共读，每次由2名培训合格的志愿者带领，每次服务留守儿童约25人。",
  ];
  const budget = grid([
    ["科目", "单价（元）", "数量", "金额（元）"],
    ["图书采购", "10", "6,000", "60,000"],
    ["志愿者补贴", "100", "360", "36,000"],
    ["活动物料", "", "", "20,000"],
    ["合计", "", "", "116,000"],
  ]);
  const form = new Table({
    rows: [
      row(cell(p("项目名称")), cell(p("乡村留守儿童周末阅读陪伴计划")), cell(p("申报单位")), cell(p("青禾社会工作服务中心"))),
      row(cell(p("实施计划")), cell(...plan.map(p))),
      row(cell(p("项目预算总额（元）")), cell(p("116,000")), cell(p("申请资助金额（元）")), cell(p("100,000"))),
      row(cell(p("预算明细")), cell(p("预算按实际需要编制，图书单价按2025年采购均价计算。"), budget)),
    ],
  });
  return Packer.toBuffer(new Document({ sections: [{ children: [p("2026年公益创投项目申报表"), form] }] }));
}

describe("a filled-in Word form", () => {
  it("reads a section in a cell under its label, and a table in a cell as a table", async () => {
    const file = await writeTemp("申报书.docx", await filledForm());
    const { text } = await readDocumentText(file);
    expect(text).toContain("### 实施计划\n\n2026年3月至4月");
    expect(text).toContain("### 预算明细\n\n预算按实际需要编制");
    expect(text).toContain("| 图书采购 | 10 | 6,000 | 60,000 |");
    expect(text).toContain("| 项目名称 | 乡村留守儿童周末阅读陪伴计划 | 申报单位 | 青禾社会工作服务中心 |");
    expect(text).not.toMatch(/60,00036,000|116,000\.00\d/);
  });

  it("the budget in the cell is scored: its items, its total, and no gap", async () => {
    const file = await writeTemp("申报书.docx", await filledForm());
    const { text } = await readDocumentText(file);
    const result = await scoreText(text, { file: "申报书.md" });
    expect(result.metrics.itemsTotal).toBe(116000);
    expect(result.improvements.filter((i) => i.criterion === "budget").map((i) => i.message).join("\n")).not.toMatch(/没有可读的预算明细|相差/);
  });

  it("a table whose cells hold short values stays one table", async () => {
    const file = await writeTemp("表.docx", await Packer.toBuffer(new Document({ sections: [{ children: [grid([["科目", "金额"], ["餐费", "6万元"]])] }] })));
    const { text } = await readDocumentText(file);
    expect(text.trim()).toBe("| 科目 | 金额 |\n| --- | --- |\n| 餐费 | 6万元 |");
  });
});
