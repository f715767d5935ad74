// The build step after tsc and the other build scripts: bundles the CLI that bin/grantsmith.js runs
// into dist/bundle/ with esbuild. Loading the ~270 separate modules of dist/ (zod and yaml alone are
// 167 files) cost more start-up than running any light command; one ES module per entry, with code
// splitting, keeps every lazily imported part (each command, the report writers, the Word reader…)
// a lazy chunk of its own. The same program is also written as CommonJS scripts, one per command
// (main-<command>.cjs), which bin/grantsmith.js runs with V8's code cache when the cache folder is
// on (see below); a package such a script needs not at start is a vendor-<name>.cjs of its own
// beside it, required where first used (VENDORED). dist/ itself stays as tsc wrote it: tests, the
// build scripts and `bench:snapshot` of another checkout read it.
//
// The bundle's chunks all sit in dist/bundle/, two folders below the package root as dist/<area>/ is,
// so every `new URL("../../…", import.meta.url)` still finds templates/, rubrics/, prompts/ and
// dist/templates.compiled/, and the batch scorer's `./worker.js` is the worker entry here.
// Packages on the start-up path are bundled; the others (docx, mammoth, pdfjs, prompts, Handlebars'
// compiler…) are loaded from node_modules when a command uses them, as before. inputs.json says
// which package files each chunk holds, so a test can still see which packages a command loads.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { asciiSource } from "./ascii-source.js";
import { OWN_SCRIPT_COMMANDS, scriptName } from "../dist/commands/names.js";
import { SCRIPT_HEAD, SCRIPT_TAIL } from "../dist/util/code-cache.js";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist", "bundle");

/**
 * Packages a model request waits for: the openai client is a lazy chunk of its own, loaded at the
 * first request. From node_modules it was some 60 files to resolve and compile one by one (about
 * 45 ms of CPU, twice Node's own start); bundled, about 6 ms, and every section waits for it.
 */
const MODEL_PATH = ["openai"];

/**
 * Packages bundled in: what `check`, `draft --offline` and `score` load at start. Of Handlebars that
 * is the runtime (`handlebars/runtime.js`); its compiler is required at run time (createRequire,
 * which esbuild leaves alone) for a template that was not compiled at build time.
 */
const BUNDLED = new Set(["@commander-js/extra-typings", "commander", "zod", "yaml", "get-east-asian-width", "handlebars", ...MODEL_PATH]);

const packageName = (specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

/** Leaves every package not in BUNDLED (and node: built-ins) to be loaded from node_modules at run time. */
const externalPackages = {
  name: "external-packages",
  setup(esbuild) {
    // A bare specifier (not ./, ../, / or node:) names a package: bundled only when listed.
    esbuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:") || BUNDLED.has(packageName(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * zod's `locales` namespace holds its error messages in some 50 languages, 300 KB that every
 * command validating a file would parse; grantsmith writes its own messages from the issue codes
 * and never sets a zod locale, so only English (zod's default, which zod sets itself) is bundled.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";\n',
      loader: "js",
    }));
  },
};

/**
 * zod's fromJSONSchema (a JSON Schema read back into zod) copies every schema and check of zod into
 * an object of its own when zod is imported, some 2 ms of every command that validates; grantsmith
 * only ever writes JSON Schema (z.toJSONSchema), so the bundle has a stand-in that says so if called.
 */
const zodWithoutFromJsonSchema = {
  name: "zod-without-from-json-schema",
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/ }, () => ({
      contents: 'export function fromJSONSchema() {\n  throw new Error("grantsmith bundles zod without fromJSONSchema (scripts/bundle.js)");\n}\n',
      loader: "js",
    }));
  },
};

/**
 * commander requires node:child_process at start for the executable subcommands it can spawn; grantsmith
 * has none, and loading child_process (with net, dgram and their streams) costs about 3 ms of
 * every start. commander gets a stand-in whose spawn loads the real module on its first call.
 */
const commanderSpawnOnUse = {
  name: "commander-spawn-on-use",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "spawn-on-use" } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: "spawn-on-use" }, () => ({
      contents: 'exports.spawn = (...args) => require("node:child_process").spawn(...args);\n',
      loader: "js",
    }));
  },
};

/**
 * Packages kept out of the command scripts whose start does not run them (see below), each bundled
 * once as a CommonJS file of its own, dist/bundle/vendor-<name>.cjs, which a script requires where
 * it first needs it: the openai client at a model's first request, zod for a config file, a bad
 * facts file or a custom rubric. A script V8 reads, and takes a code cache for, at every start
 * thus holds only what starting the command runs: main-score.cjs was 2 MB, half of it these four.
 * Keyed by the specifier grantsmith imports.
 */
const VENDORED = {
  zod: "vendor-zod.cjs",
  openai: "vendor-openai.cjs",
  yaml: "vendor-yaml.cjs",
  "handlebars/runtime.js": "vendor-handlebars-runtime.cjs",
};

/**
 * The VENDORED packages grantsmith imports by name only (`import { z } from "zod"`): in a script
 * each is a stand-in with a getter for each name dist/ imports of it, which requires the vendor file
 * at the first use of any. check and draft import zod at start with the config file's loader
 * (src/llm/config-file.ts, whose callers are synchronous), and use it only when there is a config
 * file, a bad facts file or a custom rubric. Any other import of one (a default or namespace
 * import, import(), a re-export) stops the build: a stand-in could not answer it.
 */
const ON_USE = Object.fromEntries(["zod", "yaml"].map((name) => [name, new Set()]));
for (const file of readdirSync(path.join(root, "dist"), { recursive: true })) {
  if (!String(file).endsWith(".js") || String(file).startsWith("bundle")) continue;
  const text = readFileSync(path.join(root, "dist", String(file)), "utf8");
  for (const [pkg, names] of Object.entries(ON_USE)) {
    const quoted = `["']${pkg}["']`;
    for (const [, list] of text.matchAll(new RegExp(`^import \\{([^}]*)\\} from ${quoted};?$`, "gm"))) {
      for (const name of list.split(",").map((part) => part.trim().split(/\s+as\s+/)[0])) if (name && !name.startsWith("type ")) names.add(name);
    }
    const others = text.replace(new RegExp(`^import \\{[^}]*\\} from ${quoted};?$`, "gm"), "");
    if (new RegExp(`(?:from|import\\(|^import)\\s*${quoted}`, "m").test(others)) throw new Error(`bundle: dist/${file} imports ${pkg} otherwise than by its names (import { … } from "${pkg}")`);
  }
}

/**
 * What each command script keeps bundled of VENDORED: what the command runs at start. check and
 * draft read the facts with yaml; an offline draft renders with Handlebars' runtime.
 */
const STARTS_WITH = { check: ["yaml"], draft: ["yaml", "handlebars/runtime.js"], score: [] };

/**
 * In a command script, a VENDORED specifier the command does not start with is a module of its own
 * that hands on the vendor file: an ON_USE package's stand-in, else an ES module that re-exports
 * the file (a default import is the package's default, as it was bundled; the require is in the
 * init of the module that imports it, run only when that module is).
 */
const vendorFor = (command) => ({
  name: "vendor-files",
  setup(esbuild) {
    const kept = STARTS_WITH[command] ?? Object.keys(VENDORED);
    esbuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.namespace !== "vendor" && Object.hasOwn(VENDORED, args.path) && !kept.includes(args.path) ? { path: args.path, namespace: "vendor" } : undefined,
    );
    esbuild.onResolve({ filter: /^\.\/vendor-[\w-]+\.cjs$/, namespace: "vendor" }, (args) => ({ path: args.path, external: true }));
    esbuild.onLoad({ filter: /.*/, namespace: "vendor" }, (args) => {
      const file = JSON.stringify(`./${VENDORED[args.path]}`);
      const names = ON_USE[args.path] && [...ON_USE[args.path]].sort();
      if (names === undefined) return { contents: `import * as vendored from ${file};\nexport * from ${file};\nexport default vendored.default;\n`, loader: "js" };
      return {
        contents: `let vendored;\nfor (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => (vendored ??= require(${file}))[name] });\n`,
        loader: "js",
      };
    });
  },
});


/**
 * node:crypto (some fifteen modules of Node's own, about 2 ms) was required at the start of every
 * draft for the section fingerprints of src/draft/writers.ts, which an offline draft to stdout never
 * reads. In the command scripts it is a stand-in with a getter for each of its exports, which
 * requires the real module at the first use of any of them.
 */
const CRYPTO_EXPORTS = Object.keys(await import("node:crypto")).filter((name) => name !== "default");
const cryptoOnUse = {
  name: "crypto-on-use",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(?:node:)?crypto$/ }, (args) => (args.namespace === "crypto-on-use" ? { path: "node:crypto", external: true } : { path: "crypto", namespace: "crypto-on-use" }));
    esbuild.onLoad({ filter: /.*/, namespace: "crypto-on-use" }, () => ({
      contents: `for (const name of ${JSON.stringify(CRYPTO_EXPORTS)}) Object.defineProperty(exports, name, { enumerable: true, get: () => require("node:crypto")[name] });\n`,
      loader: "js",
    }));
  },
};

rmSync(out, { recursive: true, force: true });
// The CLI once more as CommonJS scripts for V8's code cache (src/util/code-cache.ts,
// src/cached-main.ts): Node 20 can hand V8 a cache only for a script run through node:vm, not for
// an ES module. check, draft and score each have a script of their own (dist/bundle/main-<command>.cjs)
// with the program's declaration (src/cli.ts) and that command's action, not the other commands'
// code: the command reads and hands V8 only its own code, where the whole program is 2.2 MB. The
// others' actions in such a script are src/commands/elsewhere.ts, which src/cached-main.ts never
// lets run (it picks the script of the command commander will run). main-other.cjs is the whole
// program, for every other command and a line without one.
// Dynamic imports of bundled modules become lazily run parts of the script; those of packages stay
// imports (below). import.meta.url is the script's own URL: it sits in dist/bundle/ as the chunks
// do, so the paths built from it are the same. main.id is a hash of the scripts and of the compiled
// templates they run the same way, which names their cache files: a rebuilt CLI never runs a stale cache.
const scriptEntry = (command) =>
  [
    'export { main } from "./dist/cli.js";',
    ...(command === undefined
      ? ['export { commandActions } from "./dist/commands/index.js";']
      : [
          'import { elsewhere } from "./dist/commands/elsewhere.js";',
          `import { ${command}Command } from "./dist/commands/${command}.js";`,
          `export const commandActions = { ...elsewhere, ${command}: ${command}Command };`,
        ]),
  ].join("\n") + "\n";
// A script run through node:vm may not call import() without an experimental flag (Node 20): each
// import() of a package or file becomes __import(), which src/util/code-cache.ts gives the script
// (an import() of its own module, in the same folder). Comments that mention import() are left.
const IMPORT_CALL = /(?<![\w$.])import\((?=["'`]|new URL\()/g;
/** Bundles `contents` (a module's text) into the CommonJS file dist/bundle/<name>; returns its text as written, ASCII only. */
async function commonJsFile(name, contents, options, rewrite = (text) => text) {
  const file = path.join(out, name);
  const built = await build({
    absWorkingDir: root,
    stdin: { contents, resolveDir: root, sourcefile: `${name}-entry.${options.entryExtension}` },
    outfile: file,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    metafile: true,
    legalComments: "eof",
    logLevel: "warning",
    ...options.esbuild,
  });
  const text = asciiSource(rewrite(readFileSync(file, "utf8")));
  writeFileSync(file, text);
  return { name, text, metafile: built.metafile };
}
const scripts = await Promise.all(
  [...OWN_SCRIPT_COMMANDS, undefined].map((command) => {
    const name = scriptName(command ?? "other");
    const esbuild = {
      define: { "import.meta.url": "__bundleUrl" },
      banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
      plugins: [vendorFor(command), cryptoOnUse, externalPackages, zodEnglishOnly, zodWithoutFromJsonSchema, commanderSpawnOnUse],
    };
    return commonJsFile(name, scriptEntry(command), { entryExtension: "js", esbuild }, (text) => {
      const rewritten = text.replace(IMPORT_CALL, "__import(");
      if (/(?<![\w$.])import\((?![)`])/.test(rewritten)) throw new Error(`bundle: ${name} has an import() that is not rewritten to __import()`);
      // Written as the function V8 compiles (src/util/code-cache.ts, scriptSource): read, it is that text as it is.
      return `${SCRIPT_HEAD}${rewritten}${SCRIPT_TAIL}`;
    });
  }),
);
// The vendor files, each a package as the scripts import it: its namespace, with a default export
// as a Node ES module sees the package's (module.exports for a CommonJS package: the entry is an
// .mjs), which the re-exporting module above hands on. Required as any CommonJS file (not run
// through node:vm), so an import() in one stays as it is.
const vendors = await Promise.all(
  Object.entries(VENDORED).map(([specifier, name]) =>
    commonJsFile(name, `export * from "${specifier}";\nexport { default } from "${specifier}";\n`, {
      entryExtension: "mjs",
      esbuild: { plugins: [externalPackages, zodEnglishOnly, zodWithoutFromJsonSchema] },
    }),
  ),
);
// The compiled templates' scripts are named by the same id: the command scripts run them with the code cache too.
const templatesDir = path.join(root, "dist", "templates.compiled");
const mainHash = createHash("sha256");
for (const script of [...scripts, ...vendors]) mainHash.update(script.name).update(script.text);
for (const name of readdirSync(templatesDir).filter((file) => file.endsWith(".cjs")).sort()) mainHash.update(name).update(readFileSync(path.join(templatesDir, name)));
const mainId = mainHash.digest("hex").slice(0, 16);
writeFileSync(path.join(out, "main.id"), `${mainId}\n`);

// What bin/grantsmith.js loads first, each one file sharing no chunk with the rest: --version and
// --help load two modules (bin/grantsmith.js and quick.js) instead of five, and a command run from
// the code cache three before its script.
const quick = await build({
  absWorkingDir: root,
  entryPoints: { quick: "dist/quick.js", "cached-main": "dist/cached-main.js" },
  outdir: out,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  metafile: true,
  logLevel: "warning",
  plugins: [externalPackages],
});

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: "dist/cli.js", commands: "dist/commands/index.js", worker: "dist/score/batch/worker.js" },
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunk-[hash]",
  metafile: true,
  legalComments: "eof",
  // commander is CommonJS and requires node:events and the like: give each chunk a require.
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);' },
  logLevel: "warning",
  plugins: [externalPackages, zodEnglishOnly, zodWithoutFromJsonSchema, commanderSpawnOnUse],
});
// Which dist/ modules each chunk holds, for tests that ask what a command loaded.
const inputs = Object.fromEntries(
  [quick.metafile, result.metafile, ...[...scripts, ...vendors].map((script) => script.metafile)]
    .flatMap((metafile) => Object.entries(metafile.outputs))
    .filter(([file]) => file.endsWith(".js") || file.endsWith(".cjs"))
    .map(([file, output]) => [path.basename(file), Object.keys(output.inputs).sort()]),
);
writeFileSync(path.join(out, "inputs.json"), JSON.stringify(inputs, null, 1) + "\n");
