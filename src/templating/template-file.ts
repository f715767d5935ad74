// Loading one template file through the shared Handlebars environment, with errors that name the
// file and line. Used by the document templates, the judge prompts and the revise prompts alike.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../errors.js";
import { compileTemplate, errorPosition, templateFromSpec, type TemplateFn } from "./handlebars.js";
import { t } from "../i18n/index.js";
import { cacheDir } from "../util/cache-dir.js";
import { codeCacheFile, runWithCodeCache } from "../util/code-cache.js";
import { packagePath } from "../util/paths.js";

/** Both src/templating/ and dist/templating/ sit two levels below the package root. */
const PACKAGE_ROOT = path.resolve(fileURLToPath(new URL("../../", import.meta.url)));

/** What scripts/compile-templates.js writes: each built-in template's text and compiled form. */
type Precompiled = Record<string, { source: string; spec: unknown }>;
const groups = new Map<string, Promise<Precompiled>>();

/**
 * The module a built-in template is compiled into, by its first two folders: templates/zh/… →
 * "templates-zh". An offline Chinese draft loads the Chinese document templates only (all of them
 * with every prompt were a module of nearly 1 MB, as costly to load as Node's start). The offline
 * narratives are a group of their own (templates/zh/offline/… → "templates-zh-offline"): a model's
 * draft renders the document without them.
 */
export function compiledGroup(file: string): string {
  const folders = file.split("/");
  return folders.slice(0, folders[2] === "offline" ? 3 : 2).join("-");
}

/**
 * A group from V8's code cache, when the CLI itself runs from it (a command's script,
 * dist/bundle/main-<command>.cjs, which bin/grantsmith.js runs only with the cache folder on): compiling a group's 200 KB of template
 * functions cost an offline draft some 7 ms of CPU per group, every run. Its cache is written at
 * exit, with the template functions the command rendered; undefined when it cannot be used.
 */
function cachedGroup(group: string): Precompiled | undefined {
  if (!/\/main-[\w-]+\.cjs$/.test(import.meta.url)) return undefined;
  const cache = cacheDir();
  if (cache === undefined) return undefined;
  try {
    const buildId = readFileSync(packagePath("dist/bundle/main.id"), "utf8").trim();
    const script = runWithCodeCache<{ PRECOMPILED: Precompiled }>(packagePath(`dist/templates.compiled/${group}.cjs`), codeCacheFile(cache, buildId, group));
    process.once("exit", () => script.save());
    return script.exports.PRECOMPILED;
  } catch {
    return undefined;
  }
}

/** The built-in templates of `file`'s group compiled at build time; none when the package is not built. */
function builtTemplates(file: string): Promise<Precompiled> {
  const group = compiledGroup(file);
  let built = groups.get(group);
  if (!built) {
    const cached = cachedGroup(group);
    built = cached !== undefined
      ? Promise.resolve(cached)
      : import(new URL(`../../dist/templates.compiled/${group}.js`, import.meta.url).href).then(
          (module: { PRECOMPILED: Precompiled }) => module.PRECOMPILED,
          () => ({}),
        );
    groups.set(group, built);
  }
  return built;
}

/** `file:line:col: template <what>: <message>`, with Handlebars' parse errors said plainly. */
export function templateError(file: string, error: unknown, what: string): InputError {
  const { line, col } = errorPosition(error);
  const where = line === undefined ? file : col === undefined ? `${file}:${line}` : `${file}:${line}:${col}`;
  const full = error instanceof Error ? error.message : String(error);
  let message = full.split("\n")[0]!.replace(/ - \d+:\d+$/, "");
  if (/^Parse error/.test(message)) {
    const got = /got '([^']+)'/.exec(full)?.[1];
    message = t("output.templateSyntax") + (got ? t("output.templateUnexpected", { got: got === "EOF" ? t("output.templateUnclosed") : got }) : "");
  }
  return new InputError(t("output.templateError", { where, what, message }));
}

/**
 * Reads and compiles `file` (relative to the package root `root`). A built-in template comes
 * compiled from the build, unless its file has changed since; any other folder is compiled now.
 */
export async function compileTemplateFile(root: string, file: string): Promise<TemplateFn> {
  let text: string;
  try {
    text = await readFile(path.join(root, file), "utf8");
  } catch {
    throw new InputError(t("output.templateMissing", { file }));
  }
  if (path.resolve(root) === PACKAGE_ROOT) {
    const built = (await builtTemplates(file))[file];
    if (built && built.source === text) return templateFromSpec(built.spec);
  }
  try {
    return compileTemplate(text);
  } catch (error) {
    throw templateError(file, error, t("output.templateDoesNotCompile"));
  }
}

/** Renders with trailing spaces trimmed; a render error names the file. */
export function renderTemplateFile(fn: TemplateFn, file: string, context: unknown): string {
  try {
    return fn(context).replace(/[ \t]+$/gm, "").trim();
  } catch (error) {
    throw templateError(file, error, t("output.templateFailedToRender"));
  }
}
