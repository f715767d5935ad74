// The quality gate: a result passes when its must criteria pass, its score reaches --min-score and
// it has no finding at the --fail-on level. A file that could not be read never passes.
import type { CriterionResult, GateOptions, ScoreResult, ScoreSummary } from "./types.js";

/** A must criterion that was assessed and did not pass; one nobody assessed does not fail the gate. */
export function mustFailed(criteria: readonly CriterionResult[]): CriterionResult[] {
  return criteria.filter((c) => c.must && c.assessed && !c.passed);
}

export function applyGate(result: ScoreResult, gate: GateOptions): ScoreResult {
  if (result.error !== undefined) return { ...result, passed: false };
  let passed = mustFailed(result.criteria).length === 0;
  if (gate.minScore !== undefined && result.score < gate.minScore) passed = false;
  const failOn = gate.failOn ?? "never";
  if (failOn !== "never") {
    const levels = failOn === "error" ? ["error"] : ["error", "warning"];
    if (result.improvements.some((i) => levels.includes(i.severity))) passed = false;
  }
  return passed === result.passed ? result : { ...result, passed };
}

export function summarize(results: readonly Pick<ScoreResult, "passed" | "ready" | "score" | "error">[]): ScoreSummary {
  const totals = summaryTotals();
  for (const r of results) totals.add(r);
  return totals.summary();
}

/** summarize, one result at a time: a run over many files keeps the counts, not the results. */
export function summaryTotals() {
  let files = 0;
  let passed = 0;
  let ready = 0;
  let scored = 0;
  let sum = 0;
  return {
    add(r: Pick<ScoreResult, "passed" | "ready" | "score" | "error">): void {
      files++;
      if (r.passed) passed++;
      if (r.error === undefined) {
        scored++;
        sum += r.score;
        if (r.ready) ready++;
      }
    },
    summary: (): ScoreSummary => ({ files, ready, passed, failed: files - passed, mean: scored > 0 ? Math.round((sum / scored) * 10) / 10 : 0 }),
  };
}

/** A result for a file that could not be scored: reported and counted, never dropped. */
export function errorResult(file: string, error: string): ScoreResult {
  return {
    file,
    language: "en",
    rubric: "",
    score: 0,
    max: 100,
    grade: "",
    passed: false,
    ready: false,
    blocking: [],
    assessedMax: 0,
    notAssessed: [],
    criteria: [],
    improvements: [],
    unverified: [],
    metrics: { sections: [] },
    error,
  };
}
