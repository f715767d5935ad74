// The start-up benchmark: `npm run bench:startup [runs]` (build first). Times each light command of
// the built CLI against `node -e 0` on this machine, the two interleaved run by run so that load
// from elsewhere falls on both, and prints each command's median ratio to bare Node in wall time
// and in CPU time (user + system, measured in the process at exit: on a busy machine the wall time
// is mostly waiting for a core, and PASS/FAIL then goes by the CPU ratio), the modules it
// loads (files: ES modules, which for the bundled CLI are dist/bundle/ chunks, and CommonJS files,
// the command's dist/bundle/main-<command>.cjs among them when the code cache runs it; node: built-ins apart) and PASS/FAIL against issue 15's targets. Two floor rows follow: the
// bundled packages check and draft cannot start without, imported and nothing else, to show how
// much of a command's ratio is theirs. Exit 0 whatever the figures; 2 for arguments or a missing build.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { answerHelp } from "../usage.js";

const here = path.dirname(fileURLToPath(import.meta.url));
// GRANTSMITH_BENCH_ROOT: another checkout's built CLI, to compare with (this script and its hook stay).
const root = process.env.GRANTSMITH_BENCH_ROOT ?? path.join(here, "../..");
answerHelp("usage: npm run bench:startup [runs]   (runs: a whole number, at least 3; default 21)");
const args = process.argv.slice(2);
const runs = args.length === 0 ? 21 : Number(args[0]);
if (args.length > 1 || !Number.isInteger(runs) || runs < 3) {
  process.stderr.write(`usage: npm run bench:startup [runs]   (runs: a whole number, at least 3; default 21)\n`);
  process.exit(2);
}
if (!existsSync(path.join(root, "dist/bundle/cli.js"))) {
  process.stderr.write("bench:startup needs the built CLI; run `npm run build` first.\n");
  process.exit(2);
}

const temp = mkdtempSync(path.join(os.tmpdir(), "grantsmith-bench-startup-"));
// The cache folder is on, in the temporary home, as it is for a user: commands run from V8's code
// cache (src/cached-main.ts), written by a first run of each before the timing. The rows marked
// "no code cache" run with GRANTSMITH_CACHE=none: what the first run after an install or upgrade
// costs, and what a user who turned the cache off gets every time.
const env = {
  PATH: process.env.PATH,
  HOME: temp,
  LANG: "C.UTF-8",
  GRANTSMITH_CONFIG: "none",
  NO_COLOR: "1",
};
const NO_CODE_CACHE = { GRANTSMITH_CACHE: "none" };
const bin = path.join(root, "bin/grantsmith.js");
const facts = path.join(root, "examples/zh/elderly-meals.yaml");

function node(argv, extraEnv = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { cwd: temp, env: { ...env, ...extraEnv }, encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The proposal `score one.md` reads: the offline draft of the zh example, about 10 KB.
const one = path.join(temp, "one.md");
const drafted = node([bin, "draft", facts, "--offline", "-o", "-", "--no-score"]);
if (drafted.code !== 0) {
  process.stderr.write(`bench:startup: the offline draft failed (exit ${drafted.code}):\n${drafted.stderr}`);
  process.exit(1);
}
writeFileSync(one, drafted.stdout);

const scoreName = `score one.md (${Math.round(drafted.stdout.length / 100) / 10} K chars)`;
const COMMANDS = [
  { name: "--version", argv: ["--version"], target: 1.2 },
  { name: "--help", argv: ["--help"], target: 1.2 },
  { name: "check facts.yaml", argv: ["check", facts], target: 2 },
  { name: "draft --offline -o - --no-score", argv: ["draft", facts, "--offline", "-o", "-", "--no-score"], target: 2.5 },
  { name: scoreName, argv: ["score", one], target: 1.8 },
  { name: "check, no code cache", argv: ["check", facts], env: NO_CODE_CACHE },
  { name: "draft, no code cache", argv: ["draft", facts, "--offline", "-o", "-", "--no-score"], env: NO_CODE_CACHE },
  { name: "score, no code cache", argv: ["score", one], env: NO_CODE_CACHE },
];
// Each command's code cache written before the timing (a first run writes it; later runs take it).
for (const command of COMMANDS) node([bin, ...command.argv], command.env);

// What a command cannot start faster than: the bundled packages it needs, imported and nothing run
// (their chunks of dist/bundle/, found through inputs.json). check parses with yaml and imports zod
// (the config file's schema); it builds the zod facts schema only for a file with a problem
// (src/facts/shape.ts), which the second row costs. An offline draft also renders through
// Handlebars' runtime.
const chunkInputs = JSON.parse(readFileSync(path.join(root, "dist/bundle/inputs.json"), "utf8"));
const chunkOf = (input) => {
  // A package's files are named from the folder esbuild resolved them in: node_modules/… here, or
  // ../…/node_modules/… in a checkout whose node_modules is a link to another's.
  const chunk = Object.keys(chunkInputs).find((name) => chunkInputs[name].some((file) => file === input || file.endsWith(`/${input}`)));
  if (!chunk) throw new Error(`bench:startup: no chunk of dist/bundle/ holds ${input}`);
  return pathToFileURL(path.join(root, "dist/bundle", chunk)).href;
};
const importing = (inputs) => ["--input-type=module", "-e", inputs.map((input) => `await import(${JSON.stringify(chunkOf(input))});`).join("\n")];
const FLOORS = [
  { name: "floor: zod + yaml imported", argv: importing(["node_modules/zod/index.js", "node_modules/yaml/dist/index.js"]) },
  { name: "floor: + facts schema (a bad file)", argv: importing(["node_modules/zod/index.js", "node_modules/yaml/dist/index.js", "dist/facts/schema.js"]) },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function modulesOf(argv, extraEnv = {}) {
  const list = path.join(temp, "modules.txt");
  rmSync(list, { force: true });
  // The tests' recorder of loaded modules.
  const hook = pathToFileURL(path.join(here, "../../test/helpers/preload/record-modules.mjs")).href;
  const result = node(["--import", hook, ...argv], { ...extraEnv, GRANTSMITH_TEST_MODULES_OUT: list });
  if (result.code !== 0 && result.code !== 1) throw new Error(`${argv.join(" ")}: exit ${result.code}\n${result.stderr}`);
  const lines = existsSync(list) ? readFileSync(list, "utf8").split("\n") : [];
  // An ES module, or a CommonJS file not loaded as one (each counted once).
  const urls = [...new Set(lines.filter((u) => u.startsWith("file:") || u.startsWith("cjs:")).map((u) => u.replace(/^cjs:/, "")))];
  return {
    all: urls.length,
    openai: urls.filter((u) => u.includes("/node_modules/openai/")).length,
    handlebars: urls.some((u) => u.includes("/node_modules/handlebars/")),
    compiler: urls.some((u) => u.includes("/handlebars/compiler/")),
  };
}

const cpuHook = pathToFileURL(path.join(here, "cpu-at-exit.mjs")).href;
const cpuFile = path.join(temp, "cpu.txt");
/** Runs `argv` with the CPU recorder; returns the wall time and the process's own CPU time. */
function timed(argv, extraEnv = {}) {
  rmSync(cpuFile, { force: true });
  const result = node(["--import", cpuHook, ...argv], { ...extraEnv, GRANTSMITH_BENCH_CPU_OUT: cpuFile });
  return { ...result, cpu: existsSync(cpuFile) ? Number(readFileSync(cpuFile, "utf8").trim()) : NaN };
}

const baseline = [];
const baselineCpu = [];
const times = COMMANDS.map(() => []);
const cpus = COMMANDS.map(() => []);
const floorTimes = FLOORS.map(() => []);
const floorCpus = FLOORS.map(() => []);
for (let i = 0; i < runs; i++) {
  const bare = timed(["-e", "0"]);
  baseline.push(bare.ms);
  baselineCpu.push(bare.cpu);
  for (const [index, command] of COMMANDS.entries()) {
    const result = timed([bin, ...command.argv], command.env);
    cpus[index].push(result.cpu);
    if (result.code !== 0 && result.code !== 1) {
      process.stderr.write(`bench:startup: ${command.name} exited ${result.code}:\n${result.stderr}`);
      process.exit(1);
    }
    times[index].push(result.ms);
  }
  for (const [index, floor] of FLOORS.entries()) {
    const result = timed(floor.argv);
    if (result.code !== 0) {
      process.stderr.write(`bench:startup: ${floor.name} exited ${result.code}:\n${result.stderr}`);
      process.exit(1);
    }
    floorTimes[index].push(result.ms);
    floorCpus[index].push(result.cpu);
  }
}
const base = median(baseline);
const baseCpu = median(baselineCpu);
const busy = os.loadavg()[0] > os.availableParallelism();

process.stdout.write(
  `start-up, median of ${runs} runs each, interleaved; node -e 0: ${base.toFixed(1)} ms wall, ${baseCpu.toFixed(1)} ms CPU (${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(1)}${busy ? ": busy, PASS/FAIL by the CPU ratio" : ""})\n`,
);
process.stdout.write(`${"command".padEnd(40)} ${"wall ms".padStart(8)} ${"÷ node".padStart(7)} ${"CPU ms".padStart(7)} ${"÷ node".padStart(7)}  target  modules  result\n`);
let failed = 0;
for (const [index, command] of COMMANDS.entries()) {
  const ms = median(times[index]);
  const cpu = median(cpus[index]);
  const cpuRatio = cpu / baseCpu;
  const ratio = busy ? cpuRatio : ms / base;
  const modules = modulesOf([bin, ...command.argv], command.env);
  const pass = command.target === undefined || ratio <= command.target;
  if (!pass) failed++;
  const notes = [modules.openai > 0 ? `openai: ${modules.openai}` : "", modules.compiler ? "handlebars compiler" : modules.handlebars ? "handlebars runtime" : ""].filter(Boolean).join(", ");
  process.stdout.write(
    `${command.name.padEnd(40)} ${ms.toFixed(1).padStart(8)} ${(ms / base).toFixed(2).padStart(6)}× ${cpu.toFixed(1).padStart(7)} ${cpuRatio.toFixed(2).padStart(6)}×  ${command.target === undefined ? "      " : `≤ ${command.target.toFixed(1)}×`} ${String(modules.all).padStart(7)}  ${command.target === undefined ? "    " : pass ? "PASS" : "FAIL"}${notes ? `  (${notes})` : ""}\n`,
  );
}
for (const [index, floor] of FLOORS.entries()) {
  const ms = median(floorTimes[index]);
  const cpu = median(floorCpus[index]);
  process.stdout.write(`${floor.name.padEnd(40)} ${ms.toFixed(1).padStart(8)} ${(ms / base).toFixed(2).padStart(6)}× ${cpu.toFixed(1).padStart(7)} ${(cpu / baseCpu).toFixed(2).padStart(6)}×\n`);
}
const targeted = COMMANDS.filter((command) => command.target !== undefined).length;
process.stdout.write(`${targeted - failed} of ${targeted} within target${busy ? " (by CPU time; the machine is busy, wall ratios are noise)" : ""}\n`);
rmSync(temp, { recursive: true, force: true });
