// The draft benchmark: `npm run bench:draft [-- --write DIR]` (build first). Drafts the zh and en
// replay examples against the replay endpoint (test/helpers/replay-server.ts) with each model habit
// and counts the habits handled: a wrapping habit leaves exactly the prepared answer under each
// heading; a failing habit is asked for once more, and spoilt twice ends in exit 3 with --resume
// finishing the draft. Then, for the clean replayed drafts and the offline drafts, prints how often
// each key figure recurs in narrative, headings written twice in a section, the sentences two
// unrelated offline drafts share, and placeholders by whether a facts field could fill them, with
// PASS/FAIL against issue 10's targets. --write DIR keeps those drafts in DIR to read
// (bench/draft/replay.js writes the two replayed ones alone, faster). Exit 0 whatever the figures;
// 2 for arguments or a missing build.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { draftSections, duplicateHeadings, figureCounts, placeholders, sentences, sharedRatio } from "./measure.js";
import { placeholderField } from "./placeholder-fields.js";
import { REPLAY_EXAMPLES, loadReplayServer, replayArgs, runCli } from "./shared.js";
import { answerHelp } from "../usage.js";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
answerHelp("usage: npm run bench:draft [-- --write DIR]");
const argv = process.argv.slice(2);
const writeDir = argv[0] === "--write" && argv.length === 2 ? path.resolve(argv[1]) : undefined;
if (argv.length > 0 && !writeDir) {
  process.stderr.write(`bench:draft takes only --write DIR (got ${argv.join(" ")})\nusage: npm run bench:draft [-- --write DIR]\n`);
  process.exit(2);
}
if (!existsSync(path.join(root, "dist/cli.js"))) {
  process.stderr.write("bench:draft needs the built CLI; run `npm run build` first.\n");
  process.exit(2);
}

const temp = mkdtempSync(path.join(os.tmpdir(), "grantsmith-bench-draft-"));
const { sectionPlan } = await import(pathToFileURL(path.join(root, "dist/draft/plan.js")).href);
const { programTableHeaders } = await import(pathToFileURL(path.join(root, "dist/draft/program-tables.js")).href);
const { startReplayServer, HABITS, FAILING_HABITS, habitWrapping } = await loadReplayServer(root, temp);
const replay = await startReplayServer({ root });
const run = (args) => runCli(root, temp, args);

const EXAMPLES = REPLAY_EXAMPLES;
const plan = sectionPlan("standard");
const modelArgs = replayArgs(replay.baseURL);
const cellKey = (cell) => cell.replace(/\{\{[^}]*\}\}/g, "").replace(/[（(][^）)]*[）)]/g, "").trim();
const read = (file) => (existsSync(file) ? readFileSync(file, "utf8") : "");

/** Why a replayed draft is not exactly the prepared answers under their headings, or "" when it is. */
function problems(document, example, habit) {
  const found = [];
  const sections = draftSections(document, { root, language: example.language, plan });
  for (const spec of plan) {
    const section = sections.find((s) => s.id === spec.id);
    if (!section) {
      found.push(`${spec.id}: missing`);
      continue;
    }
    for (const paragraph of replay.answer(example.name, spec.id).split(/\n{2,}/).map((p) => p.trim()).filter((p) => p && !p.startsWith("#"))) {
      if (document.split(paragraph).length - 1 !== 1) found.push(`${spec.id}: the answer is not there exactly once`);
    }
    if (habit) for (const wrapping of habitWrapping(habit, example.language, spec.heading[example.language])) if (document.includes(wrapping.slice(0, 12))) found.push(`${spec.id}: the habit's text is kept`);
    const header = programTableHeaders(example.language, spec.tables, root)[0];
    if (header) {
      const wanted = header.map(cellKey).join("|");
      const lines = section.body.split("\n");
      const copies = lines.filter((l, i) => l.startsWith("|") && /^\|\s*:?-{3}/.test(lines[i + 1] ?? "") && l.replace(/^\||\|$/g, "").split("|").map(cellKey).join("|") === wanted).length;
      if (copies !== 1) found.push(`${spec.id}: the program table stands ${copies} times`);
    }
  }
  if (/<\/?think>|```/.test(document)) found.push("reasoning tags or a fence are kept");
  return [...new Set(found)];
}

// 1. Habits.
let handled = 0;
const failures = [];
for (const example of EXAMPLES) {
  for (const habit of HABITS) {
    const out = path.join(temp, `${example.name}-${habit}.md`);
    replay.setHabit({ habit });
    const once = await run(["draft", example.file, "-o", out, ...modelArgs]);
    const issues = once.code === 0 ? problems(read(out), example, habit) : [`exit ${once.code}`];
    if (FAILING_HABITS.includes(habit) && issues.length === 0) {
      const twice = path.join(temp, `${example.name}-${habit}-twice.md`);
      replay.setHabit({ habit, sections: ["budget"], always: true });
      const first = await run(["draft", example.file, "-o", twice, ...modelArgs, "--concurrency", "1"]);
      if (first.code !== 3 || existsSync(twice)) issues.push(`spoilt twice: exit ${first.code}${existsSync(twice) ? ", output written" : ""}`);
      replay.setHabit(undefined);
      replay.answers.length = 0;
      const resumed = await run(["draft", example.file, "-o", twice, ...modelArgs, "--concurrency", "1", "--resume"]);
      const asked = replay.answers.map((a) => a.section);
      if (resumed.code !== 0 || asked.includes("summary") || !asked.includes("budget")) issues.push(`--resume: exit ${resumed.code}, asked for ${asked.join(", ")}`);
      else issues.push(...problems(read(twice), example, undefined).map((p) => `after --resume: ${p}`));
    }
    if (issues.length === 0) handled++;
    else failures.push(`${example.name} ${habit}: ${issues.slice(0, 3).join("; ")}`);
  }
}
replay.setHabit(undefined);
const total = EXAMPLES.length * HABITS.length;
console.log(`habits handled ${handled}/${total}  ${handled === total ? "PASS" : "FAIL"}`);
for (const failure of failures) console.log(`  ${failure}`);

// 2. Clean replayed drafts and offline drafts.
const schema = JSON.parse(await new Promise((resolve) => {
  const child = spawn(process.execPath, [path.join(root, "bin/grantsmith.js"), "schema", "facts"], { cwd: root });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (c) => (out += c));
  child.on("close", () => resolve(out));
}));
const drafts = [];
for (const example of EXAMPLES) {
  const out = path.join(temp, `${example.name}-clean.md`);
  await run(["draft", example.file, "-o", out, ...modelArgs]);
  drafts.push({ label: `replayed ${example.name}`, file: example.file, out, language: example.language });
}
for (const language of ["zh", "en"]) {
  for (const name of readdirSync(path.join(root, "examples", language)).filter((f) => f.endsWith(".yaml") && f !== "org.yaml").sort()) {
    const file = `examples/${language}/${name}`;
    const out = path.join(temp, `offline-${language}-${name.replace(/\.yaml$/, "")}.md`);
    await run(["draft", file, "-o", out, "--offline", "--no-score", "--force"]);
    drafts.push({ label: `offline ${language}/${name.replace(/\.yaml$/, "")}`, file, out, language, offline: true });
  }
}

const verdict = (ok) => (ok ? "PASS" : "FAIL");
console.log("\nkey figures in narrative (target: each at most 3 times)");
for (const d of drafts) {
  const facts = parse(readFileSync(path.join(root, d.file), "utf8"));
  d.sections = draftSections(read(d.out), { root, language: d.language, plan: sectionPlan(facts.kind ?? "standard") });
  d.facts = facts;
  const counts = figureCounts(d.sections, facts, d.language);
  const worst = Math.max(0, ...counts.map((c) => c.count));
  console.log(`  ${d.label}: ${counts.map((c) => `${c.label}=${c.count}`).join(", ") || "no key figures"}  ${verdict(worst <= 3)}`);
}
console.log("\nheadings written twice within a section (target: none)");
for (const d of drafts) {
  const dup = duplicateHeadings(d.sections);
  console.log(`  ${d.label}: ${dup.length}${dup.length ? ` (${dup.join("; ")})` : ""}  ${verdict(dup.length === 0)}`);
}
console.log("\nsentences shared between offline drafts of two unrelated examples, boilerplate aside (target: under 10%)");
for (const language of ["zh", "en"]) {
  const offline = drafts.filter((d) => d.offline && d.language === language);
  let worst = { ratio: 0, pair: "" };
  for (const a of offline) for (const b of offline) {
    if (a === b) continue;
    const ratio = sharedRatio(sentences(a.sections), sentences(b.sections));
    if (ratio >= worst.ratio) worst = { ratio, pair: `${a.label} vs ${b.label}` };
  }
  console.log(`  ${language}: highest ${(worst.ratio * 100).toFixed(1)}% (${worst.pair})  ${verdict(worst.ratio < 0.1)}`);
}
console.log("\nplaceholders per draft (target: none that no facts field could fill)");
for (const d of drafts) {
  const found = placeholders(read(d.out)).map((text) => ({ text, ...placeholderField(text, schema) }));
  const fillable = found.filter((p) => p.exists);
  const unfillable = found.filter((p) => !p.exists);
  console.log(`  ${d.label}: ${found.length} placeholders, ${fillable.length} a facts field could fill, ${unfillable.length} no field could  ${verdict(unfillable.length === 0)}`);
  for (const p of unfillable) console.log(`    no field: ${p.text.slice(0, 50)}${p.field ? ` (wants ${p.field})` : ""}`);
}

if (writeDir) {
  mkdirSync(writeDir, { recursive: true });
  for (const d of drafts) if (existsSync(d.out)) copyFileSync(d.out, path.join(writeDir, `${d.label.replace(/[ /]/g, "-")}.md`));
  console.log(`\ndrafts written to ${argv[1]}`);
}

await replay.close();
rmSync(temp, { recursive: true, force: true });
