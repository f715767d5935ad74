// The build step after tsc: compiles every built-in template and prompt (templates/**/*.hbs,
// prompts/**/*.hbs) with the CLI's own Handlebars options (dist/templating/handlebars.js) and writes
// them, each with the text it was compiled from, to dist/templates.compiled/<group>.js, one module
// per top folder and language, the offline narratives apart (templates-zh.js, templates-zh-offline.js,
// prompts-en.js…: compiledGroup). At run time a built-in template whose file still has that text is
// taken from there (no compiler loaded); a changed one, or a user's template folder, is compiled then.
// A template that does not compile fails the build with its file:line:col on stderr and exit code 1.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { precompileTemplate } from "../dist/templating/handlebars.js";
import { compiledGroup, templateError } from "../dist/templating/template-file.js";
import { asciiSource } from "./ascii-source.js";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist", "templates.compiled");

/** Every .hbs file under `dir`, as package-relative paths with forward slashes, sorted. */
function templatesIn(dir) {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".hbs"))
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** Each group's entries, by group. */
const entries = new Map();
const problems = [];
for (const file of [...templatesIn("templates"), ...templatesIn("prompts")]) {
  const source = readFileSync(path.join(root, file), "utf8");
  try {
    const entry = `  ${JSON.stringify(file)}: { source: ${JSON.stringify(source)}, spec: ${precompileTemplate(source)} },`;
    const group = compiledGroup(file);
    entries.set(group, [...(entries.get(group) ?? []), entry]);
  } catch (error) {
    problems.push(templateError(file, error, "does not compile").message);
  }
}
if (problems.length > 0) {
  process.stderr.write(`${problems.join("\n")}\nbuild: the templates above do not compile\n`);
  process.exit(1);
}
// Written to a new folder first, which replaces the old one once every group is written.
const temp = `${out}.${process.pid}.tmp`;
rmSync(temp, { recursive: true, force: true });
mkdirSync(temp);
// Each group twice: an ES module, and a CommonJS script that the CLI run from V8's code cache
// (a command's script, dist/bundle/main-<command>.cjs) loads with a cache of its own (src/templating/template-file.ts).
const HEADER = "// Written by scripts/compile-templates.js at build time; do not edit.\n";
for (const [group, lines] of entries) {
  const body = `{\n${lines.join("\n")}\n};\n`;
  writeFileSync(path.join(temp, `${group}.js`), `${HEADER}export const PRECOMPILED = ${body}`);
  writeFileSync(path.join(temp, `${group}.cjs`), asciiSource(`${HEADER}exports.PRECOMPILED = ${body}`));
}
rmSync(out, { recursive: true, force: true });
renameSync(temp, out);
// The one module of every group that builds before this wrote.
rmSync(path.join(root, "dist", "templates.compiled.js"), { force: true });
