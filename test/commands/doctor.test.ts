// `grantsmith doctor` run as a user runs it: the settings and where each came from, the key's
// variable (never its value), --ping against the local fake endpoint, a closed port and a missing
// model, and the advice when no model is configured, in the user's language.
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveEndpoint } from "../../src/llm/config.js";
import { startLlmServer, type LlmServer } from "../helpers/llm-server.js";
import { cleanEnv, runCli, type CliResult } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

const KEY = "sk-doctor-KEY-7f3a9c0d2e";
let server: LlmServer;

beforeAll(async () => {
  server = await startLlmServer((request) =>
    request.body.model === "no-such-model" ? { status: 404, error: { message: "The model `no-such-model` does not exist", code: "model_not_found" } } : "OK",
  );
});
afterAll(() => server.close());

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "");
const doctor = (args: string[], env: Record<string, string | undefined> = {}, cwd?: string): Promise<CliResult> =>
  runCli(["doctor", ...args], { env: cleanEnv(env), cwd });

describe("grantsmith doctor --ping", () => {
  it("says the endpoint answers and the model exists, with the key's variable set and its value nowhere", async () => {
    const before = server.chatRequests().length;
    const result = await doctor(["--ping", "--base-url", server.baseURL, "--model", "test-model", "--lang", "en"], { GRANTSMITH_API_KEY: KEY });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/model\s+test-model\s+--model \(command line\)/);
    expect(result.stdout).toMatch(/base URL\s+http:\/\/127\.0\.0\.1:\d+\/v1\s+--base-url \(command line\)/);
    expect(result.stdout).toMatch(/API key\s+GRANTSMITH_API_KEY is set \(its value is never shown\)\s+GRANTSMITH_API_KEY \(environment\)/);
    expect(result.stdout).toContain("ok: it answers, and model test-model exists");
    expect(result.stdout).toContain("All well.");
    expect(`${result.stdout}${result.stderr}`).not.toContain(KEY);
    expect(`${result.stdout}${result.stderr}`).not.toContain(KEY.slice(3, 12));
    // One request, with the key, for the named model.
    const sent = server.chatRequests().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.model).toBe("test-model");
    expect(sent[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("exits 3 with one line when nothing listens on the port, and the key appears nowhere", async () => {
    const port = await closedPort();
    const result = await doctor(["--ping", "--base-url", `http://127.0.0.1:${port}/v1`, "--model", "m", "--max-retries", "0"], { GRANTSMITH_API_KEY: KEY });
    expect(result.code).toBe(3);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(`cannot reach the model endpoint http://127.0.0.1:${port}/v1`);
    expect(result.stdout).toMatch(/endpoint\s+does not answer \(below\)/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(KEY);
  });

  it("exits 3 with one line when the endpoint does not have the model", async () => {
    const result = await doctor(["--ping", "--base-url", server.baseURL, "--model", "no-such-model", "--max-retries", "0"]);
    expect(result.code).toBe(3);
    expect(lines(result.stderr)).toEqual([expect.stringContaining('model "no-such-model" was not found')]);
  });

  it("refuses to ping when no model is configured (exit 2)", async () => {
    const result = await doctor(["--ping"]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual(["--ping: no model is configured, so there is no endpoint to check; configure one as said above"]);
    expect(result.stdout).toMatch(/endpoint\s+nothing to check: no model is configured/);
  });
});

describe("grantsmith doctor without a model", () => {
  it("explains how to configure one, in Chinese for a Chinese locale", async () => {
    const result = await doctor([], { LANG: "zh_CN.UTF-8" });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("未配置：draft 将离线工作");
    expect(result.stdout).toContain("--provider dashscope 并设置 DASHSCOPE_API_KEY");
    expect(result.stdout).toContain("grantsmith.config.yaml");
    expect(result.stdout).toMatch(/模板\s+正常：\d+ 个文件均可编译/);
    expect(result.stdout).toMatch(/模型接口\s+未检查；加 --ping/);
    expect(result.stdout).toContain("一切正常。");
    // No English sentence left in it.
    expect(result.stdout).not.toMatch(/\b(the|is|not|and|with)\b/i);
  });

  it("and in English with --lang en over that locale", async () => {
    const result = await doctor(["--lang", "en"], { LANG: "zh_CN.UTF-8" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("none configured: draft works offline");
    expect(result.stdout).toContain("--provider ollama --model qwen2.5:7b");
    expect(result.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("where each setting came from", () => {
  it("names the flag, the variable, the project file, the user file and the defaults", async () => {
    const project = await tempDir("grantsmith-doctor-");
    await writeFile(path.join(project, "grantsmith.config.yaml"), `provider: custom\nbase_url: ${server.baseURL}\nmodel: file-model\ntimeout: 30\n`);
    const env = cleanEnv({ GRANTSMITH_CONFIG: undefined, GRANTSMITH_MODEL: "env-model", MY_KEY: KEY });
    await mkdir(path.join(env.XDG_CONFIG_HOME!, "grantsmith"), { recursive: true });
    await writeFile(path.join(env.XDG_CONFIG_HOME!, "grantsmith", "config.yaml"), "max_retries: 5\napi_key_env: MY_KEY\n");
    const result = await runCli(["doctor", "--lang", "en"], { env, cwd: project });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/provider\s+custom\s+grantsmith\.config\.yaml: provider \(project config file\)/);
    expect(result.stdout).toMatch(/model\s+env-model\s+GRANTSMITH_MODEL \(environment\)/);
    expect(result.stdout).toMatch(/base URL\s+\S+\s+grantsmith\.config\.yaml: base_url \(project config file\)/);
    expect(result.stdout).toMatch(/API key\s+MY_KEY is set \(its value is never shown\)\s+\S+config\.yaml: api_key_env \(user config file\)/);
    expect(result.stdout).toMatch(/timeout\s+30 s\s+grantsmith\.config\.yaml: timeout \(project config file\)/);
    expect(result.stdout).toMatch(/retries\s+5\s+\S+config\.yaml: max_retries \(user config file\)/);
    expect(result.stdout).toMatch(/cache\s+on\s+default\n/);
    expect(result.stdout).not.toContain(KEY);
  });

  it("is what resolveEndpoint returns beside each setting", () => {
    const resolved = resolveEndpoint({ provider: "dashscope", timeout: 9 }, { DASHSCOPE_API_KEY: KEY, GRANTSMITH_MAX_RETRIES: "1", GRANTSMITH_CONFIG: "none" });
    expect(resolved.kind).toBe("model");
    if (resolved.kind !== "model") return;
    expect(resolved.sources).toEqual({
      provider: { from: "flag", name: "--provider" },
      baseURL: { from: "default", name: "dashscope" },
      model: { from: "default", name: "dashscope" },
      apiKey: { from: "environment", name: "DASHSCOPE_API_KEY" },
      timeout: { from: "flag", name: "--timeout" },
      maxRetries: { from: "environment", name: "GRANTSMITH_MAX_RETRIES" },
      cache: { from: "default", name: "" },
    });
    const byKey = resolveEndpoint({}, { DEEPSEEK_API_KEY: KEY, GRANTSMITH_CONFIG: "none", GRANTSMITH_CACHE: "none" });
    expect(byKey.kind === "model" && byKey.sources).toMatchObject({
      provider: { from: "environment", name: "DEEPSEEK_API_KEY" },
      cache: { from: "environment", name: "GRANTSMITH_CACHE" },
    });
  });

  it("says a key is missing without guessing at one, for a local server", async () => {
    const result = await doctor(["--provider", "ollama", "--lang", "en"], { DEEPSEEK_API_KEY: KEY });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/API key\s+none: GRANTSMITH_API_KEY not set; a local server may not need one/);
    expect(result.stdout).not.toContain(KEY);
  });
});

describe("configuration problems exit 2 with one line each", () => {
  it("a key variable named but not set", async () => {
    const result = await doctor(["--base-url", server.baseURL, "--model", "m", "--api-key-env", "NOT_SET_KEY", "--ping"]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([expect.stringContaining("NOT_SET_KEY is not set")]);
    expect(result.stdout).toMatch(/the settings have a problem \(below\)/);
    expect(result.stdout).toMatch(/endpoint\s+nothing to check/);
  });

  it("a cache folder that cannot be made (under a file)", async () => {
    const dir = await tempDir("grantsmith-doctor-");
    const file = path.join(dir, "not-a-folder");
    await writeFile(file, "");
    const result = await doctor(["--lang", "zh"], { GRANTSMITH_CACHE: path.join(file, "cache") });
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([`缓存文件夹 ${path.join(file, "cache")} 不可写（ENOTDIR）；请把 GRANTSMITH_CACHE 设为一个可写的文件夹，或设为 none`]);
  });
});
