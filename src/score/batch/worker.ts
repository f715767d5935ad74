// A worker thread of a batch run: receives chunks of file paths, reads and scores them, and posts
// the results back. It resolves the rubric itself so nothing heavy crosses the thread boundary.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import type { LoadedFacts } from "../../facts/load.js";
import { UserError } from "../../errors.js";
import { resolveRubric, type Rubric } from "../rubric/rubric.js";
import { scoreFile, type FileOutcome } from "./score-file.js";
import { WorkerFailedError } from "./worker-failed.js";
import { setExplicitLanguage, t, type Lang } from "../../i18n/index.js";

export interface WorkerInput {
  /** The language of messages, as the main thread chose it (flag, variable, document or locale). */
  lang: Lang;
  rubric?: string;
  facts?: LoadedFacts;
}

export interface WorkerTask {
  files: { index: number; path: string }[];
}

export interface WorkerReply {
  outcomes: { index: number; outcome: FileOutcome }[];
  /** How long this thread has waited for work so far (ms), for NODE_DEBUG=grantsmith. */
  idleMs: number;
  /** A failure that ends the run, sent as the parts of a UserError so it exits as it would here. */
  fatal?: { message: string; exitCode: number; details: string[] };
}

const input = workerData as WorkerInput;
setExplicitLanguage(input.lang);
let rubric: Rubric | undefined;

parentPort!.on("message", async (task: WorkerTask) => {
  const reply: WorkerReply = { outcomes: [], idleMs: 0 };
  try {
    if (input.rubric !== undefined) rubric ??= await resolveRubric(input.rubric, "zh");
    for (const { index, path } of task.files) {
      reply.outcomes.push({ index, outcome: await scoreFile(path, rubric, input.facts) });
    }
  } catch (error) {
    // Anything but a UserError is a bug, reported as the main thread reports a worker that failed.
    const known = error instanceof UserError ? error : new WorkerFailedError(t("score.workerFailed", { reason: String((error as Error)?.message ?? error).split("\n")[0]! }));
    reply.fatal = { message: known.message, exitCode: known.exitCode, details: [...known.details] };
  }
  reply.idleMs = performance.eventLoopUtilization().idle;
  parentPort!.postMessage(reply);
});
