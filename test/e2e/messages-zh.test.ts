// The messages a user meets most (a missing file, a bad rubric, an endpoint that is down or refuses
// the key, the usage line, a run stopped by its time limit) come in Chinese when the locale or the
// facts file is Chinese, one line each, with no English sentence mixed in; and in English when the
// run asks for English (GRANTSMITH_LANG wins over the locale and the facts' language).
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startLlmServer, type LlmServer } from "../helpers/llm-server.js";
import { startReplayServer, type ReplayServer } from "../helpers/replay-server.js";
import { cleanEnv, REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

const PROPOSAL = path.join(REPO_ROOT, "test", "fixtures", "proposals", "en-complete.md");
const ZH_FACTS = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");
const KEY = "sk-test-i18n-0123456789abcdef";

const ZH = { LANG: "zh_CN.UTF-8" };
/** English asked for by the run itself, over a Chinese locale (and, for drafts, Chinese facts). */
const EN = { LANG: "zh_CN.UTF-8", GRANTSMITH_LANG: "en" };
const MODEL_ENV = { GRANTSMITH_API_KEY: KEY, GRANTSMITH_MAX_RETRIES: "0", GRANTSMITH_CACHE: "none" };

const linesOf = (stderr: string) => stderr.split("\n").filter((l) => l.trim() !== "");

/**
 * Runs of three or more English words in the text, once the technical tokens a Chinese message
 * keeps as they are (URLs, paths, file names, flags, variable names, a model's name) are taken out.
 */
function englishPhrases(text: string): string[] {
  const stripped = text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\S*[/\\]\S*/g, " ")
    .replace(/\S+\.(md|yaml|json|docx|txt)\b/g, " ")
    .replace(/--[\w-]+/g, " ")
    .replace(/\b[A-Z][A-Z0-9_]{2,}\b/g, " ");
  return stripped.match(/\b[A-Za-z]{2,}(?:[\s,;:.]+[A-Za-z]{2,}){2,}\b/g) ?? [];
}

function expectChinese(lines: string[]): void {
  for (const line of lines) {
    expect(/[\u4e00-\u9fff]/.test(line), line).toBe(true);
    expect(englishPhrases(line), line).toEqual([]);
  }
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function badRubric(): Promise<string> {
  const dir = await tempDir("grantsmith-i18n-");
  const rubric = path.join(dir, "rubric.yaml");
  await writeFile(rubric, "id: custom\ntitle: { en: Custom }\nlanguage: en\ncriteria:\n  - id: need\n    title: { en: Need }\n    weight: ten\n    sections: [need]\n    checks: [{ type: section, min: 10 }]\n");
  return rubric;
}

describe("messages in Chinese", () => {
  let server: LlmServer | ReplayServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("a missing proposal: exit 2, one Chinese line naming it", async () => {
    const result = await runCli(["score", "nope.md"], { env: cleanEnv(ZH) });
    expect(result.code).toBe(2);
    expect(linesOf(result.stderr)).toEqual(["nope.md：文件或文件夹不存在"]);
    expect(result.stdout).toBe("");
  });

  it("a bad rubric: exit 2, the place as file:line:col (editors jump to it), the rest in Chinese", async () => {
    const rubric = await badRubric();
    const result = await runCli(["score", PROPOSAL, "--rubric", rubric], { env: cleanEnv(ZH) });
    expect(result.code).toBe(2);
    const lines = linesOf(result.stderr);
    expect(lines).toEqual([`${rubric}:7:13: criteria[0].weight: 应为数字，实际为 "ten"`]);
    expectChinese(lines);
  });

  it("an endpoint that refuses the connection: exit 3, one Chinese line, no key", async () => {
    const dir = await tempDir("grantsmith-i18n-");
    const port = await closedPort();
    const result = await runCli(
      ["draft", ZH_FACTS, "-o", path.join(dir, "out.md"), "--base-url", `http://127.0.0.1:${port}/v1`, "--model", "m", "--no-score"],
      { env: cleanEnv({ ...ZH, ...MODEL_ENV }) },
    );
    expect(result.code, result.stderr).toBe(3);
    const lines = linesOf(result.stderr);
    expect(lines.at(-1)).toBe(`无法连接模型端点 http://127.0.0.1:${port}/v1（连接被拒绝）；请检查 base URL 以及服务是否在运行，或使用 --offline`);
    expectChinese(lines);
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });

  it("a 401 from the endpoint: exit 3, one Chinese line naming the key's variable, never the key", async () => {
    server = await startLlmServer(() => ({ status: 401, error: { message: `Incorrect API key provided: ${KEY}`, code: "invalid_api_key" } }));
    const dir = await tempDir("grantsmith-i18n-");
    const result = await runCli(["draft", ZH_FACTS, "-o", path.join(dir, "out.md"), "--base-url", server.baseURL, "--model", "m", "--no-score"], {
      env: cleanEnv({ ...ZH, ...MODEL_ENV }),
    });
    expect(result.code, result.stderr).toBe(3);
    const lines = linesOf(result.stderr);
    expect(lines.at(-1)).toBe(`模型端点 ${server.baseURL} 拒绝了 API 密钥（401）；请检查 GRANTSMITH_API_KEY，并确认它对该端点有效`);
    expectChinese(lines);
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });

  it.each([
    ["the locale is Chinese", ZH],
    ["the facts are Chinese and no locale is set", { LANG: undefined }],
  ])("a replayed draft ends with the usage line in Chinese when %s", async (_name, env) => {
    const replay = await startReplayServer();
    server = replay;
    const dir = await tempDir("grantsmith-i18n-");
    const out = path.join(dir, "out.md");
    const result = await runCli(["draft", ZH_FACTS, "-o", out, "--base-url", replay.baseURL, "--model", "m", "--no-score"], {
      env: cleanEnv({ ...env, ...MODEL_ENV }),
    });
    expect(result.code, result.stderr).toBe(0);
    const lines = linesOf(result.stderr);
    expect(lines.at(-1)).toMatch(/^模型用量：\d+ 次请求，输入 [\d,]+ \+ 输出 [\d,]+ tokens，缓存命中 0 次$/);
    expect(lines.filter((l) => l.startsWith(`已写入 ${out}：`))).toEqual([expect.stringMatching(/：\d+ 个章节$/)]);
    expectChinese(lines);
  });

  it("a run stopped by --time-limit: exit 124, one Chinese line", async () => {
    server = await startLlmServer(() => ({ text: '{"score": 3}', silent: true }));
    const result = await runCli(["score", PROPOSAL, "--judge", "--base-url", server.baseURL, "--model", "m", "--time-limit", "1", "--format", "json"], {
      env: cleanEnv({ ...ZH, ...MODEL_ENV }),
    });
    expect(result.code, result.stderr).toBe(124);
    const lines = linesOf(result.stderr);
    expect(lines.filter((l) => l === `score ${PROPOSAL} 未能在 1 秒内完成（--time-limit）；已停止`)).toHaveLength(1);
    expectChinese(lines);
  });
});

describe("the same messages in English when the run asks for English", () => {
  let server: LlmServer | ReplayServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("a missing proposal", async () => {
    const result = await runCli(["score", "nope.md"], { env: cleanEnv(EN) });
    expect(result.code).toBe(2);
    expect(linesOf(result.stderr)).toEqual(["nope.md: no such file or folder"]);
  });

  it("a bad rubric", async () => {
    const rubric = await badRubric();
    const result = await runCli(["score", PROPOSAL, "--rubric", rubric], { env: cleanEnv(EN) });
    expect(result.code).toBe(2);
    expect(linesOf(result.stderr)).toEqual([`${rubric}:7:13: criteria[0].weight: expected a number, got "ten"`]);
  });

  it("an endpoint that refuses the connection, over Chinese facts", async () => {
    const dir = await tempDir("grantsmith-i18n-");
    const port = await closedPort();
    const result = await runCli(
      ["draft", ZH_FACTS, "-o", path.join(dir, "out.md"), "--base-url", `http://127.0.0.1:${port}/v1`, "--model", "m", "--no-score"],
      { env: cleanEnv({ ...EN, ...MODEL_ENV }) },
    );
    expect(result.code).toBe(3);
    expect(linesOf(result.stderr).at(-1)).toBe(
      `cannot reach the model endpoint http://127.0.0.1:${port}/v1 (connection refused); check the base URL and that the server is running, or use --offline`,
    );
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });

  it("a 401", async () => {
    server = await startLlmServer(() => ({ status: 401, error: { message: `Incorrect API key provided: ${KEY}` } }));
    const dir = await tempDir("grantsmith-i18n-");
    const result = await runCli(["draft", ZH_FACTS, "-o", path.join(dir, "out.md"), "--base-url", server.baseURL, "--model", "m", "--no-score"], {
      env: cleanEnv({ ...EN, ...MODEL_ENV }),
    });
    expect(result.code).toBe(3);
    expect(linesOf(result.stderr).at(-1)).toBe(
      `the model endpoint ${server.baseURL} refused the API key (401); check GRANTSMITH_API_KEY and that it is valid for this endpoint`,
    );
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });

  it("the usage line after a replayed draft", async () => {
    const replay = await startReplayServer();
    server = replay;
    const dir = await tempDir("grantsmith-i18n-");
    const result = await runCli(["draft", ZH_FACTS, "-o", path.join(dir, "out.md"), "--base-url", replay.baseURL, "--model", "m", "--no-score"], {
      env: cleanEnv({ ...EN, ...MODEL_ENV }),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(linesOf(result.stderr).at(-1)).toMatch(/^model usage: \d+ requests, [\d,]+ prompt \+ [\d,]+ completion tokens, 0 cache hits$/);
  });

  it("a run stopped by --time-limit", async () => {
    server = await startLlmServer(() => ({ text: '{"score": 3}', silent: true }));
    const result = await runCli(["score", PROPOSAL, "--judge", "--base-url", server.baseURL, "--model", "m", "--time-limit", "1", "--format", "json"], {
      env: cleanEnv({ ...EN, ...MODEL_ENV }),
    });
    expect(result.code).toBe(124);
    expect(linesOf(result.stderr).filter((l) => l === `score ${PROPOSAL} did not finish within 1s (--time-limit); stopped`)).toHaveLength(1);
  });
});
