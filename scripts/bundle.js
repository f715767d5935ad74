// The build step after tsc and the other build scripts: bundles the CLI that bin/grantsmith.js runs
// into dist/bundle/ with esbuild. Loading the ~270 separate modules of dist/ (zod and yaml alone are
// 167 files) cost more start-up than running any light command; one ES module per entry, with code
// splitting, keeps every lazily imported part (each command, the report writers, the Word reader…)
// a lazy chunk of its own. dist/ itself stays as tsc wrote it: tests, the build scripts and
// `bench:snapshot` of another checkout read it.
//
// The bundle's chunks all sit in dist/bundle/, two folders below the package root as dist/<area>/ is,
// so every `new URL("../../…", import.meta.url)` still finds templates/, rubrics/, prompts/ and
// dist/templates.compiled/, and the batch scorer's `./worker.js` is the worker entry here.
// Packages on the start-up path are bundled; the others (docx, mammoth, pdfjs, prompts, Handlebars'
// compiler…) are loaded from node_modules when a command uses them, as before. inputs.json says
// which package files each chunk holds, so a test can still see which packages a command loads.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

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

rmSync(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { quick: "dist/quick.js", cli: "dist/cli.js", commands: "dist/commands/index.js", worker: "dist/score/batch/worker.js" },
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
  plugins: [
    {
      // zod's index re-exports every locale it has (`z.locales`, 60-odd files, half the package's
      // bundled size) for z.config(); grantsmith says its messages itself and uses zod's English only,
      // which zod registers from its en.js directly. Parsing the other locales cost every command
      // that validates about 8 ms of CPU.
      name: "zod-english-only",
      setup(esbuild) {
        esbuild.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: "js" }));
      },
    },
    {
      name: "external-packages",
      setup(esbuild) {
        // A bare specifier (not ./, ../, / or node:) names a package: bundled only when listed.
        esbuild.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith("node:") || BUNDLED.has(packageName(args.path))) return undefined;
          return { path: args.path, external: true };
        });
      },
    },
  ],
});
// Which dist/ modules each chunk holds, for tests that ask what a command loaded.
const inputs = Object.fromEntries(
  Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith(".js"))
    .map(([file, output]) => [path.basename(file), Object.keys(output.inputs).sort()]),
);
writeFileSync(path.join(out, "inputs.json"), JSON.stringify(inputs, null, 1) + "\n");
