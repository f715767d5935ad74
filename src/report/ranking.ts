// What the ranking formats share (csv, markdown --summary): the order of the rows, each file's
// rank by score (ties share a rank: 1, 2, 2, 4), and the gate's result named as such.
import type { ScoreResult } from "../score/types.js";

export interface Ranked {
  file: string;
  /** Undefined for a file that could not be scored. */
  score: number | undefined;
}

const byName = (a: Ranked, b: Ranked) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Best first, ties by file name; files that could not be scored last, by name. */
export function byScore(a: Ranked, b: Ranked): number {
  if (a.score === undefined || b.score === undefined) return a.score === b.score ? byName(a, b) : a.score === undefined ? 1 : -1;
  return b.score - a.score || byName(a, b);
}

/** The rows in the order asked for, each with its rank by score (undefined when it has no score). */
export function rank<T extends Ranked>(rows: T[], order: "score" | "name" = "score"): { row: T; rank: number | undefined }[] {
  const ranks = new Map<T, number>();
  const scored = rows.filter((r) => r.score !== undefined).sort(byScore);
  scored.forEach((row, i) => ranks.set(row, i > 0 && scored[i - 1]!.score === row.score ? ranks.get(scored[i - 1]!)! : i + 1));
  const ordered = order === "name" ? [...rows].sort(byName) : [...scored, ...rows.filter((r) => r.score === undefined).sort(byName)];
  return ordered.map((row) => ({ row, rank: ranks.get(row) }));
}

/** "ready", "not ready" (to submit) or "error" (not scored). */
export function readyOf(r: Pick<ScoreResult, "ready" | "error">): "ready" | "not ready" | "error" {
  return r.error !== undefined ? "error" : r.ready ? "ready" : "not ready";
}

/** Why a result is not ready, for one cell: "placeholders: 留有 3 处占位符 | must budget: …". */
export function blockingCell(r: Pick<ScoreResult, "blocking">): string {
  return r.blocking.map((b) => `${b.id}${b.id === "must" && b.criterion ? ` ${b.criterion}` : ""}: ${b.message}`).join(" | ");
}

/** "passed", "failed" (the quality gate of this run) or "error" (not scored). */
export function gateOf(r: Pick<ScoreResult, "passed" | "error">): "passed" | "failed" | "error" {
  return r.error !== undefined ? "error" : r.passed ? "passed" : "failed";
}
