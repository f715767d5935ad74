// Which endpoint, model and key to use. Highest first: flags, GRANTSMITH_* variables, the provider's
// own variables (OPENAI_API_KEY, DASHSCOPE_API_KEY, OLLAMA_HOST…), the project config file, the user
// config file, then the preset's defaults.
import { InputError } from "../errors.js";
import { t } from "../i18n/index.js";
import { loadConfigFiles, type ConfigFile, type LoadedConfig } from "./config-file.js";
import {
  isPresetName,
  KEY_VARIABLE_PRESETS,
  ollamaHostToBaseURL,
  PRESET_NAMES,
  PRESETS,
  presetForBaseURL,
  type PresetName,
} from "./presets.js";

/** The endpoint options every model-calling command takes (commander's camel-cased names). */
export interface EndpointFlags {
  provider?: string;
  model?: string;
  baseUrl?: string;
  apiKeyEnv?: string;
  /** Seconds. */
  timeout?: number;
  maxRetries?: number;
  /** False with --no-cache. */
  cache?: boolean;
  offline?: boolean;
}

export interface EndpointSettings {
  kind: "model";
  provider: PresetName;
  model: string;
  baseURL: string;
  /** Undefined for keyless local endpoints. */
  apiKey?: string;
  /** Where the key came from ("DASHSCOPE_API_KEY"), for messages; never the key. */
  apiKeySource?: string;
  timeoutMs: number;
  maxRetries: number;
  cache: boolean;
  /** Why this provider was chosen when nothing named it ("DASHSCOPE_API_KEY is set"). */
  chosenBecause?: string;
  /** Where each setting came from, for `grantsmith doctor`. */
  sources?: SettingSources;
}

/** Where one setting came from: the kind of place, and the flag, variable or file setting it. */
export interface SettingSource {
  from: "flag" | "environment" | "project file" | "user file" | "default";
  /** "--model", "GRANTSMITH_MODEL", "grantsmith.config.yaml: model"; for a preset's default its name, for grantsmith's own "". */
  name: string;
}

export interface SettingSources {
  provider: SettingSource;
  baseURL: SettingSource;
  model: SettingSource;
  /** Where the name of the key's variable came from; undefined when no key is used. */
  apiKey?: SettingSource;
  timeout: SettingSource;
  maxRetries: SettingSource;
  cache: SettingSource;
}

/** Why no model is called, for each command to say in its own words (provider.ts has the sentences). */
export type OfflineReason =
  /** --offline or --provider offline on the command line. */
  | { because: "flag"; flag: "--offline" | "--provider offline" }
  /** provider: offline in GRANTSMITH_PROVIDER or a config file ("GRANTSMITH_PROVIDER", "<file>: provider"). */
  | { because: "setting"; source: string }
  /** Nothing names a provider, a base URL or a provider's key. */
  | { because: "unconfigured" };

export type ResolvedEndpoint = EndpointSettings | { kind: "offline"; reason: OfflineReason };

export const DEFAULT_TIMEOUT_SECONDS = 120;
export const DEFAULT_MAX_RETRIES = 2;

/** One source of settings, with the name messages use for it. */
interface Layer {
  source: string;
  provider?: string;
  model?: string;
  baseURL?: string;
  apiKeyEnv?: string;
}

const nonEmpty = (value: string | undefined): string | undefined => (value && value.trim() ? value.trim() : undefined);

function configLayer(loaded: LoadedConfig | undefined): Layer | undefined {
  if (!loaded) return undefined;
  const c: ConfigFile = loaded.config;
  return { source: loaded.file, provider: c.provider, model: c.model, baseURL: c.base_url, apiKeyEnv: c.api_key_env };
}

function checkProvider(name: string, source: string): PresetName | "offline" {
  if (name === "offline" || isPresetName(name)) return name;
  const where = source === "flags" ? `--provider ${name}` : `${source}: provider ${name}`;
  throw new InputError(t("llm.unknownProvider", { where, names: [...PRESET_NAMES, "offline"].join(", ") }));
}

function checkBaseURL(url: string, source: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(t("llm.notAURL", { source, url }));
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InputError(t("llm.notHttp", { source, url }));
  }
  return url.replace(/\/+$/, "");
}

function sameHost(a: string, b: string | undefined): boolean {
  if (!b) return false;
  try {
    return new URL(a).host === new URL(b).host;
  } catch {
    return false;
  }
}

function numberFromEnv(env: NodeJS.ProcessEnv, name: string, integer: boolean): number | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const ok = integer ? Number.isInteger(n) && n >= 0 && n <= 10 : Number.isFinite(n) && n > 0;
  if (!ok) {
    const setting = `${name}=${raw}`;
    throw new InputError(integer ? t("llm.expectedRetries", { setting }) : t("llm.expectedSeconds", { setting }));
  }
  return n;
}

/** Resolves flags, environment and config files into one endpoint, or the reason to stay offline. */
export function resolveEndpoint(flags: EndpointFlags, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ResolvedEndpoint {
  if (flags.offline || flags.provider === "offline") {
    return { kind: "offline", reason: { because: "flag", flag: flags.offline ? "--offline" : "--provider offline" } };
  }
  const files = loadConfigFiles(env, cwd);
  const layers: Layer[] = [
    { source: "flags", provider: nonEmpty(flags.provider), model: nonEmpty(flags.model), baseURL: nonEmpty(flags.baseUrl), apiKeyEnv: nonEmpty(flags.apiKeyEnv) },
    {
      source: "environment",
      provider: nonEmpty(env.GRANTSMITH_PROVIDER),
      model: nonEmpty(env.GRANTSMITH_MODEL),
      baseURL: nonEmpty(env.GRANTSMITH_BASE_URL),
    },
    configLayer(files.project),
    configLayer(files.user),
  ].filter((layer): layer is Layer => layer !== undefined);

  const sourceName = (layer: Layer, field: string) =>
    layer.source === "flags" ? `--${field}` : layer.source === "environment" ? `GRANTSMITH_${field.replace(/-/g, "_").toUpperCase()}` : `${layer.source}: ${field.replace(/-/g, "_")}`;

  // 1. The provider: named somewhere, implied by a base URL, or implied by a key variable.
  let provider: PresetName | undefined;
  let chosenBecause: string | undefined;
  const named = layers.find((layer) => layer.provider !== undefined);
  if (named) {
    const name = checkProvider(named.provider!, named.source === "environment" ? "GRANTSMITH_PROVIDER" : named.source);
    if (name === "offline") return { kind: "offline", reason: { because: "setting", source: sourceName(named, "provider") } };
    provider = name;
  } else {
    const withURL = layers.find((layer) => layer.baseURL !== undefined);
    if (withURL) {
      provider = presetForBaseURL(checkBaseURL(withURL.baseURL!, sourceName(withURL, "base-url")));
    } else {
      const byKey = KEY_VARIABLE_PRESETS.find((name) => nonEmpty(env[PRESETS[name].keyEnv!]) !== undefined);
      if (byKey) {
        provider = byKey;
        chosenBecause = t("llm.keyVariableIsSet", { variable: PRESETS[byKey].keyEnv! });
      }
    }
  }
  if (!provider) {
    return { kind: "offline", reason: { because: "unconfigured" } };
  }
  const preset = PRESETS[provider];

  // A layer that names a different provider speaks about that provider: its model and base URL
  // must not leak into this one (a config for ollama must not send qwen2.5:7b to DeepSeek).
  const relevant = layers.filter((layer) => layer.provider === undefined || layer.provider === provider);
  const [flagLayer, envLayer] = [relevant.find((l) => l.source === "flags"), relevant.find((l) => l.source === "environment")];
  const fileLayers = relevant.filter((l) => l.source !== "flags" && l.source !== "environment");

  // 2. The base URL.
  let baseURL: string | undefined;
  let baseSource = "";
  const pick = (layer: Layer | undefined) => {
    if (baseURL === undefined && layer?.baseURL !== undefined) {
      baseSource = sourceName(layer, "base-url");
      baseURL = checkBaseURL(layer.baseURL, baseSource);
    }
  };
  pick(flagLayer);
  pick(envLayer);
  const presetURLVar = preset.baseUrlEnv ? nonEmpty(env[preset.baseUrlEnv]) : undefined;
  if (baseURL === undefined && presetURLVar !== undefined) {
    baseSource = preset.baseUrlEnv!;
    let url = presetURLVar;
    if (provider === "ollama") {
      try {
        url = ollamaHostToBaseURL(presetURLVar);
      } catch {
        throw new InputError(t("llm.badOllamaHost", { value: presetURLVar }));
      }
    }
    baseURL = checkBaseURL(url, baseSource);
  }
  for (const layer of fileLayers) pick(layer);
  baseURL ??= preset.baseURL;
  if (!baseURL) {
    throw new InputError(t("llm.customNeedsBaseURL"));
  }

  // 3. The model.
  const model = relevant.find((layer) => layer.model !== undefined)?.model ?? preset.defaultModel;
  if (!model) {
    throw new InputError(t("llm.noModel", { baseURL }));
  }

  // 4. The key: only its source is ever shown.
  let apiKey: string | undefined;
  let apiKeySource: string | undefined;
  const fromVariable = (name: string, namedIn: string) => {
    const value = nonEmpty(env[name]);
    if (value === undefined) throw new InputError(t("llm.keyVariableUnset", { namedIn, name }));
    apiKey = value;
    apiKeySource = name;
  };
  if (flagLayer?.apiKeyEnv) fromVariable(flagLayer.apiKeyEnv, `--api-key-env ${flagLayer.apiKeyEnv}`);
  else if (nonEmpty(env.GRANTSMITH_API_KEY)) [apiKey, apiKeySource] = [nonEmpty(env.GRANTSMITH_API_KEY), "GRANTSMITH_API_KEY"];
  else if (preset.keyEnv && nonEmpty(env[preset.keyEnv])) [apiKey, apiKeySource] = [nonEmpty(env[preset.keyEnv]), preset.keyEnv];
  else {
    const fileKey = fileLayers.find((layer) => layer.apiKeyEnv !== undefined);
    if (fileKey) fromVariable(fileKey.apiKeyEnv!, `${fileKey.source}: api_key_env`);
  }
  // A hosted service needs a key; the same preset pointed at a local server (OPENAI_BASE_URL) may not.
  if (!apiKey && preset.needsKey && sameHost(baseURL, preset.baseURL)) {
    throw new InputError(t("llm.needsKey", { label: preset.label, keyEnv: preset.keyEnv ?? "GRANTSMITH_API_KEY" }));
  }

  // 5. Limits and the cache.
  const fileConfigs = [files.project?.config, files.user?.config];
  const timeoutSeconds =
    flags.timeout ?? numberFromEnv(env, "GRANTSMITH_TIMEOUT", false) ?? fileConfigs.find((c) => c?.timeout !== undefined)?.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  const maxRetries =
    flags.maxRetries ??
    numberFromEnv(env, "GRANTSMITH_MAX_RETRIES", true) ??
    fileConfigs.find((c) => c?.max_retries !== undefined)?.max_retries ??
    DEFAULT_MAX_RETRIES;
  const cacheSetting = fileConfigs.find((c) => c?.cache !== undefined)?.cache;
  const cache = flags.cache !== false && nonEmpty(env.GRANTSMITH_CACHE) !== "none" && cacheSetting !== false;

  // 6. Where each of those came from, in the order they were looked for above.
  const fromLayer = (layer: Layer, field: string): SettingSource => ({
    from: layer.source === "flags" ? "flag" : layer.source === "environment" ? "environment" : layer.source === files.project?.file ? "project file" : "user file",
    name: sourceName(layer, field),
  });
  // The preset's defaults name the preset; grantsmith's own (timeout, retries, cache) name none.
  const byDefault: SettingSource = { from: "default", name: provider };
  const grantsmithDefault: SettingSource = { from: "default", name: "" };
  const urlLayer = layers.find((layer) => layer.baseURL !== undefined);
  const baseLayer = [flagLayer, envLayer, ...fileLayers].find((layer) => layer !== undefined && sourceName(layer, "base-url") === baseSource);
  const modelLayer = relevant.find((layer) => layer.model !== undefined);
  const keyLayer = flagLayer?.apiKeyEnv ? flagLayer : fileLayers.find((layer) => layer.apiKeyEnv === apiKeySource);
  const fileSetting = (key: "timeout" | "max_retries" | "cache"): SettingSource | undefined => {
    const loaded = [files.project, files.user].find((file) => file?.config[key] !== undefined);
    return loaded && { from: loaded === files.project ? "project file" : "user file", name: `${loaded.file}: ${key}` };
  };
  const limitSource = (byFlag: boolean, flag: string, byVariable: boolean, variable: string, key: "timeout" | "max_retries" | "cache"): SettingSource =>
    byFlag ? { from: "flag", name: flag } : byVariable ? { from: "environment", name: variable } : (fileSetting(key) ?? grantsmithDefault);
  const sources: SettingSources = {
    provider: named
      ? fromLayer(named, "provider")
      : chosenBecause
        ? { from: "environment", name: preset.keyEnv! }
        : fromLayer(urlLayer!, "base-url"),
    baseURL: baseLayer ? fromLayer(baseLayer, "base-url") : baseSource ? { from: "environment", name: baseSource } : byDefault,
    model: modelLayer ? fromLayer(modelLayer, "model") : byDefault,
    apiKey:
      apiKeySource === undefined
        ? undefined
        : keyLayer
          ? { ...fromLayer(keyLayer, "api-key-env"), name: keyLayer === flagLayer ? `--api-key-env ${apiKeySource}` : `${keyLayer.source}: api_key_env` }
          : { from: "environment", name: apiKeySource },
    timeout: limitSource(flags.timeout !== undefined, "--timeout", nonEmpty(env.GRANTSMITH_TIMEOUT) !== undefined, "GRANTSMITH_TIMEOUT", "timeout"),
    maxRetries: limitSource(flags.maxRetries !== undefined, "--max-retries", nonEmpty(env.GRANTSMITH_MAX_RETRIES) !== undefined, "GRANTSMITH_MAX_RETRIES", "max_retries"),
    cache: limitSource(flags.cache === false, "--no-cache", nonEmpty(env.GRANTSMITH_CACHE) === "none", "GRANTSMITH_CACHE", "cache"),
  };

  return {
    kind: "model",
    provider,
    model,
    baseURL,
    apiKey,
    apiKeySource,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    maxRetries,
    cache,
    chosenBecause,
    sources,
  };
}

export { configJsonSchema, configSchema } from "./config-file.js";
