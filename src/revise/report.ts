// What revise tells the user: a line per decision, the before/after line, the dry-run plan, and the
// JSON summary. Pure functions returning text; the command decides where it goes.
import type { ScoreResult } from "../score/types.js";
import type { ReviseOutcome, SectionChange } from "./engine.js";
import { round1, type RewriteCandidate } from "./select.js";
import type { FactsFix } from "./facts-fixes.js";
import { t, uiLang, type Lang } from "../i18n/index.js";

/** The "fill in the facts" list: findings only the facts can fix, each with the field to add; "" when none. */
export function formatFactsToFill(fixes: readonly FactsFix[], docLang?: Lang): string {
  if (fixes.length === 0) return "";
  const lang = uiLang(docLang);
  return [t("draftQuality.fillInFacts", { count: fixes.length }, lang), ...fixes.map((f) => t("draftQuality.fillInFactsItem", { field: f.field, message: f.message, line: f.line }, lang))].join("\n");
}

const factsJson = (fixes: readonly FactsFix[]) => fixes.map((f) => ({ field: f.field, line: f.line, message: f.message }));

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
const MAX_LISTED = 3;

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(uiLang() === "zh" ? "；" : "; ");
  return items.length > MAX_LISTED ? t("revise.andMore", { shown, n: items.length - MAX_LISTED }) : shown;
}

/** "round 1: kept 项目背景与需求分析 (line 29): +4.1, addressed: …" */
export function formatChange(change: SectionChange): string {
  const where = t("revise.where", { heading: change.heading, line: change.line });
  if (change.kept) {
    const delta = signed(round1(change.scoreAfter - change.scoreBefore));
    const addressed = change.addressed.length > 0 ? t("revise.addressed", { items: listed(change.addressed) }) : "";
    const restored = change.restored.length > 0 ? t("revise.restored", { items: change.restored.join(", ") }) : "";
    return t("revise.kept", { round: change.round, where, delta, addressed, restored });
  }
  return t("revise.rejected", { round: change.round, where, reason: change.reason });
}

export function formatScoreLine(label: string, result: ScoreResult): string {
  return t("revise.scoreLine", { label, score: result.score, grade: result.grade });
}

/** "score: 47.2 → 53.9 (+6.7), 2 of 5 rewrites kept in 2 rounds" */
export function formatOutcome(outcome: ReviseOutcome): string {
  const kept = outcome.changes.filter((c) => c.kept).length;
  const delta = signed(round1(outcome.after.score - outcome.before.score));
  const why: Record<ReviseOutcome["stopped"], string> = {
    target: t("revise.stopTarget"),
    rounds: t("revise.stopRounds"),
    "no-gain": t("revise.stopNoGain"),
    "nothing-to-rewrite": t("revise.stopNothing"),
  };
  return t("revise.outcome", {
    before: outcome.before.score,
    beforeGrade: outcome.before.grade,
    after: outcome.after.score,
    afterGrade: outcome.after.grade,
    delta,
    kept,
    changes: outcome.changes.length,
    rounds: outcome.rounds,
    why: why[outcome.stopped],
  });
}

/** The dry-run plan: the sections round one would rewrite, their findings and the points at stake. */
export function formatPlan(score: ScoreResult, candidates: readonly RewriteCandidate[], fixes: readonly FactsFix[] = [], docLang?: Lang): string {
  const lines = [t("revise.planHead", { line: formatScoreLine(t("revise.scoreLabel"), score), rubric: score.rubric })];
  const facts = formatFactsToFill(fixes, docLang);
  if (candidates.length === 0) {
    lines.push(t("revise.nothingToRewrite"));
    if (facts) lines.push(facts);
    return lines.join("\n");
  }
  lines.push(t("revise.wouldRewrite", { n: candidates.length }));
  for (const c of candidates) {
    lines.push(`  ${t("revise.atStake", { where: t("revise.where", { heading: c.section.heading, line: c.section.line }), points: c.points })}`);
    for (const f of c.findings) lines.push(`    - ${round1(f.points)}  ${f.message} → ${f.suggestion}`);
  }
  if (facts) lines.push(facts);
  return lines.join("\n");
}

const scoreSummary = (r: ScoreResult) => ({ score: r.score, grade: r.grade, unverified: r.unverified.map((u) => u.text) });

export function planJson(file: string, score: ScoreResult, candidates: readonly RewriteCandidate[], fixes: readonly FactsFix[] = []) {
  return {
    version: 1,
    dry_run: true,
    file,
    rubric: score.rubric,
    before: scoreSummary(score),
    sections: candidates.map((c) => ({
      section: c.section.id,
      heading: c.section.heading,
      line: c.section.line,
      points: c.points,
      findings: c.findings.map((f) => ({ criterion: f.criterion, points: f.points, line: f.line, message: f.message, suggestion: f.suggestion })),
    })),
    fill_in_facts: factsJson(fixes),
  };
}

export function outcomeJson(file: string, output: string | null, outcome: ReviseOutcome, usage: unknown) {
  return {
    version: 1,
    dry_run: false,
    file,
    output,
    rubric: outcome.before.rubric,
    before: scoreSummary(outcome.before),
    after: scoreSummary(outcome.after),
    rounds: outcome.rounds,
    stopped: outcome.stopped,
    changes: outcome.changes.map((c) => ({
      round: c.round,
      section: c.section,
      heading: c.heading,
      line: c.line,
      kept: c.kept,
      points_at_stake: c.pointsAtStake,
      score_before: c.scoreBefore,
      score_after: c.scoreAfter,
      findings: c.findings,
      addressed: c.addressed,
      new_unverified: c.newUnverified,
      restored: c.restored,
      reason: c.reason || null,
    })),
    fill_in_facts: factsJson(outcome.factsToFill),
    usage,
  };
}
