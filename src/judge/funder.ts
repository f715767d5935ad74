// The funder's stated priorities for the judge's fit criterion (`score --judge --funder FILE`):
// a text, Markdown, Word or PDF file as it is, or YAML/JSON with `priorities:` (a list or one text) and an
// optional `name:`, or a facts file (its `funder:`). Without --funder, `--facts` gives them when its
// `funder:` lists priorities. They come from the user of the tool, never from the proposal.
import { z } from "zod";
import { InputError } from "../errors.js";
import { DocumentReadError } from "../read/errors.js";
import { parseWithSchema } from "../util/yaml-source.js";
import { t } from "../i18n/index.js";
import type { LoadedFacts } from "../facts/load.js";

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

/** A YAML/JSON file that is a facts file: the funder is its `funder:` block. */
const factsFunderSchema = z.looseObject({ funder: funderSchema });
const looksLikeFacts = (body: string) => /^funder\s*:/m.test(body) && /^(?:title|organization|need)\s*:/m.test(body);

/** The priorities as the judge reads them: the name, then one line each. */
function prioritiesText(name: string | undefined, priorities: string | string[]): string {
  const list = typeof priorities === "string" ? [priorities] : priorities;
  return [name ? `${name}:` : "", ...list.map((p) => `- ${p}`)].filter(Boolean).join("\n");
}

/** The funder of a loaded facts file, when it lists priorities: what `score --judge --facts` uses without --funder. */
export function funderFromFacts(loaded: LoadedFacts): FunderPriorities | undefined {
  const funder = loaded.facts.funder;
  if (!funder?.priorities?.length) return undefined;
  return { file: loaded.file, text: prioritiesText(funder.name, funder.priorities) };
}

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
    const value = looksLikeFacts(body) ? parseWithSchema(factsFunderSchema, file, body).value.funder : parseWithSchema(funderSchema, file, body).value;
    text = prioritiesText(value.name, value.priorities);
  } else {
    text = body.replace(/\r\n?/g, "\n").trim();
    if (!text) throw new InputError(t("judge.funderEmpty", { file }));
  }
  if (text.length > MAX_CHARS) {
    throw new InputError(t("judge.funderTooLong", { file, chars: text.length, max: MAX_CHARS }));
  }
  return note !== undefined ? { file, text, note } : { file, text };
}
