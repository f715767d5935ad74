// The judge over a batch, in the main thread: deterministic results come in (in path order), at
// most `concurrency` files are judged at once, and judged results go out in the same order. The
// first failure (an endpoint error, Ctrl-C) aborts whatever is still running and is what the run
// ends with; later failures it caused are not reported over it.
import { InterruptedError } from "../errors.js";
import { createLimiter, judgeResult, type JudgeSession } from "./pass.js";
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
  /** Aborted on the first failure; the session's signal must be this controller's. */
  controller: AbortController;
  emit(result: ScoreResult): void;
}

export function createJudgeQueue(session: JudgeSession, options: JudgeQueueOptions): JudgeQueue {
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
    options.controller.abort(error);
    rejectFailed(error);
  };

  return {
    failed,
    fail,
    add(raw) {
      const judged = limit(() => {
        if (failure || options.controller.signal.aborted) throw new InterruptedError();
        return judgeResult(raw, session);
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
