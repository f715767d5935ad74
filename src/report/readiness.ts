// How every report says whether a proposal is ready to submit (src/score/readiness.ts decides),
// and names the quality gate as such.
import { t } from "../i18n/index.js";
import type { BlockingReason, Language, ScoreResult } from "../score/types.js";

/** The readiness line of a report: "可以提交" or "尚不能提交：留有 3 处占位符；…". */
export function readinessLine(r: { ready: boolean; blocking: readonly BlockingReason[]; language: Language }): string {
  if (r.ready) return t("readiness.ready", undefined, r.language);
  const reasons = r.blocking.map((b) => b.message.replace(/[。.]$/, "")).join(r.language === "zh" ? "；" : "; ");
  return t("readiness.why", { reasons }, r.language);
}

/** "可以提交" / "ready to submit", or "尚不能提交" / "not ready to submit". */
export function readyWord(ready: boolean, language: Language): string {
  return t(ready ? "readiness.ready" : "readiness.notReady", undefined, language);
}

/** "门槛已通过" / "gate passed", never a bare "通过": passing the gate is not being ready. */
export function gateWord(passed: boolean, language: Language): string {
  return t(passed ? "report.gatePassed" : "report.gateFailed", undefined, language);
}

/** "C（按分数为 B 级；…）": the grade, and why it is not the score's when readiness capped it. */
export function gradeNote(r: Pick<ScoreResult, "grade" | "gradeByScore" | "language">): string {
  return r.gradeByScore === undefined ? "" : t("readiness.gradeCapped", { grade: r.grade, byScore: r.gradeByScore }, r.language);
}
