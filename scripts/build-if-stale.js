// `npm test`'s pretest: runs `npm run build` unless dist/ was built from the inputs as they are now
// (scripts/build-stamp.js). Tests spawn dist/, so a stale dist/ would test old code; a current one
// built again costs some 25 s of a two-core machine for nothing.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIsStale } from "./build-stamp.js";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

if (!buildIsStale(root)) {
  process.stderr.write("dist/ is built from the current sources; not building again.\n");
} else {
  // Under npm, npm_execpath is npm's own script: the same npm runs the build.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, "run", "build"], { cwd: root, stdio: "inherit" })
    : spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.error) throw result.error;
  process.exit(result.status ?? 1);
}
