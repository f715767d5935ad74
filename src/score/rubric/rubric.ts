// Finding rubrics: the built-in ones in rubrics/*.yaml and users' own files; picking the built-in
// one for a proposal's language and kind. A rubric is validated (rubric-load.ts, loaded lazily),
// compiled once (heading matcher, section order) and kept in memory. Built-in rubrics are also
// cached as validated JSON under the user's cache folder, keyed by file size and time, so a
// one-file run starts without importing zod or yaml.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { InputError } from "../../errors.js";
import { cacheDir, rubricsIn } from "../../util/cache-dir.js";
import { packagePath } from "../../util/paths.js";
import { SECTION_ORDER } from "../aliases.js";
import type { RubricInput } from "./schema.js";
import { buildSectionMatcher, type SectionMatcher } from "../read/section-matcher.js";
import type { Language } from "../types.js";

export type { Kind } from "../../kinds/index.js";
import type { Kind } from "../../kinds/index.js";

export interface Rubric extends RubricInput {
  /** Where it was loaded from. */
  file: string;
  builtin: boolean;
  matcher: SectionMatcher;
  /** Expected section order. */
  sectionOrder: string[];
}

export const BUILTIN_RUBRICS_DIR = packagePath("rubrics/");
/** Bumped when the compiled form changes, so old cache entries are ignored. */
const CACHE_FORMAT = 1;

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
    if (code === "ENOENT") throw new InputError(`${file}: no such rubric file; run \`grantsmith rubrics\` to list the built-in ones`);
    throw new InputError(`${file}: cannot read the rubric file (${code ?? String(error)})`);
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
 * Where validated built-in rubrics are kept: the rubrics folder of grantsmith's cache (so
 * GRANTSMITH_CACHE moves it or, set to none, turns it off, and `grantsmith cache clear` empties it).
 */
export function rubricCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GRANTSMITH_RUBRIC_CACHE === "off") return undefined;
  const base = cacheDir(env);
  return base ? rubricsIn(base) : undefined;
}

export async function loadBuiltinRubric(id: string): Promise<Rubric> {
  const hit = loaded.get(`builtin:${id}`);
  if (hit) return hit;
  const file = path.join(BUILTIN_RUBRICS_DIR, `${id}.yaml`);
  const shown = `rubrics/${id}.yaml`;
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) throw new InputError(`${shown}: no such built-in rubric`);
  const dir = rubricCacheDir();
  const cached = dir ? path.join(dir, `${id}.${CACHE_FORMAT}.${info.size}.${Math.round(info.mtimeMs)}.json`) : undefined;
  let input: RubricInput | undefined;
  if (cached && existsSync(cached)) {
    try {
      input = JSON.parse(readFileSync(cached, "utf8")) as RubricInput;
    } catch {
      input = undefined;
    }
  }
  if (!input) {
    const { validateRubric } = await import("./load.js");
    input = validateRubric(shown, readText(file));
    if (cached && dir) {
      try {
        mkdirSync(dir, { recursive: true });
        const temp = `${cached}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify(input));
        renameSync(temp, cached);
      } catch {
        // A cache that cannot be written only costs time.
      }
    }
  }
  const rubric = compileRubric(input, shown, true);
  loaded.set(`builtin:${id}`, rubric);
  return rubric;
}

let builtinIds: string[] | undefined;

/** The built-in rubric ids, listed once per process (they ship with the package). */
export function builtinRubricIds(): string[] {
  if (builtinIds) return [...builtinIds];
  let names: string[];
  try {
    names = readdirSync(BUILTIN_RUBRICS_DIR);
  } catch {
    return [];
  }
  builtinIds = names.filter((n) => n.endsWith(".yaml")).map((n) => n.slice(0, -5)).sort();
  return [...builtinIds];
}

export async function listBuiltinRubrics(): Promise<Rubric[]> {
  const out: Rubric[] = [];
  for (const id of builtinRubricIds()) out.push(await loadBuiltinRubric(id));
  return out;
}

export function looksLikeFile(value: string): boolean {
  return /[\\/]/.test(value) || /\.(ya?ml|json)$/i.test(value) || existsSync(value);
}

/** The built-in id for a language and kind, falling back to the standard rubric of that language. */
export function builtinIdFor(language: Language, kind: Kind = "standard"): string | undefined {
  // Asked for every file of a batch; the answer depends on the pair only.
  const key = `${language}:${kind}`;
  if (idFor.has(key)) return idFor.get(key);
  builtinRubricIds();
  const ids = builtinIds ?? [];
  const id = [`${kind}-${language}`, `standard-${language}`, `${kind}-zh`, "standard-zh"].find((c) => ids.includes(c));
  // Kept only once the rubrics folder has been listed, so a failed listing is tried again.
  if (builtinIds) idFor.set(key, id);
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
 * the proposal's language and kind. Async: a rubric not yet cached is validated with zod.
 */
export async function resolveRubric(idOrFile: string | undefined, language: Language, kind: Kind = "standard"): Promise<Rubric> {
  if (idOrFile !== undefined) {
    if (builtinRubricIds().includes(idOrFile)) return loadBuiltinRubric(idOrFile);
    if (looksLikeFile(idOrFile)) return loadRubricFile(idOrFile);
    throw new InputError(`--rubric ${idOrFile}: no such built-in rubric or file; built-in: ${builtinRubricIds().join(", ")}`);
  }
  const id = builtinIdFor(language, kind);
  if (!id) throw new InputError(`no built-in rubric found in ${BUILTIN_RUBRICS_DIR}; pass --rubric FILE`);
  return loadBuiltinRubric(id);
}

/** A rubric's text in a language, falling back to the other one. */
export function pick(text: { zh?: string | undefined; en?: string | undefined } | undefined, language: Language): string {
  if (!text) return "";
  return (language === "zh" ? text.zh ?? text.en : text.en ?? text.zh) ?? "";
}
