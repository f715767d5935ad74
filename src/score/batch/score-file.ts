// Scoring one file from disk: read, score, and turn any failure into a result that is reported.
// A Word or PDF file's findings are placed by paragraph or page, which its reader can find.
import type { LoadedFacts } from "../../facts/load.js";
import { UserError } from "../../errors.js";
import { scoreText } from "../engine.js";
import { errorResult } from "../gate.js";
import { isDocument } from "../../read/document.js";
import { readProposal, readProposalSync, type ReadOutcome, type SkippedFile } from "../read/files.js";
import type { Rubric } from "../rubric/rubric.js";
import type { ScoreResult } from "../types.js";
import { t } from "../../i18n/index.js";

export type FileOutcome = { kind: "result"; result: ScoreResult; note?: string } | ({ kind: "skip" } & SkippedFile);

export async function scoreFile(file: string, rubric: Rubric | undefined, facts: LoadedFacts | undefined): Promise<FileOutcome> {
  const read: ReadOutcome = isDocument(file) ? await readProposal(file) : readProposalSync(file);
  if (read.kind === "skip") return { kind: "skip", file, reason: read.reason };
  if (read.kind === "error") return { kind: "result", result: errorResult(file, read.error) };
  try {
    const options: Parameters<typeof scoreText>[1] = { file };
    if (rubric) options.rubric = rubric;
    if (facts) options.facts = facts;
    const scored = await scoreText(read.text, options);
    // Only a Word or PDF file's text has locations: a Markdown run never loads what places them.
    const result = read.locations ? (await import("../read/place-findings.js")).placeFindings(scored, read.locations) : scored;
    return read.note !== undefined ? { kind: "result", result, note: read.note } : { kind: "result", result };
  } catch (error) {
    if (error instanceof UserError) throw error;
    return { kind: "result", result: errorResult(file, t("score.couldNotScore", { reason: (error as Error).message })) };
  }
}
