// `grantsmith doctor [--ping]`: the model configuration as the other commands would resolve it, where
// each setting came from, whether the key's variable is set (never its value), whether the templates
// compile and the cache folder is writable, and with --ping whether the endpoint answers. The report
// goes to stdout; each problem is one line on stderr. Exit 0 all well, 2 a configuration problem,
// 3 the endpoint.
import { randomBytes } from "node:crypto";
import { access, constants, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DoctorOptions } from "../cli.js";
import { displayWidth } from "../cli-help.js";
import { EXIT, UserError } from "../errors.js";
import { LANGUAGES } from "../facts/fields.js";
import { t } from "../i18n/index.js";
import { cacheDir } from "../llm/cache.js";
import { resolveEndpoint, type EndpointSettings, type SettingSource } from "../llm/config.js";
import { safeEndpoint } from "../llm/errors.js";
import { PRESETS } from "../llm/presets.js";
import { createProvider, howToConfigureAModel, offlineSetting } from "../llm/provider.js";
import { compileLanguage } from "./templates.js";

/** One row of the report: a label, what was found, and where it came from. */
type Row = [label: string, value: string, source?: string];

interface Problem {
  code: number;
  message: string;
}

function describeSource(source: SettingSource): string {
  switch (source.from) {
    case "flag":
      return t("doctor.from.flag", { name: source.name });
    case "environment":
      return t("doctor.from.environment", { name: source.name });
    case "project file":
      return t("doctor.from.projectFile", { name: source.name });
    case "user file":
      return t("doctor.from.userFile", { name: source.name });
    case "default":
      return source.name ? t("doctor.from.presetDefault", { preset: source.name }) : t("doctor.from.default");
  }
}

function table(rows: Row[]): string[] {
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  const valueWidth = Math.max(...rows.map(([, value, source]) => (source ? displayWidth(value) : 0)));
  return rows.map(([label, value, source]) => {
    const head = `  ${label}${" ".repeat(width - displayWidth(label))}  ${value}`;
    return source ? `${head}${" ".repeat(valueWidth - displayWidth(value))}  ${source}` : head;
  });
}

const messageOf = (error: unknown): string =>
  error instanceof UserError ? [error.message, ...error.details].filter((line) => line.length > 0).join("\n") : String(error);

/** The key row: which variable holds it, or which variables were looked for. */
function keyRow(settings: EndpointSettings, env: NodeJS.ProcessEnv): Row {
  if (settings.apiKeySource) {
    return [t("doctor.row.apiKey"), t("doctor.key.set", { variable: settings.apiKeySource }), settings.sources?.apiKey && describeSource(settings.sources.apiKey)];
  }
  const looked = ["GRANTSMITH_API_KEY", PRESETS[settings.provider].keyEnv].filter((name): name is string => name !== undefined && !env[name]?.trim());
  return [t("doctor.row.apiKey"), t("doctor.key.notSet", { variables: looked.join(", ") })];
}

function modelRows(settings: EndpointSettings, env: NodeJS.ProcessEnv): Row[] {
  const from = (source: SettingSource | undefined) => (source ? describeSource(source) : undefined);
  const sources = settings.sources;
  return [
    [t("doctor.row.provider"), settings.provider, from(sources?.provider)],
    [t("doctor.row.model"), settings.model, from(sources?.model)],
    [t("doctor.row.baseURL"), safeEndpoint(settings.baseURL), from(sources?.baseURL)],
    keyRow(settings, env),
    [t("doctor.row.timeout"), t("doctor.seconds", { seconds: settings.timeoutMs / 1000 }), from(sources?.timeout)],
    [t("doctor.row.retries"), String(settings.maxRetries), from(sources?.maxRetries)],
    [t("doctor.row.cache"), settings.cache ? t("doctor.cache.on") : t("doctor.cache.off"), from(sources?.cache)],
  ];
}

/** Every template and prompt of every language compiles (what `templates --check` does). */
async function checkTemplates(problems: Problem[]): Promise<string> {
  let files = 0;
  let failed = false;
  for (const language of LANGUAGES) {
    try {
      for (const entry of await compileLanguage(language)) files += entry.files.length;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed = true;
      problems.push({ code: EXIT.usage, message: messageOf(error) });
    }
  }
  return failed ? t("doctor.templates.failed") : t("doctor.templates.ok", { files });
}

/** The cache folder takes a file (written and removed at once); a folder not made yet, that its parent would take one. */
async function checkCacheFolder(env: NodeJS.ProcessEnv, problems: Problem[]): Promise<string> {
  const dir = cacheDir(env);
  if (!dir) return t("doctor.cacheFolder.off");
  try {
    if (await stat(dir).catch(() => undefined)) {
      const probe = path.join(dir, `.doctor-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
      await writeFile(probe, "", { flag: "wx" });
      await rm(probe, { force: true });
      return t("doctor.cacheFolder.writable", { dir });
    }
    // The nearest folder that exists must be a folder, and one this user may create folders in.
    let parent = path.dirname(path.resolve(dir));
    let found = await stat(parent).catch(() => undefined);
    while (!found && path.dirname(parent) !== parent) {
      parent = path.dirname(parent);
      found = await stat(parent).catch(() => undefined);
    }
    if (found && !found.isDirectory()) throw Object.assign(new Error(`${parent} is a file`), { code: "ENOTDIR" });
    await access(parent, constants.W_OK);
    return t("doctor.cacheFolder.creatable", { dir });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    problems.push({ code: EXIT.usage, message: t("doctor.cacheFolder.problem", { dir, code }) });
    return t("doctor.cacheFolder.failed", { dir });
  }
}

/**
 * One tiny request, never answered from the cache, shaped as draft's are: no max_tokens or
 * temperature, which some endpoints refuse for some models, so the ping fails only where draft would.
 */
async function ping(options: DoctorOptions, env: NodeJS.ProcessEnv, problems: Problem[]): Promise<string> {
  const choice = createProvider({ ...options, cache: false }, env);
  if (choice.kind === "offline") return t("doctor.endpoint.nothing");
  try {
    await choice.provider.chat({ messages: [{ role: "user", content: "Reply with OK." }] });
    return t("doctor.endpoint.ok", { model: choice.provider.model });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    problems.push({ code: error.exitCode, message: messageOf(error) });
    return t("doctor.endpoint.failed");
  }
}

export async function doctorCommand(options: DoctorOptions, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const problems: Problem[] = [];
  const out: string[] = [t("doctor.title"), "", t("doctor.section.model")];

  let configured = false;
  try {
    const resolved = resolveEndpoint(options, env);
    if (resolved.kind === "model") {
      configured = true;
      out.push(...table(modelRows(resolved, env)));
    } else {
      const setting = offlineSetting(resolved.reason);
      out.push(`  ${setting === undefined ? t("doctor.offline.unconfigured") : t("doctor.offline.setting", { setting })}`);
      if (setting === undefined) out.push(`  ${t("doctor.howToConfigure", { how: howToConfigureAModel() })}`);
      if (options.ping) problems.push({ code: EXIT.usage, message: t("doctor.ping.noModel") });
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    out.push(`  ${t("doctor.config.problem")}`);
    problems.push({ code: EXIT.usage, message: messageOf(error) });
  }

  const checks: Row[] = [
    [t("doctor.row.templates"), await checkTemplates(problems)],
    [t("doctor.row.cacheFolder"), await checkCacheFolder(env, problems)],
    [
      t("doctor.row.endpoint"),
      !options.ping ? t("doctor.endpoint.notChecked") : configured ? await ping(options, env, problems) : t("doctor.endpoint.nothing"),
    ],
  ];
  out.push("", t("doctor.section.checks"), ...table(checks));
  if (problems.length === 0) out.push("", t("doctor.allWell"));
  process.stdout.write(out.join("\n") + "\n");

  if (problems.length > 0) {
    // A configuration problem comes first: the endpoint cannot be judged until the settings are right.
    const code = problems.some((problem) => problem.code === EXIT.usage) ? EXIT.usage : Math.max(...problems.map((problem) => problem.code));
    const [first, ...rest] = problems.map((problem) => problem.message);
    throw new UserError(first!, code, rest);
  }
}
