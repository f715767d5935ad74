// One private folder for the whole run: TMPDIR, HOME and the XDG folders of every test process (and,
// through test/helpers/run-cli.ts, of every spawned binary) point into it, so a test can neither
// read a developer's config or cache nor leave anything in the system's temp folder. The teardown
// fails the run if a test left something there, then removes the folder.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PRESETS } from "../../src/llm/presets.js";

/**
 * Variables that choose a model, carry a key or change where grantsmith reads its config: ours,
 * the openai client's own (OPENAI_ORG_ID…), every preset's key and address variables (a new
 * preset's are covered by its table entry), and any other *_API_KEY.
 */
const PRESET_VARIABLES = new Set(Object.values(PRESETS).flatMap((p) => [p.keyEnv, p.baseUrlEnv].filter((v) => v !== undefined)));
const isProviderVariable = (name: string) => name.startsWith("GRANTSMITH_") || name.startsWith("OPENAI_") || name.endsWith("_API_KEY") || PRESET_VARIABLES.has(name);
/** Ours, kept: it points the end-to-end tests at another build of the CLI. */
const KEPT = new Set(["GRANTSMITH_E2E_CLI", "GRANTSMITH_TEST_RUN"]);

/** What is left in a folder, as paths from the run's folder: files, and folders with nothing in them. */
function leftIn(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const inside = entry.isDirectory() ? leftIn(full, root) : [];
    return inside.length > 0 ? inside : [path.relative(root, full)];
  });
}

export default function setup(): () => void {
  // Each vitest project runs the global setup; the first one makes the run's folder, the others
  // (already inside it) keep it, so a second folder is never made inside the first.
  if (process.env.GRANTSMITH_TEST_RUN) return () => undefined;
  const root = mkdtempSync(path.join(os.tmpdir(), "grantsmith-test-run-"));
  process.env.GRANTSMITH_TEST_RUN = root;
  const tmp = path.join(root, "tmp");
  const home = path.join(root, "home");
  mkdirSync(tmp);
  mkdirSync(home);
  for (const name of Object.keys(process.env)) {
    if (isProviderVariable(name) && !KEPT.has(name)) delete process.env[name];
  }
  // Test processes are forked after this runs and inherit these.
  Object.assign(process.env, {
    TMPDIR: tmp,
    TMP: tmp,
    TEMP: tmp,
    HOME: home,
    XDG_CACHE_HOME: path.join(home, ".cache"),
    XDG_CONFIG_HOME: path.join(home, ".config"),
    GRANTSMITH_CONFIG: "none",
    // In-process code caches nothing unless a test passes its own environment: no test can be
    // answered from what another file cached.
    GRANTSMITH_CACHE: "none",
  });

  return () => {
    const left = [tmp, home].flatMap((dir) => leftIn(dir, root));
    rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      process.exitCode = 1;
      throw new Error(
        `the tests left ${left.length} file(s) or empty folder(s) in the run's private temp and home folders (${left.slice(0, 5).join(", ")}${left.length > 5 ? ", …" : ""}); ` +
          "make them with tempDir()/tempDirSync() from test/helpers/temp.ts, or remove them in the test",
      );
    }
  };
}
