// A bound on a whole run (score --time-limit): a CI job must end even when one file or one pattern
// takes forever. The promise race covers a run that still yields to the event loop; a watchdog
// thread covers one stuck in a single synchronous call, which no timer of this thread can interrupt.
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";

/** The exit code of a run stopped by its time limit, as GNU timeout(1) uses. */
export const EXIT_TIMED_OUT = 124;

/** Grace the watchdog leaves the main thread to end the run itself. */
const WATCHDOG_GRACE_MS = 2000;

const WATCHDOG = `
const { workerData } = require("node:worker_threads");
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms);
require("node:fs").writeSync(2, workerData.line);
process.kill(process.pid, "SIGKILL");
`;

/** Runs `work`; past `seconds` it fails with one line and exit 124. */
export async function withTimeLimit<T>(seconds: number | undefined, what: string, work: () => Promise<T>, onExpire: () => void = () => undefined): Promise<T> {
  if (seconds === undefined) return work();
  const message = t("util.timeLimit", { what, seconds });
  const { Worker } = await import("node:worker_threads");
  const watchdog = new Worker(WATCHDOG, { eval: true, workerData: { ms: seconds * 1000 + WATCHDOG_GRACE_MS, line: `${message}\n` } });
  watchdog.unref();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onExpire();
      reject(new UserError(message, EXIT_TIMED_OUT));
    }, seconds * 1000);
    timer.unref();
  });
  try {
    return await Promise.race([work(), expired]);
  } finally {
    clearTimeout(timer);
    // The run is over (done, failed, or stopped by the timer, so this thread is free): no watchdog needed.
    void watchdog.terminate();
  }
}
