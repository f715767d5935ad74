// A form row of label and value pairs (联系人 | … | 联系电话 | …) asks for short values. A label there
// that reads like a section heading (机构评估等级, 机构概况) is not filled with the organisation's whole
// section, as it once was; 评估等级 under any of its names is the facts' venture_grant.rating.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";
import { cellsOf } from "./sample-forms.js";

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });

describe("a form's label and value pairs", () => {
  it("fills 机构评估等级 from the facts' rating and leaves a section-like label in a pair row empty", async () => {
    const dir = await tempDir("grantsmith-pairs-");
    const form = path.join(dir, "申报表.docx");
    const table = new Table({ rows: [row("项目名称", "", "申报单位", ""), row("机构评估等级", "", "机构概况", "")] });
    await writeFile(form, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("申报表"), table] }] })));
    const facts = path.join(REPO_ROOT, "examples", "zh", "venture-grant.yaml");
    const out = path.join(dir, "申报书.docx");
    const result = await runCli(["draft", facts, "--offline", "--form", form, "-o", out, "--no-score"]);
    expect(result.code, result.stderr).toBe(0);
    const rows = cellsOf(await readFile(out));
    expect(rows[1]![0]).toBe("机构评估等级");
    expect(rows[1]![1]).toBe("4A（2023年鼓楼区社会组织等级评估）");
    expect(rows[1]![3]).toBe("");
  });
});
