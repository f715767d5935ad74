// The output snapshot: `npm run bench:snapshot [-- FILE]`. Runs the built CLI over every fixture
// proposal (json, text and csv reports), every example's offline draft (and its score with and
// without its facts) and 1,000 generated benchmark proposals (csv and json reports, with and
// without workers), and prints one sha256 per output. A refactoring that must not change what users
// see compares this list before and after: `npm run bench:snapshot -- before.txt`, change, then
// `npm run bench:snapshot -- after.txt && diff before.txt after.txt`. It builds nothing: run
// `npm run build` first.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "../score/generate.js";
import { answerHelp } from "../usage.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "../..");
const bin = path.join(root, "bin/grantsmith.js");
answerHelp("usage: npm run bench:snapshot [-- FILE]   (FILE: where to write the list of sha256, besides stdout)");
if (!existsSync(path.join(root, "dist/cli.js"))) {
  process.stderr.write("bench:snapshot needs the built CLI; run `npm run build` first.\n");
  process.exit(2);
}

const temp = mkdtempSync(path.join(os.tmpdir(), "grantsmith-snapshot-"));
const env = {
  PATH: process.env.PATH,
  HOME: temp,
  LANG: "C.UTF-8",
  NO_COLOR: "1",
  GRANTSMITH_CONFIG: "none",
  GRANTSMITH_CACHE: "none",
  XDG_CACHE_HOME: path.join(temp, "cache"),
  XDG_CONFIG_HOME: path.join(temp, "config"),
};
const lines = [];

function run(label, args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, encoding: "utf8", maxBuffer: 1 << 30 });
  // Reports name files by their path: fold the temp folder so the hash does not depend on it.
  // A draft's first line carries the day it was written: fold it too, so the list holds across days.
  const stdout = result.stdout.split(temp).join("<temp>").replace(/^(<!-- grantsmith: .*); \d{4}-\d{2}-\d{2} -->/, "$1; <date> -->");
  const hash = createHash("sha256").update(`${result.status}\n${stdout}`).digest("hex").slice(0, 16);
  lines.push(`${hash}  exit ${result.status}  ${label}`);
  return result.stdout;
}

try {
  const fixtures = path.join(root, "test/fixtures/proposals");
  for (const name of readdirSync(fixtures).sort()) {
    const file = path.join("test/fixtures/proposals", name);
    for (const format of ["json", "text", "csv"]) run(`score ${name} --format ${format}`, ["score", file, "--format", format]);
  }
  for (const language of ["zh", "en"]) {
    for (const name of readdirSync(path.join(root, "examples", language)).filter((n) => n.endsWith(".yaml") && n !== "org.yaml").sort()) {
      const facts = path.join("examples", language, name);
      const draft = run(`draft --offline ${language}/${name}`, ["draft", facts, "--offline", "-o", "-", "--no-score", "-q"]);
      const draftFile = path.join(temp, `${language}-${name}.md`);
      writeFileSync(draftFile, draft);
      run(`score draft of ${language}/${name} --format json`, ["score", draftFile, "--format", "json"]);
      run(`score draft of ${language}/${name} --facts --format json`, ["score", draftFile, "--facts", facts, "--format", "json"]);
      run(`score draft of ${language}/${name} --facts --format text`, ["score", draftFile, "--facts", facts]);
    }
  }
  const corpus = path.join(temp, "corpus");
  generateCorpus(1000, corpus);
  for (const format of ["csv", "json"]) {
    for (const concurrency of ["1", "2"]) {
      run(`score 1000 files --format ${format} --concurrency ${concurrency}`, ["score", corpus, "--format", format, "--concurrency", concurrency]);
    }
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

const text = lines.join("\n") + "\n";
if (process.argv[2]) writeFileSync(process.argv[2], text);
process.stdout.write(text);
