// The scoring engine: parse the proposal, run each criterion's checks, turn findings into the
// points they would recover, and add provenance against the facts. Synchronous and pure: the
// same text and rubric always give the same result.
import type { LoadedFacts } from "../facts/load.js";
import { detectTextLanguage } from "../text/language.js";
import { createAnalysis } from "./analysis.js";
import { isDeterministic, runCheck, type CheckContext } from "./checks/index.js";
import { parseProposal, type Proposal } from "./proposal.js";
import { keyFigureFindings, knownFigures, unverifiedFigures } from "./provenance.js";
import { loadedRubricFor, pick, resolveRubric, type Kind, type Rubric } from "./rubric.js";
import { assessLlmChecks } from "./llm-checks.js";
import { buildSectionMatcher } from "./section-matcher.js";
import type { CriterionResult, Improvement, JudgeCheckOutcome, Language, ScoreResult, Severity } from "./types.js";

export interface ScoreOptions {
  file: string;
  rubric?: Rubric;
  facts?: LoadedFacts;
  /**
   * The judge's outcomes (score --judge) by criterion id, one per llm check in rubric order. Only
   * the llm checks' points come from them; without them those checks are not assessed.
   */
  judged?: ReadonlyMap<string, readonly JudgeCheckOutcome[]>;
}

/** A proposal parsed with the rubric it is scored against. */
export interface PreparedProposal {
  proposal: Proposal;
  language: Language;
  rubric: Rubric;
}

const DEFAULT_GRADES = [
  { min: 90, grade: "A" },
  { min: 80, grade: "B" },
  { min: 70, grade: "C" },
  { min: 60, grade: "D" },
  { min: 0, grade: "F" },
];

const round1 = (n: number) => Math.round(n * 10) / 10;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

let defaultMatcher: ReturnType<typeof buildSectionMatcher> | undefined;

/** The kind a proposal is, from its sections: a fundraising plan or a relief section decide it. */
export function detectKind(proposal: Proposal): Kind {
  const ids = new Set(proposal.sections.map((s) => s.id));
  if (ids.has("fundraising")) return "public-fundraising";
  if (ids.has("relief") || /灾|disaster|emergency relief/i.test(proposal.title ?? "")) return "disaster-relief";
  return "standard";
}

export function gradeFor(score: number, rubric: Rubric): string {
  const bands = [...(rubric.grades ?? DEFAULT_GRADES)].sort((a, b) => b.min - a.min);
  return bands.find((b) => score >= b.min)?.grade ?? bands[bands.length - 1]?.grade ?? "";
}

/**
 * Scores one proposal. Async only because the rubric for the proposal's language and kind may need
 * loading the first time; pass `rubric` (or use scoreTextWith) to score synchronously.
 */
export async function scoreText(text: string, options: ScoreOptions): Promise<ScoreResult> {
  if (options.rubric) return scoreTextWith(text, options.rubric, options);
  const { proposal, language, rubric } = await prepareProposal(text, options);
  return scoreProposal(proposal, language, rubric, options);
}

/** Parses the proposal and picks its rubric: the given one, else by language and kind. */
export async function prepareProposal(text: string, options: Pick<ScoreOptions, "rubric" | "facts">): Promise<PreparedProposal> {
  const language: Language = detectTextLanguage(text);
  if (options.rubric) return { proposal: parseProposal(text, options.rubric.matcher), language, rubric: options.rubric };
  defaultMatcher ??= buildSectionMatcher();
  let proposal = parseProposal(text, defaultMatcher);
  const kind = (options.facts?.facts.kind as Kind | undefined) ?? detectKind(proposal);
  const rubric = loadedRubricFor(language, kind) ?? (await resolveRubric(undefined, language, kind));
  if (Object.keys(rubric.sections).length > 0) proposal = parseProposal(text, rubric.matcher);
  return { proposal, language, rubric };
}

/** Scores one proposal with a given rubric, synchronously. */
export function scoreTextWith(text: string, rubric: Rubric, options: Omit<ScoreOptions, "rubric">): ScoreResult {
  return scoreProposal(parseProposal(text, rubric.matcher), detectTextLanguage(text), rubric, options);
}

export function scoreProposal(proposal: Proposal, language: Language, rubric: Rubric, options: ScoreOptions): ScoreResult {
  const analysis = createAnalysis(proposal, options.facts);
  const criteria: CriterionResult[] = [];
  const raw: Improvement[] = [];
  const notAssessed: string[] = [];
  let earned = 0;
  let assessedMax = 0;
  for (const criterion of rubric.criteria) {
    const totalWeight = criterion.checks.reduce((s, c) => s + c.weight, 0);
    const deterministic = criterion.checks.filter(isDeterministic);
    const detWeight = deterministic.reduce((s, c) => s + c.weight, 0);
    const max = (criterion.weight * detWeight) / totalWeight;
    let score = 0;
    for (const spec of deterministic) {
      const points = (criterion.weight * spec.weight) / totalWeight;
      const sections = spec.sections?.length ? spec.sections : criterion.sections;
      const ctx: CheckContext = { proposal, language, sections, order: rubric.sectionOrder, analysis };
      if (options.facts) ctx.facts = options.facts;
      const findings = runCheck(ctx, spec);
      const loss = findings.reduce((s, f) => s + f.loss, 0);
      const scale = loss > 1 ? 1 / loss : 1;
      score += points * (1 - Math.min(1, loss));
      for (const f of findings) {
        const improvement: Improvement = {
          criterion: criterion.id,
          points: points * f.loss * scale,
          severity: f.severity,
          message: f.message,
          suggestion: f.suggestion,
          line: f.line,
        };
        if (f.section !== undefined) improvement.section = f.section;
        raw.push(improvement);
      }
    }
    const llm = assessLlmChecks(criterion, totalWeight, proposal, language, options.judged?.get(criterion.id));
    raw.push(...llm.improvements);
    score += llm.earned;
    const criterionMax = max + llm.assessedMax;
    const assessed = criterionMax > 0;
    if (!assessed) notAssessed.push(criterion.id);
    earned += score;
    assessedMax += criterionMax;
    const result: CriterionResult = {
      id: criterion.id,
      title: pick(criterion.title, language),
      score: assessed ? round1(score) : null,
      max: criterion.weight,
      must: criterion.must,
      passed: !assessed || score >= criterionMax * criterion.pass - 1e-9,
      assessed,
    };
    if (llm.needs) result.needs = llm.needs;
    if (llm.error !== undefined) result.error = llm.error;
    if (llm.verdicts.length > 0) result.judge = llm.verdicts;
    criteria.push(result);
  }
  // Points are reported on the 0–100 scale of the total, which covers only what was assessed.
  const factor = assessedMax > 0 ? 100 / assessedMax : 0;
  const improvements = mergeImprovements(raw).map((i) => ({ ...i, points: round1(i.points * factor) }));
  let unverified: ScoreResult["unverified"] = [];
  if (options.facts) {
    unverified = unverifiedFigures(proposal, knownFigures(options.facts));
    improvements.push(...keyFigureFindings(proposal, analysis, options.facts, language));
  }
  improvements.sort(
    (a, b) => b.points - a.points || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line || a.criterion.localeCompare(b.criterion) || a.message.localeCompare(b.message),
  );
  const score = assessedMax > 0 ? round1(earned * factor) : 0;
  const budget = analysis.budget();
  const counts = analysis.beneficiaries();
  const period = analysis.period();
  const budgetTotal = budget.stated?.value ?? budget.statedText?.value ?? budget.itemsTotal;
  const direct = counts.direct?.value ?? counts.any?.value;
  const metrics: ScoreResult["metrics"] = { sections: [...new Set(proposal.sections.flatMap((s) => (s.id ? [s.id] : [])))] };
  if (budgetTotal !== undefined) metrics.budgetTotal = budgetTotal;
  if (budget.itemsTotal !== undefined) metrics.itemsTotal = budget.itemsTotal;
  if (budget.currency) metrics.currency = budget.currency;
  if (budget.itemsTotal) metrics.adminShare = Math.round((budget.admin / budget.itemsTotal) * 1000) / 1000;
  if (counts.direct ?? counts.any) metrics.directBeneficiaries = direct!;
  if (counts.indirect) metrics.indirectBeneficiaries = counts.indirect.value;
  if (budgetTotal !== undefined && direct) metrics.costPerBeneficiary = Math.round((budgetTotal / direct) * 100) / 100;
  if (period) {
    const show = (d: { year: number; month?: number }) => `${d.year}-${String(d.month ?? 1).padStart(2, "0")}`;
    metrics.period = { start: show(period.start), end: show(period.end) };
  }
  return {
    file: options.file,
    language,
    rubric: rubric.id,
    score,
    max: 100,
    grade: gradeFor(score, rubric),
    passed: criteria.every((c) => !c.must || c.passed),
    assessedMax: round1(assessedMax),
    notAssessed,
    criteria,
    improvements,
    unverified,
    metrics,
  };
}

/** The same problem found by two checks of one criterion (a missing section) is one improvement. */
function mergeImprovements(list: Improvement[]): Improvement[] {
  const byKey = new Map<string, Improvement>();
  for (const item of list) {
    const key = `${item.criterion}\u0000${item.line}\u0000${item.message}`;
    const existing = byKey.get(key);
    if (existing) existing.points += item.points;
    else byKey.set(key, { ...item });
  }
  return [...byKey.values()];
}
