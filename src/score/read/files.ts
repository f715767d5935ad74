// Finding and reading proposals: files, folders (recursively, in a stable order) and globs. Folders
// yield proposal-like files (text, Markdown, Word, PDF) and name every other file as skipped with
// why (Word's lock files, editor backups, the folder's README, CHANGELOG and LICENSE, files and folders
// matching --exclude, other kinds of file); binary, oversized and undecodable
// files are skipped with why; a file that cannot be read becomes an error result, never a silent gap.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../../errors.js";
import { DocumentReadError, isDocument, readDocumentText, textFromBytes } from "../../read/document.js";
import type { LocatedText } from "../../read/located-text.js";
import { extensionSet, formatList, PROPOSAL_FORMATS } from "../../read/formats.js";
import { MAX_DOCUMENT_BYTES } from "../../read/limits.js";
import { both, t, uiLang, type Lang } from "../../i18n/index.js";
import { detectTextLanguage } from "../../text/language.js";

/** A facts file's name (what a proposal is drafted from): never read as a proposal. */
export const FACTS_FILE = /\.(ya?ml|json)$/i;

export const PROPOSAL_EXTENSIONS = extensionSet(PROPOSAL_FORMATS);
/** ".md .markdown .txt …", for the reason a folder's file is skipped: as the formats are written (.Rmd), as other messages list them. */
const PROPOSAL_EXTENSION_LIST = PROPOSAL_FORMATS.join(" ");
export { MAX_DOCUMENT_BYTES };
/** Proposals are tens of kilobytes; anything this large is not one. */
export const MAX_PROPOSAL_BYTES = 2 * 1024 * 1024;
const SKIP_DIRS = new Set(["node_modules", ".git", ".hg", ".svn", "dist", ".grantsmith-state"]);
const GLOB_CHARS = /[*?[\]{}]/;

export function isProposalFile(name: string): boolean {
  return PROPOSAL_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/**
 * A file a folder scan passes over, with why, so that the report can name it: the reason in both
 * languages, as the report is written in its proposals' language and stderr in the user's.
 */
export interface SkippedFile {
  file: string;
  reason: Record<Lang, string>;
}

/** A folder's own papers, named by the part before the first dot: README.md, README.zh-CN.md, LICENSE, CHANGELOG.md. */
export const REPOSITORY_FILES = ["readme", "changelog", "changes", "license", "licence", "copying", "contributing", "code_of_conduct", "authors"] as const;
const REPOSITORY_FILE = new RegExp(`^(${REPOSITORY_FILES.join("|")})(\\.|$)`, "i");

/** Why a file found in a folder is not a proposal to score, or undefined when it may be one. */
export function folderSkipReason(name: string): Record<Lang, string> | undefined {
  if (name.startsWith("~$")) return both("score.wordLockFile");
  if (/\.(tmp|temp|bak|swp|swo|orig)$|~$/i.test(name) || /^~.*\.tmp$/i.test(name) || /^#.*#$/.test(name)) return both("score.tempFile");
  if (REPOSITORY_FILE.test(name)) return both("score.repositoryFile", { name: name.split(".")[0]! });
  if (!isProposalFile(name)) {
    const extension = path.extname(name).toLowerCase();
    if (extension === ".doc") return both("score.oldWord");
    // A facts file beside its proposals: said what to do with it, as when it is named on the line.
    if (extension === ".yaml" || extension === ".yml") return both("score.factsInFolder", { extension, extensions: PROPOSAL_EXTENSION_LIST });
    const inLang = (lang: Lang) => t("score.notAProposal", { extension: extension || t("score.noExtension", undefined, lang), extensions: PROPOSAL_EXTENSION_LIST }, lang);
    return { zh: inLang("zh"), en: inLang("en") };
  }
  return undefined;
}

type Root = { kind: "file"; path: string } | { kind: "dir"; path: string } | { kind: "files"; paths: string[] };

/** Checks every argument before any work starts, so a typo fails fast with exit code 2. */
export async function resolveRoots(args: readonly string[]): Promise<Root[]> {
  const roots: Root[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    try {
      const info = await stat(arg);
      // A facts file is what a proposal is drafted from, not a proposal: scoring its YAML helps no one.
      if (!info.isDirectory() && FACTS_FILE.test(arg)) {
        const text = info.size < 65536 ? await readFile(arg, "utf8").catch(() => "x") : "x";
        const empty = !/\S/.test(text);
        // Said in the facts file's language, as `check` would (unless the session chose one).
        problems.push(t(empty ? "score.emptyFactsFile" : "score.factsFileGiven", { arg }, uiLang(detectTextLanguage(text))));
        continue;
      }
      // A file named on the command line in a format grantsmith does not read (a folder skips it).
      const extension = path.extname(arg).toLowerCase();
      if (!info.isDirectory() && extension !== "" && !isProposalFile(arg)) {
        problems.push(`${arg}${uiLang() === "zh" ? "：" : ": "}${extension === ".doc" ? t("score.oldWord") : t("score.unknownExtension", { extension, extensions: formatList(PROPOSAL_FORMATS, uiLang()) })}`);
        continue;
      }
      roots.push(info.isDirectory() ? { kind: "dir", path: arg } : { kind: "file", path: arg });
      continue;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        problems.push(t("score.cannotOpen", { arg, code: code ?? String(error) }));
        continue;
      }
    }
    if (GLOB_CHARS.test(arg)) {
      const { glob } = await import("tinyglobby");
      const matches = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
      if (matches.length === 0) problems.push(t("score.noMatch", { arg }));
      else roots.push({ kind: "files", paths: matches });
    } else {
      problems.push(t("score.noSuchPath", { arg }));
    }
  }
  if (problems.length > 0) throw new InputError(problems[0]!, problems.slice(1));
  return roots;
}

/** What to leave out of a run besides the default ignores: `--exclude GLOB`, repeatable. */
export interface ScanOptions {
  exclude?: readonly string[];
}

/** The --exclude pattern a path matches (relative to the folder walked, or as given), if any. */
type Excluder = (relative: string, shown: string) => string | undefined;

async function excluder(patterns: readonly string[] | undefined): Promise<Excluder | undefined> {
  if (!patterns?.length) return undefined;
  const { default: picomatch } = await import("picomatch");
  // A pattern without a slash matches a file or folder name anywhere ("*.draft.md", "archive").
  const tests = patterns.map((pattern) => {
    const glob = pattern.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
    const match = picomatch(glob, { dot: true });
    const byName = !glob.includes("/");
    return { pattern, test: (p: string) => match(p) || (byName && match(path.posix.basename(p))) };
  });
  const posix = (p: string) => p.split(path.sep).join("/").replace(/^\.\//, "");
  return (relative, shown) => tests.find(({ test }) => test(posix(relative)) || test(posix(shown)))?.pattern;
}

const excludedBy = (pattern: string) => both("score.excludedBy", { pattern });

async function* walk(dir: string, exclude?: Excluder, base = dir): AsyncGenerator<string | SkippedFile> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name) || entry.name.startsWith(".")) continue;
      // An excluded folder is named once, not file by file.
      const pattern = exclude?.(path.relative(base, full), full);
      if (pattern !== undefined) yield { file: `${full}${path.sep}`, reason: excludedBy(pattern) };
      else yield* walk(full, exclude, base);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith(".")) {
      // Hidden files are not part of what a person sees in the folder, and are passed over unnamed.
      const pattern = exclude?.(path.relative(base, full), full);
      const reason = pattern !== undefined ? excludedBy(pattern) : folderSkipReason(entry.name);
      yield reason === undefined ? full : { file: full, reason };
    }
  }
}

/** A folder equal to or inside another: either contains the other's files. */
const nested = (a: string, b: string) => a === b || a.startsWith(b.endsWith(path.sep) ? b : b + path.sep) || b.startsWith(a.endsWith(path.sep) ? a : a + path.sep);

/**
 * Every file to score (or, found in a folder, to name as skipped), in a stable order, each once.
 * Walks folders lazily, and remembers only the paths that could come again: the files named on
 * the command line and those of folders that overlap another one named, never every file of a
 * large folder.
 */
export async function* proposalFiles(roots: readonly Root[], options: ScanOptions = {}): AsyncGenerator<string | SkippedFile> {
  const exclude = await excluder(options.exclude);
  const named = (file: string): string | SkippedFile => {
    const pattern = exclude?.(file, file);
    return pattern === undefined ? file : { file, reason: excludedBy(pattern) };
  };
  const namedFiles = new Set(roots.flatMap((root) => (root.kind === "file" ? [root.path] : root.kind === "files" ? root.paths : [])).map((file) => path.resolve(file)));
  const folders = roots.flatMap((root) => (root.kind === "dir" ? [path.resolve(root.path)] : []));
  const seen = new Set<string>();
  /** True the first time a file comes; `remember`: it may come again, from another root. */
  const once = (key: string, remember: boolean) => {
    if (seen.has(key)) return false;
    if (remember || namedFiles.has(key)) seen.add(key);
    return true;
  };
  let folder = 0;
  for (const root of roots) {
    if (root.kind === "file") {
      if (once(path.resolve(root.path), true)) yield named(root.path);
    } else if (root.kind === "files") {
      for (const file of root.paths) if (once(path.resolve(file), true)) yield named(file);
    } else {
      const here = folders[folder++]!;
      const overlaps = folders.some((other, at) => at !== folder - 1 && nested(here, other));
      const check = overlaps || namedFiles.size > 0;
      for await (const file of walk(root.path, exclude)) {
        if (!check || once(path.resolve(typeof file === "string" ? file : file.file), overlaps)) yield file;
      }
    }
  }
}

/**
 * Text with, for a document, where its lines are (paragraphs, pages), and a note for stderr about
 * how it was read (a GBK file); a file skipped with why; or a file that could not be read.
 */
export type ReadOutcome = ({ kind: "text" } & LocatedText & { note?: string }) | { kind: "skip"; reason: Record<Lang, string> } | { kind: "error"; error: string };

/** The line on stderr for a skipped file, in the user's language. */
export const skipLine = (skip: SkippedFile) => t("score.skipped", { file: skip.file, reason: skip.reason[uiLang()] });

const readSkip = (error: DocumentReadError): ReadOutcome => ({ kind: "skip", reason: { zh: error.messageIn("zh"), en: error.messageIn("en") } });

export async function readProposal(file: string): Promise<ReadOutcome> {
  if (isDocument(file)) return readDocumentProposal(file);
  let handle;
  try {
    handle = await open(file, "r");
    const info = await handle.stat();
    if (info.size > MAX_PROPOSAL_BYTES) return tooLarge(info.size);
    return classify(file, await handle.readFile());
  } catch (error) {
    return { kind: "error", error: readError(error) };
  } finally {
    await handle?.close();
  }
}

/** A Word or PDF proposal, through the document readers (src/read), loaded only when one comes. */
async function readDocumentProposal(file: string): Promise<ReadOutcome> {
  try {
    const info = await stat(file);
    if (info.size > MAX_DOCUMENT_BYTES) return { kind: "skip", reason: both("score.documentTooLarge", { mb: Math.round(info.size / 1024 / 1024) }) };
    try {
      return { kind: "text", ...(await readDocumentText(file)) };
    } catch (error) {
      if (error instanceof DocumentReadError) return readSkip(error);
      throw error;
    }
  } catch (error) {
    return { kind: "error", error: readError(error) };
  }
}

function tooLarge(size: number): ReadOutcome {
  return { kind: "skip", reason: both("score.textTooLarge", { kb: Math.round(size / 1024) }) };
}

/** Binary, undecodable, or text: what the bytes of a file are, whichever way they were read. */
function classify(file: string, bytes: Uint8Array): ReadOutcome {
  try {
    const read = textFromBytes(file, bytes);
    // An empty file is not a proposal that scores 0: it is skipped, and named alone it is exit 2.
    if (!/\S/.test(read.text)) return { kind: "skip", reason: both("read.emptyText") };
    // Facts typed into a .txt file (a project's, or an organisation profile as org.yaml): what a proposal is drafted from, not a proposal to score.
    const facts = TEXT_FILE.test(file) ? factsInText(read.text) : undefined;
    if (facts) {
      const name = `${path.basename(file, path.extname(file))}.yaml`;
      return { kind: "skip", reason: both(facts === "project" ? "score.factsInText" : "score.orgProfileInText", { name }) };
    }
    return { kind: "text", ...read };
  } catch (error) {
    if (error instanceof DocumentReadError) return readSkip(error);
    throw error;
  }
}

const TEXT_FILE = /\.(txt|text)$/i;
/** The keys a facts file starts its blocks with, at the start of a line. */
const FACTS_KEY = /^(title|organization|need|beneficiaries|budget|period|objectives|activities)[ \t]*:/gm;
/** A line of YAML's block structure: a comment, an indented line, a list item or `key:` at the margin. */
const YAML_LINE = /^(?:#|[ \t]|-(?:[ \t]|$)|[A-Za-z_$][\w$.-]*[ \t]*:(?:[ \t]|$)|---|\.\.\.)/;

/**
 * The keys of an organisation profile (org.yaml), at the start of a line: orgProfileSchema's (facts/org-profile.ts), which
 * test/reliability/odd-inputs.test.ts holds this list to (the schema is not loaded to score a file).
 */
export const ORG_PROFILE_KEYS = ["name", "registration_id", "founded", "address", "type", "net_assets", "description", "track_record", "governance", "financial_disclosure", "contact", "extends", "team"] as const;
const ORG_KEY = new RegExp(`^(${ORG_PROFILE_KEYS.join("|")})[ \\t]*:`, "gm");

/**
 * What facts a text holds as YAML, if it is not a proposal: a project's (two or more of a facts
 * file's top-level keys) or an organisation profile's (two or more of its keys), with every line
 * YAML's structure (a proposal has sentences at the margin).
 */
export function factsInText(text: string): "project" | "organization" | undefined {
  const keysOf = (pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]!)).size;
  const kind = keysOf(FACTS_KEY) >= 2 ? "project" : keysOf(ORG_KEY) >= 2 ? "organization" : undefined;
  if (!kind) return undefined;
  return text.split(/\r?\n/).every((line) => line.trim() === "" || YAML_LINE.test(line)) ? kind : undefined;
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EACCES" ? t("score.permissionDenied") : code === "EISDIR" ? t("score.isFolder") : t("score.cannotRead", { code: code ?? String(error) });
}

/**
 * The same as readProposal, synchronously: a batch reads thousands of small files one after the
 * other on a thread that has nothing else to do, and a promise per step costs more than the read.
 */
let readBuffer = Buffer.allocUnsafe(64 * 1024);

export function readProposalSync(file: string): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const info = fstatSync(fd);
    const size = info.size;
    // Only a regular file's short read means its end; a pipe or FIFO may pause mid-stream.
    const regular = info.isFile() && size > 0;
    if (size > MAX_PROPOSAL_BYTES) return tooLarge(size);
    // Read into one buffer kept for the whole run (decoding copies the text out of it); a file
    // that grew meanwhile is read to its end. A read that fills less than it asked for has
    // reached the end of a regular file, which saves asking again only to be told so.
    if (readBuffer.length < size + 1) readBuffer = Buffer.allocUnsafe(Math.max(size + 1, readBuffer.length * 2));
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) readBuffer = Buffer.concat([readBuffer, Buffer.allocUnsafe(readBuffer.length)]);
      const asked = readBuffer.length - length;
      const n = readSync(fd, readBuffer, length, asked, null);
      length += n;
      if (n === 0 || (regular && n < asked && length >= size)) break;
    }
    return classify(file, readBuffer.subarray(0, length));
  } catch (error) {
    return { kind: "error", error: readError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
