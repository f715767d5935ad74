// Spawn the built CLI (bin/grantsmith.js → dist/cli.js) the way a user would, with an environment
// that no developer's own config, keys or cache can leak into.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = path.join(REPO_ROOT, "bin", "grantsmith.js");

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const PROVIDER_VARIABLES = [
  "OPENAI_API_KEY",
  "OPENAI_BASE_URL",
  "DASHSCOPE_API_KEY",
  "DEEPSEEK_API_KEY",
  "OLLAMA_HOST",
  "GRANTSMITH_PROVIDER",
  "GRANTSMITH_MODEL",
  "GRANTSMITH_BASE_URL",
  "GRANTSMITH_API_KEY",
  "DASHSCOPE_BASE_URL",
  "DEEPSEEK_BASE_URL",
  "GRANTSMITH_TIMEOUT",
  "GRANTSMITH_MAX_RETRIES",
  "GRANTSMITH_CACHE",
];

/** A clean environment: no config files, a private cache and config home, no provider keys. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of PROVIDER_VARIABLES) delete env[name];
  delete env.CI;
  const home = mkdtempSync(path.join(os.tmpdir(), "grantsmith-home-"));
  Object.assign(env, {
    GRANTSMITH_CONFIG: "none",
    XDG_CACHE_HOME: path.join(home, "cache"),
    XDG_CONFIG_HOME: path.join(home, "config"),
    NO_COLOR: "1",
  });
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; onSpawn?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
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
    child.stdin.end(options.input ?? "");
    options.onSpawn?.(child);
  });
}

/**
 * An onSpawn hook that presses Ctrl-C (SIGINT) `delayMs` after the server has received its first
 * chat request, as a user would in the middle of a model call.
 */
export function interruptAfterFirstRequest(server: { chatRequests(): unknown[] }, delayMs = 300) {
  return (child: ReturnType<typeof spawn>) => {
    const timer = setInterval(() => {
      if (server.chatRequests().length > 0) {
        clearInterval(timer);
        setTimeout(() => child.kill("SIGINT"), delayMs);
      }
    }, 25);
    child.on("close", () => clearInterval(timer));
  };
}
