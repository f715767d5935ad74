import { mkdirSync, writeFileSync } from "node:fs";
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
  it("scores a folder recursively in a stable order; a bad file is reported and counted, a binary one skipped", async () => {
    const dir = corpus();
    const { results, warnings, scored } = await run([dir]);
    expect(results.map((r) => path.relative(dir, r.file))).toEqual(["a.md", path.join("b", "en.md"), "gbk.md", "sparse.txt"]);
    expect(scored).toBe(4);
    expect(results[2]).toMatchObject({ passed: false, error: expect.stringMatching(/not UTF-8/) });
    expect(warnings).toEqual([expect.stringMatching(/image\.md: skipped, a binary file/)]);
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
