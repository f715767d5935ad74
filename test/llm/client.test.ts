import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EndpointError, InterruptedError } from "../../src/errors.js";
import { OpenAIChatProvider, type ClientSettings } from "../../src/llm/client.js";
import { createProvider } from "../../src/llm/provider.js";
import { startLlmServer, type LlmServer } from "../helpers/llm-server.js";

const FAKE_KEY = "sk-grantsmith-test-KEY-7f3a9c";
let server: LlmServer;

beforeEach(async () => {
  server = await startLlmServer({
    项目背景: "社区内独居老人约三百人，【待补充：需求证据】。",
    "*": "Default answer from the test model.",
  });
});
afterEach(() => server.close());

function provider(overrides: Partial<ClientSettings> = {}): OpenAIChatProvider {
  return new OpenAIChatProvider({
    provider: "custom",
    model: "test-model",
    baseURL: server.baseURL,
    apiKey: FAKE_KEY,
    apiKeySource: "GRANTSMITH_API_KEY",
    timeoutMs: 5000,
    maxRetries: 0,
    ...overrides,
  });
}

describe("streaming chat through the openai client", () => {
  it("assembles the streamed text, counts usage and calls onDelta per piece", async () => {
    const pieces: string[] = [];
    const result = await provider().chat({
      messages: [
        { role: "system", content: "你是公益项目书写作助手。" },
        { role: "user", content: "请写项目背景与需求分析。" },
      ],
      temperature: 0.3,
      seed: 7,
      maxTokens: 800,
      onDelta: (text) => pieces.push(text),
    });
    expect(result.text).toBe("社区内独居老人约三百人，【待补充：需求证据】。");
    expect(result.cached).toBe(false);
    expect(result.finishReason).toBe("stop");
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(result.text);
    expect(result.usage.promptTokens).toBeGreaterThan(0);
    expect(result.usage.completionTokens).toBeGreaterThan(0);

    const [request] = server.chatRequests();
    expect(request!.body).toMatchObject({
      model: "test-model",
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.3,
      seed: 7,
      max_tokens: 800,
    });
    expect(request!.system).toBe("你是公益项目书写作助手。");
    expect(request!.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
    expect(request!.body.response_format).toBeUndefined();
  });

  it("reports the usage the endpoint sent in its final chunk", async () => {
    server.setHandler(() => ({ text: "ok", usage: { prompt_tokens: 1234, completion_tokens: 56 } }));
    const result = await provider().chat({ messages: [{ role: "user", content: "hi" }] });
    expect(result.usage).toEqual({ promptTokens: 1234, completionTokens: 56 });
  });

  it("works against a keyless local endpoint", async () => {
    const result = await provider({ apiKey: undefined, apiKeySource: undefined }).chat({ messages: [{ role: "user", content: "hi" }] });
    expect(result.text).toBe("Default answer from the test model.");
    expect(server.chatRequests()[0]!.headers.authorization).toBe("Bearer no-key");
  });

  it("is built by createProvider from flags and environment, with a one-line description", async () => {
    const choice = createProvider(
      { provider: "custom", baseUrl: server.baseURL, model: "test-model" },
      { GRANTSMITH_CONFIG: "none", GRANTSMITH_CACHE: "none", GRANTSMITH_API_KEY: FAKE_KEY },
      process.cwd(),
    );
    expect(choice.kind).toBe("model");
    if (choice.kind !== "model") return;
    expect(choice.describe).toContain("test-model");
    expect(choice.describe).toContain(server.baseURL);
    expect(choice.describe).not.toContain(FAKE_KEY);
    const result = await choice.provider.chat({ messages: [{ role: "user", content: "项目背景" }] });
    expect(result.text).toContain("独居老人");
  });
});

describe("JSON schema answers", () => {
  const jsonSchema = { name: "verdict", schema: { type: "object", properties: { score: { type: "number" } }, required: ["score"] } };

  it("asks for response_format json_schema", async () => {
    server.setHandler(() => '{"score": 4}');
    const result = await provider().chat({ messages: [{ role: "user", content: "judge" }], jsonSchema });
    expect(result.text).toBe('{"score": 4}');
    expect(server.chatRequests()[0]!.body.response_format).toEqual({ type: "json_schema", json_schema: jsonSchema });
  });

  it("falls back to plain text when the endpoint rejects json_schema, and remembers it", async () => {
    server.setHandler((request) =>
      request.body.response_format
        ? { status: 400, error: { message: "response_format type json_schema is not supported" } }
        : 'Here you go: {"score": 3}',
    );
    const chat = provider();
    const first = await chat.chat({ messages: [{ role: "user", content: "judge" }], jsonSchema });
    expect(first.text).toContain('{"score": 3}');
    expect(server.chatRequests().map((r) => Boolean(r.body.response_format))).toEqual([true, false]);
    await chat.chat({ messages: [{ role: "user", content: "judge again" }], jsonSchema });
    expect(server.chatRequests().map((r) => Boolean(r.body.response_format))).toEqual([true, false, false]);
  });
});

describe("interruptions and broken streams", () => {
  it("turns Ctrl-C during the stream into InterruptedError (exit 130)", async () => {
    server.setHandler(() => ({ text: "x".repeat(400), chunkSize: 4, stallAfterChunks: 1 }));
    const controller = new AbortController();
    const promise = provider().chat({
      messages: [{ role: "user", content: "long" }],
      signal: controller.signal,
      onDelta: () => controller.abort(),
    });
    await expect(promise).rejects.toBeInstanceOf(InterruptedError);
    await expect(promise).rejects.toMatchObject({ exitCode: 130 });
    // The abort stopped the stream: the client hung up before the server had sent the answer.
    expect(await server.chatRequests()[0]!.ended).toBe("closed by client");
  });

  it("turns Ctrl-C before the answer starts into InterruptedError", async () => {
    const controller = new AbortController();
    // Ctrl-C once the request has arrived, while the endpoint has not answered yet.
    server.setHandler(() => {
      controller.abort();
      return { text: "never sent", silent: true };
    });
    await expect(provider().chat({ messages: [{ role: "user", content: "slow" }], signal: controller.signal })).rejects.toBeInstanceOf(
      InterruptedError,
    );
  });

  it("fails with exit 3 when the connection drops mid-stream", async () => {
    server.setHandler(() => ({ text: "partial answer that never ends", chunkSize: 4, chunkDelayMs: 30, cutAfterChunks: 2 }));
    const error = await provider().chat({ messages: [{ role: "user", content: "cut" }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as EndpointError).exitCode).toBe(3);
    expect((error as EndpointError).message).toContain(server.baseURL);
    // The endpoint was reached: the message must not send the user off to check the base URL.
    expect((error as EndpointError).message).toMatch(/dropped the connection in the middle of an answer/);
    expect((error as EndpointError).message).not.toMatch(/check the base URL/);
  });

  it("says so when a base URL answers with something that is not a chat stream (a web page)", async () => {
    const page = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html><body>Welcome</body></html>");
    });
    await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
    try {
      const port = (page.address() as AddressInfo).port;
      const error = await provider({ baseURL: `http://127.0.0.1:${port}` })
        .chat({ messages: [{ role: "user", content: "hi" }] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EndpointError);
      expect((error as Error).message).toMatch(/not with an OpenAI-compatible stream; check the base URL/);
    } finally {
      await new Promise((resolve) => page.close(resolve));
    }
  });

  it("fails with exit 3 when the stream ends without finishing the answer", async () => {
    server.setHandler(() => ({ text: "partial answer", chunkSize: 4, cutAfterChunks: 2, cutMode: "end" }));
    const error = await provider().chat({ messages: [{ role: "user", content: "cut" }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toMatch(/cut off/);
  });

  it("gives up on a stream that goes quiet for longer than the timeout", async () => {
    server.setHandler(() => ({ text: "slow drip of text", chunkSize: 4, stallAfterChunks: 1 }));
    const error = await provider({ timeoutMs: 300 }).chat({ messages: [{ role: "user", content: "stall" }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toMatch(/stopped sending for 0\.3s.*--timeout/);
  });
});
