// The entry point commands use: flags + environment + config files in, a ready ChatProvider (or the
// reason to work offline) out, with the one line the command prints on stderr.
import { cacheDir, CachingChatProvider, ResponseCache } from "./cache.js";
import { OpenAIChatProvider, type FetchFunction } from "./client.js";
import { resolveEndpoint, type EndpointFlags, type EndpointSettings } from "./config.js";
import { safeEndpoint } from "./errors.js";
import type { ChatProvider } from "./types.js";

export type { EndpointFlags } from "./config.js";

export type ProviderChoice =
  | { kind: "offline"; reason: string }
  | { kind: "model"; provider: ChatProvider; describe: string };

export interface ProviderExtras {
  /** A fetch for the openai client (tests, proxies). */
  fetch?: FetchFunction;
}

/** "model qwen-plus on dashscope (https://…/compatible-mode/v1)" — never the key. */
export function describeEndpoint(settings: EndpointSettings): string {
  const parts = [`using model ${settings.model} on ${settings.provider} (${safeEndpoint(settings.baseURL)})`];
  if (settings.chosenBecause) parts.push(`chosen because ${settings.chosenBecause}; --provider picks another`);
  if (!settings.cache) parts.push("cache off");
  return parts.join("; ");
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
