// The draft-speed benchmark: `npm run bench:draft-speed` (build first). Drafts the zh and en
// examples with the built CLI against the tests' fake streaming endpoint (test/helpers/llm-server.ts),
// which sends every section's answer in chunks with a delay between them, and prints the draft's
// wall time (spawn to exit) ÷ the longest section's stream (one request streamed alone, measured
// here), with PASS/FAIL against issue 15's target (≤ 1.2×: the sections stream side by side). The
// draft goes to stdout (`-o -`), where draft scores nothing, as the target means the drafting alone;
// a draft to a file, which scores it after (the default), is printed beside it without a target.
// Where the rest of the wall time goes is printed too: spawn to the first request, the first to the
// last request (all sections start together), and the last stream's end to exit. Then the offline
// draft's start-up ÷ `node -e 0`, in wall and CPU time (on a busy machine PASS/FAIL goes by CPU, as
// in bench:startup), with the modules it loads. Exit 0 whatever the figures; 2 for arguments or a
// missing build.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { answerHelp } from "../usage.js";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
answerHelp("usage: npm run bench:draft-speed");
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
const OFFLINE_TARGET = 2.5;
const RUNS = 5;
const OFFLINE_RUNS = 11;

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
/** When each chat request arrived and when its answer was sent, on this process's clock. */
const exchanges = [];
const server = await startLlmServer((request) => {
  const exchange = { arrived: performance.now(), ended: Infinity };
  exchanges.push(exchange);
  void request.ended.then(() => (exchange.ended = performance.now()));
  return { text: answer(/[\u4e00-\u9fff]/.test(request.system)), chunkSize: CHUNK_SIZE, chunkDelayMs: CHUNK_DELAY_MS };
});

// A user's start: V8's code cache on, in one home for every run, written by a first run that is not
// timed; --no-cache keeps the model's answers from being reused, so every section is asked for.
const home = mkdtempSync(path.join(temp, "home-"));
const env = () => ({ PATH: process.env.PATH, HOME: home, LANG: "C.UTF-8", GRANTSMITH_CONFIG: "none", NO_COLOR: "1", GRANTSMITH_API_KEY: "sk-bench" });
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

/** One draft of `facts` to `output` ("-" or a file, which is then scored); its wall time and where it went. */
function draft(facts, output) {
  return new Promise((resolve) => {
    const args = [path.join(root, "bin/grantsmith.js"), "draft", facts, "-o", output, "-q", "--no-cache", "--base-url", server.baseURL, "--model", "m", ...(output === "-" ? ["--no-score"] : ["--force"])];
    exchanges.length = 0;
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env: env(), stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => {
      const exited = performance.now();
      const arrived = exchanges.map((e) => e.arrived);
      const lastEnd = Math.max(...exchanges.map((e) => e.ended));
      resolve({
        code,
        stderr,
        ms: exited - started,
        requests: exchanges.length,
        toFirst: Math.min(...arrived) - started,
        spread: Math.max(...arrived) - Math.min(...arrived),
        afterLast: exited - lastEnd,
      });
    });
  });
}

process.stdout.write(
  `draft against a streaming endpoint (${CHUNKS} chunks of ${CHUNK_SIZE} characters, ${CHUNK_DELAY_MS} ms apart, per section), median of ${RUNS}, interleaved with one stream alone; ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(1)}\n` +
    `wall: spawn to exit of \`draft FACTS -o - -q\` (stdout: no score, the drafting alone); "to a file, scored": \`draft FACTS -o FILE -q\`, the default that scores the draft after\n`,
);
let failed = 0;
for (const { language, facts } of [
  { language: "zh", facts: "examples/zh/elderly-meals.yaml" },
  { language: "en", facts: "examples/en/girls-stem-clubs.yaml" },
]) {
  const runs = [];
  const scored = [];
  const streams = [];
  const file = path.join(temp, `${language}.proposal.md`);
  // Not timed: writes the code cache of each command line, as a user's first run does.
  for (const output of ["-", file]) await draft(facts, output);
  for (let i = 0; i < RUNS; i++) {
    for (const [output, into] of [["-", runs], [file, scored]]) {
      const result = await draft(facts, output);
      if (result.code !== 0) {
        process.stderr.write(`bench:draft-speed: the ${language} draft to ${output} failed (exit ${result.code}):\n${result.stderr}`);
        process.exit(1);
      }
      into.push(result);
    }
    streams.push(await oneStream(language === "zh"));
  }
  const of = (list, key) => median(list.map((r) => r[key]));
  const wall = of(runs, "ms");
  const longest = median(streams);
  const ratio = wall / longest;
  if (ratio > TARGET) failed++;
  process.stdout.write(
    `${language}: ${runs[0].requests} sections requested, wall ${wall.toFixed(0)} ms ÷ longest section ${longest.toFixed(0)} ms = ${ratio.toFixed(2)}×  (≤ ${TARGET}×) ${ratio <= TARGET ? "PASS" : "FAIL"}\n` +
      `    spawn → first request ${of(runs, "toFirst").toFixed(0)} ms, first → last request ${of(runs, "spread").toFixed(0)} ms, last stream's end → exit ${of(runs, "afterLast").toFixed(0)} ms\n` +
      `    to a file, scored: wall ${of(scored, "ms").toFixed(0)} ms = ${(of(scored, "ms") / longest).toFixed(2)}× (last stream's end → exit ${of(scored, "afterLast").toFixed(0)} ms)\n`,
  );
}

// The offline draft's start-up, against bare Node, interleaved; CPU time is each process's own, at exit.
const cpuHook = pathToFileURL(path.join(root, "bench/startup/cpu-at-exit.mjs")).href;
const cpuFile = path.join(temp, "cpu.txt");
function timed(argv) {
  rmSync(cpuFile, { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", cpuHook, ...argv], { cwd: root, env: { ...env(), GRANTSMITH_BENCH_CPU_OUT: cpuFile } });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    process.stderr.write(`bench:draft-speed: ${argv.join(" ")} failed (exit ${result.status}):\n${result.stderr}`);
    process.exit(1);
  }
  return { ms, cpu: Number(readFileSync(cpuFile, "utf8").trim()) };
}
const offlineArgs = [path.join(root, "bin/grantsmith.js"), "draft", "examples/zh/elderly-meals.yaml", "--offline", "-o", "-", "--no-score"];
const base = [];
const offline = [];
timed(offlineArgs); // writes its code cache, untimed
for (let i = 0; i < OFFLINE_RUNS; i++) {
  base.push(timed(["-e", "0"]));
  offline.push(timed(offlineArgs));
}
const modulesFile = path.join(temp, "modules.txt");
spawnSync(process.execPath, ["--import", pathToFileURL(path.join(root, "test/helpers/preload/record-modules.mjs")).href, ...offlineArgs], {
  cwd: root,
  env: { ...env(), GRANTSMITH_TEST_MODULES_OUT: modulesFile },
});
const modules = existsSync(modulesFile) ? new Set(readFileSync(modulesFile, "utf8").split("\n").filter((u) => u.startsWith("file:") || u.startsWith("cjs:"))).size : NaN;
const busy = os.loadavg()[0] > os.availableParallelism();
const wallRatio = median(offline.map((r) => r.ms)) / median(base.map((r) => r.ms));
const cpuRatio = median(offline.map((r) => r.cpu)) / median(base.map((r) => r.cpu));
const offlineRatio = busy ? cpuRatio : wallRatio;
if (offlineRatio > OFFLINE_TARGET) failed++;
process.stdout.write(
  `offline: draft --offline -o - --no-score ÷ node -e 0, median of ${OFFLINE_RUNS}: wall ${median(offline.map((r) => r.ms)).toFixed(0)} ÷ ${median(base.map((r) => r.ms)).toFixed(0)} ms = ${wallRatio.toFixed(2)}×, ` +
    `CPU ${median(offline.map((r) => r.cpu)).toFixed(0)} ÷ ${median(base.map((r) => r.cpu)).toFixed(0)} ms = ${cpuRatio.toFixed(2)}×  (≤ ${OFFLINE_TARGET}×${busy ? ", by CPU: the machine is busy" : ""}) ${offlineRatio <= OFFLINE_TARGET ? "PASS" : "FAIL"}; ${modules} modules loaded\n`,
);
process.stdout.write(`${3 - failed} of 3 within target${busy ? "; the machine is busy, ratios are noisy" : ""}\n`);
await server.close();
rmSync(temp, { recursive: true, force: true });
