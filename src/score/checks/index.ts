// The registry of deterministic check types. `llm` checks are answered by the judge (issue 4);
// without it they are reported as not assessed, so they have no entry here.
import type { CheckSpec } from "../rubric/schema.js";
import { activitiesCheck } from "./activities.js";
import { beneficiariesCheck, evidenceCheck, indicatorsCheck, risksCheck, smartObjectivesCheck, sustainabilityCheck } from "./content.js";
import type { CheckContext, Finding } from "./context.js";
import { adminShareCheck, budgetCheck, costPerBeneficiaryCheck } from "./money.js";
import { lengthLimitCheck, sectionCheck } from "./length.js";
import { elementsCheck, patternCheck, placeholdersCheck, sentenceLengthCheck, vagueCheck } from "./structure.js";
import { timelineCheck } from "./timeline.js";

type DeterministicSpec = Exclude<CheckSpec, { type: "llm" }>;
type CheckFn = (ctx: CheckContext, spec: never) => Finding[];

const CHECKS: Record<DeterministicSpec["type"], CheckFn> = {
  section: sectionCheck,
  length_limit: lengthLimitCheck,
  evidence: evidenceCheck,
  smart_objectives: smartObjectivesCheck,
  beneficiaries: beneficiariesCheck,
  activities: activitiesCheck,
  timeline: timelineCheck,
  budget: budgetCheck,
  admin_share: adminShareCheck,
  cost_per_beneficiary: costPerBeneficiaryCheck,
  indicators: indicatorsCheck,
  risks: risksCheck,
  sustainability: sustainabilityCheck,
  placeholders: placeholdersCheck,
  vague: vagueCheck,
  sentence_length: sentenceLengthCheck,
  elements: elementsCheck,
  pattern: patternCheck,
};

export function isDeterministic(spec: CheckSpec): spec is DeterministicSpec {
  return spec.type !== "llm";
}

export function runCheck(ctx: CheckContext, spec: DeterministicSpec): Finding[] {
  const findings = (CHECKS[spec.type] as (ctx: CheckContext, spec: DeterministicSpec) => Finding[])(ctx, spec);
  return spec.severity ? findings.map((f) => ({ ...f, severity: spec.severity! })) : findings;
}

export type { CheckContext, Finding } from "./context.js";
