// The one interface every model call goes through. The openai-backed implementation lives in
// client.ts; tests and the offline path never need a network.
import { t } from "../i18n/index.js";
import { formatDecimal } from "../text/decimal.js";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  temperature?: number;
  /** Sent where the endpoint takes one, for repeatable judge answers. */
  seed?: number;
  maxTokens?: number;
  /** Ask for JSON that follows this schema (`response_format: json_schema`), where supported. */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  /** Called with each streamed piece of text as it arrives. */
  onDelta?: (text: string) => void;
  signal?: AbortSignal;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatResult {
  text: string;
  usage: TokenUsage;
  /** True when the answer came from the on-disk cache and no request was made. */
  cached: boolean;
  /** "stop", "length", … as the endpoint reported it. */
  finishReason?: string;
}

export interface ChatProvider {
  /** Preset name: openai, dashscope, deepseek, ollama, custom. */
  readonly provider: string;
  readonly model: string;
  /** The base URL, for messages ("https://dashscope.aliyuncs.com/compatible-mode/v1"). Never holds the key. */
  readonly endpoint: string;
  chat(request: ChatRequest): Promise<ChatResult>;
}

/** Running totals for the cost line every model-calling command prints. */
export class UsageMeter {
  requests = 0;
  cacheHits = 0;
  promptTokens = 0;
  completionTokens = 0;

  record(result: ChatResult): void {
    if (result.cached) {
      this.cacheHits++;
      return;
    }
    this.requests++;
    this.promptTokens += result.usage.promptTokens;
    this.completionTokens += result.usage.completionTokens;
  }

  toJSON() {
    return {
      requests: this.requests,
      cache_hits: this.cacheHits,
      prompt_tokens: this.promptTokens,
      completion_tokens: this.completionTokens,
    };
  }

  /** "model usage: 3 requests, …" in this run's language, for stderr. */
  usageLine(): string {
    return t("llm.usageLine", { requests: this.requests, prompt: this.promptTokens, completion: this.completionTokens, hits: this.cacheHits });
  }

  /** "3 requests, 1,204 prompt + 2,310 completion tokens, 2 cache hits" */
  summary(): string {
    const n = (v: number) => formatDecimal(v, 0, 3);
    return `${n(this.requests)} request${this.requests === 1 ? "" : "s"}, ${n(this.promptTokens)} prompt + ${n(this.completionTokens)} completion tokens, ${n(this.cacheHits)} cache hit${this.cacheHits === 1 ? "" : "s"}`;
  }
}
