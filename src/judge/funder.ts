// The funder's stated priorities for the judge's fit criterion (`score --judge --funder FILE`):
// a text, Markdown, Word or PDF file as it is, or YAML/JSON with `priorities:` (a list or one text) and an
// optional `name:`. They come from the user of the tool, never from the proposal.
import { z } from "zod";
import { InputError } from "../errors.js";
import { DocumentReadError } from "../read/errors.js";
import { parseWithSchema } from "../util/yaml-source.js";
import { t } from "../i18n/index.js";

export interface FunderPriorities {
  file: string;
  /** What the judge is given, as one text. */
  text: string;
  /** How the file was read (a GBK file), for stderr. */
  note?: string;
}

/** Enough for any call for proposals' priorities; more is likely the wrong file. */
const MAX_CHARS = 20_000;

const line = z.string().trim().min(1, "must not be empty");
const funderSchema = z.looseObject({
  name: line.optional(),
  priorities: z.union([line, z.array(line).min(1, "list at least one priority")]),
});

export async function loadFunderPriorities(file: string): Promise<FunderPriorities> {
  let raw: string;
  let note: string | undefined;
  try {
    // A call for proposals often comes as Word or PDF, or as text saved in GBK.
    const { readDocumentText } = await import("../read/document.js");
    const read = await readDocumentText(file);
    note = read.note;
    raw = read.text;
  } catch (error) {
    if (error instanceof DocumentReadError) throw new InputError(t("judge.funderUnreadable", { file, reason: error.message }));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(t("judge.funderMissing", { file }));
    throw new InputError(t("judge.funderCannotRead", { file, code: code ?? String(error) }));
  }
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let text: string;
  if (/\.(ya?ml|json)$/i.test(file)) {
    const { value } = parseWithSchema(funderSchema, file, body);
    const priorities = typeof value.priorities === "string" ? [value.priorities] : value.priorities;
    text = [value.name ? `${value.name}:` : "", ...priorities.map((p) => `- ${p}`)].filter(Boolean).join("\n");
  } else {
    text = body.replace(/\r\n?/g, "\n").trim();
    if (!text) throw new InputError(t("judge.funderEmpty", { file }));
  }
  if (text.length > MAX_CHARS) {
    throw new InputError(t("judge.funderTooLong", { file, chars: text.length, max: MAX_CHARS }));
  }
  return note !== undefined ? { file, text, note } : { file, text };
}
