// The entry point commands use: flags + environment + config files in, a ready ChatProvider (or the
// reason to work offline) out, with the one line the command prints on stderr.
import { cacheDir, CachingChatProvider, ResponseCache } from "./cache.js";
import type { ClientSettings, FetchFunction } from "./client.js";
import { resolveEndpoint, type EndpointFlags, type EndpointSettings, type OfflineReason } from "./config.js";
import { safeEndpoint } from "./endpoint-url.js";
import type { EndpointContext } from "./errors.js";
import type OpenAI from "openai";
import type { ChatProvider, ChatRequest, ChatResult } from "./types.js";
import { rememberSecret } from "../util/secrets.js";
import { t, uiLang } from "../i18n/index.js";

export type { EndpointFlags, OfflineReason } from "./config.js";

export type ModelChoice = {
  kind: "model";
  provider: ChatProvider;
  describe: string;
  /** What a provider batch job needs (score --judge --batch); absent when the response cache is off. */
  batch?: BatchAccess;
};

export interface BatchAccess {
  cache: ResponseCache;
  /** The SDK's client for the files and batches endpoints, loaded when asked for. */
  client(): Promise<OpenAI>;
  context: EndpointContext;
}
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

/**
 * The why and how of a command's "needs a model" message: the command's own words for no model
 * configured, or for a setting that asked for none, and how to configure one.
 */
export function whyNoModel(reason: OfflineReason, words: { none: () => string; offline: (setting: string) => string }): { why: string; how: string } {
  const setting = offlineSetting(reason);
  return { why: setting === undefined ? words.none() : words.offline(setting), how: howToConfigureAModel() };
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
 * The OpenAI-compatible provider, with the SDK (about 60 modules) loaded at the first request: an
 * offline draft, a check or a cached answer never loads it.
 */
class LazyOpenAIChatProvider implements ChatProvider {
  readonly provider: string;
  readonly model: string;
  readonly endpoint: string;
  private client: Promise<ChatProvider> | undefined;

  constructor(private readonly settings: ClientSettings) {
    this.provider = settings.provider;
    this.model = settings.model;
    this.endpoint = safeEndpoint(settings.baseURL);
    // Known from the start, so that it is scrubbed from anything written before the first request.
    rememberSecret(settings.apiKey);
  }

  async chat(request: ChatRequest): Promise<ChatResult> {
    this.client ??= import("./client.js").then(({ OpenAIChatProvider }) => new OpenAIChatProvider(this.settings));
    return (await this.client).chat(request);
  }
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
  const settings: ClientSettings = {
    provider: resolved.provider,
    model: resolved.model,
    baseURL: resolved.baseURL,
    apiKey: resolved.apiKey,
    apiKeySource: resolved.apiKeySource,
    timeoutMs: resolved.timeoutMs,
    maxRetries: resolved.maxRetries,
    fetch: extras.fetch,
  };
  const base = new LazyOpenAIChatProvider(settings);
  const dir = resolved.cache ? cacheDir(env) : undefined;
  const cache = dir ? new ResponseCache(dir) : undefined;
  const provider = cache ? new CachingChatProvider(base, cache) : base;
  const choice: ModelChoice = { kind: "model", provider, describe: describeEndpoint({ ...resolved, cache: dir !== undefined }) };
  if (cache) {
    choice.batch = {
      cache,
      client: async () => (await import("./client.js")).createOpenAIClient(settings),
      context: {
        endpoint: resolved.baseURL,
        model: resolved.model,
        apiKeySource: resolved.apiKeySource,
        secrets: [resolved.apiKey],
        timeoutMs: resolved.timeoutMs,
        maxRetries: resolved.maxRetries,
      },
    };
  }
  return choice;
}
