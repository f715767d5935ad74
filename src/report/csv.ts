// CSV: a ranking for a review meeting's spreadsheet, one row per file, best first (--sort score, the
// default) or by file name (--sort name): rank, title, organisation, kind, score, grade, whether it
// is ready to submit and what blocks it, the points of every criterion, budget total and currency, placeholders and unverified
// figures, the top improvement. Files that could not be scored come after the ranked ones, and
// skipped files last, each with why. Ranking needs every score, so rows are kept until the end:
// each as its finished text (a few hundred bytes of UTF-8, in a RowStore), never the result itself,
// and the ranking is written out a block at a time, never as one string.
import type { ScoreResult } from "../score/types.js";
import { blockingCell, rank, readyOf } from "./ranking.js";
import { RowStore, type StoredText } from "./row-store.js";
import type { ReportOptions, ReportWriter, RunInfo } from "./writer.js";
import { reportLanguage } from "./language.js";

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

/** Where the row's text is kept: its cells after rank, up to the points of the criteria seen so far, then the trailing ones. */
interface Row extends StoredText {
  file: string;
  score: number | undefined;
  /** Where the trailing cells start in the text, and how many criteria had been seen. */
  cut: number;
  known: number;
}

/** The budget's currency as the report shows it: a Chinese budget that names none is in yuan. */
function currencyOf(r: ScoreResult): string | undefined {
  if (r.metrics.currency) return r.metrics.currency;
  return r.metrics.budgetTotal !== undefined && r.language === "zh" ? "CNY" : undefined;
}

function rowOf(r: ScoreResult, column: (id: string) => number, columns: () => number, store: RowStore): Row {
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
  const known = columns();
  const head = [...lead, ...Array.from({ length: known }, (_, at) => points[at])].map(csvCell).join(",");
  const text = store.add([head, ...trail.map(csvCell)].join(","));
  return { file: r.file, score: scored ? r.score : undefined, cut: head.length, known, ...text };
}

/** Lines of a report given out in blocks, so a ranking of 100,000 rows is never one string. */
function* inBlocks(lines: Iterable<string>, size = 256): Generator<string> {
  let block: string[] = [];
  for (const line of lines) {
    block.push(line);
    if (block.length === size) {
      yield block.join("\n") + "\n";
      block = [];
    }
  }
  if (block.length > 0) yield block.join("\n") + "\n";
}

export function csvWriter(options: ReportOptions = {}): ReportWriter {
  let rows: Row[] = [];
  // The skipped files' reasons are in the language of the proposals, as the other reports' are.
  const language = reportLanguage();
  const store = new RowStore();
  const columns = new Map<string, number>();
  const column = (id: string) => {
    let at = columns.get(id);
    if (at === undefined) columns.set(id, (at = columns.size));
    return at;
  };
  function* lines(run?: RunInfo): Generator<string> {
    const ids = [...columns.keys()];
    yield [...LEADING, ...ids.map((id) => `points_${id}`), ...TRAILING].join(",");
    const ranked = rank(rows, options.sort ?? "score");
    rows = [];
    for (const { row, rank: at } of ranked) {
      // A criterion first seen after this row leaves its cell empty.
      const stored = store.get(row);
      const text = row.known === ids.length ? stored : stored.slice(0, row.cut) + ",".repeat(ids.length - row.known) + stored.slice(row.cut);
      yield `${at ?? ""},${text}`;
    }
    store.clear();
    // Skipped files: named, with why, and no score.
    const blanks = (n: number) => ",".repeat(n);
    for (const skip of run?.skipped ?? []) {
      yield `,${csvCell(skip.file)}${blanks(LEADING.indexOf("ready") - 2)},skipped${blanks(LEADING.length - LEADING.indexOf("ready") - 1 + ids.length + TRAILING.length - 1)},${csvCell(skip.reason[language.current()])}`;
    }
  }
  return {
    header: () => "",
    result(r: ScoreResult) {
      language.see(r);
      rows.push(rowOf(r, column, () => columns.size, store));
      return "";
    },
    footer: (_summary, _rows, run?: RunInfo) => inBlocks(lines(run)),
  };
}
