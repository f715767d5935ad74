// CSV: one row per file, for a review meeting's spreadsheet.
import type { ScoreResult } from "../score/types.js";
import type { ReportWriter } from "./writer.js";

const COLUMNS = [
  "file", "language", "rubric", "score", "grade", "passed", "errors", "warnings", "budget_total",
  "cost_per_beneficiary", "unverified", "top_improvement", "assessed_max", "judge_errors", "error",
];

export function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows are handed on in chunks of about this many characters: a write per row costs more than the row. */
const CHUNK_CHARS = 64 * 1024;

/** The CSV report, its rows handed on a chunk at a time (csvRows writes each row as it comes). */
export function csvWriter(): ReportWriter {
  const rows = csvRows();
  let pending = "";
  return {
    header: () => rows.header(),
    result(r: ScoreResult) {
      pending += rows.result(r);
      if (pending.length < CHUNK_CHARS) return "";
      const chunk = pending;
      pending = "";
      return chunk;
    },
    footer(summary, results, run) {
      const rest = pending + rows.footer(summary, results, run);
      pending = "";
      return rest;
    },
  };
}

/** The CSV report, one row per result as it comes. */
export function csvRows(): ReportWriter {
  return {
    header: () => COLUMNS.join(",") + "\n",
    result(r: ScoreResult) {
      const top = r.improvements[0];
      const cells = [
        r.file,
        r.language,
        r.rubric,
        r.error === undefined ? r.score : "",
        r.grade,
        r.passed,
        r.improvements.filter((i) => i.severity === "error").length,
        r.improvements.filter((i) => i.severity === "warning").length,
        r.metrics.budgetTotal,
        r.metrics.costPerBeneficiary,
        r.unverified.length,
        top ? `${top.where ?? `line ${top.line}`} (+${top.points}): ${top.message}` : "",
        r.error === undefined ? r.assessedMax : "",
        r.criteria.flatMap((c) => (c.error !== undefined ? [`${c.id}: ${c.error}`] : [])).join("; "),
        r.error,
      ];
      return cells.map(csvCell).join(",") + "\n";
    },
    footer: () => "",
  };
}
