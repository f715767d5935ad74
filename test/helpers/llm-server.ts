// A local OpenAI-compatible server for tests: POST /v1/chat/completions (streaming SSE with a final
// usage chunk and `data: [DONE]`, or one JSON answer) and GET /v1/models, on 127.0.0.1 with an
// ephemeral port. Plain node:http, no test framework, so end-to-end tests of the built binary can
// use it too. Every request body is recorded for assertions.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ChatMessageBody {
  role: string;
  content: string | { type: string; text?: string }[];
}

export interface ChatBody {
  model?: string;
  messages?: ChatMessageBody[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name: string; schema?: unknown } };
  temperature?: number;
  seed?: number;
  max_tokens?: number;
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body ({} for a GET or a body that is not JSON). */
  body: ChatBody;
  /** Text of the last user message, "" when there is none. */
  lastUser: string;
  /** Text of the system message, "" when there is none. */
  system: string;
  /**
   * How the exchange ended: "completed" when the whole answer was sent, "closed by client" when the
   * client went away first (an abort). Settles when the connection closes.
   */
  ended: Promise<"completed" | "closed by client">;
}

export interface ReplySpec {
  /** The answer's text. */
  text?: string;
  /**
   * Reasoning sent beside the answer as `reasoning_content` (DeepSeek's API, vLLM's reasoning
   * parser): streamed in deltas before the content, or in the message of a non-streamed answer.
   */
  reasoningContent?: string;
  /** Answer with this HTTP status and an OpenAI-style error body instead. */
  status?: number;
  error?: { message: string; type?: string; code?: string | null };
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** Wait this long before answering at all. */
  delayMs?: number;
  /**
   * Answer nothing, not even the headers, and keep the connection open until the client gives up:
   * an endpoint that never answers, whatever the machine's speed (where a long delayMs would race).
   */
  silent?: boolean;
  /** Wait this long between streamed chunks. */
  chunkDelayMs?: number;
  /** Characters per streamed chunk (default 8). */
  chunkSize?: number;
  /**
   * Stop the stream after this many content chunks: "destroy" drops the connection, "end" closes the
   * response cleanly but without a finish_reason or [DONE].
   */
  cutAfterChunks?: number;
  cutMode?: "destroy" | "end";
  /**
   * After this many content chunks send nothing more and keep the connection open until the client
   * gives up: a stream that goes quiet, whatever the machine's speed.
   */
  stallAfterChunks?: number;
  finishReason?: string;
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Leave out the usage chunk even when stream_options.include_usage asks for it. */
  omitUsage?: boolean;
  /** Send this as the whole response body instead of an answer, with `status` (default 200) and `headers`. */
  rawBody?: string;
}

export type Reply = string | ReplySpec;
export type LlmHandler = (request: RecordedRequest) => Reply | Promise<Reply>;
/** Route on text: the first key found in the last user message wins; "*" is the fallback. */
export type LlmRoutes = Record<string, Reply>;

export interface LlmServer {
  /** e.g. http://127.0.0.1:41234/v1 */
  baseURL: string;
  port: number;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  /** Only the chat-completion requests. */
  chatRequests(): RecordedRequest[];
  /** Settles once `count` chat-completion requests have arrived (at once if they have). */
  chatRequestsArrived(count: number): Promise<void>;
  setHandler(handler: LlmHandler | LlmRoutes): void;
  close(): Promise<void>;
}

export interface LlmServerOptions {
  /** Model ids GET /v1/models lists. */
  models?: string[];
  /**
   * More routes (the files and batches endpoints of test/helpers/batch-server.ts): called with
   * every request that is not a chat completion or the model list; true when it answered.
   */
  extraRoutes?: (request: RecordedRequest, raw: Buffer, res: ServerResponse, answer: LlmHandler) => boolean | Promise<boolean>;
}

function messageText(message: ChatMessageBody | undefined): string {
  if (!message) return "";
  if (typeof message.content === "string") return message.content;
  return message.content.map((part) => part.text ?? "").join("");
}

function routeHandler(routes: LlmRoutes): LlmHandler {
  return (request) => {
    for (const [needle, reply] of Object.entries(routes)) {
      if (needle !== "*" && request.lastUser.includes(needle)) return reply;
    }
    return routes["*"] ?? `[test model] no route matched: ${request.lastUser.slice(0, 60)}`;
  };
}

const defaultHandler: LlmHandler = (request) => `[test model] reply to: ${request.lastUser.slice(0, 60)}`;
const estimateTokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sendError(res: ServerResponse, status: number, error: ReplySpec["error"], headers: Record<string, string> = {}): void {
  const body = {
    error: {
      message: error?.message ?? `test server error ${status}`,
      type: error?.type ?? (status >= 500 ? "server_error" : "invalid_request_error"),
      param: null,
      code: error?.code ?? null,
    },
  };
  // Retries are the SDK's business; tell it to retry at once so tests stay fast.
  res.writeHead(status, { "content-type": "application/json", "retry-after-ms": "1", ...headers });
  res.end(JSON.stringify(body));
}

export async function startLlmServer(handler: LlmHandler | LlmRoutes = defaultHandler, options: LlmServerOptions = {}): Promise<LlmServer> {
  let current: LlmHandler = typeof handler === "function" ? handler : routeHandler(handler);
  const requests: RecordedRequest[] = [];
  const models = options.models ?? ["test-model"];
  let counter = 0;
  const isChat = (r: RecordedRequest) => r.method === "POST" && r.path.endsWith("/chat/completions");
  const chatRequests = () => requests.filter(isChat);
  /** Who waits for how many chat requests (chatRequestsArrived). */
  let waiting: Array<{ count: number; arrived: () => void }> = [];

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString("utf8");
    let body: ChatBody = {};
    try {
      body = raw ? (JSON.parse(raw) as ChatBody) : {};
    } catch {
      body = {};
    }
    const path = (req.url ?? "/").split("?")[0]!;
    const messages = body.messages ?? [];
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      headers: req.headers,
      body,
      lastUser: messageText([...messages].reverse().find((m) => m.role === "user")),
      system: messageText(messages.find((m) => m.role === "system")),
      ended: new Promise((resolve) => res.once("close", () => resolve(res.writableFinished ? "completed" : "closed by client"))),
    };
    requests.push(recorded);
    if (isChat(recorded)) {
      const total = chatRequests().length;
      for (const waiter of waiting) if (total >= waiter.count) waiter.arrived();
      waiting = waiting.filter((waiter) => total < waiter.count);
    }

    if (req.method === "GET" && path.endsWith("/models")) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ object: "list", data: models.map((id) => ({ id, object: "model", created: 0, owned_by: "test" })) }));
      return;
    }
    if (!(req.method === "POST" && path.endsWith("/chat/completions")) && options.extraRoutes && (await options.extraRoutes(recorded, bytes, res, current))) return;
    if (req.method !== "POST" || !path.endsWith("/chat/completions")) {
      sendError(res, 404, { message: `no route ${req.method} ${path}` });
      return;
    }

    let reply: ReplySpec;
    try {
      const answer = await current(recorded);
      reply = typeof answer === "string" ? { text: answer } : answer;
    } catch (error) {
      sendError(res, 500, { message: `test handler failed: ${(error as Error).message}` });
      return;
    }
    if (reply.silent) {
      await new Promise<void>((resolve) => res.once("close", () => resolve()));
      return;
    }
    if (reply.delayMs) await sleep(reply.delayMs);
    if (res.destroyed) return;
    if (reply.rawBody !== undefined) {
      res.writeHead(reply.status ?? 200, { "content-type": "text/event-stream", "retry-after-ms": "1", ...reply.headers });
      res.end(reply.rawBody);
      return;
    }
    if (reply.status && reply.status >= 400) {
      sendError(res, reply.status, reply.error, reply.headers);
      return;
    }

    const id = `chatcmpl-test-${++counter}`;
    const model = body.model ?? models[0]!;
    const text = reply.text ?? "";
    const promptText = messages.map(messageText).join("\n");
    const usage = reply.usage ?? { prompt_tokens: estimateTokens(promptText), completion_tokens: estimateTokens(text) };
    const finishReason = reply.finishReason ?? "stop";
    const created = Math.floor(Date.now() / 1000);

    if (!body.stream) {
      res.writeHead(200, { "content-type": "application/json", ...reply.headers });
      res.end(
        JSON.stringify({
          id,
          object: "chat.completion",
          created,
          model,
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: text, ...(reply.reasoningContent ? { reasoning_content: reply.reasoningContent } : {}) },
              finish_reason: finishReason,
              logprobs: null,
            },
          ],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        }),
      );
      return;
    }

    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive", ...reply.headers });
    const send = (data: unknown) => res.write(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
    const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
      id,
      object: "chat.completion.chunk",
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    });
    const size = Math.max(1, reply.chunkSize ?? 8);
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));

    send(chunk({ role: "assistant", content: "" }, null));
    const reasoning = reply.reasoningContent ?? "";
    for (let i = 0; i < reasoning.length; i += size) {
      if (res.destroyed || res.writableEnded) return;
      send(chunk({ content: null, reasoning_content: reasoning.slice(i, i + size) }, null));
    }
    for (let i = 0; i < pieces.length; i++) {
      if (reply.cutAfterChunks !== undefined && i >= reply.cutAfterChunks) {
        if (reply.cutMode === "end") res.end();
        else res.destroy();
        return;
      }
      if (reply.stallAfterChunks !== undefined && i >= reply.stallAfterChunks) {
        await new Promise<void>((resolve) => res.once("close", () => resolve()));
        return;
      }
      if (reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
      // The client went away (an abort): stop writing.
      if (res.destroyed || res.writableEnded) return;
      send(chunk({ content: pieces[i] }, null));
    }
    if (reply.cutAfterChunks !== undefined && reply.cutAfterChunks >= pieces.length && reply.cutMode === "end") {
      res.end();
      return;
    }
    send(chunk({}, finishReason));
    if (body.stream_options?.include_usage && !reply.omitUsage) {
      send({ id, object: "chat.completion.chunk", created, model, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
    }
    send("[DONE]");
    res.end();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    chatRequests,
    chatRequestsArrived(count) {
      if (chatRequests().length >= count) return Promise.resolve();
      return new Promise<void>((arrived) => waiting.push({ count, arrived }));
    },
    setHandler(next) {
      current = typeof next === "function" ? next : routeHandler(next);
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/**
 * A stand-in for a model's section answer: short, but a few sentences, so a draft keeps it at once
 * rather than asking again for a thin answer (src/draft/thin-answer.ts). `lead` opens it.
 */
export function sectionAnswer(lead: string, language: "zh" | "en"): string {
  return language === "zh"
    ? `${lead}根据事实撰写的正文。这一部分说明项目做什么、为谁做。数字均以项目信息文件为准。`
    : `${lead}The narrative written from the facts. It says what the project does and for whom. Every figure comes from the facts file.`;
}
