// The entry point commands use: flags + environment + config files in, a ready ChatProvider (or the
// reason to work offline) out, with the one line the command prints on stderr.
import { cacheDir, CachingChatProvider, ResponseCache } from "./cache.js";
import { OpenAIChatProvider, type FetchFunction } from "./client.js";
import { resolveEndpoint, type EndpointFlags, type EndpointSettings, type OfflineReason } from "./config.js";
import { safeEndpoint } from "./errors.js";
import type { ChatProvider } from "./types.js";
import { t, uiLang } from "../i18n/index.js";

export type { EndpointFlags, OfflineReason } from "./config.js";

export type ModelChoice = { kind: "model"; provider: ChatProvider; describe: string };
export type ProviderChoice = { kind: "offline"; reason: OfflineReason } | ModelChoice;

/** How to configure a model, for every message that says none is configured (in this run's language). */
export function howToConfigureAModel(): string {
  return t("llm.howToConfigure");
}

/** The setting that asked for no model ("--offline", "provider offline in GRANTSMITH_PROVIDER"); undefined when none did. */
export function offlineSetting(reason: OfflineReason): string | undefined {
  switch (reason.because) {
    case "flag":
      return reason.flag;
    case "setting":
      return t("llm.offlineInSetting", { source: reason.source });
    case "unconfigured":
      return undefined;
  }
}

/** The line a command that works offline prints: why, and how to use a model instead. */
export function describeOffline(reason: OfflineReason): string {
  const setting = offlineSetting(reason);
  if (setting !== undefined) return t("llm.offlineBecause", { setting });
  return t("llm.offlineUnconfigured", { how: howToConfigureAModel() });
}

export interface ProviderExtras {
  /** A fetch for the openai client (tests, proxies). */
  fetch?: FetchFunction;
}

/** "model qwen-plus on dashscope (https://…/compatible-mode/v1)" — never the key. */
export function describeEndpoint(settings: EndpointSettings): string {
  const parts = [t("llm.usingModel", { model: settings.model, provider: settings.provider, endpoint: safeEndpoint(settings.baseURL) })];
  if (settings.chosenBecause) parts.push(t("llm.chosenBecause", { because: settings.chosenBecause }));
  if (!settings.cache) parts.push(t("llm.cacheOff"));
  return parts.join(uiLang() === "zh" ? "；" : "; ");
}

/**
 * Resolves the endpoint and builds its provider, wrapped in the response cache unless --no-cache,
 * GRANTSMITH_CACHE=none or `cache: false` turned it off. Throws InputError for a bad setting.
 */
export function createProvider(
  options: EndpointFlags,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
  extras: ProviderExtras = {},
): ProviderChoice {
  const resolved = resolveEndpoint(options, env, cwd);
  if (resolved.kind === "offline") return resolved;
  const base = new OpenAIChatProvider({
    provider: resolved.provider,
    model: resolved.model,
    baseURL: resolved.baseURL,
    apiKey: resolved.apiKey,
    apiKeySource: resolved.apiKeySource,
    timeoutMs: resolved.timeoutMs,
    maxRetries: resolved.maxRetries,
    fetch: extras.fetch,
  });
  const dir = resolved.cache ? cacheDir(env) : undefined;
  const provider = dir ? new CachingChatProvider(base, new ResponseCache(dir)) : base;
  return { kind: "model", provider, describe: describeEndpoint({ ...resolved, cache: dir !== undefined }) };
}
