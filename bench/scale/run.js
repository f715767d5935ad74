// The scale benchmark: `npm run bench:scale [-- N]`. Generates N synthetic proposals (default
// 100,000, about 8 KB each, in folders of 500; bench/score/generate.js) unless they exist, then
// scores a tenth of them and all of them with the streaming formats (--format jsonl and csv, each
// to a file), and prints files per second and peak memory (worker threads included) for each,
// against the targets: linear in the number of files (files per second of the whole within 25% of
// the tenth's) and peak memory under 500 MB. It builds nothing: run `npm run build` first. Run it
// on a quiet machine: a figure taken beside other work is noise.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { countArgument, generateCorpus } from "../score/generate.js";
import { answerHelp } from "../usage.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "../..");
answerHelp("usage: npm run bench:scale [-- N]   (N proposals, default 100000)");
const count = countArgument(process.argv[2], 100000, "bench:scale: the number of proposals (first argument)");
const corpus = path.join(here, "corpus");
const PEAK_TARGET_MB = 500;
const LINEAR_TOLERANCE = 0.25;

if (!existsSync(path.join(root, "dist/cli.js"))) {
  process.stderr.write("bench:scale needs the built CLI; run `npm run build` first.\n");
  process.exit(2);
}
const countFile = path.join(corpus, ".count");
if (!existsSync(countFile) || readFileSync(countFile, "utf8") !== String(count)) {
  process.stderr.write(`generating ${count} proposals…\n`);
  generateCorpus(count, corpus);
}
const folders = readdirSync(corpus).filter((name) => !name.startsWith(".")).sort().map((name) => path.join(corpus, name));
// A tenth of the corpus: its first folders (500 files each).
const tenth = folders.slice(0, Math.max(1, Math.round(folders.length / 10)));
const filesIn = (list) => list.reduce((n, dir) => n + readdirSync(dir).length, 0);

const temp = mkdtempSync(path.join(os.tmpdir(), "grantsmith-scale-"));
function timed(label, paths, format) {
  const rssFile = path.join(temp, `${label}.rss`);
  const report = path.join(temp, `${label}.${format}`);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", path.join(here, "../score/rss-hook.js"), "bin/grantsmith.js", "score", ...paths, "--format", format, "-o", report, "--quiet"], {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(`${label} failed (exit ${run.status}):\n${run.stderr.toString()}\n`);
    process.exit(1);
  }
  // The hook writes "maxRSS cpu" (KB, µs): the first figure is the peak.
  const rssMb = Number(readFileSync(rssFile, "utf8").trim().split(/\s+/)[0]) / 1024;
  const reportMb = statSync(report).size / 1e6;
  rmSync(report, { force: true });
  return { seconds, rssMb, reportMb };
}

// Warm the file cache, so both sizes read from memory alike.
timed("warmup", tenth, "jsonl");
const lines = [];
let met = true;
const small = filesIn(tenth);
const all = filesIn(folders);
for (const format of ["jsonl", "csv"]) {
  const part = timed(`${format}-tenth`, tenth, format);
  const whole = timed(`${format}-all`, folders, format);
  const rate = (files, r) => files / r.seconds;
  const linear = rate(all, whole) >= rate(small, part) * (1 - LINEAR_TOLERANCE);
  const light = whole.rssMb < PEAK_TARGET_MB;
  met &&= linear && light;
  lines.push(
    `${format.padEnd(5)}  ${String(small).padStart(6)} files: ${part.seconds.toFixed(1)} s, ${rate(small, part).toFixed(0)} files/s, peak ${part.rssMb.toFixed(0)} MB, report ${part.reportMb.toFixed(1)} MB`,
    `${format.padEnd(5)}  ${String(all).padStart(6)} files: ${whole.seconds.toFixed(1)} s, ${rate(all, whole).toFixed(0)} files/s, peak ${whole.rssMb.toFixed(0)} MB, report ${whole.reportMb.toFixed(1)} MB`,
    `${format.padEnd(5)}  linear (files/s within ${LINEAR_TOLERANCE * 100}%): ${linear ? "met" : "NOT MET"}; peak < ${PEAK_TARGET_MB} MB: ${light ? "met" : "NOT MET"}`,
  );
}
rmSync(temp, { recursive: true, force: true });
process.stdout.write(lines.join("\n") + "\n");
process.exitCode = met ? 0 : 1;
