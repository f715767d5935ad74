// The scoring engine: parse the proposal, run each criterion's checks, turn findings into the
// points they would recover, and add provenance against the facts. Synchronous and pure: the
// same text and rubric always give the same result.
import type { LoadedFacts } from "../facts/load.js";
import { detectKindFrom } from "../kinds/index.js";
import { t } from "../i18n/index.js";
import { detectTextLanguage } from "../text/language.js";
import { createAnalysis } from "./analysis/analysis.js";
import { createCheckMemo, type CheckContext, type Finding } from "./checks/context.js";
import type { Needs } from "./checks/check.js";
import { checkModule, isDeterministic, runCheck } from "./checks/run.js";
import { SECTIONS_NEEDED } from "./checks/sections-needed.js";
import { parseProposal, type Proposal } from "./read/proposal.js";
import { proposalOrganization, proposalTitle } from "./read/cover.js";
import { perBeneficiary } from "./analysis/per-beneficiary.js";
import { estimatesStatedExactly } from "./analysis/approximate-counts.js";
import { keyFigureFindings, knownFiguresOf, unverifiedCharge, unverifiedFigures, type KeyFigure, type KeyFigureFinding } from "./analysis/provenance.js";
import { mustFailed } from "./gate.js";
import { cappedGrade, readinessOf } from "./readiness.js";
import { nearEmptyRequired } from "./near-empty.js";
import { sectionTitle } from "./aliases.js";
import { loadedRubricFor, pick, resolveRubric, type Kind, type Rubric } from "./rubric/rubric.js";
import { assessJudgedChecks } from "./judged-checks.js";
import { buildSectionMatcher } from "./read/section-matcher.js";
import type { CriterionResult, Improvement, JudgeCheckOutcome, Language, ScoreResult, Severity } from "./types.js";

export interface ScoreOptions {
  file: string;
  rubric?: Rubric;
  facts?: LoadedFacts;
  /**
   * The judge's outcomes (score --judge) by criterion id, one per check the judge answers, in
   * rubric order. Only those checks' points come from them; without them they are not assessed.
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

/**
 * A key figure that disagrees with --facts costs points of the check that reads that figure (the
 * one whose module names it in needs.keyFigure: the budget check for the total, the beneficiaries
 * check for the direct count, the timeline check for the period): half of that check, shared by
 * the lines that disagree. A rubric without such a check reports the disagreement under "facts",
 * as an error worth no points.
 */
const KEY_FIGURE_LOSS = 0.5;
type KeyFigureNeed = NonNullable<Needs["keyFigure"]>;

// Every section a rubric's criteria look at, in the rubric's order: what a whole-text check covers.
const expectedSections = new WeakMap<Rubric, string[]>();

function expectedOf(rubric: Rubric): string[] {
  let ids = expectedSections.get(rubric);
  if (!ids) {
    const all = [...new Set(rubric.criteria.flatMap((c) => c.sections))];
    const rank = (id: string) => {
      const at = rubric.sectionOrder.indexOf(id);
      return at < 0 ? rubric.sectionOrder.length : at;
    };
    ids = all.sort((a, b) => rank(a) - rank(b));
    expectedSections.set(rubric, ids);
  }
  return ids;
}

/** The kind a proposal is, from its sections and title, as each kind's descriptor says (kinds/). */
export function detectKind(proposal: Proposal): Kind {
  return detectKindFrom(new Set([...proposal.sections.map((s) => s.id), ...proposal.labelled]), proposal.title ?? "");
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
  const memo = createCheckMemo();
  const criteria: CriterionResult[] = [];
  const raw: Improvement[] = [];
  const notAssessed: string[] = [];
  const expected = expectedOf(rubric);
  const keyFindings = options.facts ? keyFigureFindings(proposal, analysis, options.facts, language) : [];
  const charged = new Set<KeyFigure>();
  const blockingFindings: { line: number; message: string; criterion: string }[] = [];
  // Figures the facts do not hold: listed, and each costs the criterion whose sections hold it (bounded).
  const unverified: ScoreResult["unverified"] = options.facts ? unverifiedFigures(proposal, analysis, knownFiguresOf(options.facts)) : [];
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
      // One shape for every context, with or without facts.
      const ctx: CheckContext = { proposal, language, facts: options.facts, sections, order: rubric.sectionOrder, expected, analysis, memo, kind: rubric.kind === "any" ? undefined : rubric.kind };
      let findings = runCheck(ctx, spec);
      const keyFigure = checkModule(spec.type)?.needs?.keyFigure;
      if (keyFindings.length > 0 && keyFigure) findings = [...findings, ...chargeKeyFigure(keyFigure, keyFindings, charged)];
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
        if (f.origin !== undefined) improvement.origin = f.origin;
        raw.push(improvement);
        if (f.blocks) blockingFindings.push({ line: f.line, message: f.message, criterion: criterion.id });
      }
    }
    const charge = max > 0 ? unverifiedCharge(proposal, unverified, criterion.sections, language) : undefined;
    if (charge) {
      const points = Math.min(score, max * charge.loss);
      score -= points;
      raw.push({ criterion: criterion.id, points, severity: "warning", message: charge.message, suggestion: charge.suggestion, line: charge.line });
    }
    const judged = assessJudgedChecks(criterion, totalWeight, proposal, language, options.judged?.get(criterion.id));
    raw.push(...judged.improvements);
    score += judged.earned;
    const criterionMax = max + judged.assessedMax;
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
      // Nobody assessed it, so it did not pass; it does not fail the gate either (see mustFailed).
      passed: assessed && score >= criterionMax * criterion.pass - 1e-9,
      assessed,
    };
    if (judged.needs) result.needs = judged.needs;
    if (judged.error !== undefined) result.error = judged.error;
    if (judged.verdicts.length > 0) result.judge = judged.verdicts;
    criteria.push(result);
  }
  // Points are reported on the 0–100 scale of the total, which covers only what was assessed.
  const factor = assessedMax > 0 ? 100 / assessedMax : 0;
  const improvements = mergeImprovements(raw).map((i) => ({ ...i, points: round1(i.points * factor) }));
  if (options.facts) {
    for (const k of keyFindings) {
      if (!charged.has(k.key)) improvements.push({ criterion: "facts", points: 0, severity: "error", message: k.message, suggestion: k.suggestion, line: k.line });
    }
    // An estimate of the facts stated as exact: told, at no cost to the score, once per figure at its first line.
    const exact = new Map<string, number[]>();
    for (const e of estimatesStatedExactly(proposal, analysis, options.facts)) exact.set(e.text, [...(exact.get(e.text) ?? []), e.line]);
    for (const [text, lines] of exact) {
      const message = t("score.estimateStatedExactly", { text, lines }, language);
      improvements.push({ criterion: "facts", points: 0, severity: "warning", message, suggestion: t("score.estimateStatedExactlyFix", { text }, language), line: lines[0]! });
    }
  }
  improvements.sort(
    (a, b) => b.points - a.points || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line || a.criterion.localeCompare(b.criterion) || a.message.localeCompare(b.message),
  );
  const score = assessedMax > 0 ? round1(earned * factor) : 0;
  const budget = analysis.budget();
  const counts = analysis.beneficiaries();
  const perHead = perBeneficiary(analysis);
  // The proposal's own period: the key figures line shows what the proposal says.
  const period = analysis.statedPeriod();
  const budgetTotal = perHead.total;
  const direct = perHead.people;
  const sectionIds: string[] = [];
  for (const s of proposal.sections) if (s.id && !sectionIds.includes(s.id)) sectionIds.push(s.id);
  const metrics: ScoreResult["metrics"] = { sections: sectionIds };
  if (budgetTotal !== undefined) metrics.budgetTotal = budgetTotal;
  if (budget.itemsTotal !== undefined) metrics.itemsTotal = budget.itemsTotal;
  if (budget.currency) metrics.currency = budget.currency;
  if (budget.itemsTotal) metrics.adminShare = Math.round((budget.admin / budget.itemsTotal) * 1000) / 1000;
  if (counts.direct ?? counts.any) metrics.directBeneficiaries = direct!;
  if (counts.indirect) metrics.indirectBeneficiaries = counts.indirect.value;
  if (counts.directByKind) metrics.directByKind = counts.directByKind.map((k) => ({ kind: k.kind, value: k.value }));
  if (perHead.cost !== undefined) metrics.costPerBeneficiary = Math.round(perHead.cost * 100) / 100;
  if (period) {
    const show = (d: { year: number; month?: number }) => `${d.year}-${String(d.month ?? 1).padStart(2, "0")}`;
    metrics.period = { start: show(period.start), end: show(period.end) };
  }
  // What a ranking names the proposal by, and the placeholders left in it, one by one.
  let placeholders = 0;
  let placeholderLine: number | undefined;
  proposal.lines.forEach((line, i) => {
    if (line.length === 0) return;
    const n = analysis.placeholders(line).length;
    placeholders += n;
    if (n > 0) placeholderLine ??= i + 1;
  });
  const about: Pick<ScoreResult, "title" | "organization" | "kind" | "placeholders"> = {
    kind: (options.facts?.facts.kind as Kind | undefined) ?? detectKind(proposal),
    placeholders,
  };
  const title = proposalTitle(proposal);
  if (title !== undefined) about.title = title;
  const organization = proposalOrganization(proposal);
  if (organization !== undefined) about.organization = organization;
  // A required criterion none of whose sections is there: the first of them is named.
  const missingSections = rubric.criteria
    .filter((c) => c.required && c.sections.length > 0 && !c.sections.some((id) => sectionIds.includes(id)))
    .map((c) => ({ title: sectionTitle(c.sections[0]!, language, about.kind), criterion: c.id }));
  // A required section that is there but holds a line or two and no figure is as good as missing.
  const whole: CheckContext = { proposal, language, facts: options.facts, sections: [], order: rubric.sectionOrder, expected, analysis, memo, kind: rubric.kind === "any" ? undefined : rubric.kind };
  const nearEmptySections = nearEmptyRequired(whole, rubric.criteria);
  const { ready, blocking } = readinessOf({ language, placeholders, placeholderLine, keyFigures: keyFindings, blockingFindings, criteria, missingSections, nearEmptySections });
  const byScore = gradeFor(score, rubric);
  const grade = cappedGrade(byScore, ready, rubric.grades ?? DEFAULT_GRADES);
  return {
    file: options.file,
    language,
    rubric: rubric.id,
    score,
    max: 100,
    grade,
    ...(grade !== byScore ? { gradeByScore: byScore } : {}),
    passed: mustFailed(criteria).length === 0,
    ready,
    blocking,
    assessedMax: round1(assessedMax),
    notAssessed,
    criteria,
    improvements,
    unverified,
    metrics,
    ...about,
  };
}

/** The disagreements about a key figure, charged to the first check that answers for it. */
function chargeKeyFigure({ figure, section }: KeyFigureNeed, keyFindings: readonly KeyFigureFinding[], charged: Set<KeyFigure>): Finding[] {
  if (charged.has(figure)) return [];
  const list = keyFindings.filter((k) => k.key === figure);
  if (list.length === 0) return [];
  charged.add(figure);
  return list.map((k) => {
    const f: Finding = { loss: KEY_FIGURE_LOSS / list.length, severity: "error", message: k.message, suggestion: k.suggestion, line: k.line };
    if (section) f.section = section;
    return f;
  });
}

/**
 * One key for every finding that a section is missing, whatever words say it: the engine's own
 * ("The Risks section is missing") and a check's own for it (needs.missing: "…missing, and no risk is
 * named anywhere"). They are one problem, which the best-paid words tell.
 */
function missingSectionKey(item: Improvement): string | undefined {
  const origin = item.origin;
  if (!origin || item.section === undefined) return undefined;
  const own = origin.check === SECTIONS_NEEDED.type ? origin.message === "missing" : checkModule(origin.check)?.needs?.missing === origin.message;
  return own ? `missing\u0000${item.section}` : undefined;
}

/**
 * The same problem found twice is one improvement: by two checks of one criterion (a missing
 * section), its points summed; by two criteria at the same line (a budget with no readable lines
 * costs the budget and the management-cost criteria), worth both and naming both.
 */
function mergeImprovements(list: Improvement[]): Improvement[] {
  const byKey = new Map<string, Improvement[]>();
  for (const item of list) {
    const key = missingSectionKey(item) ?? `${item.line}\u0000${item.message}`;
    const group = byKey.get(key);
    if (!group) {
      byKey.set(key, [{ ...item }]);
      continue;
    }
    const same = group.find((g) => g.criterion === item.criterion);
    if (same) same.points += item.points;
    else group.push({ ...item });
  }
  const out: Improvement[] = [];
  for (const group of byKey.values()) {
    if (group.length === 1) {
      out.push(group[0]!);
      continue;
    }
    const ranked = [...group].sort((a, b) => b.points - a.points || a.criterion.localeCompare(b.criterion));
    const merged: Improvement = { ...ranked[0]!, points: group.reduce((s, i) => s + i.points, 0), criteria: ranked.map((i) => i.criterion) };
    merged.severity = group.reduce<Severity>((worst, i) => (SEVERITY_RANK[i.severity] < SEVERITY_RANK[worst] ? i.severity : worst), "info");
    out.push(merged);
  }
  return out;
}
