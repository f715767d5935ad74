// `grantsmith init [FILE]`: write a commented facts file to fill in, pointing editors at the schema.
// `--interactive` (or no FILE on a terminal) asks for the essentials instead and writes a file that
// `check` accepts, then offers to draft it; `--org org.yaml` makes the file use a profile.
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { InitOptions } from "../cli.js";
import { EXIT, InputError, UserError } from "../errors.js";
import type { Kind, Language } from "../facts/schema.js";
import { t, uiLang } from "../i18n/index.js";
import { packagePath } from "../util/paths.js";
import { assertWritable, writeFileAtomic } from "../util/write-file.js";

const DEFAULT_FILE = "project.yaml";

/** The folder a facts file's project lives in: the nearest one up with package.json or .git, else the file's own. */
function projectRoot(folder: string): string {
  for (let current = folder; ; ) {
    if (existsSync(path.join(current, "package.json")) || existsSync(path.join(current, ".git"))) return current;
    const parent = path.dirname(current);
    if (parent === current) return folder;
    current = parent;
  }
}

/**
 * The first line: editors with the YAML language server complete and check fields from it. The
 * path is relative to the file, and only given when the schema lies inside the file's project
 * (grantsmith installed in its node_modules, or the file inside grantsmith's own checkout), so it
 * holds on another machine; a global install's path would not, and the package publishes no URL,
 * so the line then says how to put the schema beside the file instead.
 */
export function schemaComment(file: string, lang: Language, schema: string = packagePath("schema", "facts.schema.json")): string {
  const folder = path.dirname(path.resolve(file));
  const inProject = path.relative(projectRoot(folder), schema);
  if (inProject.startsWith("..") || path.isAbsolute(inProject)) return `# ${t("init.schemaHint", undefined, lang)}`;
  let relative = path.relative(folder, schema).split(path.sep).join("/");
  if (!relative.startsWith(".")) relative = `./${relative}`;
  return `# yaml-language-server: $schema=${relative}`;
}

async function readTemplate(lang: Language, name: string, kind: Kind, file: string): Promise<string> {
  const text = await readFile(packagePath("templates", "init", lang, name), "utf8");
  return text.replaceAll("{{kind}}", kind).replaceAll("{{file}}", path.basename(file));
}

export async function renderInitFile(file: string, lang: Language, kind: Kind, profile?: string): Promise<string> {
  let body = await readTemplate(lang, "base.yaml", kind, file);
  if (profile !== undefined) body = (await import("../init/render.js")).withProfile(body, profile, lang);
  if (kind !== "standard") body += await readTemplate(lang, `${kind}.yaml`, kind, file);
  return `${schemaComment(file, lang)}\n${body}`;
}

/** The --org profile as the new file names it: relative to its folder, inside it, "./" first. */
function profilePath(org: string, file: string): string {
  if (!existsSync(org) || !statSync(org).isFile()) throw new InputError(t("init.orgMissing", { org }));
  const folder = path.dirname(path.resolve(file));
  const relative = path.relative(folder, path.resolve(org));
  if (relative.startsWith("..") || path.isAbsolute(relative)) throw new InputError(t("init.orgOutside", { org, folder }));
  return `./${relative.split(path.sep).join("/")}`;
}

export async function initCommand(given: string | undefined, options: InitOptions): Promise<void> {
  const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const file = given ?? DEFAULT_FILE;
  // A facts file is YAML: one named .txt or .md is written, then read by check as a proposal.
  if (!/\.ya?ml$/i.test(file)) throw new InputError(t("init.notYaml", { file, suggested: `${file.replace(/\.[^./\\]*$/, "")}.yaml` }));
  const profile = options.org === undefined ? undefined : profilePath(options.org, file);
  if (options.interactive || (given === undefined && terminal)) {
    if (!process.stdin.isTTY) throw new InputError(t("init.notTerminal"));
    await interactiveInit(file, options, profile);
    return;
  }
  const content = await renderInitFile(file, options.lang, options.kind, profile);
  await writeFileAtomic(file, content, { force: options.force, elsewhere: t("init.anotherName") });
  process.stderr.write(`${t("init.wrote", { file }, options.lang)}\n`);
}

/** Asks, writes the answers as a commented file, checks it as `check` would, offers to draft it. */
async function interactiveInit(file: string, options: InitOptions, profile: string | undefined): Promise<void> {
  // The questions come in the UI language (--lang, GRANTSMITH_LANG, the locale), and so the facts.
  const lang = uiLang();
  // Refuse a file that cannot be written before the questions, not after them.
  await assertWritable(file, { force: options.force, elsewhere: t("init.anotherName") });
  const { interview } = await import("../init/interactive.js");
  const { renderAnswers } = await import("../init/render.js");
  let facts: Record<string, unknown>;
  try {
    facts = await interview({ file, lang, kind: options.kind, profile });
  } catch (error) {
    if ((error as Error)?.name === "ExitPromptError") throw new UserError(t("common.interrupted"), EXIT.interrupted);
    throw error;
  }
  const content = renderAnswers({
    facts,
    lang,
    kind: options.kind,
    template: await readTemplate(lang, "base.yaml", options.kind, file),
    kindTemplate: options.kind === "standard" ? undefined : await readTemplate(lang, `${options.kind}.yaml`, options.kind, file),
    schemaLine: schemaComment(file, lang),
  });
  await writeFileAtomic(file, content, { force: options.force, elsewhere: t("init.anotherName") });
  // What check says of the file; a problem here is reported like check's, with file:line:col.
  const loaded = await (await import("../facts/load.js")).loadFacts(file);
  process.stderr.write(`${t("init.wroteChecked", { file })}\n`);
  // What check would warn of (a period with a start but no end), with file:line and the fix.
  for (const warning of loaded.warnings) process.stderr.write(`${warning}\n`);
  const { confirm } = await import("@inquirer/prompts");
  const draft = await confirm({ message: t("init.ask.draft"), default: true }).catch((error: Error) => {
    if (error?.name === "ExitPromptError") return false;
    throw error;
  });
  if (!draft) return;
  const { draftCommand } = await import("./draft.js");
  await draftCommand([file], { offline: true, concurrency: 4, score: true, cache: true, format: "text" });
}
