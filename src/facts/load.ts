// Load a facts file: parse with positions, validate, read the background materials, fill in the
// language and the derived figures. Every problem is reported at once with file:line:col.
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../errors.js";
import { loadConfigFiles } from "../llm/config-file.js";
import { t, uiLang, parseLang, type Lang } from "../i18n/index.js";
import { fieldForSynonym } from "./field-synonyms.js";
import { closestField, describeIssues, formatPath, knownKeys, locate, parseYamlSource, scalarText, sizeLabel, sortByPosition, toData, type YamlSource } from "../util/yaml-source.js";
import { decodeText, encodingNote, type TextEncodingName } from "../read/decode.js";
import { extensionSet, formatList, MATERIAL_FORMATS } from "../read/formats.js";
import { MATERIAL_MAX_TEXT_BYTES, MATERIAL_MAX_TEXT_FILE_BYTES, MAX_DOCUMENT_BYTES } from "../read/limits.js";
import { punctuationHints } from "../util/yaml-hints.js";
import { dayOf, deriveFacts, type Facts } from "./derive.js";
import { applyIncludes } from "./include.js";
import { DATE_PATTERN } from "./fields.js";
import { FACTS_SHAPE } from "./facts-shape.js";
import type { FactsInput, Language } from "./schema.js";
import { parseByShape, PROBLEM } from "./shape-parse.js";
import { readTypedFacts, type TypedFacts } from "./typed-facts.js";
import { problemText } from "./typed.js";
import { detectTextLanguage } from "../text/language.js";

export interface Material {
  /** The path as written in the facts file. */
  path: string;
  text: string;
}

export interface LoadedFacts {
  file: string;
  facts: Facts;
  materials: Material[];
  /** Contradictions between facts, as `file:line:col: warning: path: message` lines. */
  warnings: string[];
  /** What loading changed that the user should know before any request (materials cut to the cap). */
  notices: string[];
  /** The language messages about this file are given in. */
  lang: Lang;
}

/** Where materials may come from and how much of them a prompt carries. */
export interface MaterialsPolicy {
  /** A folder named in the config (materials_root), allowed besides the facts file's own folder. */
  root?: string;
  /** Characters of all materials together in one prompt. */
  maxChars: number;
}

/** About ten pages of background: enough to quote from, small enough for any model's context. */
export const MATERIALS_MAX_CHARS = 40_000;

/** The policy the config files set (the project's file first), or the defaults. */
export function materialsPolicy(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): MaterialsPolicy {
  const { project, user } = loadConfigFiles(env, cwd);
  for (const loaded of [project, user]) {
    if (!loaded) continue;
    const { materials_root: root, materials_max_chars: maxChars } = loaded.config;
    if (root !== undefined || maxChars !== undefined) {
      return {
        root: root === undefined ? undefined : path.resolve(path.dirname(path.resolve(cwd, loaded.file)), root),
        maxChars: maxChars ?? MATERIALS_MAX_CHARS,
      };
    }
  }
  return { maxChars: MATERIALS_MAX_CHARS };
}

/** True when `file` (already real) lies inside `folder` (resolved through its links). */
async function inside(file: string, folder: string): Promise<boolean> {
  const real = await realpath(folder).catch(() => path.resolve(folder));
  const rel = path.relative(real, file);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** Cuts the materials to `maxChars` in total, in their order; says what was left out. */
export function capMaterials(materials: Material[], maxChars: number, file: string, lang: Lang = uiLang()): { materials: Material[]; notices: string[] } {
  let left = maxChars;
  let total = 0;
  const cut: string[] = [];
  const kept = materials.map((m) => {
    total += m.text.length;
    if (m.text.length <= left) {
      left -= m.text.length;
      return m;
    }
    cut.push(m.path);
    const text = m.text.slice(0, left);
    left = 0;
    return { ...m, text };
  });
  if (cut.length === 0) return { materials, notices: [] };
  return {
    materials: kept,
    notices: [t("facts.materials.cut", { file, total, max: maxChars, paths: cut }, lang)],
  };
}

const MATERIAL_EXTENSIONS = extensionSet(MATERIAL_FORMATS);

/**
 * A text file's text as Notepad or any editor saved it: UTF-8 (with or without a byte-order mark),
 * UTF-16 with one, or GBK; never mojibake: text in none of these is an InputError with the fix.
 */
export async function readDecodedText(file: string, what: "facts" | "proposal", lang?: Lang): Promise<{ text: string; encoding?: TextEncodingName }> {
  const bytes = await readInputFile(file, what, lang ?? uiLang());
  const decoded = decodeText(bytes);
  if (decoded.kind === "undecodable") throw new InputError(`${file}: ${t("read.undecodable", undefined, lang ?? uiLang())}`);
  // A proposal named where a facts file is asked for: say so, instead of a page of YAML errors.
  if (what === "facts" && PROPOSAL_NAME.test(file)) {
    const text = decoded.kind === "text" ? decoded.text : "";
    throw new InputError(t("facts.file.proposalGiven", { file }, lang ?? uiLang(detectTextLanguage(text))));
  }
  // A binary file is left to the parser, which says it is not YAML.
  if (decoded.kind === "binary") return { text: bytes.toString("utf8") };
  return decoded.encoding === "UTF-8" ? { text: decoded.text } : { text: decoded.text, encoding: decoded.encoding };
}

/** The names of proposals and documents, never of a facts file (YAML or JSON). */
const PROPOSAL_NAME = /\.(?:md|markdown|txt|text|rst|docx?|pdf)$/i;

/** A file's bytes; a missing, folder or unreadable file is an InputError saying which. */
export async function readInputFile(file: string, what: "facts" | "proposal", lang: Lang = uiLang()): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(t("facts.file.missing", { file, what }, lang));
    if (code === "EISDIR") throw new InputError(t("facts.file.folder", { file, what }, lang));
    if (code === "EACCES") throw new InputError(t("facts.file.denied", { file, what }, lang));
    throw new InputError(t("facts.file.unreadable", { file, what, code: code ?? String(error) }, lang));
  }
}

/** Fields that must be filled in; an empty value there is an error, elsewhere it means "not given". */
const REQUIRED = new Set(["title", "organization.name", "need.problem", "beneficiaries.*.group"]);

/**
 * Drops empty strings, and lists and mappings left empty by that, from optional fields the schema
 * knows, so that a file from `grantsmith init` with blanks not yet filled in validates as "not
 * given". Unknown fields are kept whatever their value, so a typo is still reported.
 */
export function pruneBlanks(value: unknown, path: (string | number)[] = []): unknown {
  const dotted = path.map((k) => (typeof k === "number" ? "*" : k)).join(".");
  if (Array.isArray(value)) {
    const items = value.map((item, i) => pruneBlanks(item, [...path, i])).filter((item) => item !== undefined);
    return items.length > 0 || value.length === 0 ? items : undefined;
  }
  if (value !== null && typeof value === "object") {
    const known = new Set(knownKeys(FACTS_SHAPE, path));
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      const pruned = known.has(key) ? pruneBlanks(child, childPath) : child;
      if (pruned !== undefined) out[key] = pruned;
    }
    return Object.keys(out).length > 0 || path.length === 0 ? out : undefined;
  }
  if (typeof value === "string" && value.trim() === "" && !REQUIRED.has(dotted)) return undefined;
  return value;
}

/**
 * A material's text, whatever it was saved as: Word, PDF, or text in UTF-8, UTF-16 or GBK (with a
 * note saying so); or the problem that keeps it out of the prompt, never mojibake.
 */
async function readMaterialContent(relative: string, bytes: Uint8Array, lang: Lang): Promise<{ text: string; note?: string; problem?: undefined } | { problem: string }> {
  const { documentText, DocumentReadError } = await import("../read/document.js");
  try {
    const read = await documentText(relative, bytes, lang);
    return read.note !== undefined ? { text: read.text, note: read.note } : { text: read.text };
  } catch (error) {
    if (error instanceof DocumentReadError) return { problem: error.messageIn(lang) };
    throw error;
  }
}

/**
 * The language of a facts file's text, without its keys (always English) and comments' marks;
 * undefined when what is left has no Chinese and fewer than two English words (a broken or nearly
 * empty file: `title: "x`), so the user's locale decides rather than a guess of English.
 */
function textLanguage(text: string): Language | undefined {
  const values = text.replace(/^[ \t\u3000]*(?:-[ \t]+)?[A-Za-z_$][\w$.-]*[ \t]*[:：]/gm, "");
  if (!/\p{Script=Han}/u.test(values) && (values.match(/[A-Za-z]{2,}/g)?.length ?? 0) < 2) return undefined;
  return detectTextLanguage(values);
}

/** The language of a facts file before it is validated: its language field, else what it is written in. */
export function languageOf(data: unknown, text: string): Language | undefined {
  const record = (data !== null && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const stated = typeof record.language === "string" ? parseLang(record.language) : undefined;
  if (stated) return stated;
  const field = (value: unknown, key?: string): string => {
    const inner = key !== undefined && value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : value;
    return typeof inner === "string" ? inner : "";
  };
  const words = [field(record.title), field(record.summary), field(record.need, "problem"), field(record.organization, "name")].join(" ");
  return words.trim() === "" ? textLanguage(text) : detectTextLanguage(words);
}

/** Every problem of the materials listed, as `file:line:col: materials[i]: …`; the materials read. */
async function readMaterials(file: string, source: YamlSource, list: unknown, policy: MaterialsPolicy, lang: Lang) {
  const materials: Material[] = [];
  const problems: string[] = [];
  // How materials were read (a GBK file), said on stderr with the warnings.
  const notes: string[] = [];
  const base = path.dirname(file);
  for (const [index, relative] of (Array.isArray(list) ? list : []).entries()) {
    if (typeof relative !== "string" || relative.trim() === "") continue;
    const pos = locate(source, ["materials", index]);
    const where = `${file}:${pos.line}:${pos.col}: materials[${index}]`;
    const problem = (message: string) => problems.push(`${where}: ${message}`);
    if (!MATERIAL_EXTENSIONS.has(path.extname(relative).toLowerCase())) {
      problem(t("facts.materials.extension", { path: relative, extensions: formatList(MATERIAL_FORMATS, lang) }, lang));
      continue;
    }
    // Resolved through every link, so neither ../ nor a symlink can reach outside the project.
    const real = await realpath(path.resolve(base, relative)).catch((error: NodeJS.ErrnoException) => error);
    if (typeof real !== "string") {
      const missing = real.code === "ENOENT" || real.code === "ENOTDIR";
      problem(t(missing ? "facts.materials.missing" : "facts.materials.unreadable", { path: relative }, lang));
      continue;
    }
    if (!(await inside(real, base)) && !(policy.root !== undefined && (await inside(real, policy.root)))) {
      problem(t("facts.materials.outside", { path: relative, ...(policy.root !== undefined ? { root: policy.root } : {}) }, lang));
      continue;
    }
    try {
      // The limit is on the text a prompt would quote: a Word file of 3 MB with 20 KB of text is
      // fine, a PDF of 200 KB holding a whole book is not. The file's own size only keeps an
      // unreadably large file from being read at all.
      const size = (await stat(real)).size;
      const fileLimit = /\.(docx|pdf)$/i.test(relative) ? MAX_DOCUMENT_BYTES : MATERIAL_MAX_TEXT_FILE_BYTES;
      if (size > fileLimit) {
        problem(t("facts.materials.fileTooLarge", { path: relative, size: sizeLabel(size), limit: sizeLabel(fileLimit) }, lang));
        continue;
      }
      const buffer = await readFile(real);
      const content = await readMaterialContent(relative, buffer, lang);
      if (content.problem !== undefined) {
        problem(t("facts.materials.problem", { path: relative, problem: content.problem }, lang));
        continue;
      }
      const textBytes = Buffer.byteLength(content.text, "utf8");
      if (textBytes > MATERIAL_MAX_TEXT_BYTES) {
        problem(t("facts.materials.tooLarge", { path: relative, size: sizeLabel(textBytes), limit: sizeLabel(MATERIAL_MAX_TEXT_BYTES) }, lang));
        continue;
      }
      materials.push({ path: relative, text: content.text });
      if (content.note !== undefined) notes.push(content.note);
    } catch {
      problem(t("facts.materials.unreadable", { path: relative }, lang));
    }
  }
  return { materials, problems, notes };
}

/** What `check` learns of a facts file: every problem at once, and what reading it as typed changed. */
export interface FactsExamination {
  file: string;
  lang: Lang;
  source: YamlSource;
  typed: TypedFacts;
  /** `file:line:col: path: message` lines, in the order of the file; empty when the facts load. */
  problems: string[];
  /** Hints that are not errors (a full-width comma in a [ ] list, Chinese quotes around a text). */
  hints: string[];
  loaded?: LoadedFacts;
}

/**
 * Reads a facts file's text as people type it and validates it; every problem of the file (values,
 * schema, punctuation, materials) comes back at once rather than the first kind only. Throws only
 * when the text is not YAML at all.
 */
/** `encoding`: how the file was read, when not as UTF-8 (a GBK file is said so among the hints). */
export async function examineFacts(file: string, text: string, policy: MaterialsPolicy = materialsPolicy(), encoding?: TextEncodingName): Promise<FactsExamination> {
  const textLang = uiLang(textLanguage(text));
  const source = parseYamlSource(file, text, textLang);
  // Nothing but blanks or comments: one line saying so, not every required field at 1:1.
  if (source.doc.contents === null) throw new InputError(t("facts.file.empty", { file }, textLang));
  // An organisation profile (`organization: ./org.yaml`, `extends:`) is merged in before anything is read;
  // a profile's own problems are told at its own file:line:col.
  const profileEncodings: [string, TextEncodingName][] = [];
  const onEncoding = (profile: string, encoding: TextEncodingName) => void profileEncodings.push([profile, encoding]);
  const raw = await applyIncludes(toData(source, textLang) ?? {}, source, { root: policy.root, prune: pruneBlanks, onEncoding, lang: textLang });
  const lang = uiLang(languageOf(raw, text));
  const place = (p: (string | number)[]) => {
    const pos = locate(source, p);
    return `${file}:${pos.line}:${pos.col}`;
  };
  const at = (p: (string | number)[]) => `${place(p)}: ${formatPath(p)}`;
  const typed = readTypedFacts(FACTS_SHAPE, raw, { lang, sourceText: (p) => scalarText(source, p) });
  const data = pruneBlanks(typed.data) as Record<string, unknown>;
  const problems: string[] = typed.problems.map((p) => `${at(p.path)}: ${problemText(p.problem, lang)}`);
  const punctuation = punctuationHints(source.text, lang);
  problems.push(...punctuation.errors.map((hint) => `${file}:${hint.line}:${hint.col}: ${hint.message}`));
  // How the facts file and its profiles were read (a GBK file), said among the hints.
  const readAs = [...(encoding !== undefined ? [[file, encoding] as const] : []), ...profileEncodings].flatMap(([name, how]) => encodingNote(name, how, lang) ?? []);
  const hints = [
    ...readAs,
    ...punctuation.warnings.map((hint) => `${file}:${hint.line}:${hint.col}: ${t("facts.warning", undefined, lang)}: ${hint.message}`),
    ...typed.quoted.map((p) => `${place(p)}: ${t("facts.warning", undefined, lang)}: ${formatPath(p)}: ${t("facts.yaml.quotedValue", undefined, lang)}`),
    ...typed.estimates.map((e) => `${place(e.path)}: ${t("facts.warning", undefined, lang)}: ${formatPath(e.path)}: ${t("facts.estimateRead", { written: e.written, read: e.read }, lang)}`),
    // At the item's name, since the category it was read as is not in the file.
    ...typed.categories.map((c) => `${place([...c.path.slice(0, -1), "name"])}: ${t("facts.warning", undefined, lang)}: ${formatPath(c.path)}: ${t("facts.categoryRead", { name: c.name, category: c.category }, lang)}`),
  ];

  // Facts with no problem are read by the plain shape (facts/shape.ts); zod, built only for a file
  // with one, finds and words every problem.
  const fast = parseByShape(FACTS_SHAPE, data);
  let value = fast === PROBLEM ? undefined : (fast as FactsInput);
  if (value === undefined) {
    const { factsSchema } = await import("./schema.js");
    // Without zod's eval-built fast path: a file is validated once a run, and compiling that path
    // (new Function, which no code cache keeps) costs more than it saves on one parse.
    const result = factsSchema.safeParse(data, { reportInput: true, jitless: true });
    if (result.success) {
      value = result.data;
    } else {
      // A value already reported as typed, or on a line a punctuation hint explains, is said once.
      const typedPaths = new Set(typed.problems.map((p) => formatPath(p.path)));
      const hinted = new Set(punctuation.errors.map((hint) => hint.line));
      const issues = result.error.issues.filter((issue) => !typedPaths.has(formatPath(issue.path as (string | number)[])));
      // No organization at all: its name on one line (organization: 晨光社工) is the simpler fix.
      const noOrganization = (issue: (typeof issues)[number]) => issue.code === "invalid_type" && formatPath(issue.path as (string | number)[]) === "organization" && data.organization === undefined;
      // organisation:, organizaton: or 机构: written for it: the unknown key's line says to rename it, once.
      const topKeys = knownKeys(factsSchema, []);
      const renamed = Object.keys(data).some((key) => !topKeys.includes(key) && closestField(key, topKeys, fieldForSynonym) === "organization");
      if (issues.some(noOrganization) && !renamed) {
        const fields = knownKeys(factsSchema, ["organization"]);
        const fieldList = fields.slice(0, 5).join(", ") + (fields.length > 5 ? ", …" : "");
        problems.push(`${place([])}: organization: ${t("facts.schema.missingOrganization", { fields: fieldList }, lang)}`);
      }
      for (const line of describeIssues(source, factsSchema, issues.filter((issue) => renamed || !noOrganization(issue)), data, lang, fieldForSynonym)) {
        const m = /^:(\d+):/.exec(line.slice(file.length));
        const number = m ? Number(m[1]) : 0;
        if (hinted.has(number)) continue;
        // "社区: 助餐" in Chinese quotes is a mapping to YAML: the quote is the thing to fix.
        const quote = punctuation.quoteOn(number);
        problems.push(quote ? `${file}:${quote.line}:${quote.col}: ${quote.message}` : line);
      }
    }
  }
  const period = (value?.period ?? (data.period as FactsInput["period"] | undefined)) ?? {};
  const { start, end } = period;
  if (typeof start === "string" && typeof end === "string" && DATE_PATTERN.test(start) && DATE_PATTERN.test(end) && dayOf(start, false) > dayOf(end, true)) {
    problems.push(`${at(["period", "start"])}: ${t("facts.period.swapped", { start, end }, lang)}`);
  }
  const read = await readMaterials(file, source, data.materials, policy, lang);
  problems.push(...read.problems);
  const sorted = sortByPosition(file, problems);
  if (sorted.length > 0 || value === undefined) return { file, lang, source, typed, problems: sorted, hints };

  const language = value.language ?? detectTextLanguage([value.title, value.summary ?? "", value.need.problem, value.organization.name].join(" "));
  const facts = deriveFacts({ ...value, language });
  const warningLabel = t("facts.warning", undefined, lang);
  const warnings = facts.warnings.map((w) => `${place(w.path)}: ${warningLabel}: ${formatPath(w.path)}: ${w.message}`);
  // An English proposal in yuan is possible (a Chinese charity writing to an international funder)
  // but rarely what an English file without a currency means: say how its amounts were read.
  const budget = data.budget as Record<string, unknown> | undefined;
  if (language === "en" && budget?.currency === undefined && facts.derived.budgetTotal !== undefined) {
    warnings.unshift(`${place(["budget"])}: ${warningLabel}: budget: ${t("facts.currencyAssumed", undefined, lang)}`);
  }
  const capped = capMaterials(read.materials, policy.maxChars, file, lang);
  const loaded = { file, facts, materials: capped.materials, warnings: [...read.notes, ...hints, ...warnings], notices: capped.notices, lang };
  return { file, lang, source, typed, problems: [], hints, loaded };
}

export async function loadFacts(file: string, policy: MaterialsPolicy = materialsPolicy()): Promise<LoadedFacts> {
  const { text, encoding } = await readDecodedText(file, "facts");
  const examined = await examineFacts(file, text, policy, encoding);
  if (examined.loaded === undefined) throw new InputError(examined.problems[0]!, examined.problems.slice(1));
  return examined.loaded;
}
