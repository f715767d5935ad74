// GitHub Actions workflow commands: annotations on a file and line for the improvements, a notice
// with each file's score (an error when it fails the gate), and a summary notice. GitHub shows only
// a few annotations per step, so the run keeps the most telling ones — gate failures, criteria the
// judge could not assess, then errors, warnings and notices, each by the points at stake — at most
// a few per file and 50 in all by default (--max-annotations, --max-annotations-per-file; 0 for no
// limit), writes them in file order at the end, and counts the rest in the summary line.
import { t } from "../i18n/index.js";
import { mustFailed } from "../score/gate.js";
import type { ScoreResult } from "../score/types.js";
import { reportLanguage } from "./language.js";
import { gateWord, gradeNote, readinessLine, readyWord } from "./readiness.js";
import type { ReportOptions, ReportWriter } from "./writer.js";

export const DEFAULT_MAX_ANNOTATIONS = 50;
export const DEFAULT_MAX_ANNOTATIONS_PER_FILE = 5;

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const LEVEL = { error: "error", warning: "warning", info: "notice" } as const;
const LEVEL_RANK = { error: 1, warning: 2, notice: 3 } as const;

interface Annotation {
  line: string;
  /** Lower is kept first: 0 for a failed gate, then by level. */
  rank: number;
  points: number;
  /** File order, then place in the file: the order they are written in. */
  order: number;
  at: number;
}

const before = (a: Annotation, b: Annotation) => a.rank - b.rank || b.points - a.points || a.order - b.order || a.at - b.at;

/** Every annotation of one result, the file's verdict first, in the proposal's language. */
function annotationsOf(r: ScoreResult, options: ReportOptions): Omit<Annotation, "order" | "at">[] {
  const lang = r.language;
  const file = escapeProperty(r.file.replace(/\\/g, "/"));
  if (r.error !== undefined) return [{ line: `::error file=${file},title=${escapeProperty(t("report.github.cannotScore"))}::${escapeData(r.error)}`, rank: 0, points: Infinity }];
  const out: Omit<Annotation, "order" | "at">[] = [];
  const verdict = t("report.github.verdict", { score: r.score, grade: r.grade, capped: gradeNote(r), rubric: r.rubric, assessedMax: r.assessedMax, ready: readyWord(r.ready, lang), gate: gateWord(r.passed, lang) }, lang);
  if (!r.ready) {
    // Kept with the gate's verdict: what stops the proposal going out is never among the dropped.
    const first = r.blocking.find((b) => b.line !== undefined)?.line ?? 1;
    out.push({ line: `::error file=${file},line=${first},title=${escapeProperty(t("report.github.notReady", undefined, lang))}::${escapeData(readinessLine(r))}`, rank: 0, points: Infinity });
  }
  if (!r.passed) {
    const why: string[] = [];
    if (options.minScore !== undefined && r.score < options.minScore) why.push(t("report.gate.belowMinScore", { min: options.minScore }, lang));
    const failedMust = mustFailed(r.criteria).map((c) => c.id);
    if (failedMust.length > 0) why.push(t("report.gate.mustFailed", { ids: failedMust }, lang));
    if (why.length === 0) why.push(t("report.gate.failOn", { level: options.failOn ?? "error" }, lang));
    const text = [verdict, ...why].join(t("report.join", undefined, lang));
    out.push({ line: `::error file=${file},title=${escapeProperty(t("report.github.gateFailed", undefined, lang))}::${escapeData(text)}`, rank: 0, points: Infinity });
  } else {
    out.push({ line: `::notice file=${file},title=${escapeProperty(t("report.github.score", undefined, lang))}::${escapeData(verdict)}`, rank: LEVEL_RANK.notice, points: 0 });
  }
  for (const i of r.improvements) {
    const title = escapeProperty(`grantsmith ${(i.criteria ?? [i.criterion]).join(" + ")}${i.points > 0 ? ` (+${i.points})` : ""}`);
    const level = LEVEL[i.severity];
    out.push({ line: `::${level} file=${file},line=${i.line},title=${title}::${escapeData(`${i.message} ${i.suggestion}`)}`, rank: LEVEL_RANK[level], points: i.points });
  }
  for (const c of r.criteria) {
    if (c.error !== undefined) {
      // A criterion the judge could not assess is said before any finding: its points are unknown.
      const title = escapeProperty(t("report.github.judgeError", { id: c.id }, lang));
      out.push({ line: `::warning file=${file},title=${title}::${escapeData(t("report.notAssessed", { why: c.error }, lang))}`, rank: 0.5, points: 0 });
    }
  }
  return out;
}

export function githubWriter(options: ReportOptions = {}): ReportWriter {
  const max = options.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
  const perFile = options.maxAnnotationsPerFile ?? DEFAULT_MAX_ANNOTATIONS_PER_FILE;
  // The best `max` so far, worst last; with no limit, every one in order.
  const kept: Annotation[] = [];
  let dropped = 0;
  let order = 0;
  const keep = (a: Annotation) => {
    if (max === 0) return void kept.push(a);
    if (kept.length === max) {
      if (before(a, kept[max - 1]!) >= 0) return void dropped++;
      kept.pop();
      dropped++;
    }
    let at = kept.length;
    while (at > 0 && before(a, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, a);
  };
  const language = reportLanguage();
  return {
    header: () => "",
    result(r: ScoreResult) {
      language.see(r);
      const all = annotationsOf(r, options).map((a, at) => ({ ...a, order, at }));
      order++;
      const chosen = perFile === 0 ? all : [...all].sort(before).slice(0, perFile);
      dropped += all.length - chosen.length;
      // Unlimited: written as they come, so a long run streams.
      if (max === 0 && perFile === 0) return all.map((a) => a.line).join("\n") + "\n";
      for (const a of chosen) keep(a);
      return "";
    },
    footer(summary, _rows, run) {
      const lines = max === 0 && perFile === 0 ? [] : [...kept].sort((a, b) => a.order - b.order || a.at - b.at).map((a) => a.line);
      const skipped = run?.skipped ?? [];
      const lang = language.current();
      if (skipped.length > 0) {
        const notice = t("report.skippedNotice", { count: skipped.length, first: `${skipped[0]!.file}: ${skipped[0]!.reason[lang]}` }, lang);
        lines.push(`::notice title=${escapeProperty(t("report.github.skipped", undefined, lang))}::${escapeData(notice)}`);
      }
      const more = dropped > 0 ? `${t("report.join", undefined, lang)}${t("report.annotationsNotShown", { more: dropped, max, perFile }, lang)}` : "";
      lines.push(`::notice title=${escapeProperty(t("report.github.summary", undefined, lang))}::${escapeData(`${t("report.runSummary", summary, lang)}${more}`)}`);
      return lines.join("\n") + "\n";
    },
  };
}
