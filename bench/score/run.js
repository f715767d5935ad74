// The score benchmark: `npm run bench:score [-- N [RUNS]]`. Generates N synthetic proposals (default
// 10,000, about 8 KB each) unless they exist, then times the baseline (read + one regex per file) and
// `grantsmith score FOLDER --format csv`, RUNS times each (default 3, alternating, the median kept,
// since a shared machine is noisy), and prints both times, the ratio, files per second and peak
// memory against the targets: ratio at most 3, peak memory under 300 MB. It builds nothing: run
// `npm run build` first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { countArgument, generateCorpus } from "./generate.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "../..");
const count = countArgument(process.argv[2], 10000, "bench:score: the number of proposals (first argument)");
const runs = countArgument(process.argv[3], 3, "bench:score: the number of runs (second argument)");
const corpus = path.join(here, "corpus");

if (!existsSync(path.join(root, "dist/cli.js"))) {
  process.stderr.write("bench:score needs the built CLI; run `npm run build` first.\n");
  process.exit(2);
}
const countFile = path.join(corpus, ".count");
if (!existsSync(countFile) || readFileSync(countFile, "utf8") !== String(count)) {
  process.stderr.write(`generating ${count} proposals…\n`);
  generateCorpus(count, corpus);
}

const temp = mkdtempSync(path.join(os.tmpdir(), "grantsmith-bench-"));
function timed(label, args, extraEnv = {}) {
  const rssFile = path.join(temp, `${label}.rss`);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", path.join(here, "rss-hook.js"), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(`${label} failed (exit ${run.status}):\n${run.stderr.toString()}\n`);
    process.exit(1);
  }
  const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
  return { seconds, rssMb: rssKb / 1024 };
}

// Warm the file cache so both runs read from memory.
timed("warmup", [path.join(here, "baseline.js"), corpus]);
// Each run writes its own report: score does not overwrite an earlier report without --force.
const reportOf = (label) => path.join(temp, `${label}.csv`);
timed("warmup-score", ["bin/grantsmith.js", "score", path.join(corpus, "000"), "--format", "csv", "-o", reportOf("warmup-score"), "--quiet"]);

const baselineRuns = [];
const scoreRuns = [];
let report = "";
for (let i = 0; i < runs; i++) {
  baselineRuns.push(timed("baseline", [path.join(here, "baseline.js"), corpus]));
  report = reportOf(`score-${i}`);
  scoreRuns.push(timed(`score-${i}`, ["bin/grantsmith.js", "score", corpus, "--format", "csv", "-o", report, "--quiet"]));
}
const rows = readFileSync(report, "utf8").trim().split("\n").length - 1;
rmSync(temp, { recursive: true, force: true });

const median = (list) => [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)];
const baseline = median(baselineRuns);
const score = median(scoreRuns);
const peakMb = Math.max(...scoreRuns.map((r) => r.rssMb));
const ratio = score.seconds / baseline.seconds;
const all = (list) => list.map((r) => r.seconds.toFixed(2)).join(", ");
const lines = [
  `files:        ${count} (${rows} scored), median of ${runs} run${runs === 1 ? "" : "s"}`,
  `baseline:     ${baseline.seconds.toFixed(2)} s (read + one regex), ${(count / baseline.seconds).toFixed(0)} files/s, peak ${baseline.rssMb.toFixed(0)} MB  [${all(baselineRuns)}]`,
  `score:        ${score.seconds.toFixed(2)} s, ${(count / score.seconds).toFixed(0)} files/s, peak ${peakMb.toFixed(0)} MB  [${all(scoreRuns)}]`,
  `ratio:        ${ratio.toFixed(2)}x (target ≤ 3x)  ${ratio <= 3 ? "met" : "NOT MET"}`,
  `peak memory:  ${peakMb.toFixed(0)} MB (target < 300 MB)  ${peakMb < 300 ? "met" : "NOT MET"}`,
];
process.stdout.write(lines.join("\n") + "\n");
