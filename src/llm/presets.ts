// Provider presets: where each known OpenAI-compatible service lives, which model to use when none
// is named, and which environment variables hold its key and (optionally) its address. A new preset
// is one entry here: --provider, its help, the config schema and the messages take their names
// from this table.

export interface Preset {
  /** The entry's own key, for messages. */
  name: string;
  /** Human name for messages. */
  label: string;
  /** Default base URL; custom has none and needs --base-url. */
  baseURL?: string;
  /** Model used when none is configured; custom has none and needs --model. */
  defaultModel?: string;
  /** The provider's own key variable, e.g. DASHSCOPE_API_KEY. */
  keyEnv?: string;
  /** The provider's own base-URL variable, e.g. OPENAI_BASE_URL or OLLAMA_HOST. */
  baseUrlEnv?: string;
  /** Hosted services refuse requests without a key; local servers do not care. */
  needsKey: boolean;
  /** Its key variable, set with no provider or base URL named, chooses it (the first in this table wins). */
  chosenByKey?: boolean;
  /**
   * Requests the service takes at once before it queues or refuses them; a draft sends no more than
   * this. Unset: the hosted services' per-minute limits are far above one draft's dozen requests.
   */
  maxConcurrentRequests?: number;
}

const PRESET_TABLE = {
  openai: {
    name: "openai",
    label: "OpenAI",
    baseURL: "https://api.openai.com/v1",
    defaultModel: "gpt-4o-mini",
    keyEnv: "OPENAI_API_KEY",
    baseUrlEnv: "OPENAI_BASE_URL",
    needsKey: true,
    chosenByKey: true,
  },
  dashscope: {
    name: "dashscope",
    label: "Alibaba Cloud DashScope (Qwen, compatible mode)",
    baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1",
    defaultModel: "qwen-plus",
    keyEnv: "DASHSCOPE_API_KEY",
    baseUrlEnv: "DASHSCOPE_BASE_URL",
    needsKey: true,
    chosenByKey: true,
  },
  deepseek: {
    name: "deepseek",
    label: "DeepSeek",
    baseURL: "https://api.deepseek.com/v1",
    defaultModel: "deepseek-chat",
    keyEnv: "DEEPSEEK_API_KEY",
    baseUrlEnv: "DEEPSEEK_BASE_URL",
    needsKey: true,
    chosenByKey: true,
  },
  ollama: {
    name: "ollama",
    label: "Ollama (local)",
    baseURL: "http://127.0.0.1:11434/v1",
    defaultModel: "qwen2.5:7b",
    baseUrlEnv: "OLLAMA_HOST",
    needsKey: false,
    // Ollama answers OLLAMA_NUM_PARALLEL requests at once (4 by default on a machine with the
    // memory for it) and queues the rest; a queued request's wait counts against --timeout.
    maxConcurrentRequests: 4,
  },
  custom: {
    name: "custom",
    label: "custom OpenAI-compatible endpoint",
    needsKey: false,
  },
} satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESET_TABLE;
export const PRESETS: Record<PresetName, Preset> = PRESET_TABLE;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** The presets whose key variable, set on its own, chooses them (first match wins). */
export const KEY_VARIABLE_PRESETS: readonly PresetName[] = PRESET_NAMES.filter((name) => PRESETS[name].chosenByKey === true && PRESETS[name].keyEnv !== undefined);

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}

/**
 * OLLAMA_HOST is what the Ollama server listens on ("0.0.0.0", "127.0.0.1:11434",
 * "https://ollama.example.org"), not an API URL: turn it into one the way Ollama's own client
 * reads it (no scheme: http on port 11434; a scheme given: that scheme's usual port).
 */
export function ollamaHostToBaseURL(host: string): string {
  const raw = host.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
  const parsed = new URL(hasScheme ? raw : `http://${raw}`);
  if (!hasScheme && !parsed.port) parsed.port = "11434";
  // A server bound to every interface is reached on loopback.
  if (parsed.hostname === "0.0.0.0" || parsed.hostname === "[::]") parsed.hostname = "127.0.0.1";
  const path = parsed.pathname.replace(/\/+$/, "");
  return `${parsed.protocol}//${parsed.host}${path.endsWith("/v1") ? path : `${path}/v1`}`;
}

/** The preset whose default address a base URL points at (for a bare --base-url), else custom. */
export function presetForBaseURL(baseURL: string): PresetName {
  let host: string;
  try {
    host = new URL(baseURL).host.toLowerCase();
  } catch {
    return "custom";
  }
  for (const name of PRESET_NAMES) {
    const preset = PRESETS[name];
    if (name === "ollama" || !preset.baseURL) continue;
    if (new URL(preset.baseURL).host === host) return name;
  }
  return "custom";
}
