// Readiness, apart from the score: a proposal is ready to submit when no placeholder is left, its key
// figures agree with --facts, its budget adds up, every must criterion is met and it has the
// sections its rubric requires (a need statement, objectives, a work plan), each holding more than
// a line or two (near-empty.ts). A proposal that is
// not ready never shows one of the two best grades, however many points it earned: "86.8 B" over
// twenty 【待补充】 reads as "ready" to the person who wrote it.
import { t } from "../i18n/index.js";
import type { BlockingReason, CriterionResult, Language } from "./types.js";
import { mustFailed } from "./gate.js";
import type { NearEmptySection } from "./near-empty.js";

export interface ReadinessInput {
  language: Language;
  placeholders: number;
  /** Where the first placeholder is. */
  placeholderLine: number | undefined;
  /** Disagreements of the key figures with --facts (budget total, direct beneficiaries, period). */
  keyFigures: readonly { line: number; message: string }[];
  /** Findings of a check that block (CheckModule.blocks), with the criterion they were charged to. */
  blockingFindings: readonly { line: number; message: string; criterion: string }[];
  criteria: readonly CriterionResult[];
  /** Required criteria none of whose sections the proposal has: the section's title, the criterion. */
  missingSections: readonly { title: string; criterion: string }[];
  /** Required sections that are there but near-empty. */
  nearEmptySections: readonly NearEmptySection[];
}

export interface Readiness {
  ready: boolean;
  blocking: BlockingReason[];
}

export function readinessOf(input: ReadinessInput): Readiness {
  const blocking: BlockingReason[] = [];
  if (input.placeholders > 0) {
    const reason: BlockingReason = { id: "placeholders", message: t("readiness.placeholders", { count: input.placeholders }, input.language) };
    if (input.placeholderLine !== undefined) reason.line = input.placeholderLine;
    blocking.push(reason);
  }
  for (const k of input.keyFigures) blocking.push({ id: "key_figure", message: k.message, line: k.line });
  // The same budget finding charged to two criteria is one reason.
  const seen = new Set<string>();
  for (const f of input.blockingFindings) {
    const key = `${f.line}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    blocking.push({ id: "budget", message: f.message, line: f.line, criterion: f.criterion });
  }
  // Missing and near-empty sections in the rubric's order (need, objectives, work plan).
  const sections: BlockingReason[] = [
    ...input.missingSections.map((m): BlockingReason => ({ id: "section", message: t("readiness.sectionMissing", { title: m.title }, input.language), criterion: m.criterion })),
    ...input.nearEmptySections.map(
      (s): BlockingReason => ({ id: "section", message: t("readiness.sectionNearEmpty", { title: s.title, length: s.length }, input.language), line: s.line, criterion: s.criterion }),
    ),
  ];
  const rank = (r: BlockingReason) => input.criteria.findIndex((c) => c.id === r.criterion);
  blocking.push(...sections.sort((a, b) => rank(a) - rank(b)));
  for (const c of mustFailed(input.criteria)) {
    blocking.push({ id: "must", message: t("readiness.must", { title: c.title, score: c.score ?? 0, max: c.max }, input.language), criterion: c.id });
  }
  return { ready: blocking.length === 0, blocking };
}

/** How many of the best grade bands a proposal that is not ready cannot show (A and B of the default bands). */
const WITHHELD_BANDS = 2;

/**
 * The grade a proposal shows: its score's, or, when it is not ready and the score reaches one of
 * the best bands, the best band below them. A rubric with fewer than three bands caps nothing.
 */
export function cappedGrade(grade: string, ready: boolean, bands: readonly { min: number; grade: string }[]): string {
  if (ready) return grade;
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  if (ordered.length <= WITHHELD_BANDS) return grade;
  const withheld = ordered.slice(0, WITHHELD_BANDS).map((b) => b.grade);
  return withheld.includes(grade) ? ordered[WITHHELD_BANDS]!.grade : grade;
}
