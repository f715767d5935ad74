// The judge over a batch, in the main thread: deterministic results come in (in path order), at
// most `concurrency` files are judged at once, and judged results go out in the same order. The
// first failure (an endpoint error, a signal aborting the model session) aborts whatever is still
// running and is what the run ends with; later failures it caused are not reported over it.
import { InterruptedError } from "../errors.js";
import { createLimiter, judgeResult, type JudgeRun } from "./pass.js";
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
  const limit = createLimiter(options.concurrency);
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

  return {
    failed,
    fail,
    add(raw) {
      const judged = limit(() => {
        if (failure || signal.aborted) throw new InterruptedError();
        return judgeResult(raw, run);
      });
      judged.catch(fail);
      emitted = emitted.then(async () => {
        const result = await judged;
        if (!failure) options.emit(result);
      });
      emitted.catch(() => undefined);
    },
    async finish() {
      await emitted.catch(() => undefined);
      if (failure) throw failure.error;
    },
  };
}
