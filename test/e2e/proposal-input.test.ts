// `export` and `revise` read a proposal as `score` does: GBK and UTF-16 text is decoded (GBK said on
// stderr), a Word or PDF proposal is read through the document readers, and nothing that cannot be
// decoded goes on as mojibake.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { runInProcessInEnglish as runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";
import { docxParts, textOf } from "../helpers/zip.js";
import { makeDocx, makePdf, ZH_PROPOSAL } from "../read/make-documents.js";

let dir: string;
let markdown: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-e2e-proposal-input-");
  const out = path.join(dir, "draft.md");
  const drafted = await runInProcess(["draft", "examples/zh/sparse.yaml", "-o", out, "--no-score"]);
  expect(drafted.code, drafted.stderr).toBe(0);
  markdown = await readFile(out, "utf8");
});

const title = (docx: string) => textOf(docxParts(docx).document).slice(0, 40);

describe("export of a proposal saved as GBK, UTF-16, Word or PDF", () => {
  it.each([
    ["gbk.md", () => iconv.encode(markdown, "gbk")],
    ["utf16.md", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(markdown, "utf16le")])],
  ])("%s is written as Word with its own text, never mojibake", async (name, bytes) => {
    const file = path.join(dir, name);
    await writeFile(file, bytes());
    const out = path.join(dir, `${name}.docx`);
    const result = await runInProcess(["export", file, "--to", "docx", "-o", out]);
    expect(result.code, result.stderr).toBe(0);
    expect(title(out)).toMatch(/^社区儿童课后托管项目/);
    if (name === "gbk.md") expect(result.stderr).toContain(`note: ${file} is GBK (GB18030); read it as such`);
  });

  it("a Word proposal is read through its headings and set again", async () => {
    const file = path.join(dir, "proposal.docx");
    await writeFile(file, await makeDocx(ZH_PROPOSAL));
    const out = path.join(dir, "proposal.typeset.docx");
    const result = await runInProcess(["export", file, "--to", "docx", "-o", out]);
    expect(result.code, result.stderr).toBe(0);
    expect(docxParts(out).document).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it("a scanned PDF and a text in an unknown encoding are exit 2 with one line naming the file and the fix", async () => {
    const scan = path.join(dir, "scan.pdf");
    await writeFile(scan, makePdf([[]]));
    const pdf = await runInProcess(["export", scan, "--to", "docx", "-o", path.join(dir, "scan.docx")]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toBe(`${scan}: no text layer: export it from Word as text or OCR it\n`);
    const latin = path.join(dir, "latin.md");
    await writeFile(latin, Buffer.from("# Caf\xe9 cr\xe8me\n", "latin1"));
    const bad = await runInProcess(["export", latin, "--to", "docx", "-o", path.join(dir, "latin.docx")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`${latin}: not text in UTF-8, UTF-16 or GBK; save it as UTF-8\n`);
  });
});

describe("revise of a GBK proposal", () => {
  it("plans from the decoded text (--dry-run asks no model)", async () => {
    const file = path.join(dir, "revise-gbk.md");
    await writeFile(file, iconv.encode(markdown, "gbk"));
    const result = await runInProcess(["revise", file, "--facts", "examples/zh/sparse.yaml", "--dry-run", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout);
    const utf8 = path.join(dir, "revise-utf8.md");
    await writeFile(utf8, markdown);
    const same = JSON.parse((await runInProcess(["revise", utf8, "--facts", "examples/zh/sparse.yaml", "--dry-run", "--format", "json"])).stdout);
    expect(plan.before.score).toBe(same.before.score);
    expect(plan.sections.length).toBeGreaterThan(0);
    expect(plan.sections).toEqual(same.sections);
  });
});
