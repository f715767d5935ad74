// Scoring many files: paths stream in from the walk, at most a bounded number are in flight, and
// results come out in the order of the paths (so the report is deterministic). Past a few dozen
// files the work is shared by this thread and one worker thread per other core; a single file
// never starts a worker. NODE_DEBUG=grantsmith prints which threads scored how many files.
import { existsSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { debuglog } from "node:util";
import type { LoadedFacts } from "../../facts/load.js";
import { UserError } from "../../errors.js";
import { proposalFiles, resolveRoots, skipLine, type SkippedFile } from "../read/files.js";
import { resolveRubric, type Rubric } from "../rubric/rubric.js";
import { scoreFile, type FileOutcome } from "./score-file.js";
import { WorkerFailedError } from "./worker-failed.js";
import type { ScoreResult } from "../types.js";
import type { WorkerInput, WorkerReply, WorkerTask } from "./worker.js";
import { t, uiLang } from "../../i18n/index.js";

export interface BatchOptions {
  /** Built-in rubric id or file; default: chosen per file by language and kind. */
  rubric?: string;
  facts?: LoadedFacts;
  /** --exclude patterns: matching files and folders are skipped with why. */
  exclude?: readonly string[];
  /** Files scored at once (default: the number of cores). */
  concurrency?: number;
  onResult(result: ScoreResult): void;
  onWarning?(line: string): void;
  /** A file skipped (binary, oversized, not a proposal) with why; onWarning gets its line when this is not given. */
  onSkip?(skip: SkippedFile): void;
  onProgress?(done: number): void;
}

const WORKER_THRESHOLD = 64;
const CHUNK = 16;
/**
 * Chunks each worker holds at once. With two, a worker waited for work about 5% of a run on a
 * loaded machine, whenever this thread (busy scoring its own files) was not scheduled in time to
 * answer; four are about 64 files of slack, which at the end of a run is a few dozen milliseconds.
 */
const CHUNKS_IN_FLIGHT = 4;
const debug = debuglog("grantsmith");

/** Scores every file the paths name; returns how many were scored (skipped files excluded). */
export async function scorePaths(paths: readonly string[], options: BatchOptions): Promise<number> {
  const roots = await resolveRoots(paths);
  // Resolve a named rubric up front: a bad one is an input error before any file is read.
  const rubric: Rubric | undefined = options.rubric !== undefined ? await resolveRubric(options.rubric, "zh") : undefined;
  const files = proposalFiles(roots, options.exclude ? { exclude: options.exclude } : {});
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const concurrency = Math.max(1, options.concurrency ?? cores);

  // Look ahead: a small batch is scored here; a large one goes to workers.
  const head: Item[] = [];
  let exhausted = false;
  while (head.length <= WORKER_THRESHOLD) {
    const next = await files.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(next.value);
  }
  const workerUrl = new URL("./worker.js", import.meta.url);
  const canUseWorkers = !exhausted && concurrency > 1 && existsSync(fileURLToPath(workerUrl));
  async function* all(): AsyncGenerator<Item> {
    yield* head;
    if (!exhausted) yield* files;
  }
  const emitter = createEmitter(options);
  if (canUseWorkers) await scoreWithWorkers(all(), workerUrl, Math.min(concurrency, cores), rubric, options, emitter);
  else {
    await scoreHere(all(), rubric, options, emitter, Math.min(16, concurrency * 4));
    debug("batch: %d files scored; this thread: %d; worker threads (0)", emitter.scored(), emitter.scored());
  }
  return emitter.scored();
}

/** A file to score, or one the folder scan already knows to skip. */
type Item = string | SkippedFile;
const skipOf = (item: SkippedFile): FileOutcome => ({ kind: "skip", ...item });

interface Emitter {
  put(index: number, outcome: FileOutcome): void;
  scored(): number;
}

/** Puts outcomes back in path order before reporting them. */
function createEmitter(options: BatchOptions): Emitter {
  const pending = new Map<number, FileOutcome>();
  let next = 0;
  let scored = 0;
  return {
    put(index, outcome) {
      pending.set(index, outcome);
      while (pending.has(next)) {
        const ready = pending.get(next)!;
        pending.delete(next);
        next++;
        if (ready.kind === "skip") {
          const skip = { file: ready.file, reason: ready.reason };
          if (options.onSkip) options.onSkip(skip);
          else options.onWarning?.(skipLine(skip));
        } else {
          if (ready.note !== undefined) options.onWarning?.(ready.note);
          scored++;
          options.onResult(ready.result);
        }
        options.onProgress?.(next);
      }
    },
    scored: () => scored,
  };
}

async function scoreHere(files: AsyncGenerator<Item>, rubric: Rubric | undefined, options: BatchOptions, emitter: Emitter, inFlight: number): Promise<void> {
  let index = 0;
  const running = new Set<Promise<void>>();
  for await (const file of files) {
    const at = index++;
    if (typeof file !== "string") {
      emitter.put(at, skipOf(file));
      continue;
    }
    const task = scoreFile(file, rubric, options.facts).then((outcome) => emitter.put(at, outcome));
    running.add(task);
    void task.finally(() => running.delete(task));
    if (running.size >= inFlight) await Promise.race(running);
  }
  await Promise.all(running);
}

async function scoreWithWorkers(files: AsyncGenerator<Item>, url: URL, count: number, rubric: Rubric | undefined, options: BatchOptions, emitter: Emitter): Promise<void> {
  const { Worker } = await import("node:worker_threads");
  // A worker has its own module state: it speaks the language this thread chose.
  const input: WorkerInput = { lang: uiLang() };
  if (options.rubric !== undefined) input.rubric = options.rubric;
  if (options.facts) input.facts = options.facts;
  // A proposal's garbage dies young. 32 MB of young generation per thread scavenges a third as
  // often as 12 MB (about 7% faster on the benchmark) for ~30 MB more peak memory; 64 MB gains nothing more.
  // This thread scores too (one thread per core in all): its results need no copying between threads.
  const workers = Array.from({ length: count - 1 }, () => new Worker(url, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: 32 } }));
  let index = 0;
  let done = false;
  let failure: Error | undefined;
  const nextChunk = async (): Promise<WorkerTask | undefined> => {
    const chunk: WorkerTask = { files: [] };
    while (!done && chunk.files.length < CHUNK) {
      const next = await files.next();
      if (next.done) done = true;
      else if (typeof next.value !== "string") emitter.put(index++, skipOf(next.value));
      else chunk.files.push({ index: index++, path: next.value });
    }
    return chunk.files.length > 0 ? chunk : undefined;
  };
  // Each worker keeps CHUNKS_IN_FLIGHT chunks so it seldom waits for the main thread.
  let pulling = Promise.resolve();
  const pull = () => {
    const result = pulling.then(nextChunk);
    pulling = result.then(() => undefined);
    return result;
  };
  const scoredBy = workers.map(() => 0);
  const idleOf = workers.map(() => 0);
  let scoredHere = 0;
  const here = async () => {
    for (;;) {
      const task = failure ? undefined : await pull();
      if (!task) return;
      for (const { index: at, path } of task.files) {
        const outcome = await scoreFile(path, rubric, options.facts);
        if (failure) return;
        emitter.put(at, outcome);
        scoredHere++;
        // Let the workers' messages in after every file, so a worker's next chunk goes out at once.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  };
  const inWorker = (worker: InstanceType<typeof Worker>, number: number) =>
    new Promise<void>((resolve, reject) => {
      let outstanding = 0;
      let settled = false;
      // The first of: all its chunks answered, a fatal reply, an error event, or an exit. A worker that
      // exits without an error event would otherwise leave this promise, and the run, unsettled.
      const settle = (error?: Error) => {
        if (settled) return;
        settled = true;
        if (!error) return resolve();
        failure ??= error;
        reject(failure);
      };
      const send = async () => {
        const task = failure ? undefined : await pull();
        if (task) {
          outstanding++;
          worker.postMessage(task);
        } else if (outstanding === 0) {
          settle();
        }
      };
      worker.on("message", (reply: WorkerReply) => {
        outstanding--;
        if (reply.fatal) return settle(new UserError(reply.fatal.message, reply.fatal.exitCode, reply.fatal.details));
        if (failure) return settle();
        for (const { index: at, outcome } of reply.outcomes) emitter.put(at, outcome);
        scoredBy[number] += reply.outcomes.length;
        idleOf[number] = reply.idleMs;
        void send();
      });
      worker.on("error", (error) => settle(new WorkerFailedError(t("score.workerFailed", { reason: error.message.split("\n")[0]! }))));
      worker.on("exit", (code) => settle(new WorkerFailedError(t("score.workerExited", { code }))));
      // Fill its queue: one chunk after the other, as pulls come in order.
      let filling = send();
      for (let k = 1; k < CHUNKS_IN_FLIGHT; k++) filling = filling.then(send);
      void filling;
    });
  const mine = here();
  try {
    await Promise.all([mine, ...workers.map(inWorker)]);
    debug("batch: %d files scored; this thread: %d; worker threads (%d): %s", emitter.scored(), scoredHere, workers.length, scoredBy.join(", "));
    // Time a worker spent without a chunk to score: what handing out the work cost it.
    debug("batch: worker threads waited for work: %s", idleOf.map((ms) => `${Math.round(ms)} ms`).join(", "));
  } catch (error) {
    failure ??= error as Error;
    // This thread stops after its current file, so nothing is reported after the failure.
    await mine.catch(() => undefined);
    throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
