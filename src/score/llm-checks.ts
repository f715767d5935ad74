// A criterion's llm checks inside the engine. Without verdicts they are not assessed and say what
// they need (--judge, or --funder too); with the judge's verdicts (score --judge) each median score
// is converted from the check's scale into its points. These points are the only ones a model can
// move: the deterministic checks never see a verdict.
import type { Proposal } from "./read/proposal.js";
import type { CheckSpec, CriterionSpec } from "./rubric/schema.js";
import type { Improvement, JudgeCheckOutcome, JudgeVerdictSummary, Language } from "./types.js";

export type LlmCheckSpec = Extract<CheckSpec, { type: "llm" }>;

export function isLlmCheck(spec: CheckSpec): spec is LlmCheckSpec {
  return spec.type === "llm";
}

/** A scale written as a maximum means 0..max. */
export function judgeScale(spec: LlmCheckSpec): { min: number; max: number } {
  return typeof spec.scale === "number" ? { min: 0, max: spec.scale } : { min: spec.scale.min, max: spec.scale.max };
}

export interface LlmPart {
  earned: number;
  /** Points of the llm checks that were assessed. */
  assessedMax: number;
  /** On the rubric's scale; the engine rescales them like every other improvement. */
  improvements: Improvement[];
  verdicts: JudgeVerdictSummary[];
  needs?: "judge" | "funder";
  error?: string;
}

/** The heading line of the first of the criterion's sections the proposal has, else line 1. */
export function criterionLocation(criterion: CriterionSpec, proposal: Proposal): { line: number; section?: string } {
  for (const id of criterion.sections) {
    const section = proposal.sections.find((s) => s.id === id);
    if (section) return { line: section.line, section: id };
  }
  return { line: 1 };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function improvementText(language: Language, score: number, scale: { min: number; max: number }, reasons: string[], suggestions: string[]) {
  const shown = scale.min === 0 ? `${score}/${scale.max}` : `${score} (${scale.min}–${scale.max})`;
  if (language === "zh") {
    return {
      message: `模型评审给出 ${shown} 分：${reasons.join(" ")}`,
      suggestion: suggestions.length > 0 ? suggestions.join(" ") : "请针对上述理由修改相关部分。",
    };
  }
  return {
    message: `The judge gave ${shown}: ${reasons.join(" ")}`,
    suggestion: suggestions.length > 0 ? suggestions.join(" ") : "Revise the sections concerned to answer the reasons given.",
  };
}

/**
 * The llm checks of one criterion. `outcomes` holds one entry per llm check, in rubric order;
 * undefined means the judge was not run (no --judge).
 */
export function assessLlmChecks(
  criterion: CriterionSpec,
  totalWeight: number,
  proposal: Proposal,
  language: Language,
  outcomes: readonly JudgeCheckOutcome[] | undefined,
): LlmPart {
  const part: LlmPart = { earned: 0, assessedMax: 0, improvements: [], verdicts: [] };
  const errors: string[] = [];
  const checks = criterion.checks.filter(isLlmCheck);
  checks.forEach((spec, index) => {
    const points = (criterion.weight * spec.weight) / totalWeight;
    const outcome = outcomes?.[index];
    if (!outcome) {
      part.needs ??= "judge";
      return;
    }
    if (outcome.status === "skipped") {
      part.needs = outcome.needs;
      return;
    }
    if (outcome.status === "error") {
      errors.push(outcome.message);
      return;
    }
    const scale = judgeScale(spec);
    const share = Math.min(1, Math.max(0, (outcome.score - scale.min) / (scale.max - scale.min)));
    part.earned += points * share;
    part.assessedMax += points;
    part.verdicts.push({
      score: outcome.score,
      scale,
      spread: { min: outcome.min, max: outcome.max },
      samples: outcome.samples,
      points: round2(points * share),
      maxPoints: round2(points),
    });
    if (share < 1 || outcome.suggestions.length > 0) {
      const where = criterionLocation(criterion, proposal);
      const improvement: Improvement = {
        criterion: criterion.id,
        points: points * (1 - share),
        // A verdict is an opinion: it informs, and --fail-on stays a decision of the deterministic checks.
        severity: "info",
        ...improvementText(language, outcome.score, scale, outcome.reasons, outcome.suggestions),
        line: where.line,
      };
      if (where.section !== undefined) improvement.section = where.section;
      part.improvements.push(improvement);
    }
  });
  if (errors.length > 0) part.error = errors.join("; ");
  return part;
}
