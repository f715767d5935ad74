// Load a facts file: parse with positions, validate, read the background materials, fill in the
// language and the derived figures. Every problem is reported at once with file:line:col.
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../errors.js";
import { loadConfigFiles } from "../llm/config-file.js";
import { formatPath, knownKeys, locate, parseWithSchema } from "../util/yaml-source.js";
import { dayOf, deriveFacts, type Facts } from "./derive.js";
import { applyIncludes } from "./include.js";
import { factsSchema, type Language } from "./schema.js";

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
export function capMaterials(materials: Material[], maxChars: number, file: string): { materials: Material[]; notices: string[] } {
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
    notices: [
      `note: ${file}: the materials hold ${total} characters, over the ${maxChars} a prompt carries (materials_max_chars); ${cut.map((c) => `"${c}"`).join(", ")} ${cut.length === 1 ? "is" : "are"} cut`,
    ],
  };
}

const MATERIAL_EXTENSIONS = new Set([".md", ".markdown", ".txt", ".docx", ".pdf"]);
/** Enough to quote from; a larger file is almost certainly the wrong one. */
const MATERIAL_MAX_BYTES = 512 * 1024;

export async function readTextFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${file}: no such ${what} file; check the path`);
    if (code === "EISDIR") throw new InputError(`${file}: is a folder, not a ${what} file`);
    if (code === "EACCES") throw new InputError(`${file}: permission denied reading the ${what} file`);
    throw new InputError(`${file}: cannot read the ${what} file (${code ?? String(error)})`);
  }
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** zh when Chinese characters outweigh English words in the given text, else en. */
export function detectLanguage(text: string): Language {
  const han = text.match(CJK)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return han >= words ? (han > 0 ? "zh" : "en") : "en";
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
    const known = new Set(knownKeys(factsSchema, path));
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
async function readMaterialContent(relative: string, bytes: Uint8Array): Promise<{ text: string; note?: string; problem?: undefined } | { problem: string }> {
  const { documentText, DocumentReadError } = await import("../read/document.js");
  try {
    const read = await documentText(relative, bytes);
    return read.note !== undefined ? { text: read.text, note: read.note } : { text: read.text };
  } catch (error) {
    if (error instanceof DocumentReadError) return { problem: error.message };
    throw error;
  }
}

export async function loadFacts(file: string, policy: MaterialsPolicy = materialsPolicy()): Promise<LoadedFacts> {
  const text = await readTextFile(file, "facts");
  // An organisation profile (`organization: ./org.yaml`, `extends:`) is merged in before validation.
  const { value, source } = parseWithSchema(factsSchema, file, text, (data, source) =>
    pruneBlanks(applyIncludes(data, source, { root: policy.root, prune: pruneBlanks })),
  );
  const language =
    value.language ?? detectLanguage([value.title, value.summary ?? "", value.need.problem, value.organization.name].join(" "));

  const materials: Material[] = [];
  const problems: string[] = [];
  // How materials were read (a GBK file), said on stderr with the warnings.
  const notes: string[] = [];
  const { start, end } = value.period ?? {};
  if (start && end && dayOf(start, false) > dayOf(end, true)) {
    const pos = locate(source, ["period", "start"]);
    problems.push(`${file}:${pos.line}:${pos.col}: period.start: ${start} is after period.end ${end}; swap them`);
  }
  const base = path.dirname(file);
  for (const [index, relative] of (value.materials ?? []).entries()) {
    const pos = locate(source, ["materials", index]);
    const where = `${file}:${pos.line}:${pos.col}: materials[${index}]`;
    if (!MATERIAL_EXTENSIONS.has(path.extname(relative).toLowerCase())) {
      problems.push(`${where}: "${relative}" is not a .md, .txt, .docx or .pdf file; convert it to text first`);
      continue;
    }
    // Resolved through every link, so neither ../ nor a symlink can reach outside the project.
    const real = await realpath(path.resolve(base, relative)).catch(() => undefined);
    if (real === undefined) {
      problems.push(`${where}: cannot read "${relative}" (paths are relative to the facts file)`);
      continue;
    }
    if (!(await inside(real, base)) && !(policy.root !== undefined && (await inside(real, policy.root)))) {
      const allowed = policy.root === undefined ? "the facts file's folder" : `the facts file's folder or materials_root (${policy.root})`;
      problems.push(`${where}: "${relative}" lies outside ${allowed}; materials are read from the project only (set materials_root in grantsmith.config.yaml to allow another folder)`);
      continue;
    }
    try {
      if ((await stat(real)).size > MATERIAL_MAX_BYTES) {
        problems.push(`${where}: "${relative}" is larger than 512 KB; quote the relevant part in a smaller file`);
        continue;
      }
      const buffer = await readFile(real);
      const content = await readMaterialContent(relative, buffer);
      if (content.problem !== undefined) {
        problems.push(`${where}: "${relative}": ${content.problem}`);
        continue;
      }
      materials.push({ path: relative, text: content.text });
      if (content.note !== undefined) notes.push(content.note);
    } catch {
      problems.push(`${where}: cannot read "${relative}" (paths are relative to the facts file)`);
    }
  }
  if (problems.length > 0) throw new InputError(problems[0]!, problems.slice(1));

  const facts = deriveFacts({ ...value, language });
  const warnings = facts.warnings.map((w) => {
    const pos = locate(source, w.path);
    return `${file}:${pos.line}:${pos.col}: warning: ${formatPath(w.path)}: ${w.message}`;
  });
  const capped = capMaterials(materials, policy.maxChars, file);
  return { file, facts, materials: capped.materials, warnings: [...notes, ...warnings], notices: capped.notices };
}
