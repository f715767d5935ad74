// CSV: a ranking for a review meeting's spreadsheet, one row per file, best first (--sort score, the
// default) or by file name (--sort name): rank, title, organisation, kind, score, grade, whether it
// is ready to submit and what blocks it, the points of every criterion, budget total and currency, placeholders and unverified
// figures, the top improvement. Files that could not be scored come after the ranked ones, and
// skipped files last, each with why. Ranking needs every score, so rows are kept until the end:
// each as its finished cells (a few hundred bytes), never the result itself.
import type { ScoreResult } from "../score/types.js";
import { blockingCell, rank, readyOf } from "./ranking.js";
import type { ReportOptions, ReportWriter, RunInfo } from "./writer.js";

/** The fixed columns; one `points_<criterion id>` column per criterion seen stands between them. */
const LEADING = [
  "rank", "file", "title", "organization", "language", "kind", "rubric", "score", "grade", "ready", "blocking", "errors", "warnings",
  "placeholders", "unverified", "budget_total", "currency", "cost_per_beneficiary",
];
const TRAILING = ["top_improvement", "assessed_max", "judge_errors", "note"];

export function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

interface Row {
  file: string;
  score: number | undefined;
  /** The cells after rank, up to cost_per_beneficiary, joined; then the trailing ones. */
  lead: string;
  trail: string;
  /** Points per criterion, by the criterion's place in the run's list of ids. */
  points: (number | null)[];
}

/** The budget's currency as the report shows it: a Chinese budget that names none is in yuan. */
function currencyOf(r: ScoreResult): string | undefined {
  if (r.metrics.currency) return r.metrics.currency;
  return r.metrics.budgetTotal !== undefined && r.language === "zh" ? "CNY" : undefined;
}

function rowOf(r: ScoreResult, column: (id: string) => number): Row {
  const scored = r.error === undefined;
  const top = r.improvements[0];
  const lead = [
    r.file, r.title, r.organization, scored ? r.language : "", r.kind, r.rubric, scored ? r.score : "", r.grade, readyOf(r), blockingCell(r),
    r.improvements.filter((i) => i.severity === "error").length, r.improvements.filter((i) => i.severity === "warning").length,
    r.placeholders, r.unverified.length, r.metrics.budgetTotal, currencyOf(r), r.metrics.costPerBeneficiary,
  ];
  const trail = [
    top ? `${top.where ?? `line ${top.line}`} (+${top.points}): ${top.message}` : "",
    scored ? r.assessedMax : "",
    r.criteria.flatMap((c) => (c.error !== undefined ? [`${c.id}: ${c.error}`] : [])).join("; "),
    r.error,
  ];
  const points: (number | null)[] = [];
  for (const c of r.criteria) points[column(c.id)] = c.score;
  return { file: r.file, score: scored ? r.score : undefined, lead: lead.map(csvCell).join(","), trail: trail.map(csvCell).join(","), points };
}

export function csvWriter(options: ReportOptions = {}): ReportWriter {
  const rows: Row[] = [];
  const columns = new Map<string, number>();
  const column = (id: string) => {
    let at = columns.get(id);
    if (at === undefined) columns.set(id, (at = columns.size));
    return at;
  };
  return {
    header: () => "",
    result(r: ScoreResult) {
      rows.push(rowOf(r, column));
      return "";
    },
    footer(_summary, _rows, run?: RunInfo) {
      const ids = [...columns.keys()];
      const out = [[...LEADING, ...ids.map((id) => `points_${id}`), ...TRAILING].join(",")];
      for (const { row, rank: at } of rank(rows, options.sort ?? "score")) {
        out.push(`${at ?? ""},${row.lead},${ids.map((_id, at) => csvCell(row.points[at])).join(",")}${ids.length > 0 ? "," : ""}${row.trail}`);
      }
      // Skipped files: named, with why, and no score.
      const blanks = (n: number) => ",".repeat(n);
      for (const skip of run?.skipped ?? []) {
        out.push(`,${csvCell(skip.file)}${blanks(LEADING.indexOf("ready") - 2)},skipped${blanks(LEADING.length - LEADING.indexOf("ready") - 1 + ids.length + TRAILING.length - 1)},${csvCell(skip.reason)}`);
      }
      return out.join("\n") + "\n";
    },
  };
}
