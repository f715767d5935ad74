// The draft-speed benchmark: `npm run bench:draft-speed` (build first). Drafts the zh and en
// examples with the built CLI against the tests' fake streaming endpoint (test/helpers/llm-server.ts),
// which sends every section's answer in chunks with a delay between them, and prints the draft's
// wall time ÷ the longest section's stream (one request streamed alone, measured here), with
// PASS/FAIL against issue 15's target (≤ 1.2×: the sections stream side by side). Then the offline
// draft's start-up ÷ `node -e 0`. Exit 0 whatever the figures; 2 for arguments or a missing build.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
if (process.argv.length > 2) {
  process.stderr.write(`bench:draft-speed takes no arguments (got ${process.argv.slice(2).join(" ")})\nusage: npm run bench:draft-speed\n`);
  process.exit(2);
}
if (!existsSync(path.join(root, "dist/cli.js"))) {
  process.stderr.write("bench:draft-speed needs the built CLI; run `npm run build` first.\n");
  process.exit(2);
}

const CHUNKS = 60;
const CHUNK_SIZE = 8;
const CHUNK_DELAY_MS = 25;
const TARGET = 1.2;
const RUNS = 3;

const temp = mkdtempSync(path.join(os.tmpdir(), "grantsmith-bench-draft-speed-"));
// The fake endpoint is TypeScript for the tests; bundle it once to run it here.
const { rolldown } = await import("rolldown");
const bundle = await rolldown({ input: path.join(root, "test/helpers/llm-server.ts"), platform: "node", logLevel: "silent" });
await bundle.write({ file: path.join(temp, "llm-server.mjs"), format: "esm" });
const { startLlmServer } = await import(pathToFileURL(path.join(temp, "llm-server.mjs")).href);

const answer = (zh) => {
  const sentence = zh ? "根据事实撰写的本部分正文。" : "The narrative of this section, written from the facts. ";
  let text = "";
  while (text.length < CHUNKS * CHUNK_SIZE) text += sentence;
  return text.slice(0, CHUNKS * CHUNK_SIZE);
};
const server = await startLlmServer((request) => ({
  text: answer(/[\u4e00-\u9fff]/.test(request.system)),
  chunkSize: CHUNK_SIZE,
  chunkDelayMs: CHUNK_DELAY_MS,
}));

const env = (home) => ({ PATH: process.env.PATH, HOME: home, LANG: "C.UTF-8", GRANTSMITH_CONFIG: "none", GRANTSMITH_CACHE: "none", NO_COLOR: "1", GRANTSMITH_API_KEY: "sk-bench" });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One section's request streamed alone, from sending it to the last chunk. */
async function oneStream(zh) {
  const started = performance.now();
  const response = await fetch(`${server.baseURL}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "m", stream: true, messages: [{ role: "system", content: zh ? "中文" : "English" }, { role: "user", content: "x" }] }),
  });
  for await (const _ of response.body) void _;
  return performance.now() - started;
}

function draft(facts) {
  return new Promise((resolve) => {
    const home = mkdtempSync(path.join(temp, "home-"));
    const args = [path.join(root, "bin/grantsmith.js"), "draft", facts, "-o", "-", "--no-score", "-q", "--base-url", server.baseURL, "--model", "m"];
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env: env(home), stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stderr, ms: performance.now() - started }));
  });
}

process.stdout.write(`draft against a streaming endpoint (${CHUNKS} chunks of ${CHUNK_SIZE} characters, ${CHUNK_DELAY_MS} ms apart, per section), median of ${RUNS}; ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(1)}\n`);
let failed = 0;
for (const { language, facts } of [
  { language: "zh", facts: "examples/zh/elderly-meals.yaml" },
  { language: "en", facts: "examples/en/girls-stem-clubs.yaml" },
]) {
  const walls = [];
  const streams = [];
  for (let i = 0; i < RUNS; i++) {
    server.requests.length = 0;
    const result = await draft(facts);
    if (result.code !== 0) {
      process.stderr.write(`bench:draft-speed: the ${language} draft failed (exit ${result.code}):\n${result.stderr}`);
      process.exit(1);
    }
    walls.push(result.ms);
    streams.push(await oneStream(language === "zh"));
  }
  const sections = server.chatRequests().length;
  const wall = median(walls);
  const longest = median(streams);
  const ratio = wall / longest;
  if (ratio > TARGET) failed++;
  process.stdout.write(`${language}: ${sections} requests, wall ${wall.toFixed(0)} ms ÷ longest section ${longest.toFixed(0)} ms = ${ratio.toFixed(2)}×  (≤ ${TARGET}×) ${ratio <= TARGET ? "PASS" : "FAIL"}\n`);
}

// The offline draft's start-up, against bare Node, interleaved.
const base = [];
const offline = [];
for (let i = 0; i < 11; i++) {
  let t = performance.now();
  spawnSync(process.execPath, ["-e", "0"]);
  base.push(performance.now() - t);
  t = performance.now();
  spawnSync(process.execPath, [path.join(root, "bin/grantsmith.js"), "draft", "examples/zh/elderly-meals.yaml", "--offline", "-o", "-", "--no-score"], { cwd: root, env: env(temp) });
  offline.push(performance.now() - t);
}
const offlineRatio = median(offline) / median(base);
if (offlineRatio > 2.5) failed++;
process.stdout.write(`offline: draft --offline -o - --no-score ${median(offline).toFixed(0)} ms ÷ node -e 0 ${median(base).toFixed(0)} ms = ${offlineRatio.toFixed(2)}×  (≤ 2.5×) ${offlineRatio <= 2.5 ? "PASS" : "FAIL"}\n`);
process.stdout.write(`${3 - failed} of 3 within target${os.loadavg()[0] > os.availableParallelism() ? "; the machine is busy, ratios are noisy" : ""}\n`);
await server.close();
rmSync(temp, { recursive: true, force: true });
