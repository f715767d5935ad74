// The build step after tsc: writes the program's top-level help in each language, as main() prints
// it to a pipe (commander's default width, 80 columns), to dist/help.json. `grantsmith --help` is
// answered from there (src/quick.ts) without loading commander and the message catalogs.
import { spawnSync } from "node:child_process";
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist", "help.json");
const run = [
  'import { main } from "./dist/cli.js";',
  'import { commandActions } from "./dist/commands/index.js";',
  'process.exitCode = await main(["--help"], commandActions);',
].join("\n");

const help = {};
for (const lang of ["zh", "en"]) {
  // stdout is a pipe here, so commander wraps at its default width whatever terminal runs the build.
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", run], {
    cwd: root,
    env: { ...process.env, GRANTSMITH_LANG: lang },
    encoding: "utf8",
  });
  if (result.status !== 0 || result.stdout === "") {
    process.stderr.write(`build: the ${lang} help could not be written (exit ${result.status}):\n${result.stderr}`);
    process.exit(1);
  }
  help[lang] = result.stdout;
}
const temp = `${out}.${process.pid}.tmp`;
writeFileSync(temp, JSON.stringify(help));
renameSync(temp, out);
