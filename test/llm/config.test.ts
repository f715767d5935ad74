import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { configJsonSchema, resolveEndpoint, type EndpointFlags, type EndpointSettings } from "../../src/llm/config.js";
import { createProvider, describeOffline, offlineSetting } from "../../src/llm/provider.js";

let root: string;
let projectDir: string;
let cwd: string;
let xdg: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "grantsmith-config-"));
  projectDir = join(root, "project");
  cwd = join(projectDir, "proposals", "2025");
  xdg = join(root, "xdg");
  mkdirSync(cwd, { recursive: true });
  mkdirSync(join(xdg, "grantsmith"), { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const baseEnv = (): NodeJS.ProcessEnv => ({ HOME: join(root, "home"), XDG_CONFIG_HOME: xdg, GRANTSMITH_CACHE: "none" });
const writeProject = (text: string) => writeFileSync(join(projectDir, "grantsmith.config.yaml"), text);
const writeUser = (text: string) => writeFileSync(join(xdg, "grantsmith", "config.yaml"), text);

function model(flags: EndpointFlags, env: NodeJS.ProcessEnv): EndpointSettings {
  const resolved = resolveEndpoint(flags, env, cwd);
  if (resolved.kind !== "model") throw new Error(`expected a model, got offline: ${JSON.stringify(resolved.reason)}`);
  return resolved;
}

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

describe("endpoint precedence", () => {
  it("takes flags over environment over project config over user config", () => {
    writeUser("provider: ollama\nmodel: user-model\nbase_url: http://127.0.0.1:9001/v1\n");
    writeProject("provider: ollama\nmodel: project-model\n");
    const env = { ...baseEnv(), GRANTSMITH_PROVIDER: "ollama", GRANTSMITH_MODEL: "env-model" };

    expect(model({ model: "flag-model" }, env).model).toBe("flag-model");
    expect(model({}, env).model).toBe("env-model");
    const { GRANTSMITH_MODEL: _unused, ...withoutEnvModel } = env;
    expect(model({}, withoutEnvModel).model).toBe("project-model");
    // The base URL is only in the user file, so it comes from there.
    expect(model({}, withoutEnvModel).baseURL).toBe("http://127.0.0.1:9001/v1");
    rmSync(join(projectDir, "grantsmith.config.yaml"));
    expect(model({}, baseEnv()).model).toBe("user-model");
  });

  it("finds the project config by walking up from the working directory", () => {
    writeProject("provider: custom\nbase_url: http://127.0.0.1:8000/v1\nmodel: local-llm\n");
    const settings = model({}, baseEnv());
    expect(settings).toMatchObject({ provider: "custom", baseURL: "http://127.0.0.1:8000/v1", model: "local-llm", apiKey: undefined });
  });

  it("ignores every config file with GRANTSMITH_CONFIG=none", () => {
    writeProject("provider: ollama\n");
    writeUser("provider: ollama\n");
    const resolved = resolveEndpoint({}, { ...baseEnv(), GRANTSMITH_CONFIG: "none" }, cwd);
    expect(resolved.kind).toBe("offline");
  });

  it("does not carry a model from a layer that names another provider", () => {
    writeProject("provider: ollama\nmodel: qwen2.5:14b\n");
    const settings = model({ provider: "deepseek" }, { ...baseEnv(), DEEPSEEK_API_KEY: "sk-test-deepseek-0000" });
    expect(settings.model).toBe("deepseek-chat");
    expect(settings.baseURL).toBe("https://api.deepseek.com/v1");
  });

  it("reads timeouts and retries from flags, environment and config", () => {
    writeProject("provider: ollama\ntimeout: 30\nmax_retries: 5\n");
    expect(model({}, baseEnv())).toMatchObject({ timeoutMs: 30_000, maxRetries: 5 });
    expect(model({}, { ...baseEnv(), GRANTSMITH_TIMEOUT: "2.5", GRANTSMITH_MAX_RETRIES: "0" })).toMatchObject({ timeoutMs: 2500, maxRetries: 0 });
    expect(model({ timeout: 7 }, { ...baseEnv(), GRANTSMITH_TIMEOUT: "2.5" }).timeoutMs).toBe(7000);
    const error = inputError(() => resolveEndpoint({}, { ...baseEnv(), GRANTSMITH_TIMEOUT: "soon" }, cwd));
    expect(error.message).toContain("GRANTSMITH_TIMEOUT=soon");
  });
});

describe("choosing a provider", () => {
  it("is offline when nothing is configured, and says how to configure a model", () => {
    const resolved = resolveEndpoint({}, baseEnv(), cwd);
    expect(resolved).toEqual({ kind: "offline", reason: { because: "unconfigured" } });
    if (resolved.kind === "offline") {
      const line = describeOffline(resolved.reason);
      expect(line).toMatch(/^offline: no model endpoint is configured; to use a model, pass --provider dashscope/);
      expect(line).toContain("DASHSCOPE_API_KEY");
      expect(line).toContain("--provider ollama --model qwen2.5:7b");
      expect(line).toContain("--base-url URL --model NAME");
      expect(line).not.toContain("\n");
      expect(offlineSetting(resolved.reason)).toBeUndefined();
    }
  });

  it("is offline with --offline or --provider offline even when a key is set, and names the flag", () => {
    const env = { ...baseEnv(), OPENAI_API_KEY: "sk-test-openai-1111" };
    expect(resolveEndpoint({ offline: true }, env, cwd)).toEqual({ kind: "offline", reason: { because: "flag", flag: "--offline" } });
    expect(resolveEndpoint({ provider: "offline" }, env, cwd)).toEqual({ kind: "offline", reason: { because: "flag", flag: "--provider offline" } });
    // --offline wins over a provider named beside it.
    expect(resolveEndpoint({ offline: true, provider: "openai" }, env, cwd)).toEqual({ kind: "offline", reason: { because: "flag", flag: "--offline" } });
    const choice = createProvider({ offline: true }, env, cwd);
    expect(choice.kind).toBe("offline");
    if (choice.kind === "offline") expect(describeOffline(choice.reason)).toBe("offline (--offline): no model is called");
  });

  it("is offline when the environment or a config file names provider offline, and names that setting", () => {
    const fromEnv = resolveEndpoint({}, { ...baseEnv(), GRANTSMITH_PROVIDER: "offline", OPENAI_API_KEY: "sk-test-openai-1111" }, cwd);
    expect(fromEnv).toEqual({ kind: "offline", reason: { because: "setting", source: "GRANTSMITH_PROVIDER" } });
    if (fromEnv.kind === "offline") {
      expect(offlineSetting(fromEnv.reason)).toBe("provider offline in GRANTSMITH_PROVIDER");
      expect(describeOffline(fromEnv.reason)).toBe("offline (provider offline in GRANTSMITH_PROVIDER): no model is called");
    }
    writeProject("provider: offline\n");
    const fromFile = resolveEndpoint({}, baseEnv(), cwd);
    expect(fromFile.kind === "offline" && fromFile.reason).toEqual({ because: "setting", source: `${join(projectDir, "grantsmith.config.yaml")}: provider` });
    // A provider named on the command line wins over provider offline in a file.
    expect(resolveEndpoint({ provider: "ollama" }, baseEnv(), cwd).kind).toBe("model");
  });

  it("uses the openai preset when only OPENAI_API_KEY is set", () => {
    const settings = model({}, { ...baseEnv(), OPENAI_API_KEY: "sk-test-openai-1111" });
    expect(settings).toMatchObject({ provider: "openai", baseURL: "https://api.openai.com/v1", model: "gpt-4o-mini", apiKeySource: "OPENAI_API_KEY" });
    expect(settings.chosenBecause).toContain("OPENAI_API_KEY");
  });

  it.each([
    [{ DEEPSEEK_API_KEY: "sk-test-deepseek-3333" }, "deepseek"],
    [{ DASHSCOPE_API_KEY: "sk-test-dash-4444", DEEPSEEK_API_KEY: "sk-test-deepseek-5555" }, "dashscope"],
  ])("a preset's key variable, set on its own, chooses it; the first in the table wins (%o)", (keys, provider) => {
    expect(model({}, { ...baseEnv(), ...keys })).toMatchObject({ provider });
  });

  it("uses dashscope with its key and default model", () => {
    const settings = model({ provider: "dashscope" }, { ...baseEnv(), DASHSCOPE_API_KEY: "sk-test-dash-2222" });
    expect(settings).toMatchObject({
      provider: "dashscope",
      baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1",
      model: "qwen-plus",
      apiKey: "sk-test-dash-2222",
    });
  });

  it("takes the key from --api-key-env, then GRANTSMITH_API_KEY, then the provider variable", () => {
    const env = { ...baseEnv(), MY_KEY: "key-from-my-var", GRANTSMITH_API_KEY: "key-from-grantsmith", DEEPSEEK_API_KEY: "key-from-deepseek" };
    expect(model({ provider: "deepseek", apiKeyEnv: "MY_KEY" }, env).apiKey).toBe("key-from-my-var");
    expect(model({ provider: "deepseek" }, env).apiKey).toBe("key-from-grantsmith");
    const { GRANTSMITH_API_KEY: _k, ...rest } = env;
    expect(model({ provider: "deepseek" }, rest).apiKey).toBe("key-from-deepseek");
  });

  it("is an input error naming the variable when a hosted provider has no key", () => {
    const error = inputError(() => resolveEndpoint({ provider: "dashscope" }, baseEnv(), cwd));
    expect(error.message).toContain("DASHSCOPE_API_KEY");
    expect(error.exitCode).toBe(2);
    const missing = inputError(() => resolveEndpoint({ provider: "ollama", apiKeyEnv: "NOT_SET_ANYWHERE" }, baseEnv(), cwd));
    expect(missing.message).toContain("NOT_SET_ANYWHERE is not set");
  });

  it("needs no key for ollama and honours OLLAMA_HOST", () => {
    expect(model({ provider: "ollama" }, baseEnv())).toMatchObject({ baseURL: "http://127.0.0.1:11434/v1", model: "qwen2.5:7b", apiKey: undefined });
    expect(model({ provider: "ollama" }, { ...baseEnv(), OLLAMA_HOST: "0.0.0.0:11500" }).baseURL).toBe("http://127.0.0.1:11500/v1");
    expect(model({ provider: "ollama" }, { ...baseEnv(), OLLAMA_HOST: "http://gpu-box:11434" }).baseURL).toBe("http://gpu-box:11434/v1");
  });

  it("lets OPENAI_BASE_URL point the openai preset at a local server without a key", () => {
    const settings = model({ provider: "openai" }, { ...baseEnv(), OPENAI_BASE_URL: "http://127.0.0.1:8000/v1" });
    expect(settings).toMatchObject({ baseURL: "http://127.0.0.1:8000/v1", apiKey: undefined });
  });

  it("treats a bare --base-url as a custom endpoint that needs a model", () => {
    const error = inputError(() => resolveEndpoint({ baseUrl: "http://127.0.0.1:8000/v1" }, baseEnv(), cwd));
    expect(error.message).toContain("--model");
    expect(model({ baseUrl: "http://127.0.0.1:8000/v1/", model: "m" }, baseEnv())).toMatchObject({ provider: "custom", baseURL: "http://127.0.0.1:8000/v1" });
  });

  it("rejects an unknown provider and a base URL that is not one", () => {
    expect(inputError(() => resolveEndpoint({ provider: "gemini" }, baseEnv(), cwd)).message).toMatch(/--provider gemini: unknown provider; use one of openai, dashscope/);
    expect(inputError(() => resolveEndpoint({ baseUrl: "localhost" }, baseEnv(), cwd)).message).toContain("--base-url");
  });
});

describe("config file errors", () => {
  it("reports every problem of a bad config file with file:line:col", () => {
    writeProject("provider: ollama\nmodle: qwen2.5:7b\ntimeout: fast\n");
    const error = inputError(() => resolveEndpoint({}, baseEnv(), cwd));
    const lines = [error.message, ...error.details];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/grantsmith\.config\.yaml:2:1: modle: unknown field; did you mean "model"\?/);
    expect(lines[1]).toMatch(/grantsmith\.config\.yaml:3:10: timeout: expected a number, got "fast"/);
  });

  it("says out-of-range numbers and bad URLs in plain words, with the fix", () => {
    writeProject("max_retries: 50\nbase_url: notaurl\ntimeout: -1\n");
    const error = inputError(() => resolveEndpoint({}, baseEnv(), cwd));
    const lines = [error.message, ...error.details];
    expect(lines).toEqual([
      expect.stringMatching(/grantsmith\.config\.yaml:1:14: max_retries: must be at most 10$/),
      expect.stringMatching(/grantsmith\.config\.yaml:2:11: base_url: expected a URL such as http:\/\/127\.0\.0\.1:8000\/v1, got "notaurl"$/),
      expect.stringMatching(/grantsmith\.config\.yaml:3:10: timeout: must be more than 0$/),
    ]);
  });

  it("refuses a key stored in the file and suggests api_key_env", () => {
    writeUser("provider: deepseek\napi_key: sk-should-not-be-here\n");
    const error = inputError(() => resolveEndpoint({}, baseEnv(), cwd));
    expect(error.message).toMatch(/config\.yaml:2:\d+: api_key: an API key does not belong in a config file.*api_key_env/);
    expect(error.message).not.toContain("sk-should-not-be-here");
  });

  it("reports a YAML syntax error with its position", () => {
    writeProject("provider: [ollama\n");
    const error = inputError(() => resolveEndpoint({}, baseEnv(), cwd));
    expect(error.message).toMatch(/grantsmith\.config\.yaml:\d+:\d+: syntax error/);
  });

  it("uses api_key_env from the file and says when that variable is unset", () => {
    writeProject("provider: dashscope\napi_key_env: TEAM_QWEN_KEY\n");
    expect(model({}, { ...baseEnv(), TEAM_QWEN_KEY: "sk-team-3333" }).apiKey).toBe("sk-team-3333");
    const error = inputError(() => resolveEndpoint({}, baseEnv(), cwd));
    expect(error.message).toContain("TEAM_QWEN_KEY is not set");
  });

  it("exports a JSON Schema for editors", () => {
    const schema = configJsonSchema();
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties as object)).toEqual(expect.arrayContaining(["provider", "model", "base_url", "api_key_env", "timeout"]));
    expect(schema.additionalProperties).toBe(false);
  });
});
