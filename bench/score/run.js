// The score benchmark: `npm run bench:score [-- N]`. Generates N synthetic proposals (default 10,000,
// about 8 KB each) unless they exist, then times the baseline (read + one regex per file) and
// `grantsmith score FOLDER --format csv`, and prints both times, the ratio, files per second and
// peak memory. Targets: ratio at most 3, peak memory under 300 MB. Needs the built CLI (npm run build).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./generate.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "../..");
const count = Number(process.argv[2] ?? 10000);
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

// Warm the file cache and the rubric cache so both runs read from memory.
timed("warmup", [path.join(here, "baseline.js"), corpus]);
const report = path.join(temp, "scores.csv");
timed("warmup-score", ["bin/grantsmith.js", "score", path.join(corpus, "000"), "--format", "csv", "-o", report, "--quiet"]);

const baseline = timed("baseline", [path.join(here, "baseline.js"), corpus]);
const score = timed("score", ["bin/grantsmith.js", "score", corpus, "--format", "csv", "-o", report, "--quiet"]);
const rows = readFileSync(report, "utf8").trim().split("\n").length - 1;
rmSync(temp, { recursive: true, force: true });

const ratio = score.seconds / baseline.seconds;
const lines = [
  `files:        ${count} (${rows} scored)`,
  `baseline:     ${baseline.seconds.toFixed(2)} s (read + one regex), peak ${baseline.rssMb.toFixed(0)} MB`,
  `score:        ${score.seconds.toFixed(2)} s, ${(count / score.seconds).toFixed(0)} files/s, peak ${score.rssMb.toFixed(0)} MB`,
  `ratio:        ${ratio.toFixed(2)}x (target ≤ 3x)  ${ratio <= 3 ? "ok" : "SLOW"}`,
  `peak memory:  ${score.rssMb.toFixed(0)} MB (target < 300 MB)  ${score.rssMb < 300 ? "ok" : "HIGH"}`,
];
process.stdout.write(lines.join("\n") + "\n");
