// The JSON report, version 1: a contract for CI scripts and other tools.
// {"version":1,"results":[{file, language, rubric, score, max, grade, gradeByScore?, passed, ready,
// blocking[], criteria[], improvements[], unverified[], …}],"summary":{files, ready, passed, failed, mean}}; with --judge also "judge" (the model and
// samples) and "usage" (requests, tokens and cache hits of the run); "skipped" lists every file
// passed over as {file, reason}; a Word or PDF finding has "where" ("para 12", "第3页") beside its line.
// "passed" is the quality gate of the run; "ready" says whether the proposal can be submitted, and
// "blocking" why not: [{id: placeholders|key_figure|budget|must, message, line?, criterion?}].
// "gradeByScore" is there when readiness capped the grade (not ready shows no A or B).
// JSON Lines (--format jsonl): one such result per line, written as each file is scored, nothing else.
import type { ScoreResult } from "../score/types.js";
import type { ReportWriter } from "./writer.js";
import { reportLanguage } from "./language.js";

/** The result with the contract's fields first, in the documented order. */
export function resultJson(r: ScoreResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file: r.file,
    language: r.language,
    rubric: r.rubric,
    score: r.score,
    max: r.max,
    grade: r.grade,
    ...(r.gradeByScore !== undefined ? { gradeByScore: r.gradeByScore } : {}),
    passed: r.passed,
    ready: r.ready,
    blocking: r.blocking,
    criteria: r.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      score: c.score,
      max: c.max,
      must: c.must,
      passed: c.passed,
      assessed: c.assessed,
      ...(c.needs !== undefined ? { needs: c.needs } : {}),
      ...(c.error !== undefined ? { error: c.error } : {}),
      ...(c.judge !== undefined ? { judge: c.judge } : {}),
    })),
    improvements: r.improvements.map((i) => ({
      criterion: i.criterion,
      ...(i.criteria !== undefined ? { criteria: i.criteria } : {}),
      points: i.points,
      severity: i.severity,
      message: i.message,
      suggestion: i.suggestion,
      line: i.line,
      ...(i.where !== undefined ? { where: i.where } : {}),
      ...(i.section !== undefined ? { section: i.section } : {}),
    })),
    unverified: r.unverified,
    assessedMax: r.assessedMax,
    notAssessed: r.notAssessed,
    metrics: r.metrics,
  };
  if (r.error !== undefined) out.error = r.error;
  return out;
}

export function jsonWriter(): ReportWriter {
  let first = true;
  // The skipped files' reasons are in the language of the proposals, as the other reports' are.
  const language = reportLanguage();
  return {
    header: () => '{"version":1,"results":[',
    result(r) {
      language.see(r);
      const chunk = (first ? "\n" : ",\n") + JSON.stringify(resultJson(r));
      first = false;
      return chunk;
    },
    footer(summary, _rows, run) {
      const extra = [
        run?.judge ? `,"judge":${JSON.stringify(run.judge)}` : "",
        run?.usage ? `,"usage":${JSON.stringify(run.usage)}` : "",
        run?.skipped?.length ? `,"skipped":${JSON.stringify(run.skipped.map((s) => ({ file: s.file, reason: s.reason[language.current()] })))}` : "",
      ].join("");
      return `\n],"summary":${JSON.stringify(summary)}${extra}}\n`;
    },
  };
}

/** One result per line, each written as soon as it is scored: for pipelines over thousands of files. */
export function jsonlWriter(): ReportWriter {
  return {
    header: () => "",
    result: (r) => JSON.stringify(resultJson(r)) + "\n",
    footer: () => "",
  };
}
