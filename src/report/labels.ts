// Report labels in the proposal's language.
import type { CriterionResult, Language, ScoreResult } from "../score/types.js";

const LABELS = {
  criteria: ["评分标准", "Criteria"],
  improvements: ["改进建议（按可挽回分数排序）", "Improvements (by points recovered)"],
  none: ["没有需要改进的地方。", "Nothing to improve."],
  unverified: ["项目信息文件中没有的数字", "Figures not found in the facts"],
  metrics: ["关键数字", "Key figures"],
  budget: ["预算", "budget"],
  perBeneficiary: ["人均成本", "cost per beneficiary"],
  admin: ["管理费占比", "admin share"],
  period: ["项目周期", "period"],
  beneficiaries: ["直接受益", "direct beneficiaries"],
  suggestion: ["建议", "Fix"],
  line: ["行", "line"],
  rubric: ["评分细则", "Rubric"],
  score: ["得分", "score"],
  max: ["满分", "max"],
  must: ["必达", "must"],
  passed: ["达标", "passed"],
  error: ["错误", "error"],
  warning: ["警告", "warning"],
  info: ["提示", "info"],
} as const;

export type Label = keyof typeof LABELS;

/** Where a finding is: file:line, or in a Word or PDF file its paragraph or page ("申报书.docx 第12段"). */
export function findingPlace(file: string, at: { line: number; where?: string }): string {
  return at.where !== undefined ? `${file} ${at.where}` : `${file}:${at.line}`;
}

/** A line number, or a Word or PDF file's paragraph or page, as the unverified list names it. */
export function linePlace(at: { line: number; where?: string }, language: Language): string {
  return at.where ?? `${label("line", language)} ${at.line}`;
}

export function label(key: Label, language: Language): string {
  return LABELS[key][language === "zh" ? 0 : 1];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Points of the rubric that were not assessed (llm checks without --judge, without --funder, or in error). */
export function notAssessedPoints(r: ScoreResult): number {
  const total = r.criteria.reduce((s, c) => s + c.max, 0);
  return Math.max(0, round1(total - r.assessedMax));
}

/** Why a criterion (or its llm part) was not assessed, in the report's language; "" when it was. */
export function criterionGap(c: CriterionResult, language: Language): string {
  const zh = language === "zh";
  if (c.error !== undefined) return zh ? `模型评审出错：${c.error}` : `judge error: ${c.error}`;
  if (c.needs === "funder") return zh ? "需要用 --funder 给出资助方公布的优先领域" : "needs --funder FILE with the funder's stated priorities";
  if (c.needs === "judge") return zh ? "需要 --judge 由模型评审" : "needs --judge";
  return "";
}

/**
 * The plain statement that N points were not assessed, why, and that the total is over the rest;
 * "" when everything was assessed.
 */
export function notAssessedNote(r: ScoreResult): string {
  const missing = notAssessedPoints(r);
  if (missing <= 0) return "";
  const zh = r.language === "zh";
  const groups = new Map<string, string[]>();
  for (const c of r.criteria) {
    const why = c.error !== undefined ? (zh ? "模型评审出错" : "the judge gave no usable verdict") : criterionGap(c, r.language);
    if (why) groups.set(why, [...(groups.get(why) ?? []), c.title]);
  }
  const reasons = [...groups].map(([why, titles]) => (zh ? `${titles.join("、")}：${why}` : `${titles.join(", ")}: ${why}`));
  return zh
    ? `有 ${missing} 分未评估（${reasons.join("；")}）。总分按已评估的 ${r.assessedMax} 分折算为百分制。`
    : `${missing} points were not assessed (${reasons.join("; ")}). The total is computed over the other ${r.assessedMax} points, scaled to 100.`;
}

/** "judge 7/10" or, with several samples, "judge 7/10 (samples 6–8)". */
export function judgeSummary(c: CriterionResult, language: Language): string {
  if (!c.judge?.length) return "";
  const zh = language === "zh";
  return c.judge
    .map((v) => {
      const score = v.scale.min === 0 ? `${v.score}/${v.scale.max}` : `${v.score} (${v.scale.min}–${v.scale.max})`;
      const spread = v.samples.length > 1 ? (zh ? `，${v.samples.length} 次取中位数，范围 ${v.spread.min}–${v.spread.max}` : `, median of ${v.samples.length}, range ${v.spread.min}–${v.spread.max}`) : "";
      return zh ? `模型评审 ${score}${spread}` : `judge ${score}${spread}`;
    })
    .join("; ");
}
