// The validity benchmark: `npm run bench:validity [-- --verbose] [-- --no-plant]`. Scores every
// corpus document with the built CLI, prints Spearman's rho between score and the human label
// (overall and per language), the planted-defect catch rate per kind, and the five largest
// disagreements, each against the targets of the scorer issue. It is a benchmark, not a gate: it
// exits 0 whatever the figures, 2 for bad arguments or a missing build. Run `npm run build` first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { KINDS, MATCHERS, plant } from "./plant.js";
import { answerHelp } from "../usage.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "../..");
const usage = "usage: npm run bench:validity [-- --verbose] [-- --no-plant]";

answerHelp(usage);
const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (a !== "--verbose" && a !== "--no-plant") {
    process.stderr.write(`bench:validity: unknown argument ${a}; ${usage}\n`);
    process.exit(2);
  }
}
if (!existsSync(path.join(root, "dist/cli.js"))) {
  process.stderr.write("bench:validity needs the built CLI; run `npm run build` first.\n");
  process.exit(2);
}

const PLANT_PER_LANGUAGE = 4;
const TARGETS = { rhoOverall: 0.8, rhoLanguage: 0.7, catch: 0.95 };

const labels = parse(readFileSync(path.join(here, "labels.yaml"), "utf8"));
const sources = parse(readFileSync(path.join(here, "SOURCES.yaml"), "utf8"));
const docs = [];
const missing = [];
for (const [id, { label, reason }] of Object.entries(labels)) {
  const language = sources[id]?.language ?? (id.startsWith("zh") ? "zh" : "en");
  // Stored documents first, then hand-fetched ones; Markdown, plain text or reStructuredText.
  const file = ["corpus", "corpus-local"]
    .flatMap((dir) => [".md", ".txt", ".rst"].map((ext) => path.join(here, dir, id + ext)))
    .find(existsSync);
  if (file) docs.push({ id, label, reason, language, file });
  else missing.push(id);
}

// One CLI run over many files; returns file -> result.
function score(files) {
  const run = spawnSync(process.execPath, ["bin/grantsmith.js", "score", ...files, "--format", "json", "--quiet"], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(`bench:validity: grantsmith score failed (exit ${run.status}):\n${run.stderr}\n`);
    process.exit(1);
  }
  const report = JSON.parse(run.stdout.toString());
  return new Map(report.results.map((r) => [path.resolve(root, r.file), r]));
}

function ranks(values) {
  const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const out = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) out[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

// Spearman's rho as the Pearson correlation of average ranks (right with ties).
function spearman(xs, ys) {
  if (xs.length < 3) return NaN;
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (a) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i] - mx) * (ry[i] - my);
    dx += (rx[i] - mx) ** 2;
    dy += (ry[i] - my) ** 2;
  }
  return dx === 0 || dy === 0 ? NaN : num / Math.sqrt(dx * dy);
}

const started = Date.now();
const base = score(docs.map((d) => d.file));
for (const d of docs) d.score = base.get(d.file)?.score ?? NaN;

const out = [];
const verdict = (ok) => (ok ? "PASS" : "FAIL");
const byLanguage = (lang) => docs.filter((d) => !lang || d.language === lang);
const fmt = (rho) => (Number.isNaN(rho) ? "n/a" : rho.toFixed(2));

out.push(`documents: ${docs.length} scored (${byLanguage("en").length} en, ${byLanguage("zh").length} zh)` +
  (missing.length ? `; ${missing.length} listed but not present (fetch by hand into bench/validity/corpus-local/): ${missing.join(", ")}` : ""));
out.push("", "Spearman rho, score vs label:");
for (const [name, lang, target] of [["overall", null, TARGETS.rhoOverall], ["en", "en", TARGETS.rhoLanguage], ["zh", "zh", TARGETS.rhoLanguage]]) {
  const set = byLanguage(lang);
  const rho = spearman(set.map((d) => d.score), set.map((d) => d.label));
  const few = set.length < 8 ? "  (fewer than 8 documents: not meaningful yet)" : "";
  out.push(`  ${name.padEnd(8)} rho ${fmt(rho).padStart(5)}  n=${String(set.length).padEnd(3)} (target >= ${target})  ${verdict(rho >= target)}${few}`);
}

if (args.has("--verbose")) {
  out.push("", "every document (label, score):");
  for (const d of [...docs].sort((a, b) => b.label - a.label || b.score - a.score)) {
    out.push(`  ${String(d.label)}  ${d.score.toFixed(1).padStart(5)}  ${d.id}`);
  }
}

// Largest disagreements: distance between a document's rank by score and its rank by label.
const rs = ranks(docs.map((d) => d.score));
const rl = ranks(docs.map((d) => d.label));
const gaps = docs.map((d, i) => ({ d, gap: rs[i] - rl[i], rs: rs[i], rl: rl[i] })).sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
out.push("", "five largest disagreements (rank by score vs rank by label, 1 = lowest):");
for (const { d, gap, rs: s, rl: l } of gaps.slice(0, 5)) {
  out.push(`  ${d.id}: label ${d.label}, score ${d.score.toFixed(1)}; rank ${s} by score vs ${l} by label (${gap > 0 ? "scored too high" : "scored too low"})`);
  out.push(`      reason for the label: ${d.reason}`);
}

if (!args.has("--no-plant")) {
  // The best-labelled documents of each language receive every defect kind; among equal labels,
  // those that can take more kinds (a budget with a total, an objectives or risk section) go first.
  const plantable = (d) => {
    const text = readFileSync(d.file, "utf8");
    return KINDS.filter((kind) => plant(kind, text, d.language) !== null).length;
  };
  const chosen = ["en", "zh"].flatMap((lang) =>
    byLanguage(lang).map((d) => ({ d, kinds: plantable(d) }))
      .sort((a, b) => b.d.label - a.d.label || b.kinds - a.kinds || a.d.id.localeCompare(b.d.id))
      .slice(0, PLANT_PER_LANGUAGE).map(({ d }) => d));
  const temp = mkdtempSync(path.join(os.tmpdir(), "grantsmith-validity-"));
  const planted = [];
  for (const d of chosen) {
    const text = readFileSync(d.file, "utf8");
    KINDS.forEach((kind, k) => {
      const changed = plant(kind, text, d.language);
      if (changed === null) return planted.push({ d, kind, file: null });
      const file = path.join(temp, `${d.id}--${k}${path.extname(d.file)}`);
      writeFileSync(file, changed);
      planted.push({ d, kind, file });
    });
  }
  const results = score(planted.filter((p) => p.file).map((p) => p.file));
  out.push("", `planted defects (into ${chosen.map((d) => d.id).join(", ")}):`,
    "  a catch = the score drops AND a new improvement names the defect (rules in bench/validity/README.md)");
  for (const kind of KINDS) {
    const rows = planted.filter((p) => p.kind === kind);
    const applicable = rows.filter((p) => p.file);
    let caught = 0;
    let dropped = 0;
    for (const p of applicable) {
      const r = results.get(path.resolve(p.file));
      if (!r) continue;
      const drop = r.score < p.d.score - 0.01;
      // Only a finding the unchanged document did not already have can name the planted defect.
      const before = new Set((base.get(p.d.file)?.improvements ?? []).map((i) => i.message));
      const named = r.improvements.some((i) => !before.has(i.message) &&
        MATCHERS[kind]([...(i.criteria ?? []), i.criterion, i.section, i.message, i.suggestion].filter(Boolean).join(" ")));
      if (drop) dropped++;
      if (drop && named) caught++;
      p.outcome = drop && named ? "C" : drop ? "d" : named ? "n" : ".";
    }
    const rate = applicable.length ? caught / applicable.length : NaN;
    const na = rows.length - applicable.length;
    out.push(`  ${kind.padEnd(30)} ${String(caught).padStart(2)}/${String(applicable.length).padEnd(2)} caught` +
      ` (score dropped ${dropped}${na ? `, not applicable ${na}` : ""})  (target >= 95%)  ${verdict(rate >= TARGETS.catch)}`);
  }
  if (args.has("--verbose")) {
    // Which host missed which kind: C caught, d score dropped but no finding names it, n named but
    // the score did not drop, . neither, - not applicable.
    out.push("", "planted defects per document (C caught, d dropped only, n named only, . neither, - not applicable):");
    chosen.forEach((d, k) => out.push(`  [${k + 1}] ${d.id} (label ${d.label}, score ${d.score.toFixed(1)})`));
    out.push(`  ${"".padEnd(30)} ${chosen.map((_, k) => String(k + 1).padStart(3)).join("")}`);
    for (const kind of KINDS) {
      const cells = chosen.map((d) => planted.find((p) => p.d === d && p.kind === kind)?.outcome ?? "-");
      out.push(`  ${kind.padEnd(30)} ${cells.map((c) => c.padStart(3)).join("")}`);
    }
  }
  rmSync(temp, { recursive: true, force: true });
}

out.push("", `time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write(out.join("\n") + "\n");
