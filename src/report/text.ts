// The text report a person reads in a terminal: total and grade, points per criterion, then the
// improvements sorted by the points each would recover, each with file:line and a suggestion.
// Colour only when asked (a TTY without NO_COLOR); styleText keeps it dependency-free. Columns line
// up by display width (width.ts), so Chinese titles and file names keep a table straight.
import { styleText } from "node:util";
import { t, uiLang } from "../i18n/index.js";
import type { Language, ScoreResult, ScoreSummary } from "../score/types.js";
import { formatMoney } from "../text/currency.js";
import { KIND_UNIT } from "../facts/units.js";
import { criterionGap, findingPlace, judgeSummary, label, linePlace, notAssessedNote } from "./labels.js";
import { reportLanguage } from "./language.js";
import { gateWord, gradeNote, readinessLine, readyWord } from "./readiness.js";
import { displayWidth, padEnd } from "./width.js";
import type { ReportOptions, ReportWriter, ResultRow, RunInfo } from "./writer.js";

type Style = Parameters<typeof styleText>[0];

const width = displayWidth;
const pad = padEnd;

export function renderResultText(r: ScoreResult, options: ReportOptions = {}): string {
  const c = (style: Style, text: string) => (options.color ? styleText(style, text) : text);
  const lang = r.language;
  // A file that could not be read has no language of its own: the user's.
  if (r.error !== undefined) return `${c("bold", r.file)}  ${c("red", t("report.gateError"))}${uiLang() === "zh" ? "：" : ": "}${r.error}\n\n`;
  const gradeStyle: Style = r.score >= 80 ? "green" : r.score >= 60 ? "yellow" : "red";
  const ready = c(r.ready ? "green" : "red", readyWord(r.ready, lang));
  const gate = r.passed ? c("green", gateWord(true, lang)) : c("red", gateWord(false, lang));
  const out: string[] = [`${c("bold", r.file)}  ${c(["bold", gradeStyle], `${r.score}/100`)}  ${c(gradeStyle, r.grade)}  ${r.rubric}  ${ready} · ${gate}`];
  // Why it cannot be submitted yet, and why the grade is not the score's: before anything else.
  if (!r.ready) out.push(`  ${c("red", readinessLine(r))}`);
  const capped = gradeNote(r);
  if (capped) out.push(`  ${c("yellow", capped)}`);
  const note = notAssessedNote(r);
  if (note) out.push(`  ${c("yellow", note)}`);
  out.push("", `  ${c("bold", label("criteria", lang))}`);
  const titleWidth = Math.max(...r.criteria.map((k) => width(k.title)), 8);
  for (const k of r.criteria) {
    const mark = k.error !== undefined ? c("red", "!") : !k.assessed ? c("dim", "–") : k.passed ? c("green", "✓") : c("red", "✗");
    const gap = criterionGap(k, lang);
    const unassessed = lang === "zh" ? "未评估" : "not assessed";
    // Why points are missing, inline; a judge error gets its own line so its message is read.
    const why = gap && k.error === undefined ? (lang === "zh" ? `（${gap}）` : ` (${gap})`) : "";
    const points = k.score === null ? c("dim", `${unassessed}${why}`) : `${k.score.toFixed(1).padStart(5)} / ${k.max}${why ? c("dim", why) : ""}`;
    const judged = judgeSummary(k, lang);
    out.push(`    ${mark} ${pad(k.title, titleWidth)}  ${points}${k.must ? c("dim", `  [${label("must", lang)}]`) : ""}${judged ? c("dim", `  ${judged}`) : ""}`);
    if (k.error !== undefined) out.push(`        ${c("red", gap)}`);
  }
  out.push("", `  ${c("bold", label("improvements", lang))}`);
  if (r.improvements.length === 0) out.push(`    ${label("none", lang)}`);
  for (const i of r.improvements) {
    const sev = c(i.severity === "error" ? "red" : i.severity === "warning" ? "yellow" : "dim", label(i.severity, lang));
    out.push(`    ${c("bold", `+${i.points.toFixed(1)}`.padStart(5))}  ${c("cyan", findingPlace(r.file, i))}  ${(i.criteria ?? [i.criterion]).join(", ")}  ${sev}`);
    out.push(`           ${i.message}`);
    out.push(`           ${c("dim", "→")} ${i.suggestion}`);
  }
  if (r.unverified.length > 0) {
    out.push("", `  ${c("bold", `${label("unverified", lang)} (${r.unverified.length})`)}`);
    const shown = r.unverified.slice(0, 30).map((u) => `${u.text} (${linePlace(u, lang)})`);
    out.push(`    ${shown.join(lang === "zh" ? "；" : "; ")}${r.unverified.length > 30 ? " …" : ""}`);
  }
  const m = r.metrics;
  const facts: string[] = [];
  if (m.budgetTotal !== undefined) facts.push(`${label("budget", lang)} ${formatMoney(m.budgetTotal, m.currency, lang, "report")}`);
  // Counts of different kinds (people, households) are shown each with its unit, never added up.
  if (m.directByKind) facts.push(`${label("beneficiaries", lang)} ${m.directByKind.map((k) => kindCount(k, lang)).join(" / ")}`);
  else if (m.directBeneficiaries !== undefined) facts.push(`${label("beneficiaries", lang)} ${m.directBeneficiaries}`);
  if (m.costPerBeneficiary !== undefined) facts.push(`${label("perBeneficiary", lang)} ${formatMoney(m.costPerBeneficiary, m.currency, lang, "report")}`);
  if (m.adminShare !== undefined) facts.push(`${label("admin", lang)} ${(m.adminShare * 100).toFixed(1)}%`);
  if (m.period) facts.push(`${label("period", lang)} ${m.period.start} – ${m.period.end}`);
  if (facts.length > 0) out.push("", `  ${c("bold", label("metrics", lang))}: ${facts.join(" · ")}`);
  return out.join("\n") + "\n\n";
}

/** "200户", "50 people", "12 schools". */
function kindCount(k: { kind: string; value: number }, lang: "zh" | "en"): string {
  const unit = k.kind.startsWith("other:") ? k.kind.slice(6) : KIND_UNIT[k.kind as keyof typeof KIND_UNIT][lang];
  return lang === "zh" ? `${k.value}${unit}` : `${k.value} ${unit}`;
}

/** Every file the run passed over, with why: none goes unmentioned in the report. */
export function renderSkippedText(skipped: RunInfo["skipped"], lang: Language = uiLang()): string {
  if (!skipped?.length) return "";
  const out = [t("report.skippedList", { count: skipped.length }, lang)];
  for (const skip of skipped) out.push(`  ${skip.file}${lang === "zh" ? "：" : ": "}${skip.reason[lang]}`);
  return out.join("\n") + "\n";
}

export function renderSummaryText(summary: ScoreSummary, rows: readonly ResultRow[], options: ReportOptions = {}, lang: Language = uiLang()): string {
  const c = (style: Style, text: string) => (options.color ? styleText(style, text) : text);
  if (rows.length <= 1 && !options.summary) return "";
  const say = (key: "report.column.file" | "report.column.score" | "report.column.grade" | "report.column.ready" | "report.column.gate" | "report.ready" | "report.notReady") => t(key, undefined, lang);
  const out = [c("bold", t("report.textSummary", { summary: t("report.runSummary", summary, lang) }, lang))];
  // The table lists every file in a small batch, and the lowest-scoring ones in a large one.
  const listed = rows.length <= 50 ? [...rows] : [...rows].sort((a, b) => a.score - b.score || a.file.localeCompare(b.file)).slice(0, 20);
  if (rows.length > 50) out.push(t("report.textLowest", { n: listed.length }, lang));
  const fileWidth = Math.min(70, Math.max(...listed.map((r) => width(r.file)), width(say("report.column.file"))));
  const readyWidth = Math.max(9, ...(["report.column.ready", "report.ready", "report.notReady"] as const).map((key) => width(say(key))));
  out.push(`  ${pad(say("report.column.file"), fileWidth)}  ${pad(say("report.column.score"), 5)}  ${pad(say("report.column.grade"), 5)}  ${pad(say("report.column.ready"), readyWidth)}  ${say("report.column.gate")}`);
  for (const row of listed) {
    const ready = row.error !== undefined ? "-" : say(row.ready ? "report.ready" : "report.notReady");
    const result = row.error !== undefined ? c("red", t("report.error", { error: row.error }, lang)) : c(row.passed ? "green" : "red", gateWord(row.passed, lang));
    out.push(`  ${pad(row.file, fileWidth)}  ${(row.error !== undefined ? "-" : row.score.toFixed(1)).padStart(5)}  ${pad(row.grade || "-", 5)}  ${pad(ready, readyWidth)}  ${result}`);
  }
  return out.join("\n") + "\n";
}

export function textWriter(options: ReportOptions = {}): ReportWriter {
  const language = reportLanguage();
  return {
    header: () => "",
    // --summary: the summary table alone.
    result: (r) => {
      language.see(r);
      return options.summary ? "" : renderResultText(r, options);
    },
    footer: (summary, rows, run) => renderSummaryText(summary, rows, options, language.current()) + renderSkippedText(run?.skipped, language.current()),
  };
}
