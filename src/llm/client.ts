// The one place the official openai client is built, and the ChatProvider that streams through it.
import { formatWithOptions } from "node:util";
import OpenAI, { APIConnectionError, APIError, BadRequestError, UnprocessableEntityError, type ClientOptions } from "openai";
import type { ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from "openai/resources/chat/completions";
import { EndpointError, InterruptedError, UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { rememberSecret, scrubKnownSecrets } from "../util/secrets.js";
import { safeEndpoint, scrubSecrets, toEndpointError, type EndpointContext } from "./errors.js";
import type { EndpointSettings } from "./config.js";
import { chatBody } from "./request-body.js";
import type { ChatProvider, ChatRequest, ChatResult, TokenUsage } from "./types.js";

export type FetchFunction = NonNullable<ClientOptions["fetch"]>;

/** What the client needs of the resolved endpoint, plus a fetch that tests and proxies may supply. */
export type ClientSettings = Pick<EndpointSettings, "model" | "baseURL" | "apiKey" | "apiKeySource" | "timeoutMs" | "maxRetries"> & {
  /** Preset name, for ChatProvider.provider. */
  provider: string;
  fetch?: FetchFunction;
};

// The SDK refuses to start without a key; keyless local servers ignore whatever is sent.
const KEYLESS_PLACEHOLDER = "no-key";

/** Characters of one answer; a proposal section is a few thousand, a runaway model never stops. */
export const ANSWER_MAX_CHARS = 200_000;

/** An answer longer than ANSWER_MAX_CHARS, twice: an error of the section that asked for it (exit 3). */
export class AnswerTooLargeError extends EndpointError {
  constructor(endpoint: string, readonly limit: number = ANSWER_MAX_CHARS) {
    super(t("llm.answerTooLarge", { at: endpoint, thousands: Math.round(limit / 1000) }));
    this.name = "AnswerTooLargeError";
  }
}

/** Cut off in mid-stream once it passed the cap; retried once by chat(). */
class OversizeAnswer extends Error {}

/**
 * The SDK's own log (OPENAI_LOG=debug) goes to stderr, scrubbed, one call per line; stdout carries
 * only the product. Its "could not parse" lines are dropped: the failure is reported as one line.
 */
function sdkLogger(secrets: readonly (string | undefined)[]) {
  const write = (message: unknown, ...rest: unknown[]) => {
    const text = formatWithOptions({ breakLength: Infinity }, message, ...rest);
    if (/^(Could not parse message into JSON|From chunk):/.test(text)) return;
    process.stderr.write(`${scrubSecrets(text, secrets).replace(/\n/g, " ")}\n`);
  };
  return { debug: write, info: write, warn: write, error: write };
}

export function createOpenAIClient(settings: ClientSettings): OpenAI {
  return new OpenAI({
    baseURL: settings.baseURL,
    apiKey: settings.apiKey ?? KEYLESS_PLACEHOLDER,
    maxRetries: settings.maxRetries,
    timeout: settings.timeoutMs,
    logger: sdkLogger([settings.apiKey]),
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
  });
}

/** Streams chat completions from any OpenAI-compatible endpoint. */
export class OpenAIChatProvider implements ChatProvider {
  readonly provider: string;
  readonly model: string;
  readonly endpoint: string;
  private readonly client: OpenAI;
  private readonly context: EndpointContext;
  /** Set once the endpoint has rejected response_format json_schema, so later calls skip it. */
  private jsonSchemaRejected = false;

  constructor(private readonly settings: ClientSettings) {
    this.provider = settings.provider;
    this.model = settings.model;
    this.endpoint = safeEndpoint(settings.baseURL);
    this.client = createOpenAIClient(settings);
    rememberSecret(settings.apiKey);
    this.context = {
      answered: 0,
      endpoint: settings.baseURL,
      model: settings.model,
      apiKeySource: settings.apiKeySource,
      secrets: [settings.apiKey],
      timeoutMs: settings.timeoutMs,
      maxRetries: settings.maxRetries,
    };
  }

  async chat(request: ChatRequest): Promise<ChatResult> {
    if (request.signal?.aborted) throw new InterruptedError();
    try {
      if (request.jsonSchema && !this.jsonSchemaRejected) {
        try {
          return await this.streamBounded(request, true);
        } catch (error) {
          // Many compatible servers do not know json_schema; the caller extracts JSON from text instead.
          if (!(error instanceof BadRequestError || error instanceof UnprocessableEntityError)) throw error;
          this.jsonSchemaRejected = true;
        }
      }
      return await this.streamBounded(request, false);
    } catch (error) {
      if (request.signal?.aborted) throw new InterruptedError();
      throw toEndpointError(error, this.context);
    }
  }

  /** One answer, its text free of the key; an oversized one is asked for once more, then an error. */
  private async streamBounded(request: ChatRequest, withSchema: boolean): Promise<ChatResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await this.stream(request, withSchema);
        this.context.answered = (this.context.answered ?? 0) + 1;
        return { ...result, text: scrubKnownSecrets(result.text) };
      } catch (error) {
        if (!(error instanceof OversizeAnswer)) throw error;
        if (attempt >= 1) throw new AnswerTooLargeError(this.endpoint);
      }
    }
  }

  private params(request: ChatRequest, withSchema: boolean): ChatCompletionCreateParamsStreaming {
    return { ...chatBody(this.model, request, withSchema), stream: true, stream_options: { include_usage: true } };
  }

  private async stream(request: ChatRequest, withSchema: boolean): Promise<ChatResult> {
    // Our own controller: it follows the caller's signal and also fires when the stream goes quiet,
    // because the SDK's timeout only covers the wait for the response headers.
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    request.signal?.addEventListener("abort", onAbort, { once: true });
    let idle: NodeJS.Timeout | undefined;
    let stalled = false;
    const armIdleTimer = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        stalled = true;
        controller.abort();
      }, this.settings.timeoutMs);
    };

    let text = "";
    let finishReason: string | undefined;
    let usage: TokenUsage | undefined;
    let answering = false;
    let chunks = 0;
    try {
      const stream = await this.client.chat.completions.create(this.params(request, withSchema), { signal: controller.signal });
      answering = true;
      armIdleTimer();
      for await (const chunk of stream as AsyncIterable<ChatCompletionChunk>) {
        chunks++;
        armIdleTimer();
        if (chunk.usage) {
          usage = { promptTokens: chunk.usage.prompt_tokens ?? 0, completionTokens: chunk.usage.completion_tokens ?? 0 };
        }
        const choice = chunk.choices?.[0];
        if (!choice) continue;
        const piece = choice.delta?.content;
        if (piece) {
          text += piece;
          if (text.length > ANSWER_MAX_CHARS) {
            controller.abort();
            throw new OversizeAnswer();
          }
          request.onDelta?.(piece);
        }
        if (choice.finish_reason) finishReason = choice.finish_reason;
      }
    } catch (error) {
      if (error instanceof OversizeAnswer) throw error;
      if (stalled) throw this.stalledError();
      // The SDK's JSON.parse of an event: the server speaks something else than the protocol.
      if (error instanceof SyntaxError && !request.signal?.aborted) {
        throw new EndpointError(t("llm.malformedStream", { at: this.endpoint }));
      }
      // The endpoint was reached and had started answering: a dropped connection now is not a
      // wrong base URL, whatever the socket error says.
      const dropped = error instanceof APIConnectionError || !(error instanceof APIError || error instanceof UserError);
      if (answering && !request.signal?.aborted && dropped) {
        throw new EndpointError(t("llm.droppedMidAnswer", { at: this.endpoint }));
      }
      throw error;
    } finally {
      clearTimeout(idle);
      request.signal?.removeEventListener("abort", onAbort);
    }
    // An abort ends the SDK's stream quietly, so the loop's normal end must be checked too.
    if (request.signal?.aborted) throw new InterruptedError();
    if (stalled) throw this.stalledError();
    if (chunks === 0) {
      throw new EndpointError(t("llm.notAStream", { at: this.endpoint }));
    }
    if (finishReason === undefined) {
      throw new EndpointError(t("llm.cutOff", { at: this.endpoint }));
    }
    return { text, usage: usage ?? { promptTokens: 0, completionTokens: 0 }, cached: false, finishReason };
  }

  private stalledError(): EndpointError {
    const seconds = Math.round(this.settings.timeoutMs / 100) / 10;
    return new EndpointError(t("llm.stalled", { at: this.endpoint, seconds }));
  }
}
