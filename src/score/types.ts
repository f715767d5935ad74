// The shapes the scorer produces. ScoreResult is what `--format json` serializes (version 1): a
// contract for CI scripts and for the draft and revise commands.
import type { TextLanguage } from "../text/language.js";

export type Language = TextLanguage;
export type Severity = "error" | "warning" | "info";
export type FailOn = "error" | "warning" | "never";

/**
 * What a finding was made from: the check type, its message id and the report's parameters (all the
 * placeholders of a section, say, where the message quotes eight). For the program's own use: revise
 * tells by it the findings only the facts can fix. No report prints it (the writers pick their fields).
 */
export interface FindingOrigin {
  /** The check type, or "sections_needed" for a section a check needs that is missing or empty. */
  readonly check: string;
  readonly message: string;
  readonly params?: unknown;
}

export interface Improvement {
  /** The criterion id (the one this fix is worth most to), or "facts" for a disagreement with the facts file. */
  criterion: string;
  /** Every criterion the fix recovers points of, when it is more than one (the same problem at the same line). */
  criteria?: string[];
  /** Points of the total (0–100) this fix would recover. */
  points: number;
  severity: Severity;
  message: string;
  suggestion: string;
  /** 1-based line in the file (for Word and PDF: in the text read from it). */
  line: number;
  /** Where a reader of a Word or PDF file finds it: "第12段" / "para 12", "第3页" / "p. 3". */
  where?: string;
  /** Canonical id of the section the finding is in, when there is one. */
  section?: string;
  /** The check's report it was made from; absent for findings of the facts, the judge and unverified figures. */
  origin?: FindingOrigin;
}

export interface CriterionResult {
  id: string;
  title: string;
  /** Points earned; null when the criterion was not assessed (an llm criterion without --judge). */
  score: number | null;
  max: number;
  must: boolean;
  /** Assessed and reached its pass share. False when not assessed, which never fails a gate by itself. */
  passed: boolean;
  assessed: boolean;
  /** Why (part of) the criterion was not assessed: its llm checks need --judge, or --funder too. */
  needs?: "judge" | "funder";
  /** The judge gave no usable verdict: reported as an error of the criterion, never as a score. */
  error?: string;
  /** The judge's verdict per llm check that was assessed (score --judge). */
  judge?: JudgeVerdictSummary[];
}

/** What the judge made of one llm check, on the check's own scale. */
export interface JudgeVerdictSummary {
  /** The median over the samples. */
  score: number;
  scale: { min: number; max: number };
  /** The spread of the samples (equal to score with one sample). */
  spread: { min: number; max: number };
  samples: number[];
  /** Points this check earned and could earn, on the rubric's scale. */
  points: number;
  maxPoints: number;
}

/** The judge's answer for one llm check, as the engine takes it (score --judge). */
export type JudgeCheckOutcome =
  | { status: "assessed"; score: number; min: number; max: number; samples: number[]; reasons: string[]; suggestions: string[] }
  | { status: "error"; message: string }
  | { status: "skipped"; needs: "funder" };

export interface UnverifiedFigure {
  text: string;
  line: number;
  /** As Improvement.where. */
  where?: string;
  kind: string;
}

export interface ProposalMetrics {
  budgetTotal?: number;
  itemsTotal?: number;
  currency?: string;
  adminShare?: number;
  /** The direct count: a stated total, else the groups added up (people with people). */
  directBeneficiaries?: number;
  /** The direct counts by kind, when the proposal counts more than one (people, households…): never summed. */
  directByKind?: { kind: string; value: number }[];
  indirectBeneficiaries?: number;
  /** The total over the direct count, worked out one way (score/analysis/per-beneficiary.ts). */
  costPerBeneficiary?: number;
  period?: { start: string; end: string };
  sections: string[];
}

/** Why a proposal is not ready to submit (readiness.ts): the kind of reason, where, and what it is. */
export interface BlockingReason {
  /**
   * placeholders, key_figure (disagrees with --facts), budget (does not add up), must (a must
   * criterion failed), section (a section a required criterion looks at is missing, or there but
   * near-empty: a line or two with no figure).
   */
  id: "placeholders" | "key_figure" | "budget" | "must" | "section";
  message: string;
  /** The first line it is at, when it is at one. */
  line?: number;
  /** The criterion it is about (must), or charged to (budget). */
  criterion?: string;
}

export interface ScoreResult {
  file: string;
  language: Language;
  rubric: string;
  /** 0–100 over the criteria that were assessed. */
  score: number;
  max: number;
  grade: string;
  /** The grade the score alone gives, when readiness capped it (a proposal not ready shows no A or B). */
  gradeByScore?: string;
  /** The quality gate of this run (must criteria, --min-score, --fail-on): not the same as ready. */
  passed: boolean;
  /** Ready to submit: no placeholders, key figures agree with --facts, the budget adds up, must criteria met. */
  ready: boolean;
  /** Why it is not ready, in the proposal's language; empty when ready. */
  blocking: BlockingReason[];
  /** Rubric points that were assessed (100 unless some criteria need --judge). */
  assessedMax: number;
  notAssessed: string[];
  criteria: CriterionResult[];
  improvements: Improvement[];
  unverified: UnverifiedFigure[];
  metrics: ProposalMetrics;
  /** The document's title and the organisation its cover names (for a ranking; not in JSON version 1). */
  title?: string;
  organization?: string;
  /** The kind the proposal was scored as: the facts' kind, else the one its sections and title show. */
  kind?: string;
  /** Placeholders left in the text (【待补充：…】, [TODO: …]…), counted one by one. */
  placeholders?: number;
  /** Set when the file could not be read or parsed; such a result always fails. */
  error?: string;
}

export interface ScoreSummary {
  files: number;
  /** Ready to submit (readiness), apart from the gate. */
  ready: number;
  /** Passed the quality gate, and failed it (or could not be scored). */
  passed: number;
  failed: number;
  mean: number;
}

export interface GateOptions {
  minScore?: number;
  failOn?: FailOn;
}
