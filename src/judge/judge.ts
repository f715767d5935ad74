// Asks the model to judge one rubric criterion: temperature 0, a fixed seed per sample, a JSON
// Schema for the answer, one retry for a reply that does not validate, and the median over samples.
// A reply that never validates is an error of the criterion, never a score. Endpoint failures and
// Ctrl-C propagate as EndpointError / InterruptedError for the command to map to exit 3 / 130.
import { InputError, InterruptedError } from "../errors.js";
import type { ChatMessage, ChatProvider, UsageMeter } from "../llm/types.js";
import { buildJudgeMessages, retryMessage, type JudgePromptInput } from "./prompt.js";
import { extractVerdict, verdictJsonSchema, type Verdict } from "./verdict.js";
import { t } from "../i18n/index.js";

export interface JudgeInput extends JudgePromptInput {
  criterionId: string;
}

export interface JudgeOptions {
  /** How many times to ask; the median score is used. Default 1. */
  samples?: number;
  signal?: AbortSignal;
  meter?: UsageMeter;
  /** Seed of the first sample; sample i uses seed + i. */
  seed?: number;
}

export type JudgeOutcome =
  | {
      status: "assessed";
      /** The median of the samples, on the criterion's scale. */
      score: number;
      /** The spread of the samples. */
      min: number;
      max: number;
      /** Every sample's score, in the order asked. */
      samples: number[];
      /** From the sample whose score is (nearest) the median. */
      reasons: string[];
      suggestions: string[];
    }
  | { status: "error"; message: string };

export const DEFAULT_JUDGE_SEED = 20250;
export const MAX_JUDGE_SAMPLES = 15;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function checkInput(input: JudgeInput, samples: number): void {
  const { min, max } = input.scale;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
    throw new InputError(t("judge.badScale", { id: input.criterionId, min, max }));
  }
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_JUDGE_SAMPLES) {
    throw new InputError(t("judge.badSamples", { max: MAX_JUDGE_SAMPLES, samples }));
  }
}

type SampleResult = { ok: true; verdict: Verdict } | { ok: false; reason: string };

/** One sample: ask, and when the reply does not validate, say what was wrong and ask once more. */
async function askSample(
  provider: ChatProvider,
  messages: ChatMessage[],
  input: JudgeInput,
  seed: number,
  options: JudgeOptions,
): Promise<SampleResult> {
  const jsonSchema = verdictJsonSchema(input.scale);
  let conversation = messages;
  let reason = "";
  for (let attempt = 0; attempt < 2; attempt++) {
    if (options.signal?.aborted) throw new InterruptedError();
    const result = await provider.chat({ messages: conversation, temperature: 0, seed, jsonSchema, signal: options.signal });
    options.meter?.record(result);
    const extracted = extractVerdict(result.text, input.scale);
    if (extracted.ok) return extracted;
    reason = result.finishReason === "length" ? `${extracted.reason} (the answer hit the length limit)` : extracted.reason;
    conversation = [
      ...messages,
      { role: "assistant", content: result.text },
      { role: "user", content: retryMessage(input.language, reason, input.scale) },
    ];
  }
  return { ok: false, reason };
}

/**
 * Judges one criterion of one proposal. With several samples, each is asked in turn; the first
 * sample that fails after its retry makes the criterion an error (asking further would only cost).
 */
export async function judgeCriterion(provider: ChatProvider, input: JudgeInput, options: JudgeOptions = {}): Promise<JudgeOutcome> {
  const samples = options.samples ?? 1;
  checkInput(input, samples);
  const { messages } = await buildJudgeMessages(input);
  const base = options.seed ?? DEFAULT_JUDGE_SEED;

  const verdicts: Verdict[] = [];
  for (let i = 0; i < samples; i++) {
    const sample = await askSample(provider, messages, input, base + i, options);
    if (!sample.ok) {
      const which = samples > 1 ? t("judge.sampleOf", { i: i + 1, n: samples }) : "";
      return { status: "error", message: t("judge.unusable", { which, reason: sample.reason }) };
    }
    verdicts.push(sample.verdict);
  }

  const scores = verdicts.map((v) => v.score);
  const score = median(scores);
  // Reasons of the sample nearest the median, the first such on a tie, so they explain the score shown.
  const representative = verdicts.reduce((best, v) => (Math.abs(v.score - score) < Math.abs(best.score - score) ? v : best));
  return {
    status: "assessed",
    score,
    min: Math.min(...scores),
    max: Math.max(...scores),
    samples: scores,
    reasons: representative.reasons,
    suggestions: representative.suggestions,
  };
}
