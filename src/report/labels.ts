// Report labels in the proposal's language.
import type { Language } from "../score/types.js";

const LABELS = {
  criteria: ["评分标准", "Criteria"],
  improvements: ["改进建议（按可挽回分数排序）", "Improvements (by points recovered)"],
  none: ["没有需要改进的地方。", "Nothing to improve."],
  unverified: ["事实文件中没有的数字", "Figures not found in the facts"],
  metrics: ["关键数字", "Key figures"],
  budget: ["预算", "budget"],
  perBeneficiary: ["人均成本", "cost per beneficiary"],
  admin: ["管理费占比", "admin share"],
  period: ["项目周期", "period"],
  beneficiaries: ["直接受益", "direct beneficiaries"],
  passed: ["通过", "passed"],
  failed: ["未通过", "failed"],
  suggestion: ["建议", "Fix"],
  line: ["行", "line"],
} as const;

export type Label = keyof typeof LABELS;

export function label(key: Label, language: Language): string {
  return LABELS[key][language === "zh" ? 0 : 1];
}

/** The plain statement that some criteria were not assessed and how the total was computed. */
export function notAssessedNote(notAssessed: readonly string[], assessedMax: number, language: Language): string {
  if (notAssessed.length === 0) return "";
  return language === "zh"
    ? `未评估：${notAssessed.join("、")}（需要 --judge 由模型评审）。总分按已评估的 ${assessedMax} 分折算为百分制。`
    : `Not assessed: ${notAssessed.join(", ")} (needs --judge). The total is computed over the ${assessedMax} points that were assessed, scaled to 100.`;
}
