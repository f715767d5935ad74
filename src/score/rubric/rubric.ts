// Finding rubrics: the built-in ones and users' own files; picking the built-in one for a
// proposal's language and kind. Built-in rubrics are validated when grantsmith is built
// (scripts/compile-rubrics.js) and read here from that compiled form, so a run never validates
// them and needs neither zod nor yaml for them. A user's rubric file is validated when it is loaded
// (load.ts, imported lazily). Every rubric is compiled once (heading matcher, section order) and
// kept in memory.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { InputError } from "../../errors.js";
import { packagePath } from "../../util/paths.js";
import { SECTION_ORDER } from "../aliases.js";
import type { RubricInput } from "./schema.js";
import { buildSectionMatcher, type SectionMatcher } from "../read/section-matcher.js";
import type { Language } from "../types.js";

export type { Kind } from "../../kinds/index.js";
import { kindDescriptor, type Kind, type KindDescriptor } from "../../kinds/index.js";
import { t } from "../../i18n/index.js";

export interface Rubric extends RubricInput {
  /** Where it was loaded from. */
  file: string;
  builtin: boolean;
  matcher: SectionMatcher;
  /** Expected section order. */
  sectionOrder: string[];
}

/** The built-in rubrics' YAML sources: read by the build step only. */
export const BUILTIN_RUBRICS_DIR = packagePath("rubrics/");
/** The built-in rubrics as the build step validated them: the ids, then one rubric a line. */
export const COMPILED_RUBRICS_FILE = packagePath("dist/rubrics.jsonl");

const loaded = new Map<string, Rubric>();

export function compileRubric(input: RubricInput, file: string, builtin: boolean): Rubric {
  const extra = Object.keys(input.sections).filter((id) => !(SECTION_ORDER as readonly string[]).includes(id));
  return {
    ...input,
    file,
    builtin,
    matcher: buildSectionMatcher(input.sections),
    sectionOrder: input.order ?? [...SECTION_ORDER, ...extra],
  };
}

/** Validates rubric text (loading zod and yaml on first use). */
export async function parseRubric(file: string, text: string, builtin = false): Promise<Rubric> {
  const { validateRubric } = await import("./load.js");
  return compileRubric(validateRubric(file, text), file, builtin);
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(t("score.rubricMissing", { file }));
    throw new InputError(t("score.rubricUnreadable", { file, code: code ?? String(error) }));
  }
}

export async function loadRubricFile(file: string): Promise<Rubric> {
  const resolved = path.resolve(file);
  const hit = loaded.get(resolved);
  if (hit) return hit;
  const rubric = await parseRubric(file, readText(resolved));
  loaded.set(resolved, rubric);
  return rubric;
}

/**
 * The compiled built-in rubrics, read once per process: a first line with the ids (sorted), then
 * one line per rubric in that order, each its own JSON (scripts/compile-rubrics.js). A run lists the
 * ids and parses only the rubric it scores with (all seven parsed cost a few milliseconds of every
 * `score`).
 */
interface CompiledRubrics {
  ids: string[];
  text: string;
  /** Where each rubric's line starts in text. */
  starts: Map<string, number>;
}

let compiled: CompiledRubrics | undefined;

function compiledRubrics(): CompiledRubrics {
  if (compiled) return compiled;
  let text: string;
  try {
    text = readFileSync(COMPILED_RUBRICS_FILE, "utf8");
  } catch {
    throw new InputError(t("score.rubricsNotCompiled", { file: COMPILED_RUBRICS_FILE }));
  }
  let end = text.indexOf("\n");
  const ids = JSON.parse(text.slice(0, end)) as string[];
  const starts = new Map<string, number>();
  for (const id of ids) {
    starts.set(id, end + 1);
    end = text.indexOf("\n", end + 1);
  }
  compiled = { ids, text, starts };
  return compiled;
}

/** The compiled built-in rubric `id`, parsed; undefined when there is none. */
function compiledRubric(id: string): RubricInput | undefined {
  const { text, starts } = compiledRubrics();
  const start = starts.get(id);
  if (start === undefined) return undefined;
  return JSON.parse(text.slice(start, text.indexOf("\n", start))) as RubricInput;
}

export async function loadBuiltinRubric(id: string): Promise<Rubric> {
  const hit = loaded.get(`builtin:${id}`);
  if (hit) return hit;
  const input = compiledRubric(id);
  // Named after its source, as the build step names it in its messages.
  const shown = `rubrics/${id}.yaml`;
  if (input === undefined) throw new InputError(t("score.noSuchBuiltin", { file: shown }));
  const rubric = compileRubric(input, shown, true);
  loaded.set(`builtin:${id}`, rubric);
  return rubric;
}

/** The built-in rubric ids, sorted. */
export function builtinRubricIds(): string[] {
  return [...compiledRubrics().ids];
}

export async function listBuiltinRubrics(): Promise<Rubric[]> {
  const out: Rubric[] = [];
  for (const id of builtinRubricIds()) out.push(await loadBuiltinRubric(id));
  return out;
}

export function looksLikeFile(value: string): boolean {
  return /[\\/]/.test(value) || /\.(ya?ml|json)$/i.test(value) || existsSync(value);
}

/**
 * The built-in id for a language and kind: the rubric the kind's descriptor names for the language
 * (kinds/); when that one is not built in, the standard kind's, then the Chinese ones.
 */
export function builtinIdFor(language: Language, kind: Kind = "standard"): string | undefined {
  // Asked for every file of a batch; the answer depends on the pair only.
  const key = `${language}:${kind}`;
  if (idFor.has(key)) return idFor.get(key);
  const ids = builtinRubricIds();
  // Undefined for a kind no descriptor has: the standard rubric then, as for an unnamed kind.
  const own: KindDescriptor | undefined = kindDescriptor(kind);
  const standard = kindDescriptor("standard");
  const id = [own?.rubrics[language], standard.rubrics[language], own?.rubrics.zh, standard.rubrics.zh].find((c) => c !== undefined && ids.includes(c));
  idFor.set(key, id);
  return id;
}

const idFor = new Map<string, string | undefined>();

/** A rubric already loaded for this language and kind, without any I/O (undefined when not yet loaded). */
export function loadedRubricFor(language: Language, kind: Kind = "standard"): Rubric | undefined {
  const id = builtinIdFor(language, kind);
  return id ? loaded.get(`builtin:${id}`) : undefined;
}

/**
 * The rubric to score with: a built-in id or a file when given; otherwise the built-in rubric for
 * the proposal's language and kind. Async: a rubric file is validated with zod, loaded on first use.
 */
export async function resolveRubric(idOrFile: string | undefined, language: Language, kind: Kind = "standard"): Promise<Rubric> {
  if (idOrFile !== undefined) {
    if (builtinRubricIds().includes(idOrFile)) return loadBuiltinRubric(idOrFile);
    if (looksLikeFile(idOrFile)) return loadRubricFile(idOrFile);
    throw new InputError(t("score.noSuchRubric", { value: idOrFile, ids: builtinRubricIds().join(", ") }));
  }
  const id = builtinIdFor(language, kind);
  if (!id) throw new InputError(t("score.noRubricFor", { language, kind }));
  return loadBuiltinRubric(id);
}

/** A rubric's text in a language, falling back to the other one. */
export function pick(text: { zh?: string | undefined; en?: string | undefined } | undefined, language: Language): string {
  if (!text) return "";
  return (language === "zh" ? text.zh ?? text.en : text.en ?? text.zh) ?? "";
}
