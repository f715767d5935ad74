import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { APIError } from "openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EndpointError, UserError } from "../../src/errors.js";
import { OpenAIChatProvider, type ClientSettings } from "../../src/llm/client.js";
import { safeEndpoint, scrubSecrets, toEndpointError } from "../../src/llm/errors.js";
import { startLlmServer, type LlmServer, type Reply } from "../helpers/llm-server.js";

// Recognisable, so its absence from every message can be asserted.
const FAKE_KEY = "sk-FAKE-grantsmith-5a5a5a5a";
let server: LlmServer;

beforeEach(async () => {
  server = await startLlmServer();
});
afterEach(() => server.close());

function provider(overrides: Partial<ClientSettings> = {}): OpenAIChatProvider {
  return new OpenAIChatProvider({
    provider: "dashscope",
    model: "qwen-plus",
    baseURL: server.baseURL,
    apiKey: FAKE_KEY,
    apiKeySource: "DASHSCOPE_API_KEY",
    timeoutMs: 5000,
    maxRetries: 0,
    ...overrides,
  });
}

async function failWith(reply: Reply, overrides: Partial<ClientSettings> = {}): Promise<EndpointError> {
  server.setHandler(() => reply);
  const error = await provider(overrides)
    .chat({ messages: [{ role: "user", content: "write the budget narrative" }] })
    .then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(EndpointError);
  const endpointError = error as EndpointError;
  expect(endpointError.exitCode).toBe(3);
  expect(endpointError.message).not.toContain("\n");
  expect(endpointError.message).not.toContain(FAKE_KEY);
  expect(endpointError.details).toEqual([]);
  return endpointError;
}

describe("endpoint failures become one line with exit code 3", () => {
  it("401: names the endpoint and the key variable, never the key", async () => {
    const error = await failWith({ status: 401, error: { message: `Incorrect API key provided: ${FAKE_KEY}`, code: "invalid_api_key" } });
    expect(error.message).toContain(server.baseURL);
    expect(error.message).toContain("refused the API key (401)");
    expect(error.message).toContain("DASHSCOPE_API_KEY");
  });

  it("403 is treated as a refused key", async () => {
    const error = await failWith({ status: 403, error: { message: "forbidden" } });
    expect(error.message).toContain("refused the API key (403)");
  });

  it("404: says the model was not found and how to list models", async () => {
    const error = await failWith({ status: 404, error: { message: "The model `qwen-plus` does not exist", code: "model_not_found" } });
    expect(error.message).toContain('model "qwen-plus" was not found');
    expect(error.message).toContain(`${server.baseURL}/models`);
  });

  it("429: reported after the SDK's retries are used up", async () => {
    const error = await failWith({ status: 429, error: { message: "Rate limit reached" } }, { maxRetries: 2 });
    expect(server.chatRequests()).toHaveLength(3);
    expect(error.message).toContain("rate limiting (429) after 2 retries");
    expect(error.message).toContain("--concurrency");
  });

  it("429 for an empty balance says so", async () => {
    const error = await failWith({ status: 429, error: { message: "You exceeded your current quota", code: "insufficient_quota" } });
    expect(error.message).toContain("quota or balance exhausted");
  });

  it("5xx: retried, then reported with the server's words, key scrubbed", async () => {
    const error = await failWith({ status: 503, error: { message: `upstream overloaded (auth ${FAKE_KEY})` } }, { maxRetries: 1 });
    expect(server.chatRequests()).toHaveLength(2);
    expect(error.message).toContain("server error (503) after 1 retry");
    expect(error.message).toContain("upstream overloaded");
  });

  it("400: the request was rejected, with the reason", async () => {
    const error = await failWith({ status: 400, error: { message: "max_tokens is too large" } });
    expect(error.message).toContain("rejected the request (400): max_tokens is too large");
  });

  it("timeout: says how long it waited and what to do", async () => {
    const error = await failWith({ text: "never sent", silent: true }, { timeoutMs: 200 });
    expect(error.message).toContain("did not answer within 0.2s");
    expect(error.message).toContain("--timeout");
  });

  it("connection refused: names the endpoint and suggests --offline", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const baseURL = `http://127.0.0.1:${port}/v1`;
    const error = await provider({ baseURL })
      .chat({ messages: [{ role: "user", content: "hi" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toBe(
      `cannot reach the model endpoint ${baseURL} (connection refused); check the base URL and that the server is running, or use --offline`,
    );
  });
});

describe("error text never carries a secret", () => {
  it("scrubs the key, bearer tokens and sk- keys", () => {
    const text = `bad key ${FAKE_KEY}; header Authorization: Bearer abcdefghijklmnop; other sk-abcdef123456`;
    const scrubbed = scrubSecrets(text, [FAKE_KEY]);
    expect(scrubbed).not.toContain(FAKE_KEY);
    expect(scrubbed).not.toContain("abcdefghijklmnop");
    expect(scrubbed).not.toContain("sk-abcdef123456");
  });

  it("drops credentials and query strings from a printed endpoint", () => {
    expect(safeEndpoint("https://user:secret@llm.example.org/v1?api-key=abc")).toBe("https://llm.example.org/v1");
  });

  it("maps an error event inside a stream and passes UserErrors through", () => {
    const streamError = new APIError(undefined, { message: `overloaded for ${FAKE_KEY}` }, undefined, undefined);
    const ctx = { endpoint: "http://127.0.0.1:1/v1", model: "m", secrets: [FAKE_KEY], timeoutMs: 1000, maxRetries: 0 };
    const mapped = toEndpointError(streamError, ctx);
    expect(mapped).toBeInstanceOf(EndpointError);
    expect(mapped.message).toContain("mid-answer");
    expect(mapped.message).not.toContain(FAKE_KEY);
    const own = new UserError("already explained");
    expect(toEndpointError(own, ctx)).toBe(own);
  });
});
