// Organisation profiles: the organisation's name, registration, type, description, track record,
// contact, governance, financial disclosure and team, written once in a profile (org.yaml) and used by
// every proposal. A facts file names it as `organization: ./org.yaml` (a path instead of the block)
// or `extends: ./org.yaml` (or a list, later entries winning); a profile may extend others.
//
// Each file is parsed and validated on its own, so a problem inside a profile is reported with that
// profile's own path, line and column. The merge then works on the files' data before the facts are
// validated: the facts file's own fields win, field by field within `organization`; each field's
// value is taken whole from the file that gives it, so a contact is never half one person and half
// another, and a list (track_record, team) is replaced, never concatenated. A blank own value ("" or
// an empty key, as `grantsmith init` leaves them) does not hide the profile's.
import { readFileSync, realpathSync } from "node:fs";
import { decodeText, type TextEncodingName } from "../read/decode.js";
import path from "node:path";
import { readTypedFacts } from "./typed-facts.js";
import { InputError } from "../errors.js";
import { t, type Lang } from "../i18n/index.js";
import { locate, parseWithSchema, type YamlSource } from "../util/yaml-source.js";
import type { orgProfileSchema as OrgProfileSchema } from "./org-profile.js";

/** Facts → profile → profile → profile: enough for an organisation and a parent body; more is a mistake. */
export const INCLUDE_MAX_DEPTH = 3;


type Data = Record<string, unknown>;
/** What a profile brings: the organization block and the team. */
interface Profile {
  organization: Data;
  team?: unknown;
}

export interface IncludeOptions {
  /** A folder besides the facts file's own that profiles may come from (materials_root). */
  root?: string;
  /** Drops blanks from a value at a facts path (load.ts's pruneBlanks), so profiles prune as facts do. */
  prune: (value: unknown, at: (string | number)[]) => unknown;
  /** Told of a profile read in an encoding other than UTF-8 (GBK), to say so as for a facts file. */
  onEncoding?: (file: string, encoding: TextEncodingName) => void;
  /** The language messages about the facts file are given in (its own language, else the session's). */
  lang?: Lang;
}

const isData = (value: unknown): value is Data => value !== null && typeof value === "object" && !Array.isArray(value);
const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** The fields of `own` over those of `base`, each value whole; a blank own value keeps the base's. */
export function mergeFields(base: Data, own: Data | undefined): Data {
  const out: Data = { ...base };
  for (const [key, value] of Object.entries(own ?? {})) if (!isBlank(value) || !(key in base)) out[key] = value;
  return out;
}

function realOrUndefined(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function insideFolder(real: string, folder: string): boolean {
  const base = realOrUndefined(folder) ?? path.resolve(folder);
  const rel = path.relative(base, real);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

interface Context {
  options: IncludeOptions;
  /** The profile schema (facts/org-profile.ts), loaded once a file names a profile. */
  schema: typeof OrgProfileSchema;
  /** The facts file's folder: profiles come from there (or options.root). */
  base: string;
  /** Real paths of the files being read, outermost first, to find a cycle. */
  chain: string[];
  /** The same files as the user names them, for messages. */
  names: string[];
}

/**
 * A one-line organization value that names no file: blank, or neither a YAML/JSON file name nor a
 * path that starts like one (./, ../, /). "Habitat for Humanity UK/Ireland", "京津冀/雄安公益联盟" and
 * "晨光社工.org" are names.
 */
function isOrganizationName(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === "" || (!/\.(?:ya?ml|json)$/i.test(trimmed) && !/^(?:\.{1,2}[\\/]|[\\/]|~[\\/])/.test(trimmed));
}

/** The include paths a file lists at `key`, each with where it is written. */
function includesAt(source: YamlSource, data: Data, key: "extends" | "organization", lang: Lang | undefined): { path: string; where: string }[] {
  const value = data[key];
  const at = (index?: number) => {
    const keyPath = index === undefined ? [key] : [key, index];
    const pos = locate(source, keyPath);
    return `${source.file}:${pos.line}:${pos.col}: ${index === undefined ? key : `${key}[${index}]`}`;
  };
  // organization: 晨光社工 is the organisation's name on one line (facts/schema.ts reads it as
  // { name }); a profile is named by its file (org.yaml, ../shared/org.yml).
  if (key === "organization") return typeof value === "string" && !isOrganizationName(value) ? [{ path: value.trim(), where: at() }] : [];
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return value.trim() === "" ? [] : [{ path: value.trim(), where: at() }];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
    return value.map((item, index) => ({ path: item.trim(), where: at(index) })).filter((item) => item.path !== "");
  }
  throw new InputError(t("org.notPath", { where: at() }, lang));
}

/** Reads, validates and merges one profile and the profiles it extends. */
function readProfile(include: { path: string; where: string }, from: YamlSource, context: Context): Profile {
  const { path: relative, where } = include;
  const { lang } = context.options;
  if (!/\.(ya?ml|json)$/i.test(relative)) throw new InputError(t("org.notYaml", { where, path: relative }, lang));
  const file = path.join(path.dirname(from.file), relative);
  const real = realOrUndefined(path.resolve(file));
  if (real === undefined) throw new InputError(t("org.missing", { where, path: relative, from: from.file }, lang));
  const { root } = context.options;
  if (!insideFolder(real, context.base) && !(root !== undefined && insideFolder(real, root))) {
    const allowed = root === undefined ? t("org.allowedFolder", undefined, lang) : t("org.allowedFolderOrRoot", { root }, lang);
    throw new InputError(t("org.outside", { where, path: relative, allowed }, lang));
  }
  const seen = context.chain.indexOf(real);
  if (seen >= 0) {
    const chain = [...context.names.slice(seen), file].join(" → ");
    throw new InputError(t("org.cycle", { where, chain }, lang));
  }
  if (context.chain.length > INCLUDE_MAX_DEPTH) throw new InputError(t("org.tooDeep", { where, max: INCLUDE_MAX_DEPTH }, lang));
  let bytes: Buffer;
  try {
    bytes = readFileSync(real);
  } catch (error) {
    throw new InputError(t("org.unreadable", { where, path: relative, code: (error as NodeJS.ErrnoException).code ?? String(error) }, lang));
  }
  // Saved as UTF-8, UTF-16 or GBK, as a facts file may be; never read as mojibake.
  const decoded = decodeText(bytes);
  if (decoded.kind === "undecodable") throw new InputError(`${where}: ${relative}: ${t("read.undecodable", undefined, lang)}`);
  const text = decoded.kind === "text" ? decoded.text : bytes.toString("utf8");
  if (decoded.kind === "text" && decoded.encoding !== "UTF-8") context.options.onEncoding?.(file, decoded.encoding);
  const inner: Context = { ...context, chain: [...context.chain, real], names: [...context.names, file] };
  let own: Data = {};
  let bases: Profile[] = [];
  parseWithSchema(context.schema, file, text, (data, source) => {
    // Values as people write them (2016年, 15万) read as in a facts file; an unsure one is left for the schema to report.
    own = isData(data) ? pruneProfile(readTypedFacts(context.schema, data).data as Data, context.options) : {};
    bases = includesAt(source, own, "extends", lang).map((next) => readProfile(next, source, inner));
    return own;
  }, lang);
  const { extends: _extends, $schema: _schema, team, ...organization } = own;
  return [...bases, { organization, ...(team === undefined ? {} : { team }) }].reduce((a, b) => ({
    organization: mergeFields(a.organization, b.organization),
    ...(b.team !== undefined ? { team: b.team } : a.team !== undefined ? { team: a.team } : {}),
  }));
}

/** A profile's data with blanks dropped, each field pruned where it lands in the facts. */
function pruneProfile(data: Data, options: IncludeOptions): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    const pruned = key === "extends" || key === "$schema" ? value : options.prune(value, key === "team" ? ["team"] : ["organization", key]);
    if (pruned !== undefined) out[key] = pruned;
  }
  return out;
}

/**
 * The facts file's data with its profiles merged in (`organization: PATH`, `extends:`), ready for
 * pruning and validation; the data unchanged when it names none. Throws an InputError with one line
 * for a profile that is missing, outside the project, in a cycle or nested too deep, and the
 * profile's own file:line:col lines for a profile that does not validate.
 */
export async function applyIncludes(data: unknown, source: YamlSource, options: IncludeOptions): Promise<unknown> {
  if (!isData(data)) return data;
  // A profile given where facts are expected (draft *.yaml in a folder with org.yaml) says so.
  if ("name" in data && !("title" in data) && !("need" in data) && !("beneficiaries" in data)) {
    throw new InputError(t("org.isProfile", { file: source.file }, options.lang));
  }
  const includes = [...includesAt(source, data, "extends", options.lang), ...includesAt(source, data, "organization", options.lang)];
  if (includes.length === 0) return data;
  const real = realOrUndefined(path.resolve(source.file)) ?? path.resolve(source.file);
  const { orgProfileSchema: schema } = await import("./org-profile.js");
  const context: Context = { options, schema, base: path.dirname(real), chain: [real], names: [source.file] };
  const profiles = includes.map((include) => readProfile(include, source, context));
  const { extends: _extends, organization: own, ...rest } = data;
  let organization: Data = {};
  let team: unknown;
  for (const profile of profiles) {
    organization = mergeFields(organization, profile.organization);
    if (profile.team !== undefined) team = profile.team;
  }
  organization = mergeFields(organization, isData(own) ? own : undefined);
  const out: Data = { ...rest, organization };
  if (isBlank(out.team) && team !== undefined) out.team = team;
  return out;
}
