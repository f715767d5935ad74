// Word and PDF proposals are scored like Markdown ones, their findings placed by paragraph or page;
// a folder of mixed files is scored in one run, with every file it passes over named with why.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { scorePaths, type BatchOptions } from "../../src/score/batch/batch.js";
import type { SkippedFile } from "../../src/score/read/files.js";
import type { ScoreResult } from "../../src/score/types.js";
import { tempDir } from "../helpers/temp.js";
import { makeDocx, makePdf, ZH_PROPOSAL } from "./make-documents.js";

async function run(paths: string[]) {
  const results: ScoreResult[] = [];
  const skipped: SkippedFile[] = [];
  const warnings: string[] = [];
  const options: BatchOptions = { onResult: (r) => results.push(r), onSkip: (s) => skipped.push(s), onWarning: (w) => warnings.push(w), concurrency: 1 };
  await scorePaths(paths, options);
  return { results, skipped, warnings };
}

describe("scoring Word and PDF", () => {
  it("a .docx proposal: its sections are found and a finding is placed by paragraph, in the proposal's language", async () => {
    const dir = await tempDir("grantsmith-score-docx-");
    const file = path.join(dir, "申报书.docx");
    await writeFile(file, await makeDocx(ZH_PROPOSAL));
    const { results } = await run([file]);
    const [result] = results;
    expect(result!.error).toBeUndefined();
    expect(result!.language).toBe("zh");
    expect(result!.metrics.sections).toEqual(expect.arrayContaining(["need", "objectives", "budget"]));
    // The placeholder is in the fifth paragraph Word shows (title, heading, text, heading, text).
    const placeholder = result!.improvements.find((i) => i.message.includes("待补充"));
    expect(placeholder).toMatchObject({ where: "第5段" });
  });

  it("a .pdf proposal is placed by page", async () => {
    const dir = await tempDir("grantsmith-score-pdf-");
    const file = path.join(dir, "proposal.pdf");
    await writeFile(file, makePdf([["Statement of Need", "300 older people in the district live alone."], ["Budget", "[TODO: budget table]"]]));
    const { results } = await run([file]);
    expect(results[0]!.language).toBe("en");
    const todo = results[0]!.improvements.find((i) => i.message.includes("TODO"));
    expect(todo).toMatchObject({ where: "p. 2" });
  });

  it("a folder of .md, .txt (GBK), .docx and .pdf files is scored in one run; lock, temporary, image-only and other files are named with why", async () => {
    const dir = await tempDir("grantsmith-score-mixed-");
    const files: Record<string, Buffer> = {
      "a.md": Buffer.from("# 项目背景\n\n本社区有独居老人 300 名。\n"),
      "b.txt": iconv.encode("一、项目背景\n\n本社区有独居老人 300 名，其中六成行动不便。\n", "gbk"),
      "c.docx": await makeDocx(ZH_PROPOSAL),
      "d.pdf": makePdf([["Statement of Need", "300 older people live alone."]]),
      "~$c.docx": Buffer.from([0x05, 0x00, 0x41]),
      "draft.tmp": Buffer.from("half written"),
      "scan.pdf": makePdf([[]]),
      "logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]),
      "old.doc": Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0x00]),
      ".hidden.md": Buffer.from("# hidden\n"),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, name), bytes);
    const { results, skipped, warnings } = await run([dir]);
    expect(results.map((r) => path.basename(r.file))).toEqual(["a.md", "b.txt", "c.docx", "d.pdf"]);
    expect(results.every((r) => r.error === undefined)).toBe(true);
    expect(warnings).toEqual([`note: ${path.join(dir, "b.txt")} is GBK (GB18030); read it as such`]);
    // Each reason in both languages (the report picks its own); the English one here.
    expect(skipped.map((s) => [path.basename(s.file), s.reason.en])).toEqual([
      ["draft.tmp", "a temporary or backup file, not a proposal"],
      ["logo.png", expect.stringMatching(/^not a proposal \(\.png; proposals are /)],
      ["old.doc", "an old Word document (.doc); save it as .docx to score it"],
      ["scan.pdf", "no text layer: export it from Word as text or OCR it"],
      ["~$c.docx", "a Word lock file (Word keeps it while the document is open), not a proposal"],
    ]);
  });
});
