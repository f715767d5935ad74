// The replay endpoint (test/helpers/replay-server.ts) for the bench scripts: it is TypeScript for the
// tests, so it is bundled once into `dir` and imported from there. Needs the dev dependencies.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The replay server module (startReplayServer, HABITS, …) bundled into `dir`. */
export async function loadReplayServer(root, dir) {
  const { rolldown } = await import("rolldown");
  const bundle = await rolldown({ input: path.join(root, "test/helpers/replay-server.ts"), platform: "node", logLevel: "silent" });
  const file = path.join(dir, "replay-server.mjs");
  await bundle.write({ file, format: "esm" });
  return import(pathToFileURL(file).href);
}

/** The examples with prepared answers under test/fixtures/replay/. */
export const REPLAY_EXAMPLES = [
  { name: "elderly-meals", file: "examples/zh/elderly-meals.yaml", language: "zh" },
  { name: "clean-water-wells", file: "examples/en/clean-water-wells.yaml", language: "en" },
];

/** Runs the built CLI with a clean environment (no user config, a fresh HOME); resolves { code, stderr }. */
export function runCli(root, temp, args) {
  return new Promise((resolve) => {
    const home = mkdtempSync(path.join(temp, "home-"));
    const env = { PATH: process.env.PATH, HOME: home, LANG: "C.UTF-8", GRANTSMITH_CONFIG: "none", NO_COLOR: "1", GRANTSMITH_API_KEY: "sk-bench", XDG_CACHE_HOME: path.join(home, "cache") };
    const child = spawn(process.execPath, [path.join(root, "bin/grantsmith.js"), ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.stdout.resume();
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/** The draft options that point the CLI at the replay endpoint. */
export const replayArgs = (baseURL) => ["--base-url", baseURL, "--model", "replay", "--no-score", "--no-cache", "--force"];
