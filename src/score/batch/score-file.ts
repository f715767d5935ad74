// Scoring one file from disk: read, score, and turn any failure into a result that is reported.
import type { LoadedFacts } from "../../facts/load.js";
import { UserError } from "../../errors.js";
import { scoreText } from "../engine.js";
import { errorResult } from "../gate.js";
import { readProposalSync } from "../read/files.js";
import type { Rubric } from "../rubric/rubric.js";
import type { ScoreResult } from "../types.js";

export type FileOutcome = { kind: "result"; result: ScoreResult } | { kind: "skip"; warning: string };

export async function scoreFile(file: string, rubric: Rubric | undefined, facts: LoadedFacts | undefined): Promise<FileOutcome> {
  const read = readProposalSync(file);
  if (read.kind === "skip") return read;
  if (read.kind === "error") return { kind: "result", result: errorResult(file, read.error) };
  try {
    const options: Parameters<typeof scoreText>[1] = { file };
    if (rubric) options.rubric = rubric;
    if (facts) options.facts = facts;
    return { kind: "result", result: await scoreText(read.text, options) };
  } catch (error) {
    if (error instanceof UserError) throw error;
    return { kind: "result", result: errorResult(file, `could not be scored: ${(error as Error).message}`) };
  }
}
