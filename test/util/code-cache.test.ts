// V8's code cache (src/util/code-cache.ts): a script runs the same with or without its cache file,
// the file is taken back on the next run, and a file that is cut short, damaged, written for
// another script or cannot be written is not used and never an error.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../src/commands/names.js";
import { commandActions } from "../../src/commands/index.js";
import { codeCacheFile, readCodeCache, runWithCodeCache, SCRIPT_HEAD, SCRIPT_TAIL, scriptSource, v8FlagsKey, writableFolder, writeCodeCache } from "../../src/util/code-cache.js";
import { tempDirSync } from "../helpers/temp.js";

interface Exports {
  sum(n: number): number;
  platform(): Promise<string>;
  file: string;
}

/** A CommonJS script with enough functions for V8 to cache; `seed` makes scripts that differ. */
function script(dir: string, seed = 1): string {
  const file = path.join(dir, `script-${seed}.cjs`);
  const lines = [`const os = require("node:os");`, `exports.file = __filename;`];
  for (let i = 0; i < 50; i++) lines.push(`function f${i}(n) { let s = ${seed}; for (let k = 0; k < n; k++) s += k * ${i}; return s; }`);
  lines.push(`exports.sum = (n) => ${Array.from({ length: 50 }, (_, i) => `f${i}(n)`).join(" + ")};`);
  lines.push(`exports.platform = async () => (await __import("node:os")).platform() + "/" + os.platform();`);
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

/** The script's __import: the importer's own import(), as src/cached-main.ts gives the command scripts. */
const importHere = (specifier: string): Promise<unknown> => import(specifier);

describe("code cache", () => {
  it("runs the script as require() would, writes the cache once, and takes it on the next run", async () => {
    const dir = tempDirSync();
    const file = script(dir);
    const cache = path.join(dir, "cache", "code", "b1-x.v8");
    const first = runWithCodeCache<Exports>(file, cache, importHere);
    expect(first.accepted).toBe(false);
    expect(first.exports.file).toBe(file);
    const expected = first.exports.sum(10);
    expect(await first.exports.platform()).toBe(`${process.platform}/${process.platform}`);
    first.save();
    expect(readCodeCache(cache)).toBeInstanceOf(Buffer);
    const written = readFileSync(cache);
    const second = runWithCodeCache<Exports>(file, cache, importHere);
    expect(second.accepted).toBe(true);
    expect(second.exports.sum(10)).toBe(expected);
    second.save();
    // Taken, so not written again.
    expect(readFileSync(cache).equals(written)).toBe(true);
  });

  it("does not use a file cut short, with a wrong checksum, or of another script; writes it again", () => {
    const dir = tempDirSync();
    const file = script(dir);
    const cache = path.join(dir, "b1-x.v8");
    runWithCodeCache<Exports>(file, cache).save();
    const good = readFileSync(cache);
    const cut = good.subarray(0, good.length >> 1);
    const flipped = Buffer.from(good);
    flipped[flipped.length >> 1] ^= 0xff;
    for (const bad of [cut, flipped, Buffer.from("grantsmith code cache 2\n"), Buffer.alloc(0)]) {
      writeFileSync(cache, bad);
      expect(readCodeCache(cache)).toBeUndefined();
      const run = runWithCodeCache<Exports>(file, cache);
      expect(run.accepted).toBe(false);
      expect(run.exports.sum(3)).toBe(runWithCodeCache<Exports>(file, path.join(dir, "none.v8")).exports.sum(3));
      run.save();
      expect(readCodeCache(cache)).toBeInstanceOf(Buffer);
    }
    // A whole file of another script: V8 refuses it (it compares the sources' lengths, not their
    // text: a script edited to the same length is told apart only by its build's name for the
    // file, see codeCacheFile), and it is written again for this one.
    const other = script(dir, 22);
    writeFileSync(cache, readFileSync(cache));
    const run = runWithCodeCache<Exports>(other, cache);
    expect(run.accepted).toBe(false);
    run.save();
    expect(runWithCodeCache<Exports>(other, cache).accepted).toBe(true);
  });

  it("a script written as its function text (as the build writes the command scripts) runs as the plain one does", async () => {
    const dir = tempDirSync();
    const plain = script(dir, 7);
    // Seeded: a text with other characters (é, 中) is read as UTF-8, an ASCII one as Latin-1.
    for (const extra of ["", `exports.word = "caf\u00e9 \u4e2d";\n`]) {
      writeFileSync(plain, readFileSync(plain, "utf8") + extra);
      const wrapped = path.join(dir, `wrapped-${extra.length}.cjs`);
      writeFileSync(wrapped, `${SCRIPT_HEAD}${readFileSync(plain, "utf8")}${SCRIPT_TAIL}`);
      expect(scriptSource(wrapped)).toBe(scriptSource(plain));
      expect(scriptSource(plain)).toBe(`${SCRIPT_HEAD}${readFileSync(plain, "utf8")}${SCRIPT_TAIL}`);
      const cache = path.join(dir, `w-${extra.length}.v8`);
      const first = runWithCodeCache<Exports & { word?: string }>(wrapped, cache, importHere);
      first.save();
      const second = runWithCodeCache<Exports & { word?: string }>(wrapped, cache, importHere);
      const reference = runWithCodeCache<Exports & { word?: string }>(plain, path.join(dir, "none.v8"), importHere);
      expect(second.accepted).toBe(true);
      for (const run of [first, second]) {
        expect(run.exports.sum(12)).toBe(reference.exports.sum(12));
        expect(run.exports.word).toBe(reference.exports.word);
        expect(await run.exports.platform()).toBe(await reference.exports.platform());
      }
    }
  });

  it("a file the script requires runs with a cache of its own when cacheOfRequired names one, written by the script's save()", () => {
    const dir = tempDirSync();
    const dependency = script(dir, 3);
    const main = path.join(dir, "main.cjs");
    writeFileSync(main, `const dependency = require("./${path.basename(dependency)}");\nexports.sum = (n) => dependency.sum(n) + 1;\nexports.same = () => require("./${path.basename(dependency)}") === dependency;\n`);
    const cacheOf = (required: string) => (required === dependency ? path.join(dir, "code", "b1-dependency.v8") : undefined);
    const run = () => runWithCodeCache<{ sum(n: number): number; same(): boolean }>(main, path.join(dir, "code", "b1-main.v8"), undefined, cacheOf);
    const first = run();
    expect(first.exports.same()).toBe(true);
    first.save();
    const written = readFileSync(path.join(dir, "code", "b1-dependency.v8"));
    expect(readCodeCache(path.join(dir, "code", "b1-dependency.v8"))).toBeInstanceOf(Buffer);
    // A later run (a new process would start with an empty require cache) takes both files.
    delete createRequire(main).cache[dependency];
    const second = run();
    expect(second.accepted).toBe(true);
    expect(second.exports.sum(9)).toBe(first.exports.sum(9));
    second.save();
    expect(readFileSync(path.join(dir, "code", "b1-dependency.v8")).equals(written)).toBe(true);
  });

  it("a folder that cannot be written is left alone, silently", () => {
    const dir = tempDirSync();
    const file = script(dir);
    writeFileSync(path.join(dir, "a-file"), "");
    const cache = path.join(dir, "a-file", "code", "b1-x.v8");
    const run = runWithCodeCache<Exports>(file, cache);
    expect(() => run.save()).not.toThrow();
    expect(existsSync(cache)).toBe(false);
    expect(writeCodeCache(cache, Buffer.from("data"))).toBe(false);
  });

  it("a folder nobody may write to (mode a-w) is left alone, by root too", () => {
    const dir = tempDirSync();
    const file = script(dir);
    const folder = path.join(dir, "shared");
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    try {
      // Whoever runs the test: root passes access(W_OK) on any folder, and must not take it as writable.
      runWithCodeCache<Exports>(file, path.join(folder, "b1-x.v8")).save();
      expect(existsSync(path.join(folder, "b1-x.v8"))).toBe(false);
      expect(writableFolder(folder, 0)).toBe(false);
      chmodSync(folder, 0o755);
      expect(writableFolder(folder, 0)).toBe(true);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it("names a cache file by the process's V8 flags, none by none", () => {
    expect(v8FlagsKey([], undefined)).toBe("");
    expect(v8FlagsKey([], "  ")).toBe("");
    const jitless = v8FlagsKey(["--jitless"], undefined);
    expect(jitless).toMatch(/^-flags[0-9a-f]{8}$/);
    expect(v8FlagsKey([], "--jitless")).toBe(jitless);
    expect(v8FlagsKey(["--max-old-space-size=300"], undefined)).not.toBe(jitless);
    expect(codeCacheFile("c", "b1", "score", jitless)).not.toBe(codeCacheFile("c", "b1", "score", ""));
  });

  it("writing a file removes those of other builds, not those of this one", () => {
    const dir = tempDirSync();
    const file = script(dir);
    const mine = codeCacheFile(dir, "aaaa", "score");
    const sibling = codeCacheFile(dir, "aaaa", "check");
    const old = codeCacheFile(dir, "bbbb", "score");
    for (const f of [sibling, old]) expect(writeCodeCache(f, Buffer.from("x"))).toBe(true);
    runWithCodeCache<Exports>(file, mine).save();
    expect([mine, sibling, old].map((f) => existsSync(f))).toEqual([true, true, false]);
  });

  it("knows every command by name (one cache file each)", () => {
    expect([...COMMAND_NAMES].sort()).toEqual(Object.keys(commandActions).sort());
  });
});
