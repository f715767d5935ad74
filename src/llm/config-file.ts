// The config file (grantsmith.config.yaml in the project, config.yaml under the user's config
// folder): its schema, where it is found, and loading with file:line:col errors.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { z } from "zod";
import { InputError } from "../errors.js";
import { t } from "../i18n/index.js";
import { parseWithSchema } from "../util/yaml-source.js";
import { PRESET_NAMES } from "./presets.js";

export const PROJECT_CONFIG_NAMES = ["grantsmith.config.yaml", "grantsmith.config.yml"] as const;

// The schemas are built on first use: most runs have no config file (building them cost every
// `check`, `draft` and `score` a tenth of its start-up).
// Only the *name* of a key variable may be stored: config files end up in git, keys must not.
// How `draft`/`export` set a .docx; every key is optional and falls back to the language's default.
const buildDocxSchema = () => z
  .strictObject({
    body_font: z.string().min(1).optional().describe("East Asian body font (default SimSun / 宋体 for zh, Calibri for en)"),
    heading_font: z.string().min(1).optional().describe("Heading font (default SimHei / 黑体 for zh)"),
    latin_font: z.string().min(1).optional().describe("Font for Latin letters and digits (default Times New Roman for zh)"),
    size: z.number().min(8).max(24).optional().describe("Body size in points (default 12 = 小四 for zh, 11 for en)"),
    line_spacing: z.number().min(1).max(3).optional().describe("Line spacing as a multiple (default 1.5 for zh, 1.15 for en)"),
    first_line_indent: z.number().min(0).max(4).optional().describe("First-line indent in characters (default 2 for zh, 0 for en)"),
    paper: z.enum(["A4", "Letter"]).optional().describe("Paper size (default A4; Letter for an English proposal budgeted in USD)"),
  })
  .describe("Typesetting of Word (.docx) output");

const buildConfigSchema = () => z
  .strictObject({
    provider: z.enum([...PRESET_NAMES, "offline"]).optional().describe("Provider preset, or offline"),
    model: z.string().min(1).optional().describe("Model name, e.g. qwen-plus, gpt-4o-mini, deepseek-chat, qwen2.5:7b"),
    base_url: z.url({ protocol: /^https?$/ }).optional().describe("OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1"),
    api_key_env: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "expected the name of an environment variable, e.g. MY_LLM_KEY")
      .optional()
      .describe("Name of the environment variable that holds the API key (never the key itself)"),
    timeout: z.number().positive().optional().describe("Seconds before a request is abandoned"),
    max_retries: z.int().min(0).max(10).optional().describe("Retries after a rate limit, server error or dropped connection"),
    cache: z.boolean().optional().describe("Reuse cached model responses (default true)"),
    docx: buildDocxSchema().optional(),
    materials_root: z.string().min(1).optional().describe("A folder, relative to this file, that facts files may take materials from besides their own folder"),
    materials_max_chars: z.int().positive().optional().describe("Characters of all materials together in one prompt (default 40000)"),
  })
  .describe("grantsmith configuration (grantsmith.config.yaml, or config.yaml under $XDG_CONFIG_HOME/grantsmith)");

let built: ReturnType<typeof buildConfigSchema> | undefined;
/** The config file's schema. */
export function configSchema(): ReturnType<typeof buildConfigSchema> {
  return (built ??= buildConfigSchema());
}

export type ConfigFile = z.output<ReturnType<typeof buildConfigSchema>>;

// Validation also catches the likely mistake of pasting a key into the file, with its own advice;
// the JSON Schema for editors stays without it.
const buildValidationSchema = () =>
  configSchema().extend({
    api_key: z
      .custom<never>(() => false, {
        message: "an API key does not belong in a config file (it ends up in git); put it in an environment variable and give that variable's name as api_key_env",
      })
      .optional(),
  });
let validation: ReturnType<typeof buildValidationSchema> | undefined;

export interface LoadedConfig {
  /** Where it was read from, as shown in messages. */
  file: string;
  config: ConfigFile;
}

/** JSON Schema of the config file, for `grantsmith schema config`. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema(), { target: "draft-2020-12" }) as Record<string, unknown>;
  return { ...schema, title: "grantsmith config" };
}

function display(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith("..") ? rel : file;
}

/** Reads and validates one config file; an empty file is an empty config. */
export function loadConfigFile(file: string, cwd: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(t("llm.cannotReadConfig", { file: display(file, cwd), code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const shown = display(file, cwd);
  const { value } = parseWithSchema((validation ??= buildValidationSchema()), shown, text);
  return { file: shown, config: value };
}

/** grantsmith.config.yaml in cwd or the nearest folder above it. */
export function findProjectConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of PROJECT_CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function userConfigPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "grantsmith", "config.yaml");
}

/**
 * The config files that apply, highest first: the project file, then the user file.
 * GRANTSMITH_CONFIG=none turns both off (tests use it so a developer's own config never leaks in);
 * GRANTSMITH_CONFIG=<file> uses that file alone.
 */
export function loadConfigFiles(env: NodeJS.ProcessEnv, cwd: string): { project?: LoadedConfig; user?: LoadedConfig } {
  const setting = env.GRANTSMITH_CONFIG?.trim();
  if (setting === "none") return {};
  if (setting) {
    const file = resolve(cwd, setting);
    if (!existsSync(file)) throw new InputError(t("llm.noConfigFile", { setting }));
    return { project: loadConfigFile(file, cwd) };
  }
  const projectFile = findProjectConfig(cwd);
  const userFile = userConfigPath(env);
  return {
    project: projectFile ? loadConfigFile(projectFile, cwd) : undefined,
    user: existsSync(userFile) ? loadConfigFile(userFile, cwd) : undefined,
  };
}
