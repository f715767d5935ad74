// `score --judge`: after a file's deterministic score, ask the judge each judged check of its rubric
// (a check whose module has `judged`, such as llm, asking what its module says) and score the file
// again with the verdicts. The deterministic checks run on the same text with the same rubric and
// never see a verdict, so their points are those of the run without --judge; only the judged
// checks' points come from the model. A verdict that never validates is an error of its criterion.
import { uiLang } from "../i18n/index.js";
import type { LoadedFacts } from "../facts/load.js";
import { judgeCriterion } from "./index.js";
import type { ModelCalls } from "../llm/session.js";
import type { ChatProvider, ChatRequest, ChatResult } from "../llm/types.js";
import { prepareProposal, scoreProposal, type PreparedProposal } from "../score/engine.js";
import { readProposal } from "../score/read/files.js";
import { placeFindings } from "../score/read/place-findings.js";
import type { FunderPriorities } from "./funder.js";
import { errorResult } from "../score/gate.js";
import { checkModule } from "../score/checks/run.js";
import { pick, type Rubric } from "../score/rubric/rubric.js";
import type { JudgeCheckOutcome, ScoreResult } from "../score/types.js";
import { createLimiter } from "../util/limit.js";

/** What judging a batch needs: the model session's calls, and what every file is judged with. */
export interface JudgeRun {
  /** Its provider best wrapped with limitConcurrency so a batch never has more than N requests in flight. */
  model: ModelCalls;
  samples: number;
  funder?: FunderPriorities;
  /** The rubric --rubric named; otherwise each file's own by language and kind. */
  rubric?: Rubric;
  facts?: LoadedFacts;
}

/** What the judge reads: the proposal's visible text (no front matter or HTML comments). */
export function judgeText(prepared: PreparedProposal): string {
  return prepared.proposal.lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** Asks every judged check of the rubric; outcomes by criterion id, one per judged check in order. */
export async function judgeProposal(prepared: PreparedProposal, run: JudgeRun): Promise<Map<string, JudgeCheckOutcome[]>> {
  const { rubric, language } = prepared;
  const proposalText = judgeText(prepared);
  const asked: Promise<[string, JudgeCheckOutcome[]]>[] = [];
  for (const criterion of rubric.criteria) {
    const questions = criterion.checks.flatMap((spec) => {
      const judged = checkModule(spec.type)?.judged;
      return judged ? [judged.ask(spec)] : [];
    });
    if (questions.length === 0) continue;
    const outcomes = questions.map(async (asked): Promise<JudgeCheckOutcome> => {
      // Only a check that needs the funder's priorities is given them, so other verdicts (and their
      // cache entries) do not depend on --funder; without them it is not assessed.
      const forFunder = asked.needsFunder ?? false;
      if (forFunder && !run.funder) return { status: "skipped", needs: "funder" };
      const guidance = pick(asked.guidance, language);
      return judgeCriterion(
        run.model.provider,
        {
          criterionId: criterion.id,
          language,
          question: pick(asked.question, language),
          scale: asked.scale,
          proposalText,
          ...(guidance ? { guidance } : {}),
          ...(forFunder && run.funder ? { funderPriorities: run.funder.text } : {}),
        },
        { samples: run.samples, signal: run.model.signal, meter: run.model.meter },
      );
    });
    asked.push(settleAll(outcomes).then((list) => [criterion.id, list]));
  }
  return new Map(await settleAll(asked));
}

/**
 * Like Promise.all, but a failure is thrown only once every promise has settled: every question of
 * a file has been asked (or refused) by then, which a batch job's collecting pass relies on.
 */
async function settleAll<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

/** Judges one file of a batch, given its deterministic result; unreadable files pass through. */
export async function judgeResult(raw: ScoreResult, run: JudgeRun): Promise<ScoreResult> {
  if (raw.error !== undefined) return raw;
  const read = await readProposal(raw.file);
  if (read.kind === "error") return errorResult(raw.file, read.error);
  // The file changed since it was scored: said in the user's language, as a read error is.
  if (read.kind === "skip") return errorResult(raw.file, read.reason[uiLang()]);
  const prepared = await prepareProposal(read.text, {
    ...(run.rubric ? { rubric: run.rubric } : {}),
    ...(run.facts ? { facts: run.facts } : {}),
  });
  const judged = await judgeProposal(prepared, run);
  const result = scoreProposal(prepared.proposal, prepared.language, prepared.rubric, {
    file: raw.file,
    ...(run.facts ? { facts: run.facts } : {}),
    judged,
  });
  return placeFindings(result, read.locations);
}

/** The provider with at most `limit` chats in flight. */
export function limitConcurrency(provider: ChatProvider, limit: number): ChatProvider {
  const run = createLimiter(limit);
  return {
    provider: provider.provider,
    model: provider.model,
    endpoint: provider.endpoint,
    chat: (request: ChatRequest): Promise<ChatResult> => run(() => provider.chat(request)),
  };
}
