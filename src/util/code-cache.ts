// V8's code cache for the bundled CLI. Starting a command is mostly V8 parsing and compiling the
// code it runs (commander, zod, yaml, the scorer); V8 can keep what it compiled in a file and take
// it back on the next run instead of compiling again. Node 20 offers that only for a script run
// through node:vm (an ES module cannot be given a cache without --experimental-vm-modules), so the
// build writes the CLI once more as CommonJS scripts, one per command,
// dist/bundle/main-<command>.cjs (scripts/bundle.js), and bin/grantsmith.js runs the command's
// here when the cache folder is on.
//
// The cache is a convenience and never a source of errors: a file that is missing, cut short,
// damaged or written for another build is not used (its checksum, then V8, refuse it) and is
// written again after the command; a folder that cannot be written is left alone, silently.
// Each file is written under a temporary name and renamed, so a reader never sees half of one.
import { isAscii } from "node:buffer";
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import path from "node:path";
import vm from "node:vm";
import * as zlib from "node:zlib";
import { codeCacheIn } from "./cache-dir.js";

/** The first line of every cache file; the second is the checksum of what follows, V8's data. */
const MAGIC = "grantsmith code cache 2\n";

const requireHere = createRequire(import.meta.url);

/**
 * A checksum of `data`: CRC-32 from zlib (Node 20.15 and later), else SHA-1. Loading node:crypto
 * for its SHA-1 cost every start some 4 ms of CPU, zlib about 1; a CRC-32 catches the cut or
 * damaged file it guards against (V8 refuses a cache for another source or flags itself).
 */
export function checksum(data: Uint8Array | string): string {
  const crc32 = (zlib as { crc32?: (data: Uint8Array | string) => number }).crc32;
  if (crc32 !== undefined) return `crc32 ${crc32(data).toString(16).padStart(8, "0")}`;
  const { createHash } = requireHere("node:crypto") as typeof import("node:crypto");
  return `sha1 ${createHash("sha1").update(data).digest("hex")}`;
}

export interface CachedScript<T> {
  /** What the script exported (module.exports). */
  exports: T;
  /** True when V8 took the cache file: nothing the script has run so far was compiled again. */
  accepted: boolean;
  /** Writes the cache file when it was missing or refused; call once the work is done, so that
   * what was compiled on the way is in it. Never throws. */
  save(): void;
}

/** V8's data from a cache file, or undefined when the file is missing or not whole. */
export function readCodeCache(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= MAGIC.length || bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) return undefined;
  // The checksum line is short; a file without its end is not whole.
  const end = bytes.indexOf(10, MAGIC.length);
  if (end < 0 || end > MAGIC.length + 64) return undefined;
  const data = bytes.subarray(end + 1);
  if (data.length === 0) return undefined;
  return checksum(data) === bytes.toString("latin1", MAGIC.length, end) ? data : undefined;
}

/** Writes V8's data to `file` with the header, atomically; false when it could not be written. */
export function writeCodeCache(file: string, data: Buffer): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, Buffer.concat([Buffer.from(`${MAGIC}${checksum(data)}\n`, "latin1"), data]));
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself could not be made: there is no temporary file.
    }
    return false;
  }
}

/** A CommonJS script runs as the body of this function: Node's own wrapper, and `__import`. */
export const SCRIPT_HEAD = "(function (exports, require, module, __filename, __dirname, __import) {";
export const SCRIPT_TAIL = "\n})";

/**
 * The function V8 compiles for the script in `file`: its text inside SCRIPT_HEAD and SCRIPT_TAIL,
 * or the text itself when the file holds it so. The build writes the command scripts so, and in
 * ASCII (scripts/bundle.js): for a script of 1 to 2 MB, decoding it as UTF-8 and joining it to the
 * wrapper (which V8 then copies flat) touched the memory of four copies of the text instead of two,
 * some 1,500 page faults of a draft's start. ASCII is read as Latin-1, which gives the same string.
 */
export function scriptSource(file: string): string {
  const bytes = readFileSync(file);
  const text = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  return text.startsWith(SCRIPT_HEAD) && text.endsWith(SCRIPT_TAIL) ? text : `${SCRIPT_HEAD}${text}${SCRIPT_TAIL}`;
}

/**
 * Runs the CommonJS file `file` (or the function text of one, see scriptSource) as require() would
 * (its own require, module, exports, __filename and __dirname; listed in require's cache), with V8's code cache from `cacheFile`. The script
 * calls `__import(specifier)` where it means import(), and gets `importFromHere` for it: the
 * caller's own import() (node:vm lets a script call import() only with an experimental flag), so
 * a relative specifier would be resolved from the caller's folder, not the script's.
 * `cacheOfRequired` names the cache file for a file the script requires that is to run with V8's
 * code cache too (the build's vendor files), or undefined: such a file is run here at its first
 * require, and written with the script's own cache by save().
 * Throws only what reading or running the script throws.
 */
export function runWithCodeCache<T>(
  file: string,
  cacheFile: string,
  importFromHere?: (specifier: string) => Promise<unknown>,
  cacheOfRequired?: (required: string) => string | undefined,
): CachedScript<T> {
  const source = scriptSource(file);
  const cachedData = readCodeCache(cacheFile);
  const script = new vm.Script(source, { filename: file, cachedData });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  const plainRequire = createRequire(file);
  const required: CachedScript<unknown>[] = [];
  const require =
    cacheOfRequired === undefined
      ? plainRequire
      : Object.assign((id: string): unknown => {
          if (!id.startsWith(".")) return plainRequire(id);
          const resolved = plainRequire.resolve(id);
          const cache = resolved in plainRequire.cache ? undefined : cacheOfRequired(resolved);
          if (cache === undefined) return plainRequire(id);
          const run = runWithCodeCache(resolved, cache);
          required.push(run);
          return run.exports;
        }, plainRequire);
  const module = new Module(file);
  module.filename = file;
  plainRequire.cache[file] = module;
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, path.dirname(file), importFromHere);
  module.loaded = true;
  let saved = accepted;
  return {
    exports: module.exports as T,
    accepted,
    save() {
      for (const run of required) run.save();
      if (saved) return;
      saved = true;
      try {
        // Asked first: making the data costs a few milliseconds, for nothing if it cannot be kept.
        mkdirSync(path.dirname(cacheFile), { recursive: true });
        if (!writableFolder(path.dirname(cacheFile))) return;
        if (writeCodeCache(cacheFile, script.createCachedData())) removeOthers(cacheFile);
      } catch {
        // A cache that cannot be made costs the next run its compile, nothing else.
      }
    },
  };
}

/**
 * Whether the cache may be written in `folder`. access() answers for the user, except that root
 * passes it whatever the folder's mode: a folder nobody may write to (mode a-w, as one made
 * read-only to share a cache) is left alone by root too.
 */
export function writableFolder(folder: string, uid: number | undefined = process.getuid?.()): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return uid !== 0 || (statSync(folder).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

/**
 * Removes the cache files of other builds beside `cacheFile` (named `<build>-….v8`, as
 * codeCacheFile names them), so that upgrades do not pile them up; the files of this build, and any
 * file not named so, stay.
 */
function removeOthers(cacheFile: string): void {
  const folder = path.dirname(cacheFile);
  const build = `${path.basename(cacheFile).split("-")[0]}-`;
  for (const name of readdirSync(folder)) {
    if (name.endsWith(".v8") && !name.startsWith(build)) rmSync(path.join(folder, name), { force: true });
  }
}

/**
 * The cache file for running `command` of the build `buildId` under this Node: one per command,
 * so each holds what that command compiles. In the cache folder's code/ (see cacheDir). The build
 * must be named by the script's content (scripts/bundle.js hashes it): V8 checks a cache against
 * the length of the source only, and would run the old code of an edited script of the same length.
 */
export function codeCacheFile(cache: string, buildId: string, command: string, flags: string = v8FlagsKey()): string {
  return path.join(codeCacheIn(cache), `${buildId}-node${process.versions.node}-${process.arch}${flags}-${command}.v8`);
}

/**
 * The V8 and Node flags of this process, as a part of a cache file's name ("" when there are none):
 * V8 refuses a cache made under other flags (--max-old-space-size, --jitless, --no-opt…), so two
 * ways of running grantsmith would each throw away the other's file and write their own, every run.
 */
export function v8FlagsKey(execArgv: readonly string[] = process.execArgv, nodeOptions: string | undefined = process.env.NODE_OPTIONS): string {
  const flags = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].filter((flag) => flag.startsWith("-"));
  if (flags.length === 0) return "";
  return `-flags${checksum(flags.join("\n")).split(" ")[1]!.slice(0, 8)}`;
}
