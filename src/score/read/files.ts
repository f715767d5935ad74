// Finding and reading proposals: files, folders (recursively, in a stable order) and globs. Folders
// yield only proposal-like files; binary and oversized files are skipped with a warning; a file
// that cannot be read becomes an error result, never a silent gap.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../../errors.js";

export const PROPOSAL_EXTENSIONS = new Set([".md", ".markdown", ".txt", ".text", ".rst", ".rmd"]);
/** Proposals are tens of kilobytes; anything this large is not one. */
export const MAX_PROPOSAL_BYTES = 2 * 1024 * 1024;
const SKIP_DIRS = new Set(["node_modules", ".git", ".hg", ".svn", "dist", ".grantsmith-state"]);
const GLOB_CHARS = /[*?[\]{}]/;

export function isProposalFile(name: string): boolean {
  return PROPOSAL_EXTENSIONS.has(path.extname(name).toLowerCase());
}

type Root = { kind: "file"; path: string } | { kind: "dir"; path: string } | { kind: "files"; paths: string[] };

/** Checks every argument before any work starts, so a typo fails fast with exit code 2. */
export async function resolveRoots(args: readonly string[]): Promise<Root[]> {
  const roots: Root[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    try {
      const info = await stat(arg);
      roots.push(info.isDirectory() ? { kind: "dir", path: arg } : { kind: "file", path: arg });
      continue;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        problems.push(`${arg}: cannot open (${code ?? String(error)})`);
        continue;
      }
    }
    if (GLOB_CHARS.test(arg)) {
      const { glob } = await import("tinyglobby");
      const matches = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
      if (matches.length === 0) problems.push(`${arg}: no files match this pattern`);
      else roots.push({ kind: "files", paths: matches });
    } else {
      problems.push(`${arg}: no such file or folder`);
    }
  }
  if (problems.length > 0) throw new InputError(problems[0]!, problems.slice(1));
  return roots;
}

async function* walk(dir: string): AsyncGenerator<string> {
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
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) yield* walk(full);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isProposalFile(entry.name)) {
      yield full;
    }
  }
}

/** Every file to score, in a stable order, each once. Walks folders lazily. */
export async function* proposalFiles(roots: readonly Root[]): AsyncGenerator<string> {
  const seen = new Set<string>();
  const once = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const root of roots) {
    if (root.kind === "file") {
      if (once(root.path)) yield root.path;
    } else if (root.kind === "files") {
      for (const file of root.paths) if (once(file)) yield file;
    } else {
      for await (const file of walk(root.path)) if (once(file)) yield file;
    }
  }
}

export type ReadOutcome = { kind: "text"; text: string } | { kind: "skip"; warning: string } | { kind: "error"; error: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

export async function readProposal(file: string): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(file, "r");
    const info = await handle.stat();
    if (info.size > MAX_PROPOSAL_BYTES) return tooLarge(file, info.size);
    return classify(file, await handle.readFile());
  } catch (error) {
    return { kind: "error", error: readError(error) };
  } finally {
    await handle?.close();
  }
}

function tooLarge(file: string, size: number): ReadOutcome {
  return { kind: "skip", warning: `${file}: skipped, larger than 2 MB (${Math.round(size / 1024)} KB); not a proposal?` };
}

/** Binary, not UTF-8, or text: what the bytes of a file are, whichever way they were read. */
function classify(file: string, bytes: Uint8Array): ReadOutcome {
  if (bytes.subarray(0, 8000).includes(0)) return { kind: "skip", warning: `${file}: skipped, a binary file (export it to Markdown or text first)` };
  try {
    return { kind: "text", text: decoder.decode(bytes) };
  } catch {
    return { kind: "error", error: "not UTF-8 text (perhaps GBK); save it as UTF-8 and score again" };
  }
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a folder" : `cannot read (${code ?? String(error)})`;
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
    if (size > MAX_PROPOSAL_BYTES) return tooLarge(file, size);
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
