import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheCommand } from "../../src/commands/cache.js";
import { InputError } from "../../src/errors.js";
import { cacheDir, cacheKey } from "../../src/llm/cache.js";
import { createProvider, type EndpointFlags } from "../../src/llm/provider.js";
import { UsageMeter, type ChatRequest } from "../../src/llm/types.js";
import { startLlmServer, type LlmServer } from "../helpers/llm-server.js";

let server: LlmServer;
let root: string;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  server = await startLlmServer({ "*": "缓存测试的回答。" });
  root = mkdtempSync(join(tmpdir(), "grantsmith-cache-"));
  env = { GRANTSMITH_CONFIG: "none", XDG_CACHE_HOME: join(root, "cache"), HOME: join(root, "home") };
});
afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function chat(flags: EndpointFlags = {}, environment = env) {
  const choice = createProvider({ provider: "custom", baseUrl: server.baseURL, model: "test-model", maxRetries: 0, ...flags }, environment, root);
  if (choice.kind !== "model") throw new Error("expected a model");
  return choice;
}

const request = (): ChatRequest => ({ messages: [{ role: "user", content: "写项目概述" }], temperature: 0.2 });

describe("response cache", () => {
  it("answers a repeated request from disk with zero requests", async () => {
    const meter = new UsageMeter();
    const first = await chat().provider.chat(request());
    meter.record(first);
    expect(first.cached).toBe(false);

    const deltas: string[] = [];
    const second = await chat().provider.chat({ ...request(), onDelta: (t) => deltas.push(t) });
    meter.record(second);
    expect(second).toMatchObject({ text: "缓存测试的回答。", cached: true });
    expect(deltas.join("")).toBe("缓存测试的回答。");
    expect(server.chatRequests()).toHaveLength(1);
    expect(meter.summary()).toMatch(/^1 request, .* 1 cache hit$/);
    expect(existsSync(join(root, "cache", "grantsmith", "responses"))).toBe(true);
  });

  it("asks again when anything that shapes the answer changes", async () => {
    await chat().provider.chat(request());
    await chat().provider.chat({ ...request(), temperature: 0.9 });
    await chat({ model: "other-model" }).provider.chat(request());
    await chat().provider.chat({ messages: [{ role: "user", content: "写项目背景" }] });
    expect(server.chatRequests()).toHaveLength(4);
  });

  it("is bypassed by --no-cache and by GRANTSMITH_CACHE=none", async () => {
    await chat().provider.chat(request());
    const noCache = chat({ cache: false });
    expect(noCache.describe).toContain("cache off");
    expect((await noCache.provider.chat(request())).cached).toBe(false);
    expect((await chat({}, { ...env, GRANTSMITH_CACHE: "none" }).provider.chat(request())).cached).toBe(false);
    expect(server.chatRequests()).toHaveLength(3);
  });

  it("does not store failed or cut-off answers", async () => {
    server.setHandler(() => ({ text: "half an answer", chunkSize: 3, cutAfterChunks: 1 }));
    await expect(chat().provider.chat(request())).rejects.toMatchObject({ exitCode: 3 });
    server.setHandler(() => "whole answer");
    expect((await chat().provider.chat(request())).text).toBe("whole answer");
    expect(server.chatRequests()).toHaveLength(2);
  });

  it("keys on content, not on callbacks or signals", () => {
    const a = cacheKey("http://x/v1", "m", request());
    const b = cacheKey("http://x/v1", "m", { ...request(), onDelta: () => undefined, signal: new AbortController().signal });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey("http://y/v1", "m", request())).not.toBe(a);
  });

  it("lives under XDG_CACHE_HOME, else ~/.cache", () => {
    expect(cacheDir({ XDG_CACHE_HOME: "/xdg-cache", HOME: "/home/u" })).toBe(join("/xdg-cache", "grantsmith"));
    expect(cacheDir({ HOME: "/home/u" })).toBe(join("/home/u", ".cache", "grantsmith"));
    expect(cacheDir({ GRANTSMITH_CACHE: "none" })).toBeUndefined();
  });
});

describe("grantsmith cache", () => {
  it("clear removes the cached responses and says what it removed; path prints the folder", async () => {
    await chat().provider.chat(request());
    await chat().provider.chat({ messages: [{ role: "user", content: "another" }] });
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      await cacheCommand("path", env);
      await cacheCommand("clear", env);
      await cacheCommand("clear", env);
    } finally {
      spy.mockRestore();
    }
    const dir = join(root, "cache", "grantsmith");
    expect(out[0]).toBe(`${dir}\n`);
    expect(out[1]).toMatch(new RegExp(`^removed 2 cached responses \\(\\d+(\\.\\d)? (B|KB)\\) from ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\n$`));
    expect(out[2]).toContain("already empty");
    expect(existsSync(join(dir, "responses")) ? readdirSync(join(dir, "responses")) : []).toEqual([]);

    await chat().provider.chat(request());
    expect(server.chatRequests()).toHaveLength(3);
  });

  it("rejects an unknown action with exit code 2", async () => {
    await expect(cacheCommand("purge", env)).rejects.toBeInstanceOf(InputError);
  });
});
