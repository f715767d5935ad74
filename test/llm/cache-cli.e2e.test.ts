// `grantsmith cache path|clear` through the built binary (needs `npm run build` first).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProvider } from "../../src/llm/provider.js";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { startLlmServer, type LlmServer } from "../helpers/llm-server.js";

let server: LlmServer;
let cacheHome: string;

beforeEach(async () => {
  server = await startLlmServer({ "*": "cached answer" });
  cacheHome = mkdtempSync(path.join(os.tmpdir(), "grantsmith-e2e-cache-"));
});
afterEach(async () => {
  await server.close();
  rmSync(cacheHome, { recursive: true, force: true });
});

describe("grantsmith cache", () => {
  it("prints where the cache lives, then clears it and says what it removed", async () => {
    const env = cleanEnv({ XDG_CACHE_HOME: cacheHome });
    const dir = path.join(cacheHome, "grantsmith");
    const choice = createProvider({ provider: "custom", baseUrl: server.baseURL, model: "test-model" }, env);
    if (choice.kind !== "model") throw new Error("expected a model");
    await choice.provider.chat({ messages: [{ role: "user", content: "one" }] });
    await choice.provider.chat({ messages: [{ role: "user", content: "two" }] });

    const where = await runInProcess(["cache", "path"], { env });
    expect(where.code).toBe(0);
    expect(where.stdout).toBe(`${dir}\n`);

    const cleared = await runInProcess(["cache", "clear"], { env });
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toMatch(/^removed 2 cached responses \(.+\) from /);
    expect(existsSync(path.join(dir, "responses"))).toBe(false);
  });

  it("scoring writes nothing into the cache, and cache clear removes the rubric copies an older grantsmith kept there", async () => {
    const dir = path.join(cacheHome, "elsewhere");
    const env = cleanEnv({ GRANTSMITH_CACHE: dir });
    const proposal = fileURLToPath(new URL("../fixtures/proposals/zh-complete.md", import.meta.url));
    const scored = await runInProcess(["score", proposal, "--quiet"], { env });
    expect(scored.code).toBe(0);
    expect(existsSync(dir)).toBe(false);

    const old = path.join(dir, "rubrics");
    mkdirSync(old, { recursive: true });
    writeFileSync(path.join(old, "standard-zh.1.7369.1700000000000.json"), "{}");
    const cleared = await runInProcess(["cache", "clear"], { env });
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toContain(`removed ${old}, where an older grantsmith kept copies of the built-in rubrics`);
    expect(existsSync(old)).toBe(false);

    // Nothing to say about rubrics when there were none.
    const again = await runInProcess(["cache", "clear"], { env });
    expect(again.stdout).not.toContain("rubrics");
  });

  it("rejects an unknown action with exit 2", async () => {
    const result = await runInProcess(["cache", "purge"], { env: cleanEnv({ XDG_CACHE_HOME: cacheHome }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cache purge: unknown action; use "grantsmith cache clear" or "grantsmith cache path"; see grantsmith cache --help\n');
  });
});
