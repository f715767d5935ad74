// A draft exported to Word scores as its Markdown does: the same total and the same score on every
// criterion, for a sparse Chinese draft and a full English one (a sparse one keeps its placeholders, so
// the comparison is not at the ceiling).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

interface Scored {
  score: number;
  criteria: { id: string; score: number | null }[];
}

/** Both files scored in one run; results come in the order given. */
async function scoresOf(...files: string[]): Promise<Scored[]> {
  const result = await runCli(["score", ...files, "--format", "json"]);
  expect(result.code === 0 || result.code === 1, result.stderr).toBe(true);
  return JSON.parse(result.stdout).results as Scored[];
}

describe("export then score", () => {
  it.each(["zh/sparse", "en/girls-stem-clubs"])("%s: the .docx scores as the .md", async (example) => {
    const dir = await tempDir("grantsmith-export-score-");
    const md = path.join(dir, `${path.basename(example)}.md`);
    const docx = md.replace(/\.md$/, ".docx");
    const drafted = await runCli(["draft", path.join(REPO_ROOT, "examples", `${example}.yaml`), "--offline", "-o", md, "--no-score"]);
    expect(drafted.code, drafted.stderr).toBe(0);
    const exported = await runCli(["export", md, "--to", "docx", "-o", docx]);
    expect(exported.code, exported.stderr).toBe(0);
    const [fromMd, fromDocx] = await scoresOf(md, docx);
    expect(fromDocx.score).toBe(fromMd.score);
    expect(fromDocx.criteria.map((c) => [c.id, c.score])).toEqual(fromMd.criteria.map((c) => [c.id, c.score]));
  });
});
