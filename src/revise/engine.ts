// The revise loop: score, pick the sections worth the most points, have the model rewrite them
// (concurrently), then apply the rewrites one at a time, most points first, keeping one only when
// the total goes up and it adds no figure the facts do not contain. Rounds repeat until the target,
// the round limit, or a round that keeps nothing. Pure apart from the model calls: it never prints.
import { createHash } from "node:crypto";
import type { LoadedFacts } from "../facts/load.js";
import { scoreText, type Rubric } from "../score/index.js";
import type { Improvement, ScoreResult, UnverifiedFigure } from "../score/types.js";
import type { ProposalDocument } from "../document/model.js";
import { DRAFTED_PLACEHOLDER } from "../text/placeholders.js";
import type { ModelCalls } from "../llm/session.js";
import { protectBlocks } from "./blocks.js";
import { proposalDocument } from "./document.js";
import type { ReviseTemplates } from "./prompt.js";
import { rewriteSection, type RewriteAttempt } from "./rewrite.js";
import { bodyLines, relocate, rewritableSections, sectionBody, spliceBody, type RewritableSection } from "./sections.js";
import { pickCandidates, round1, type RewriteCandidate } from "./select.js";
import { t } from "../i18n/index.js";
import type { LengthTarget } from "../kinds/sections.js";
import { factsOnlyField, factsToFill, type FactsFix } from "./facts-fixes.js";
import { forEachLimited } from "../util/limit.js";

/** Sections rewritten per round: enough to move the score, few enough to judge each change alone. */
export const SECTIONS_PER_ROUND = 3;

export interface ScoringInput {
  text: string;
  file: string;
  facts: LoadedFacts;
  rubric: Rubric;
}

export interface SectionChange {
  round: number;
  section: string;
  heading: string;
  /** 1-based line of the heading in the text the round started from. */
  line: number;
  kept: boolean;
  /** Points the section's findings were worth. */
  pointsAtStake: number;
  /** Totals before and with this rewrite (equal when the rewrite was never scored). */
  scoreBefore: number;
  scoreAfter: number;
  /** Findings sent with the request. */
  findings: string[];
  /** Of those, the ones the rewrite made go away (kept rewrites only). */
  addressed: string[];
  /** Figures the rewrite added that the facts do not contain. */
  newUnverified: string[];
  /** Markers the model dropped; their blocks went back at the end of the section. */
  restored: string[];
  /** Why it was rejected; empty when kept. */
  reason: string;
}

export type StopReason = "target" | "rounds" | "no-gain" | "nothing-to-rewrite";

export interface ReviseOutcome {
  before: ScoreResult;
  after: ScoreResult;
  /** The revised text (the input when nothing was kept). */
  text: string;
  /** The same, as a document for the writers. */
  document: ProposalDocument;
  changes: SectionChange[];
  rounds: number;
  stopped: StopReason;
  /** Findings left that only the facts can fix, with the field to add: never sent to the model. */
  factsToFill: FactsFix[];
}

export interface ReviseHooks {
  /** The score of the proposal as given, before any rewrite. */
  onScored?: (before: ScoreResult) => void;
  onRound?: (round: number, candidates: RewriteCandidate[]) => void;
  onRewriteStart?: (candidate: RewriteCandidate) => void;
  onRewriteDone?: (candidate: RewriteCandidate) => void;
  onDecision?: (change: SectionChange) => void;
}

export interface ReviseInput extends ScoringInput {
  /** The model session's provider, signal and meter. */
  model: ModelCalls;
  templates: ReviseTemplates;
  rounds: number;
  target?: number;
  concurrency: number;
  perRound?: number;
  hooks?: ReviseHooks;
  /** The funder's form's stated limits by section id (项目概述（500字以内）), given to the prompts. */
  limits?: ReadonlyMap<string, LengthTarget>;
}

/** The form's limit for a section as the prompt states it: "500字" / "250 words". */
function limitOf(input: ReviseInput, id: string): string | undefined {
  const limit = input.limits?.get(id);
  if (!limit) return undefined;
  return input.facts.facts.language === "zh" ? `${limit.max}字` : `${limit.max} words`;
}

export function scoreWith(input: ScoringInput, text: string): Promise<ScoreResult> {
  return scoreText(text, { file: input.file, facts: input.facts, rubric: input.rubric });
}

/** Lines of the proposal inside a protected block: findings there are the program's, not the model's. */
export function protectedLines(text: string, sections: readonly RewritableSection[]): Set<number> {
  const lines = new Set<number>();
  for (const section of sections) {
    const body = bodyLines(text, section);
    for (const block of protectBlocks(body.lines, body.firstLine).blocks) {
      for (let line = block.fromLine; line <= block.toLine; line++) lines.add(line);
    }
  }
  return lines;
}

/** What round one would do, without asking the model: for --dry-run. */
/**
 * A section with no prose of its own (only placeholders, tables and subheadings) can only be
 * completed from the facts: a model asked to rewrite it could only invent, or drop the placeholders.
 */
export function hasProse(text: string, section: RewritableSection): boolean {
  const { lines, firstLine } = bodyLines(text, section);
  const prose = protectBlocks(lines, firstLine)
    .text.replace(DRAFTED_PLACEHOLDER, "")
    .split("\n")
    .filter((line) => !/^\s*(#{1,6}\s|\[\[(TABLE|BLOCK) \d+\]\]\s*$)/.test(line))
    .join("")
    .replace(/[\s*_>\-|:：。，,.;；]/g, "");
  return prose.length >= 10;
}

export async function planRevision(
  input: ScoringInput & { perRound?: number },
): Promise<{ score: ScoreResult; candidates: RewriteCandidate[]; factsToFill: FactsFix[] }> {
  const score = await scoreWith(input, input.text);
  const sections = rewritableSections(input.text, input.rubric.matcher);
  const shielded = protectedLines(input.text, sections);
  const candidates = pickCandidates(score, sections, {
    max: input.perRound ?? SECTIONS_PER_ROUND,
    isProtected: (l) => shielded.has(l),
    skip: (section) => !hasProse(input.text, section),
    factsOnly: (f) => factsOnlyField(f, input.facts) !== undefined,
  });
  return { score, candidates, factsToFill: factsToFill(score.improvements, input.facts) };
}

/** A finding's identity: what it says and where, by section, not by line (a rewrite moves lines). */
const findingKey = (f: Improvement) => `${f.criterion}\u0000${f.section ?? ""}\u0000${f.message}`;

/**
 * The findings sent with a rewrite that the rescored text no longer has, compared by identity and
 * counted: two findings alike in a section and one left means one addressed, never both.
 */
export function addressedFindings(sent: readonly Improvement[], after: readonly Improvement[]): Improvement[] {
  const left = new Map<string, number>();
  for (const f of after) left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
  const addressed: Improvement[] = [];
  for (const f of [...sent].reverse()) {
    const n = left.get(findingKey(f)) ?? 0;
    if (n > 0) left.set(findingKey(f), n - 1);
    else addressed.unshift(f);
  }
  return addressed;
}

/** Figures in `after` beyond those already in `before` (counted by their text). */
export function newFigures(before: readonly UnverifiedFigure[], after: readonly UnverifiedFigure[]): string[] {
  const seen = new Map<string, number>();
  for (const f of before) seen.set(f.text, (seen.get(f.text) ?? 0) + 1);
  const added: string[] = [];
  for (const f of after) {
    const left = seen.get(f.text) ?? 0;
    if (left > 0) seen.set(f.text, left - 1);
    else added.push(f.text);
  }
  return [...new Set(added)];
}

/** Runs `fn` over `items` with at most `limit` at once; the first failure stops the rest. */
async function mapLimited<T, R>(items: readonly T[], limit: number, signal: AbortSignal, fn: (item: T, signal: AbortSignal) => Promise<R>): Promise<R[]> {
  const controller = new AbortController();
  const follow = () => controller.abort(signal.reason);
  signal.addEventListener("abort", follow, { once: true });
  const results = new Array<R>(items.length);
  try {
    await forEachLimited(items, limit, async (item, index) => {
      results[index] = await fn(item, controller.signal);
    }, controller.signal);
    return results;
  } catch (error) {
    controller.abort(error);
    throw signal.aborted ? signal.reason : error;
  } finally {
    signal.removeEventListener("abort", follow);
  }
}

const fingerprint = (section: RewritableSection, body: string) => createHash("sha256").update(`${section.id}\u0000${body}`).digest("hex");

// grantsmith's own placeholders: a rewrite may not make a missing fact look present by dropping one.
/** Placeholders of `before` that `after` no longer contains. */
export function droppedPlaceholders(before: string, after: string): string[] {
  return [...new Set(before.match(DRAFTED_PLACEHOLDER) ?? [])].filter((p) => !after.includes(p));
}

function describeRejection(before: ScoreResult, after: ScoreResult, added: string[]): string {
  const delta = round1(after.score - before.score);
  const scorePart =
    delta > 0
      ? t("revise.wouldRise", { before: before.score, after: after.score })
      : delta < 0
        ? t("revise.wouldFall", { before: before.score, after: after.score, delta })
        : t("revise.wouldStay", { before: before.score });
  if (added.length > 0) return t("revise.addsFigures", { figures: added.join(", "), score: scorePart });
  return scorePart;
}

export async function reviseProposal(input: ReviseInput): Promise<ReviseOutcome> {
  const hooks = input.hooks ?? {};
  const perRound = input.perRound ?? SECTIONS_PER_ROUND;
  let text = input.text;
  let score = await scoreWith(input, text);
  const before = score;
  hooks.onScored?.(before);
  const changes: SectionChange[] = [];
  // A section whose rewrite was rejected is not asked again while its text is unchanged: the same
  // request would get the same answer (from the cache, at best).
  const rejected = new Set<string>();
  let stopped: StopReason = "rounds";
  let round = 0;

  while (round < input.rounds) {
    if (input.target !== undefined && score.score >= input.target) {
      stopped = "target";
      break;
    }
    const sections = rewritableSections(text, input.rubric.matcher);
    const shielded = protectedLines(text, sections);
    const candidates = pickCandidates(score, sections, {
      max: perRound,
      isProtected: (line) => shielded.has(line),
      skip: (section) => rejected.has(fingerprint(section, sectionBody(text, section))) || !hasProse(text, section),
      factsOnly: (f) => factsOnlyField(f, input.facts) !== undefined,
    });
    if (candidates.length === 0) {
      stopped = "nothing-to-rewrite";
      break;
    }
    round++;
    hooks.onRound?.(round, candidates);
    const roundText = text;
    const attempts = await mapLimited(candidates, input.concurrency, input.model.signal, async (candidate, signal): Promise<RewriteAttempt> => {
      hooks.onRewriteStart?.(candidate);
      const attempt = await rewriteSection({
        provider: input.model.provider,
        templates: input.templates,
        facts: input.facts,
        text: roundText,
        section: candidate.section,
        findings: candidate.findings,
        meter: input.model.meter,
        signal,
        limit: limitOf(input, candidate.section.id),
      });
      hooks.onRewriteDone?.(candidate);
      return attempt;
    });

    let kept = 0;
    for (const [index, candidate] of candidates.entries()) {
      input.model.signal.throwIfAborted();
      const attempt = attempts[index]!;
      const change: SectionChange = {
        round,
        section: candidate.section.id,
        heading: candidate.section.heading,
        line: candidate.section.line,
        kept: false,
        pointsAtStake: candidate.points,
        scoreBefore: score.score,
        scoreAfter: score.score,
        findings: candidate.findings.map((f) => f.message),
        addressed: [],
        newUnverified: [],
        restored: attempt.ok ? attempt.dropped : [],
        reason: "",
      };
      const original = sectionBody(roundText, candidate.section);
      const located = relocate(rewritableSections(text, input.rubric.matcher), candidate.section, sections);
      if (!attempt.ok || !located) {
        change.reason = attempt.ok ? t("revise.sectionLost") : attempt.reason;
        rejected.add(fingerprint(candidate.section, original));
        changes.push(change);
        hooks.onDecision?.(change);
        continue;
      }
      const dropped = droppedPlaceholders(original, attempt.body);
      if (dropped.length > 0) {
        change.reason = t("revise.dropsPlaceholders", { placeholders: dropped.join(", ") });
        rejected.add(fingerprint(candidate.section, original));
        changes.push(change);
        hooks.onDecision?.(change);
        continue;
      }
      const next = spliceBody(text, located, attempt.body);
      const rescored = await scoreWith(input, next);
      const added = newFigures(score.unverified, rescored.unverified);
      change.scoreAfter = rescored.score;
      change.newUnverified = added;
      if (rescored.score > score.score && added.length === 0) {
        change.kept = true;
        change.addressed = addressedFindings(candidate.findings, rescored.improvements).map((f) => f.message);
        text = next;
        score = rescored;
        kept++;
      } else {
        change.reason = describeRejection(score, rescored, added);
        rejected.add(fingerprint(candidate.section, original));
      }
      changes.push(change);
      hooks.onDecision?.(change);
    }
    if (kept === 0) {
      stopped = "no-gain";
      break;
    }
  }
  if (input.target !== undefined && score.score >= input.target) stopped = "target";
  const document = proposalDocument(text, input.rubric.matcher, input.facts);
  return { before, after: score, text, document, changes, rounds: round, stopped, factsToFill: factsToFill(score.improvements, input.facts) };
}
