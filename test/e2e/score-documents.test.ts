// `grantsmith score FOLDER` of the built binary over a folder as a foundation receives it: Markdown,
// GBK text, Word and PDF proposals scored in one run, and every other file named with why.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";
import { makeDocx, makePdf, ZH_PROPOSAL } from "../read/make-documents.js";

async function folder(): Promise<string> {
  const dir = await tempDir("grantsmith-e2e-documents-");
  const files: Record<string, Buffer> = {
    "a.md": Buffer.from("# 项目背景\n\n本社区有独居老人 300 名。\n"),
    "b.txt": iconv.encode("一、项目背景\n\n本社区有独居老人 300 名，其中六成行动不便。\n", "gbk"),
    "c.docx": await makeDocx(ZH_PROPOSAL),
    "d.pdf": makePdf([["Statement of Need", "300 older people live alone."], ["Budget", "[TODO: budget table]"]]),
    "~$c.docx": Buffer.from([0x05, 0x00, 0x41]),
    "scan.pdf": makePdf([[]]),
    "notes.yaml": Buffer.from("title: not a proposal\n"),
  };
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, name), bytes);
  return dir;
}

describe("grantsmith score of a folder with Word, PDF and GBK files (built CLI)", () => {
  it("scores the four proposals in one run and lists every skipped file with why, in the text and JSON reports", async () => {
    const dir = await folder();
    const text = await runInProcess(["score", dir]);
    expect(text.stderr).toContain(`note: ${path.join(dir, "b.txt")} is GBK (GB18030); read it as such`);
    expect(text.stdout).toContain("Summary: 4 files");
    expect(text.stdout).toContain(`${path.join(dir, "c.docx")} 第5段`);
    expect(text.stdout).toContain(`${path.join(dir, "d.pdf")} p. 2`);
    const listed = text.stdout.slice(text.stdout.indexOf("Skipped 3 files, not scored:"));
    expect(listed.split("\n").slice(1, 4)).toEqual([
      expect.stringMatching(/notes\.yaml: not a proposal \(\.yaml; proposals are /),
      `  ${path.join(dir, "scan.pdf")}: no text layer: export it from Word as text or OCR it`,
      `  ${path.join(dir, "~$c.docx")}: a Word lock file (Word keeps it while the document is open), not a proposal`,
    ]);
    expect(text.stderr).toContain("3 files skipped, not scored");

    const json = await runInProcess(["score", dir, "--format", "json"]);
    const report = JSON.parse(json.stdout);
    expect(report.results.map((r: { file: string }) => path.basename(r.file))).toEqual(["a.md", "b.txt", "c.docx", "d.pdf"]);
    expect(report.skipped.map((s: { file: string }) => path.basename(s.file))).toEqual(["notes.yaml", "scan.pdf", "~$c.docx"]);
    expect(report.skipped[1].reason).toBe("no text layer: export it from Word as text or OCR it");
    const docx = report.results[2];
    expect(docx.improvements.find((i: { message: string }) => i.message.includes("待补充"))).toMatchObject({ where: "第5段" });

    const markdown = await runInProcess(["score", path.join(dir, "c.docx"), "--format", "markdown"]);
    expect(markdown.stdout).toContain(`\`${path.join(dir, "c.docx")} 第5段\``);
  });

  it("an image-only PDF named alone is exit 2 with what to do", async () => {
    const dir = await tempDir("grantsmith-e2e-scan-");
    const scan = path.join(dir, "scan.pdf");
    await writeFile(scan, makePdf([[]]));
    const run = await runInProcess(["score", scan]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${scan}: skipped, no text layer: export it from Word as text or OCR it; nothing was scored`);
    expect(run.stdout).toBe("");
  });
});
