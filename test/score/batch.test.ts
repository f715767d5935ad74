import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { scorePaths } from "../../src/score/batch/batch.js";
import type { ScoreResult } from "../../src/score/types.js";
import { fixture } from "./helpers.js";
import { tempDirSync } from "../helpers/temp.js";

function corpus(): string {
  const dir = tempDirSync("grantsmith-batch-");
  mkdirSync(path.join(dir, "b"));
  writeFileSync(path.join(dir, "b", "en.md"), fixture("en-complete.md"));
  writeFileSync(path.join(dir, "a.md"), fixture("zh-complete.md"));
  writeFileSync(path.join(dir, "sparse.txt"), fixture("zh-sparse.md"));
  writeFileSync(path.join(dir, "gbk.md"), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xea, 0xcc, 0xe2]));
  writeFileSync(path.join(dir, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  // Latin-1, which is neither UTF-8 nor Chinese in GBK: never guessed at.
  writeFileSync(path.join(dir, "latin1.md"), Buffer.from("# Caf\xe9 cr\xe8me \xe0 la mode\n", "latin1"));
  symlinkSync(path.join(dir, "gone.md"), path.join(dir, "broken.md"));
  writeFileSync(path.join(dir, "notes.yaml"), "title: not a proposal\n");
  return dir;
}

async function run(paths: string[]) {
  const results: ScoreResult[] = [];
  const warnings: string[] = [];
  const scored = await scorePaths(paths, { onResult: (r) => results.push(r), onWarning: (w) => warnings.push(w) });
  return { results, warnings, scored };
}

describe("scorePaths", () => {
  it("scores a folder recursively in a stable order; an unreadable file is reported and counted; binary, undecodable and other files are skipped with why", async () => {
    const dir = corpus();
    const { results, warnings, scored } = await run([dir]);
    expect(results.map((r) => path.relative(dir, r.file))).toEqual(["a.md", path.join("b", "en.md"), "broken.md", "gbk.md", "sparse.txt"]);
    expect(scored).toBe(5);
    expect(results[2]).toMatchObject({ passed: false, error: expect.stringMatching(/cannot read \(ENOENT\)/) });
    // GBK is read as GBK, and said so.
    expect(results[3]!.error).toBeUndefined();
    expect(warnings).toEqual([
      `note: ${path.join(dir, "gbk.md")} is GBK (GB18030); read it as such`,
      `${path.join(dir, "image.md")}: skipped, a binary file (export it to Markdown or text first)`,
      `${path.join(dir, "latin1.md")}: skipped, not text in UTF-8, UTF-16 or GBK; save it as UTF-8`,
      expect.stringMatching(/notes\.yaml: skipped, not a proposal \(\.yaml; proposals are \.md .* \.Rmd \.docx \.pdf\); if it is a facts file, draft it first with grantsmith draft$/),
    ]);
  });

  it("accepts files and globs and scores each file once", async () => {
    const dir = corpus();
    const { results } = await run([path.join(dir, "a.md"), path.join(dir, "*.md")]);
    expect(results.map((r) => path.basename(r.file))).toEqual(["a.md", "gbk.md"]);
  });

  it("a missing path is an input error before anything is scored", async () => {
    const dir = corpus();
    const seen: string[] = [];
    const error = await scorePaths([dir, path.join(dir, "missing.md"), path.join(dir, "*.docx")], { onResult: (r) => seen.push(r.file) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect([(error as InputError).message, ...(error as InputError).details]).toEqual([
      `${path.join(dir, "missing.md")}: no such file or folder`,
      `${path.join(dir, "*.docx")}: no files match this pattern`,
    ]);
    expect(seen).toEqual([]);
  });
});
