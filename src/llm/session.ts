// One model session per run of draft, revise or score --judge. It says which model is used (or why
// none is), owns the abort controller that Ctrl-C, SIGTERM and SIGHUP trip, the usage meter, the
// progress on stderr and the closing usage line. A command takes a provider and a signal from it
// and runs its work inside; the core never sees the session, only its ModelCalls.
import { constants } from "node:os";
import { InterruptedError } from "../errors.js";
import { t } from "../i18n/index.js";
import { createProgress, type Progress } from "../util/progress.js";
import { describeOffline, type ModelChoice, type ProviderChoice } from "./provider.js";
import { UsageMeter, type ChatProvider } from "./types.js";

/** The signals that end a session as interrupted: exit 128 + the signal's number (130, 143, 129). */
export const SESSION_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type SessionSignal = (typeof SESSION_SIGNALS)[number];

/** What the core needs to call the model: the provider, the signal that stops it, the meter it reports to. */
export interface ModelCalls {
  readonly provider: ChatProvider;
  readonly signal: AbortSignal;
  readonly meter: UsageMeter;
}

export interface SessionOptions {
  /** No spinner and no "using model …" line; the offline line and warnings are still said. */
  quiet?: boolean;
  /** A spinner on a terminal (draft, revise); otherwise progress notes are plain lines. */
  spinner?: boolean;
  /** Also print the usage line after a failed run, when it cost anything (the judge). */
  usageAfterFailure?: boolean;
}

export interface ModelSession<P extends ChatProvider | undefined = ChatProvider> {
  /** The model; undefined when working offline. */
  readonly provider: P;
  /** Aborted by a signal, or by abort(). */
  readonly signal: AbortSignal;
  readonly meter: UsageMeter;
  readonly progress: Progress;
  /** Stops every request of the session with this reason (a failure that ends the run). */
  abort(reason: unknown): void;
  /**
   * Runs the command's work, then closes the session. Once a signal came, the run ends with that
   * signal's interruption, whatever error the abort caused on its way out.
   */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Signals back to their defaults, progress stopped, the usage line. Safe to call twice. */
  close(completed: boolean): void;
}

function interruption(signal: SessionSignal): InterruptedError {
  const code = 128 + constants.signals[signal];
  return new InterruptedError(signal === "SIGINT" ? t("common.interrupted") : t("llm.interruptedBy", { signal }), code);
}

export async function openModelSession(choice: ModelChoice, options?: SessionOptions): Promise<ModelSession<ChatProvider>>;
export async function openModelSession(choice: ProviderChoice, options?: SessionOptions): Promise<ModelSession<ChatProvider | undefined>>;
export async function openModelSession(choice: ProviderChoice, options: SessionOptions = {}): Promise<ModelSession<ChatProvider | undefined>> {
  if (choice.kind === "offline") process.stderr.write(`${describeOffline(choice.reason)}\n`);
  else if (!options.quiet) process.stderr.write(`${choice.describe}\n`);

  const controller = new AbortController();
  let interrupted: InterruptedError | undefined;
  const handlers = new Map<SessionSignal, () => void>();
  const restoreSignals = () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
    handlers.clear();
  };
  for (const signal of SESSION_SIGNALS) {
    const handler = () => {
      // A second signal finds Node's default again and ends the process at once.
      restoreSignals();
      interrupted = interruption(signal);
      controller.abort(interrupted);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }

  const meter = new UsageMeter();
  const progress = await createProgress(options.spinner === true && !options.quiet);
  const provider = choice.kind === "model" ? choice.provider : undefined;
  let closed = false;
  const close = (completed: boolean) => {
    if (closed) return;
    closed = true;
    progress.stop();
    restoreSignals();
    // Cost is shown once the work is done; the judge also shows what a failed run paid for.
    const spent = meter.requests + meter.cacheHits > 0;
    if (provider && (completed || (options.usageAfterFailure && spent))) process.stderr.write(`${meter.usageLine()}\n`);
  };
  return {
    provider,
    signal: controller.signal,
    meter,
    progress,
    abort: (reason) => controller.abort(reason),
    close,
    async run(work) {
      let completed = false;
      try {
        const value = await work();
        completed = true;
        return value;
      } catch (error) {
        throw interrupted ?? error;
      } finally {
        close(completed);
      }
    },
  };
}
