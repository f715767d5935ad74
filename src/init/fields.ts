// One field of the facts schema, found by its path, and a typed answer checked against it: the
// questions of `init --interactive` accept exactly what `check` accepts, so whatever the schema
// learns to read (15万, 2025年3月) an answer may be typed that way too.
import type { z } from "zod";
import { t, uiLang } from "../i18n/index.js";
import { factsSchema } from "../facts/schema.js";
import { fieldKind, readField, type FieldKind } from "../facts/typed.js";
import { schemaAt, unwrapSchema } from "../util/schema-def.js";

type AnySchema = z.ZodType;

/** The schema of the field at `path` (list items by "*"), e.g. ["budget", "items", "*", "amount"]. */
export function fieldSchema(path: readonly string[]): AnySchema {
  const schema = schemaAt(factsSchema, path);
  if (schema === undefined) throw new Error(`no field ${path.join(".")} in the facts schema`);
  return schema as AnySchema;
}

export type Checked =
  | {
      ok: true;
      value: unknown;
      /** The unit written after a count (200户 → 户), for the unit question that follows. */
      unit?: string;
      /** The figure was typed as an estimate (约200户), as check records it. */
      approximate?: true;
    }
  | { ok: false; message: string };

const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/** What earlier answers tell the reading of this one: the budget's currency for an amount. */
export interface AnswerContext {
  currency?: string;
}

/** The reader that `check` applies to the field (facts/typed.ts), found inside its wrappers as check finds it. */
function kindOf(schema: unknown): FieldKind | undefined {
  return fieldKind(unwrapSchema(schema, (s) => fieldKind(s) !== undefined));
}

/**
 * The answer as `check` reads the same text in a file: first through the field's reader (15万,
 * ¥150,000, 2025年3月, ２００户, 约200户 — facts/typed.ts, the one parser both use), then through
 * the schema; else the reader's or the schema's message in the UI language.
 */
export function checkAnswer(schema: AnySchema, answer: string, context: AnswerContext = {}): Checked {
  const text = answer.trim();
  const kind = kindOf(schema);
  if (kind === undefined) {
    const asText = schema.safeParse(text);
    return asText.success ? { ok: true, value: asText.data } : { ok: false, message: messageOf(asText.error.issues) };
  }
  // The file holds -5 as a YAML number, which the schema refuses as negative: so does the answer.
  const raw = NEGATIVE_NUMBER.test(text) ? Number(text) : text;
  const reading = readField(kind, raw, { lang: uiLang(), ...(context.currency !== undefined && { currency: context.currency }) });
  if (reading.error !== undefined) return { ok: false, message: reading.error };
  const parsed = schema.safeParse(reading.value);
  if (!parsed.success) return { ok: false, message: messageOf(parsed.error.issues) };
  return { ok: true, value: parsed.data, ...(reading.unit !== undefined && { unit: reading.unit }), ...(reading.approximate && { approximate: true as const }) };
}

function messageOf(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  if (!issue) return t("init.required");
  return t("init.schemaMessage", { message: issue.message });
}
