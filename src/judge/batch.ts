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

/** What a provider batch job needs, and how the run shows it. */
export interface BatchJob {
  access: import("../llm/provider.js").BatchAccess;
  /** Pick up this job instead of sending one (--batch-id). */
  resumeId?: string;
  pollMs: number;
  note(line: string): void;
  /** Asked on Ctrl-C while a job runs: cancel it on the provider? */
  confirmCancel(id: string): Promise<boolean>;
}

/**
 * The judge with its questions sent first as provider batch jobs (score --judge --batch). Results
 * are held until every file is in; then each file's questions are collected without asking, sent
 * as one job, and the answers cached; a second round catches what the first answers lead to (a
 * further sample, a retry after an unusable verdict). Then the files are judged as usual, from the
 * cache, and emitted in path order: the report is the report a live run gives.
 */
export function createBatchedJudgeQueue(run: JudgeRun, job: BatchJob, options: JudgeQueueOptions): JudgeQueue {
  const held: ScoreResult[] = [];
  const live = createJudgeQueue(run, options);
  return {
    failed: live.failed,
    fail: live.fail,
    add(raw) {
      held.push(raw);
    },
    async finish() {
      const [{ CollectingProvider, DeferredToBatch, runBatch }, { CachingChatProvider }, { UsageMeter }, { createHash }, { join }, { t }] = await Promise.all([
        import("../llm/batch.js"),
        import("../llm/cache.js"),
        import("../llm/types.js"),
        import("node:crypto"),
        import("node:path"),
        import("../i18n/index.js"),
      ]);
      const inner = run.model.provider;
      const rounds = Math.max(2, run.samples + 1);
      // A question sent once and not answered (a failed line, an expired job) is asked live, not sent again.
      const sent = new Set<string>();
      for (let round = 0; round < rounds; round++) {
        const collector = new CollectingProvider(inner.provider, inner.model, inner.endpoint);
        const collecting: JudgeRun = {
          ...run,
          model: { provider: new CachingChatProvider(collector, job.access.cache), signal: run.model.signal, meter: new UsageMeter() },
        };
        for (const raw of held) {
          await judgeResult(raw, collecting).catch((error: unknown) => {
            if (!(error instanceof DeferredToBatch)) throw error;
          });
        }
        for (const key of [...collector.requests.keys()]) if (sent.has(key)) collector.requests.delete(key);
        for (const key of collector.requests.keys()) sent.add(key);
        if (collector.requests.size === 0 && job.resumeId === undefined) {
          if (round === 0) job.note(t("batch.nothing"));
          break;
        }
        // The same questions give the same state file, so running the command again picks the job up.
        const digest = createHash("sha256").update([...collector.requests.keys()].sort().join("\n")).digest("hex").slice(0, 16);
        const stateFile = join(job.access.cache.dir, "batches", `${digest}.json`);
        let current: string | undefined = job.resumeId;
        let shown = "";
        try {
          const outcome = await runBatch(collector.requests, {
            client: await job.access.client(),
            cache: job.access.cache,
            endpoint: inner.endpoint,
            model: inner.model,
            stateFile,
            ...(job.resumeId ? { resumeId: job.resumeId } : {}),
            pollMs: job.pollMs,
            signal: run.model.signal,
            context: job.access.context,
            onProgress: (p) => {
              // A line when something changed, not one per poll of a job that runs for hours.
              const line = t("batch.progress", { id: current ?? "…", ...p });
              if (line !== shown) job.note(line);
              shown = line;
            },
            onStarted: (id, resumed) => {
              current = id;
              job.note(resumed ? t("batch.resuming", { id }) : t("batch.sending", { id, requests: collector.requests.size, endpoint: inner.endpoint }));
            },
          });
          job.note(
            t("batch.done", {
              id: outcome.id,
              status: outcome.status,
              stored: outcome.stored,
              failed: outcome.failed,
              prompt: outcome.usage.promptTokens,
              completion: outcome.usage.completionTokens,
            }),
          );
        } catch (error) {
          if (run.model.signal.aborted && current) {
            const { cancelBatch } = await import("../llm/batch.js");
            if (await job.confirmCancel(current)) {
              await cancelBatch(await job.access.client(), current).catch(() => undefined);
              job.note(t("batch.cancelled", { id: current }));
            } else {
              job.note(t("batch.stillRunning", { id: current }));
            }
          }
          throw error;
        }
        job.resumeId = undefined;
      }
      for (const raw of held) live.add(raw);
      await live.finish();
    },
  };
}
