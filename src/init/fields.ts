// One field of the facts schema, found by its path, and a typed answer checked against it: the
// questions of `init --interactive` accept exactly what `check` accepts, so whatever the schema
// learns to read (15万, 2025年3月) an answer may be typed that way too.
import type { z } from "zod";
import { t } from "../i18n/index.js";
import { factsSchema } from "../facts/schema.js";

type AnySchema = z.ZodType;

function def(schema: unknown): { type: string; [key: string]: any } | undefined {
  return (schema as { _zod?: { def?: { type: string } } } | undefined)?._zod?.def;
}

/** The schema inside optional, default and pipe wrappers that holds `want` (an object or an array). */
function unwrapTo(schema: unknown, want: "object" | "array"): unknown {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const d = def(current);
    if (!d || d.type === want) return current;
    if (d.type === "optional" || d.type === "default" || d.type === "nullable" || d.type === "prefault") current = d.innerType;
    else if (d.type === "pipe") current = def(d.in)?.type === "transform" ? d.out : d.in;
    else return current;
  }
  return current;
}

/** The schema of the field at `path` (list items by "*"), e.g. ["budget", "items", "*", "amount"]. */
export function fieldSchema(path: readonly string[]): AnySchema {
  let current: unknown = factsSchema;
  for (const key of path) {
    if (key === "*") {
      current = def(unwrapTo(current, "array"))?.element;
    } else {
      current = def(unwrapTo(current, "object"))?.shape?.[key];
    }
    if (current === undefined) throw new Error(`no field ${path.join(".")} in the facts schema`);
  }
  return current as AnySchema;
}

export type Checked = { ok: true; value: unknown } | { ok: false; message: string };

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The answer as the schema reads it, or the schema's message in the UI language. A plain number
 * typed for a numeric field is read as a number, since a prompt only ever gives text.
 */
export function checkAnswer(schema: AnySchema, answer: string): Checked {
  const text = answer.trim();
  const asText = schema.safeParse(text);
  if (asText.success) return { ok: true, value: asText.data };
  if (PLAIN_NUMBER.test(text)) {
    const asNumber = schema.safeParse(Number(text));
    if (asNumber.success) return { ok: true, value: asNumber.data };
    return { ok: false, message: messageOf(asNumber.error.issues) };
  }
  return { ok: false, message: messageOf(asText.error.issues) };
}

function messageOf(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  if (!issue) return t("init.required");
  if (issue.code === "invalid_type" && issue.expected === "number") return t("init.expectedNumber");
  if (issue.code === "invalid_union" && issue.errors.some((branch) => branch.some((sub) => sub.code === "invalid_type" && sub.expected === "number"))) {
    return t("init.expectedNumber");
  }
  return t("init.schemaMessage", { message: issue.message });
}
