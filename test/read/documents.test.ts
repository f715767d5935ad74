// Word and PDF documents read into Markdown a scorer and a prompt can use, and said so when not.
import { describe, expect, it } from "vitest";
import { readDocumentText } from "../../src/read/document.js";
import { makeDocx, makePdf, writeTemp } from "./make-documents.js";

describe("readDocumentText", () => {
  it("a Word file: heading styles become headings, tables become tables, every line knows its paragraph", async () => {
    const docx = await writeTemp(
      "申报书.docx",
      await makeDocx([
        { heading: "一、项目背景" },
        { paragraph: "本社区有 300 名独居老人。" },
        { heading: "（一）需求分析", level: 2 },
        { table: [["项目", "金额（元）"], ["餐费补贴", "50,000"]] },
      ]),
    );
    const read = await readDocumentText(docx);
    expect(read.text).toBe("# 一、项目背景\n\n本社区有 300 名独居老人。\n\n## （一）需求分析\n\n| 项目 | 金额（元） |\n| --- | --- |\n| 餐费补贴 | 50,000 |\n");
    expect(read.locations?.unit).toBe("para");
    const lines = read.text.split("\n");
    expect(read.locations?.of[lines.indexOf("本社区有 300 名独居老人。")]).toBe(2);
    expect(read.locations?.of[lines.indexOf("| 餐费补贴 | 50,000 |")]).toBe(4);
  });

  it("a Word table's merged cells keep every cell under its column: a label merged down leaves the rows below it an empty first cell", async () => {
    const docx = await writeTemp(
      "申报表.docx",
      await makeDocx([
        {
          table: [
            ["项目名称", "社区长者助餐"],
            [{ text: "实施计划", rowSpan: 3 }, "3—4月 入户走访"],
            ["5—10月 每日送餐"],
            ["11—12月 回访总结"],
            [{ text: "资金来源与预算", columnSpan: 2 }],
            ["项目预算", "8万元"],
          ],
        },
      ]),
    );
    const read = await readDocumentText(docx);
    expect(read.text).toBe(
      "| 项目名称 | 社区长者助餐 |\n| --- | --- |\n| 实施计划 | 3—4月 入户走访 |\n|  | 5—10月 每日送餐 |\n|  | 11—12月 回访总结 |\n| 资金来源与预算 |  |\n| 项目预算 | 8万元 |\n",
    );
  });

  it("a PDF with a text layer: its lines, each with its page", async () => {
    const pdf = await writeTemp("proposal.pdf", makePdf([["1. Statement of Need", "300 older people live alone."], ["2. Budget", "Total: USD 50,000"]]));
    const read = await readDocumentText(pdf);
    expect(read.text).toBe("## 1. Statement of Need\n\n300 older people live alone.\n\n## 2. Budget\n\nTotal: USD 50,000\n");
    const lines = read.text.split("\n");
    expect(read.locations).toMatchObject({ unit: "page" });
    expect(read.locations?.of[lines.indexOf("Total: USD 50,000")]).toBe(2);
  });

  it("a PDF of scanned pages has no text layer, and the error says what to do", async () => {
    const pdf = await writeTemp("scan.pdf", makePdf([[], []]));
    await expect(readDocumentText(pdf)).rejects.toThrow("no text layer: export it from Word as text or OCR it");
  });

  it("a file named .docx that is not one says so", async () => {
    const fake = await writeTemp("fake.docx", Buffer.from("just text"));
    await expect(readDocumentText(fake)).rejects.toThrow(/not a Word document that can be read/);
  });
});
