// A criterion's judged checks inside the engine (those whose module has `judged`: the llm check).
// Without verdicts they are not assessed and say what they need (--judge, or --funder too); with
// the judge's verdicts (score --judge) each check's module says what share of its points a verdict
// earns. These points are the only ones a model can move: the deterministic checks never see a verdict.
import { messageText } from "./checks/check.js";
import { checkModule } from "./checks/run.js";
import type { Proposal } from "./read/proposal.js";
import type { CriterionSpec } from "./rubric/schema.js";
import type { Improvement, JudgeCheckOutcome, JudgeVerdictSummary, Language } from "./types.js";

export interface JudgedPart {
  earned: number;
  /** Points of the judged checks that were assessed. */
  assessedMax: number;
  /** On the rubric's scale; the engine rescales them like every other improvement. */
  improvements: Improvement[];
  verdicts: JudgeVerdictSummary[];
  needs?: "judge" | "funder";
  error?: string;
}

/** The heading line of the first of the criterion's sections the proposal has, else line 1. */
function criterionLocation(criterion: CriterionSpec, proposal: Proposal): { line: number; section?: string } {
  for (const id of criterion.sections) {
    const section = proposal.sections.find((s) => s.id === id);
    if (section) return { line: section.line, section: id };
  }
  return { line: 1 };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The judged checks of one criterion. `outcomes` holds one entry per judged check, in rubric
 * order; undefined means the judge was not run (no --judge).
 */
export function assessJudgedChecks(
  criterion: CriterionSpec,
  totalWeight: number,
  proposal: Proposal,
  language: Language,
  outcomes: readonly JudgeCheckOutcome[] | undefined,
): JudgedPart {
  const part: JudgedPart = { earned: 0, assessedMax: 0, improvements: [], verdicts: [] };
  const errors: string[] = [];
  let index = 0;
  for (const spec of criterion.checks) {
    const module = checkModule(spec.type);
    if (!module?.judged) continue;
    const points = (criterion.weight * spec.weight) / totalWeight;
    const outcome = outcomes?.[index++];
    if (!outcome) {
      part.needs ??= "judge";
      continue;
    }
    if (outcome.status === "skipped") {
      part.needs = outcome.needs;
      continue;
    }
    if (outcome.status === "error") {
      errors.push(outcome.message);
      continue;
    }
    const { share, scale, report } = module.judged.verdict(outcome, spec);
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
    if (report) {
      const def = module.messages[report.message]!;
      const where = criterionLocation(criterion, proposal);
      const improvement: Improvement = {
        criterion: criterion.id,
        points: points * (1 - share),
        severity: def.severity,
        ...messageText(def, language, report.params),
        line: where.line,
      };
      if (where.section !== undefined) improvement.section = where.section;
      part.improvements.push(improvement);
    }
  }
  if (errors.length > 0) part.error = errors.join("; ");
  return part;
}
