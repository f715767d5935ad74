// A report is written as a stream: a header, one chunk per file as results arrive (in order), and a
// footer with the summary. Batch runs over thousands of files never hold every report in memory.
import type { Lang } from "../i18n/index.js";
import type { GateOptions, ScoreResult, ScoreSummary } from "../score/types.js";

export interface ReportOptions extends GateOptions {
  /** ANSI colour (text format only). */
  color?: boolean;
  /** Tool version for SARIF and JUnit. */
  version?: string;
  /** The order of a ranking (csv, markdown --summary): by score, best first (default), or by file name. */
  sort?: "score" | "name";
  /** Only the run's ranking, one row per file (markdown), or only the summary table (text). */
  summary?: boolean;
  /** GitHub annotations: at most this many in the run and per file (0: no limit). */
  maxAnnotations?: number;
  maxAnnotationsPerFile?: number;
}

/** What the footer sees of each result (kept for every file, so small). */
export interface ResultRow {
  file: string;
  score: number;
  grade: string;
  passed: boolean;
  ready: boolean;
  error?: string;
}

/** About the whole run, known only at the end: the model that judged and what it cost. */
export interface RunInfo {
  judge?: { provider: string; model: string; samples: number };
  /** UsageMeter.toJSON(): requests, cache_hits, prompt_tokens, completion_tokens. */
  usage?: Record<string, number>;
  /** Every file passed over, with why (a Word lock file, a PDF without text, not a proposal…). */
  /** Each reason in both languages: the report names it in its own. */
  skipped?: { file: string; reason: Record<Lang, string> }[];
}

export interface ReportWriter {
  /** The opening text, written just before the first result (whose language a title may take). */
  header(first?: ScoreResult): string;
  result(result: ScoreResult): string;
  /** The closing text, or (a ranking of every file) its blocks, written one after the other. */
  footer(summary: ScoreSummary, rows: readonly ResultRow[], run?: RunInfo): string | Iterable<string>;
}

/** A footer's text as blocks. */
export function footerBlocks(footer: string | Iterable<string>): Iterable<string> {
  return typeof footer === "string" ? [footer] : footer;
}

export function rowOf(result: ScoreResult): ResultRow {
  const row: ResultRow = { file: result.file, score: result.score, grade: result.grade, passed: result.passed, ready: result.ready };
  if (result.error !== undefined) row.error = result.error;
  return row;
}

/** Renders a complete report for results already in memory. */
export function renderReport(writer: ReportWriter, results: readonly ScoreResult[], summary: ScoreSummary, run?: RunInfo): string {
  return writer.header(results[0]) + results.map((r) => writer.result(r)).join("") + [...footerBlocks(writer.footer(summary, results.map(rowOf), run))].join("");
}
