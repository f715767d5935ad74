// Spawn the built CLI (bin/grantsmith.js → dist/bundle/cli.js) the way a user would, with an environment
// that no developer's own config, keys or cache can leak into.
//
// The fast path: runInProcess(argv, { env, cwd }) from ./run-in-process.ts runs the same command
// line through main() inside the test process and resolves with the same CliResult (signal is
// always null). It saves the 0.3-0.5 s a spawn costs on two cores; use it unless the process itself
// is what the test is about (exit by a signal, start-up and module loading, bin/grantsmith.js,
// worker threads, a watchdog that ends the process, stdin).
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LlmServer } from "./llm-server.js";
import { tempDirSync } from "./temp.js";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = path.join(REPO_ROOT, "bin", "grantsmith.js");

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The whole environment of a spawned binary, built from nothing: a search path, a fresh private
 * home (so no config file, cache or key of the developer is found), a fixed locale, no colour, and
 * the variables the test sets. `extra` adds variables; undefined leaves one out.
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const home = tempDirSync("grantsmith-home-");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    LANG: "C.UTF-8",
    TMPDIR: os.tmpdir(),
    XDG_CACHE_HOME: path.join(home, "cache"),
    XDG_CONFIG_HOME: path.join(home, "config"),
    GRANTSMITH_CONFIG: "none",
    NO_COLOR: "1",
  };
  // Windows cannot start a process without these.
  if (process.platform === "win32") Object.assign(env, { SystemRoot: process.env.SystemRoot, TEMP: os.tmpdir(), TMP: os.tmpdir() });
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface RunOptions {
  cwd?: string;
  /** The binary's whole environment (default: cleanEnv()). */
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Flags for node itself, e.g. ["--import", preload("worker-fault.mjs")]. */
  nodeArgs?: string[];
  onSpawn?: (child: ReturnType<typeof spawn>) => void;
}

/** A module in test/helpers/preload/, for `--import` in nodeArgs: test-only code in the binary's process. */
export function preload(name: string): string {
  return pathToFileURL(path.join(REPO_ROOT, "test", "helpers", "preload", name)).href;
}

export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: options.env ?? cleanEnv(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    // A command that ends without reading its input (most do) closes the pipe under the write: an
    // EPIPE here is that, not a failure of the test, and unhandled it fails the whole run.
    child.stdin.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") reject(error);
    });
    child.stdin.end(options.input ?? "");
    options.onSpawn?.(child);
  });
}

/**
 * runCli for cases that assert English messages about a Chinese document: a zh facts file or
 * proposal makes a run speak Chinese, so these runs ask for English (GRANTSMITH_LANG=en).
 */
export function runCliInEnglish(args: string[], options: RunOptions = {}): Promise<CliResult> {
  return runCli(args, { ...options, env: { ...(options.env ?? cleanEnv()), GRANTSMITH_LANG: "en" } });
}

/**
 * An onSpawn hook that sends `signal` (default SIGINT, Ctrl-C) as soon as the server has received
 * chat request number `count` (default the first), as a user would in the middle of a model call.
 * It waits for the request's arrival, not for a time, so the serving side must not finish first:
 * give the request a reply that never ends on its own (`silent`, or `stallAfterChunks`).
 */
export function signalAfterRequests(server: Pick<LlmServer, "chatRequestsArrived">, count = 1, signal: NodeJS.Signals = "SIGINT") {
  return (child: ReturnType<typeof spawn>) => {
    let closed = false;
    child.on("close", () => (closed = true));
    void server.chatRequestsArrived(count).then(() => {
      if (!closed) child.kill(signal);
    });
  };
}
