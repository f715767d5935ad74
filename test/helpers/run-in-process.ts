// Runs one command line inside the test process: main() from src/cli.ts with the real command
// actions (src/commands/index.ts), as bin/grantsmith.js does, but without starting Node and loading
// the modules again (about 0.3–0.5 s per spawn on two cores). The result has runCli's shape, so a
// test can switch between the two. Use runCli where the process itself is the point: exit by
// signal, start-up, the bin/ wrapper, worker threads of dist/, a watchdog that ends the process.
//
// What a spawned binary gets from its own process, this gives each run and takes back after it:
// the whole environment (cleanEnv() unless `env` is given: no inherited key), the working folder,
// stdout and stderr (captured), and the UI language (src/i18n/lang.ts). Runs are queued one at a
// time: the process has one environment, one working folder and one stdout.
// It changes the working folder, so it needs vitest's default pool of forked processes (a worker
// thread cannot chdir).
import type { CliResult } from "./run-cli.js";
import { cleanEnv, REPO_ROOT } from "./run-cli.js";

export interface InProcessOptions {
  cwd?: string;
  /** The run's whole environment (default: cleanEnv()). */
  env?: NodeJS.ProcessEnv;
}

type Write = typeof process.stdout.write;

let queue: Promise<unknown> = Promise.resolve();

/** `grantsmith ...args` in this process; resolves with its exit code and what it wrote. */
export function runInProcess(args: string[], options: InProcessOptions = {}): Promise<CliResult> {
  const run = queue.then(() => runNow(args, options));
  queue = run.catch(() => undefined);
  return run;
}

/** runInProcess with GRANTSMITH_LANG=en: for tests that assert English messages about Chinese examples. */
export function runInProcessInEnglish(args: string[], options: InProcessOptions = {}): Promise<CliResult> {
  return runInProcess(args, { ...options, env: { ...(options.env ?? cleanEnv()), GRANTSMITH_LANG: "en" } });
}

function capture(stream: NodeJS.WriteStream, chunks: Buffer[]): () => void {
  const original = stream.write;
  const write = function (this: unknown, chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void): boolean {
    const done = typeof encoding === "function" ? encoding : callback;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
    if (done) queueMicrotask(() => done(null));
    return true;
  };
  stream.write = write as Write;
  return () => {
    stream.write = original;
  };
}

function replaceEnv(next: NodeJS.ProcessEnv): () => void {
  const saved = { ...process.env };
  const set = (values: NodeJS.ProcessEnv) => {
    for (const key of Object.keys(process.env)) delete process.env[key];
    for (const [key, value] of Object.entries(values)) if (value !== undefined) process.env[key] = value;
  };
  set(next);
  return () => set(saved);
}

async function runNow(args: string[], options: InProcessOptions): Promise<CliResult> {
  const [{ main }, { commandActions }, { setExplicitLanguage }] = await Promise.all([
    import("../../src/cli.js"),
    import("../../src/commands/index.js"),
    import("../../src/i18n/lang.js"),
  ]);
  const env = options.env ?? cleanEnv();
  const cwd = process.cwd();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const restoreEnv = replaceEnv(env);
  process.chdir(options.cwd ?? REPO_ROOT);
  const restoreOut = capture(process.stdout, out);
  const restoreErr = capture(process.stderr, err);
  setExplicitLanguage(undefined);
  let code: number;
  try {
    code = await main(args, commandActions);
  } finally {
    restoreErr();
    restoreOut();
    process.chdir(cwd);
    restoreEnv();
    setExplicitLanguage(undefined);
  }
  return { code, signal: null, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}
