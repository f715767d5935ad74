// A worker thread of a batch run: receives chunks of file paths, reads and scores them, and posts
// the results back. It resolves the rubric itself so nothing heavy crosses the thread boundary.
import { parentPort, workerData } from "node:worker_threads";
import type { LoadedFacts } from "../../facts/load.js";
import { EXIT, UserError } from "../../errors.js";
import { resolveRubric, type Rubric } from "../rubric/rubric.js";
import { scoreFile, type FileOutcome } from "./score-file.js";

export interface WorkerInput {
  rubric?: string;
  facts?: LoadedFacts;
}

export interface WorkerTask {
  files: { index: number; path: string }[];
}

export interface WorkerReply {
  outcomes: { index: number; outcome: FileOutcome }[];
  /** A failure that ends the run, sent as the parts of a UserError so it exits as it would here. */
  fatal?: { message: string; exitCode: number; details: string[] };
}

const input = workerData as WorkerInput;
let rubric: Rubric | undefined;

parentPort!.on("message", async (task: WorkerTask) => {
  const reply: WorkerReply = { outcomes: [] };
  try {
    if (input.rubric !== undefined) rubric ??= await resolveRubric(input.rubric, "zh");
    for (const { index, path } of task.files) {
      reply.outcomes.push({ index, outcome: await scoreFile(path, rubric, input.facts) });
    }
  } catch (error) {
    reply.fatal =
      error instanceof UserError
        ? { message: error.message, exitCode: error.exitCode, details: [...error.details] }
        : { message: String((error as Error)?.stack ?? error), exitCode: EXIT.usage, details: [] };
  }
  parentPort!.postMessage(reply);
});
