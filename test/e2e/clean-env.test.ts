// The binary under test gets an environment built from nothing: a developer's keys, endpoint and
// model settings in the test process's own environment never reach it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanEnv, preload, REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { startLlmServer, type LlmServer } from "../helpers/llm-server.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";
import { uiLang } from "../../src/i18n/lang.js";

const LEAKED = "sk-developer-LEAKED-4f1c0e";
const EN = path.join(REPO_ROOT, "test/fixtures/proposals/en-complete.md");
let server: LlmServer;

beforeAll(async () => {
  server = await startLlmServer(() => JSON.stringify({ score: 7, reasons: ["ok"], suggestions: ["none"] }));
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
  server.requests.length = 0;
});

/** What a developer's shell might hold: keys of every provider, and an endpoint and model. */
function stubDeveloperEnvironment(): void {
  for (const name of ["OPENAI_API_KEY", "DASHSCOPE_API_KEY", "DEEPSEEK_API_KEY", "GRANTSMITH_API_KEY", "SOME_OTHER_SERVICE_TOKEN"]) vi.stubEnv(name, LEAKED);
  vi.stubEnv("GRANTSMITH_BASE_URL", server.baseURL);
  vi.stubEnv("OPENAI_BASE_URL", server.baseURL);
  vi.stubEnv("GRANTSMITH_MODEL", "leaked-model");
  vi.stubEnv("GRANTSMITH_CACHE", path.join(REPO_ROOT, "leaked-cache"));
}

describe("the environment of a spawned binary", () => {
  it("holds only what cleanEnv builds and the test adds", async () => {
    stubDeveloperEnvironment();
    const out = path.join(await tempDir("grantsmith-env-"), "env.json");
    const result = await runCli(["--version"], {
      env: cleanEnv({ GRANTSMITH_TEST_ENV_OUT: out }),
      nodeArgs: ["--import", preload("record-env.mjs")],
    });
    expect(result.code).toBe(0);
    const seen = JSON.parse(await readFile(out, "utf8")) as Record<string, string>;
    const expected = ["GRANTSMITH_CONFIG", "GRANTSMITH_TEST_ENV_OUT", "HOME", "LANG", "NO_COLOR", "PATH", "TMPDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"];
    expect(Object.keys(seen).filter((name) => !["SystemRoot", "TEMP", "TMP"].includes(name)).sort()).toEqual(expected);
    expect(JSON.stringify(seen)).not.toContain(LEAKED);
    expect(seen.HOME).not.toBe(process.env.HOME);
  });

  it("finds no endpoint in the test process's variables, and sends none of its keys", async () => {
    stubDeveloperEnvironment();
    const none = await runCli(["score", EN, "--judge"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--judge needs a model endpoint, but none is configured");
    expect(server.requests).toHaveLength(0);

    const judged = await runCli(["score", EN, "--judge", "--base-url", server.baseURL, "--model", "judge-test", "--format", "json"]);
    expect(judged.code, judged.stderr).toBe(0);
    expect(server.chatRequests().length).toBeGreaterThan(0);
    for (const request of server.chatRequests()) {
      expect(request.headers.authorization).toBe("Bearer no-key");
      expect(request.body.model).toBe("judge-test");
    }
    expect(judged.stdout + judged.stderr).not.toContain(LEAKED);
  });
});

describe("a run in the test process (runInProcess)", () => {
  it("sees only its own environment, sends none of the test process's keys, and gives everything back", async () => {
    stubDeveloperEnvironment();
    const before = { env: { ...process.env }, cwd: process.cwd() };
    const none = await runInProcess(["score", EN, "--judge"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--judge needs a model endpoint, but none is configured");
    expect(server.requests).toHaveLength(0);

    const dir = await tempDir("grantsmith-in-process-");
    const judged = await runInProcess(["score", EN, "--judge", "--base-url", server.baseURL, "--model", "judge-test", "--format", "json"], {
      cwd: dir,
      env: cleanEnv({ GRANTSMITH_LANG: "zh" }),
    });
    expect(judged.code, judged.stderr).toBe(0);
    expect(JSON.parse(judged.stdout).results).toHaveLength(1);
    for (const request of server.chatRequests()) expect(request.headers.authorization).toBe("Bearer no-key");
    expect(judged.stdout + judged.stderr).not.toContain(LEAKED);

    // The test process's environment, folder and UI language are as they were.
    expect(process.env).toEqual(before.env);
    expect(process.cwd()).toBe(before.cwd);
    expect(uiLang(undefined, { LANG: "C" })).toBe("en");
  });

  it("captures what main() writes, and queues runs started together", async () => {
    const [a, b] = await Promise.all([runInProcess(["--version"]), runInProcess(["rubrics", "nope"])]);
    expect(a).toEqual({ code: 0, signal: null, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/), stderr: "" });
    expect(b.code).toBe(2);
    expect(b.stdout).toBe("");
    expect(b.stderr).toMatch(/^rubrics nope: no such built-in rubric or file/);
  });
});
