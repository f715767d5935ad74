// The judge over a batch, in the main thread: deterministic results come in (in path order), at
// most `concurrency` files are judged at once, and judged results go out in the same order. The
// first failure (an endpoint error, a signal aborting the model session) aborts whatever is still
// running and is what the run ends with; later failures it caused are not reported over it.
import { judgeResult, type JudgeRun } from "./pass.js";
import { createLimiter } from "../util/limit.js";
import type { ScoreResult } from "../score/types.js";

export interface JudgeQueue {
  /** A file's deterministic result; judged in the background. */
  add(raw: ScoreResult): void;
  /** Fail the run with this error (the first one wins) and stop everything still running. */
  fail(error: unknown): void;
  /** Rejects with the run's failure as soon as there is one (to stop waiting for anything else). */
  readonly failed: Promise<never>;
  /** Waits until every added file is judged and emitted; throws the run's failure. */
  finish(): Promise<void>;
}

export interface JudgeQueueOptions {
  concurrency: number;
  /** Stops every request of the model session (whose signal the run's model carries); called on the first failure. */
  abort(reason: unknown): void;
  emit(result: ScoreResult): void;
}

export function createJudgeQueue(run: JudgeRun, options: JudgeQueueOptions): JudgeQueue {
  const { signal } = run.model;
  let failure: { error: unknown } | undefined;
  let rejectFailed: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (rejectFailed = reject));
  // Nobody may be listening yet when the run fails; the failure is rethrown by finish().
  failed.catch(() => undefined);
  let emitted: Promise<void> = Promise.resolve();

  const fail = (error: unknown) => {
    if (failure) return;
    failure = { error };
    options.abort(error);
    rejectFailed(error);
  };
  // A signal (Ctrl-C, SIGTERM) aborts the session: the interruption is the run's failure, recorded
  // before the requests it stops can fail with errors of their own.
  if (signal.aborted) fail(signal.reason);
  else signal.addEventListener("abort", () => fail(signal.reason), { once: true });

  // The limit the judge's chats run under too (util/limit.ts), in the order the files come in.
  const limit = createLimiter(options.concurrency);
  const judging: Promise<ScoreResult>[] = [];

  return {
    failed,
    fail,
    add(raw) {
      const judged = limit(async () => {
        // No file is started once the run has failed.
        if (failure) throw failure.error;
        try {
          return await judgeResult(raw, run);
        } catch (error) {
          fail(error);
          throw error;
        }
      });
      judged.catch(() => undefined);
      judging.push(judged);
      // Out in path order: each result waits for the one before it.
      emitted = emitted.then(async () => {
        const result = await judged;
        if (!failure) options.emit(result);
      });
      emitted.catch(() => undefined);
    },
    async finish() {
      // Every file started is done (a failure has stopped the others) before the run ends.
      await Promise.allSettled(judging);
      if (!failure) await emitted.catch(() => undefined);
      if (failure) throw failure.error;
    },
  };
}

/**
 * The judge with its questions sent first as provider batch jobs (score --judge --batch). Results
 * are held until every file is in; then every file's questions are sent as batch jobs
 * (prefetchByBatch) and the answers cached, and the files are judged as usual, from the cache, and
 * emitted in path order: the report is the report a live run gives.
 */
export function createBatchedJudgeQueue(run: JudgeRun, job: import("../llm/batch.js").BatchJob, options: JudgeQueueOptions): JudgeQueue {
  const held: ScoreResult[] = [];
  const live = createJudgeQueue(run, options);
  return {
    failed: live.failed,
    fail: live.fail,
    add(raw) {
      held.push(raw);
    },
    async finish() {
      const { prefetchByBatch, ignoreDeferred } = await import("../llm/batch.js");
      // A second round and more catch what the answers lead to: a further sample, a retry after an unusable verdict.
      await prefetchByBatch(run.model.provider, job, Math.max(2, run.samples + 1), run.model.signal, async (provider, meter) => {
        for (const raw of held) await judgeResult(raw, { ...run, model: { provider, signal: run.model.signal, meter } }).catch(ignoreDeferred);
      });
      for (const raw of held) live.add(raw);
      await live.finish();
    },
  };
}
