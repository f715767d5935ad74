// What `npm run build` reads, as one hash, and the stamp the build leaves in dist/ saying which
// inputs it was built from. `npm test` (scripts/build-if-stale.js) builds only when the two differ,
// so a test run after a build (CI, or a developer who just built) does not build a second time.
//
// The hash is of contents, not modification times: a checkout, a rebase or an editor that saves an
// unchanged file must not make dist/ look current when it is not, nor stale when it is. The build
// writes the hash of its inputs as they were when it started (`begin`), and turns it into the stamp
// only when every step has succeeded (`end`); a failed or interrupted build leaves no stamp.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Folders the build reads: tsc compiles src/, the build scripts read templates/, prompts/ and rubrics/. */
export const INPUT_FOLDERS = ["src", "templates", "prompts", "rubrics", "scripts"];

/**
 * Files the build reads: the compiler settings, the build command itself, and the installed packages
 * (the bundle holds zod, yaml, commander, openai and the Handlebars runtime; npm rewrites
 * node_modules/.package-lock.json whenever it installs).
 */
export const INPUT_FILES = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "node_modules/.package-lock.json"];

export const STAMP = "dist/build-inputs.sha256";
const PENDING = "dist/build-inputs.pending";

/** Every file under `folder` of `root`, as root-relative paths with forward slashes, sorted. */
function filesUnder(root, folder) {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** The hash of the build's inputs under `root`: each file's path and content, and which inputs are absent. */
export function buildInputsHash(root) {
  const hash = createHash("sha256");
  const files = [...INPUT_FOLDERS.flatMap((folder) => filesUnder(root, folder)), ...INPUT_FILES];
  for (const file of files) {
    const full = path.join(root, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(full) ? readFileSync(full) : "\0absent\0");
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Whether dist/ under `root` needs a build: no stamp (never built, or the last build failed), or other inputs. */
export function buildIsStale(root) {
  const stamp = path.join(root, STAMP);
  if (!existsSync(stamp)) return true;
  return readFileSync(stamp, "utf8").trim() !== buildInputsHash(root);
}

/** The first build step: forgets the old stamp and notes the inputs this build starts from. */
export function beginBuild(root) {
  rmSync(path.join(root, STAMP), { force: true });
  mkdirSync(path.join(root, "dist"), { recursive: true });
  writeFileSync(path.join(root, PENDING), `${buildInputsHash(root)}\n`);
}

/** The last build step: every step before it succeeded, so dist/ is built from the noted inputs. */
export function endBuild(root) {
  renameSync(path.join(root, PENDING), path.join(root, STAMP));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
  const step = process.argv[2];
  if (step === "begin") beginBuild(root);
  else if (step === "end") endBuild(root);
  else {
    process.stderr.write(`build-stamp: expected "begin" or "end", got ${JSON.stringify(step)}\n`);
    process.exit(2);
  }
}
