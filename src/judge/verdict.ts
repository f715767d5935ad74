// What the judge model must answer: {score, reasons[], suggestions[]}, the same shape as a zod schema
// (to validate) and as a JSON Schema (for `response_format`), and the extraction of that JSON from a
// reply that wraps it in prose or a ```json fence.
import { z } from "zod";
import { stripReasoning } from "../llm/answer.js";

export interface JudgeScale {
  min: number;
  max: number;
}

export interface Verdict {
  score: number;
  reasons: string[];
  suggestions: string[];
}

/** "A handful": enough to explain a score, few enough to read in a report. */
export const MAX_REASONS = 5;
export const MAX_SUGGESTIONS = 5;

const missingOr = (expected: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "is missing" : `expected ${expected}`);

const sentence = z.string({ error: missingOr("a string") }).trim().min(1, "must not be an empty string");

/** The verdict schema for one criterion's scale. Reasons explain the score; suggestions may be none. */
export function verdictSchema(scale: JudgeScale) {
  return z.object({
    score: z
      .number({ error: missingOr(`a number from ${scale.min} to ${scale.max}`) })
      .min(scale.min, `must be from ${scale.min} to ${scale.max} (the criterion's scale)`)
      .max(scale.max, `must be from ${scale.min} to ${scale.max} (the criterion's scale)`),
    reasons: z
      .array(sentence, { error: missingOr("a list of strings") })
      .min(1, "must give at least one reason")
      .max(MAX_REASONS, `must give at most ${MAX_REASONS} reasons`),
    suggestions: z
      .array(sentence, { error: missingOr("a list of strings (may be empty)") })
      .max(MAX_SUGGESTIONS, `must give at most ${MAX_SUGGESTIONS} suggestions`),
  });
}

/** The same shape as a JSON Schema, for ChatRequest.jsonSchema (sent as response_format). */
export function verdictJsonSchema(scale: JudgeScale): { name: string; schema: Record<string, unknown> } {
  const sentences = (minItems: number, maxItems: number) => ({
    type: "array",
    items: { type: "string", minLength: 1 },
    minItems,
    maxItems,
  });
  return {
    name: "judge_verdict",
    schema: {
      type: "object",
      properties: {
        score: { type: "number", minimum: scale.min, maximum: scale.max },
        reasons: sentences(1, MAX_REASONS),
        suggestions: sentences(0, MAX_SUGGESTIONS),
      },
      required: ["score", "reasons", "suggestions"],
      additionalProperties: false,
    },
  };
}

export type Extraction = { ok: true; verdict: Verdict } | { ok: false; reason: string };

/** "score: must be from 0 to 5 (the criterion's scale); reasons: must give at least one reason" */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "the JSON"}: ${issue.message}`)
    .join("; ");
}

/** End index (inclusive) of the balanced {...} starting at `start`, minding JSON strings; -1 if none. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

/**
 * Finds the verdict in a model's reply: reasoning blocks (<think>…</think>) are removed first, so a
 * draft verdict the model wrote while thinking is never taken; then the last balanced {...} that
 * parses as JSON and validates (a model that corrects itself ends with its final answer). Otherwise
 * says precisely why the reply was rejected (for the retry's follow-up and the report).
 */
export function extractVerdict(raw: string, scale: JudgeScale): Extraction {
  const { text, unclosed } = stripReasoning(raw);
  const schema = verdictSchema(scale);
  let found: Verdict | undefined;
  let firstInvalid: string | undefined;
  let firstParseError: string | undefined;
  for (let start = text.indexOf("{"); start !== -1; start = text.indexOf("{", start + 1)) {
    const end = balancedEnd(text, start);
    if (end === -1) {
      firstParseError ??= "the JSON object is not closed (the reply may have been cut off)";
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.slice(start, end + 1));
    } catch (error) {
      firstParseError ??= `the JSON does not parse (${(error as Error).message})`;
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) {
      found = result.data;
      start = end; // the next candidate starts after this object, not inside it
    } else firstInvalid ??= describeIssues(result.error);
  }
  if (found) return { ok: true, verdict: found };
  if (firstInvalid) return { ok: false, reason: firstInvalid };
  if (firstParseError) return { ok: false, reason: firstParseError };
  if (unclosed) return { ok: false, reason: "the reply holds only unfinished reasoning, no verdict" };
  return { ok: false, reason: text.trim() ? "the reply holds no JSON object" : "the reply is empty" };
}
