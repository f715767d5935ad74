// `grantsmith draft` end to end: the built binary, offline on every example, and against a local
// OpenAI-compatible server (streaming) for the model path, its failures and Ctrl-C.
import { existsSync } from "node:fs";
import { access, copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionPlan } from "../../src/draft/plan.js";
import { cleanEnv, REPO_ROOT, runCliInEnglish as runCli, signalAfterRequests } from "../helpers/run-cli.js";
import { runInProcessInEnglish as runInProcess } from "../helpers/run-in-process.js";
import { sectionAnswer, startLlmServer, type LlmServer, type RecordedRequest } from "../helpers/llm-server.js";
import { tempDir } from "../helpers/temp.js";

const FAKE_KEY = "sk-test-SECRET-0123456789abcdef";
let dir: string;

beforeAll(async () => {
  dir = await tempDir("grantsmith-e2e-draft-");
});

async function examples(): Promise<string[]> {
  const files: string[] = [];
  for (const lang of ["zh", "en"]) {
    for (const name of await readdir(path.join(REPO_ROOT, "examples", lang))) {
      if (name.endsWith(".yaml") && name !== "org.yaml") files.push(path.join("examples", lang, name));
    }
  }
  return files;
}

const fileExists = (file: string) => access(file).then(() => true, () => false);

describe("draft offline", () => {
  it("drafts every example without error, with every section heading in order", async () => {
    const list = await examples();
    expect(list.length).toBeGreaterThanOrEqual(5);
    for (const example of list) {
      const out = path.join(dir, path.basename(example).replace(".yaml", ".md"));
      const result = await runInProcess(["draft", example, "-o", out, "--no-score"]);
      expect(result.stderr).toMatch(/^offline: /m);
      expect(result.code, `${example}: ${result.stderr}`).toBe(0);
      const text = await readFile(out, "utf8");
      expect(text.startsWith("<!-- grantsmith: assembled offline")).toBe(true);
      const kind = /kind: (\S+)/.exec(await readFile(path.join(REPO_ROOT, example), "utf8"))?.[1] ?? "standard";
      const lang = example.includes("/zh/") ? "zh" : "en";
      let last = -1;
      for (const spec of sectionPlan(kind as "standard")) {
        const at = text.search(new RegExp(`^## \\S+ ?${spec.heading[lang]}$`, "m"));
        expect(at, `${example}: ${spec.heading[lang]}`).toBeGreaterThan(last);
        last = at;
      }
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });

  it("writes <facts name>.proposal.md beside the facts and refuses to overwrite it", async () => {
    const facts = path.join(dir, "meals.yaml");
    await copyFile(path.join(REPO_ROOT, "examples/zh/elderly-meals.yaml"), facts);
    const first = await runInProcess(["draft", facts, "--no-score"]);
    expect(first.code).toBe(0);
    const out = path.join(dir, "meals.proposal.md");
    const written = await readFile(out, "utf8");
    expect(written).toContain("## 六、项目预算");

    await writeFile(out, "my edits\n");
    const second = await runInProcess(["draft", facts, "--no-score"]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`${out}: already exists; pass --force`);
    expect(await readFile(out, "utf8")).toBe("my edits\n");

    const forced = await runInProcess(["draft", facts, "--no-score", "--force"]);
    expect(forced.code).toBe(0);
    expect(await readFile(out, "utf8")).toContain("## 六、项目预算");
  });

  it("prints to stdout with -o - and nothing else goes to stdout", async () => {
    const result = await runInProcess(["draft", "examples/en/girls-stem-clubs.yaml", "-o", "-", "--no-score"]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("<!-- grantsmith:")).toBe(true);
    expect(result.stdout).toContain("## 6. Budget");
    expect(result.stderr).not.toContain("<!--");
  });

  it("shows placeholders, never inventions, for a sparse facts file", async () => {
    const result = await runInProcess(["draft", "examples/zh/sparse.yaml", "-o", "-", "--no-score"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("【待补充：");
  });
});

describe("draft with bad input", () => {
  const cases: [string, string, RegExp][] = [
    ["syntax.yaml", "title: x\norganization: {name: o\n", /syntax\.yaml:\d+:\d+: syntax error: /],
    [
      "type.yaml",
      "title: t\norganization: {name: o}\nneed: {problem: p}\nbeneficiaries: [{group: g}]\nbudget:\n  total: 好几千\n",
      /type\.yaml:6:10: budget\.total: "好几千" is not an amount; write a number such as 150000/,
    ],
    [
      "unknown.yaml",
      "title: t\norganization: {name: o}\nneed: {problem: p}\nbeneficiaries: [{group: g}]\nbugdet: {}\n",
      /unknown\.yaml:5:1: bugdet: unknown field; did you mean "budget"\?/,
    ],
    ["missing.yaml", "title: t\nneed: {problem: p}\nbeneficiaries: [{group: g}]\n", /missing\.yaml:1:1: organization: required field is missing/],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: one line with file:line:col, exit 2, no output file`, async () => {
      const file = path.join(dir, name);
      await writeFile(file, text);
      const result = await runInProcess(["draft", file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(await fileExists(file.replace(".yaml", ".proposal.md"))).toBe(false);
    });
  }

  it("never writes over its own facts file, even with --force, nor into a folder that does not exist", async () => {
    const facts = path.join(dir, "own.yaml");
    await copyFile(path.join(REPO_ROOT, "examples/zh/sparse.yaml"), facts);
    const before = await readFile(facts, "utf8");
    const over = await runInProcess(["draft", facts, "-o", facts, "--force"]);
    expect(over.code).toBe(2);
    // A facts file is .yaml: refused as an output format before the input guard is reached.
    expect(over.stderr).toBe(`${facts}: grantsmith writes .md/.markdown, .docx, or - for stdout (Markdown); give -o a file name ending in one of these; see grantsmith draft --help\n`);
    expect(await readFile(facts, "utf8")).toBe(before);
    const missing = path.join(dir, "no-such-folder", "out.md");
    const result = await runInProcess(["draft", facts, "-o", missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("does not exist; create it first");
    expect(await fileExists(path.dirname(missing))).toBe(false);
  });

  it("names a missing facts file", async () => {
    const result = await runInProcess(["draft", path.join(dir, "nope.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("nope.yaml: no such facts file");
  });
});

/** Which section a drafting request is for, from the section title quoted in its prompt. */
function sectionOf(request: RecordedRequest): string {
  const zh = /“(?:[一二三四五六七八九十]+、)?([^”]+)”部分/.exec(request.lastUser);
  const en = /section "(?:\d+\. )?([^"]+)"/.exec(request.lastUser);
  const heading = zh?.[1] ?? en?.[1] ?? "";
  for (const kind of ["standard", "disaster-relief", "public-fundraising"] as const) {
    for (const spec of sectionPlan(kind)) {
      if (spec.heading.zh === heading || spec.heading.en === heading) return spec.id;
    }
  }
  return "unknown";
}

describe("draft with a model", () => {
  let server: LlmServer;
  beforeAll(async () => {
    // Answers in the language the prompt asks for, as a model would (a wrong-language answer is retried).
    server = await startLlmServer((request) => ({
      text: /[\u4e00-\u9fff]/.test(request.system)
        ? sectionAnswer(`MODEL-${sectionOf(request)}：`, "zh")
        : sectionAnswer(`MODEL-${sectionOf(request)}: `, "en"),
      chunkSize: 4,
    }));
  });
  afterAll(() => server.close());

  const modelEnv = (extra: Record<string, string> = {}) =>
    cleanEnv({ GRANTSMITH_API_KEY: FAKE_KEY, GRANTSMITH_MAX_RETRIES: "0", GRANTSMITH_CACHE: "none", ...extra });
  const modelArgs = () => ["--base-url", server.baseURL, "--model", "test-model", "--no-score"];

  it("sends each section its own facts, streams, and puts the model's text under the right heading with tables from the facts", async () => {
    server.requests.length = 0;
    const out = path.join(dir, "model.md");
    const result = await runInProcess(["draft", "examples/zh/elderly-meals.yaml", "-o", out, ...modelArgs()], { env: modelEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("using model test-model");
    expect(result.stderr).toMatch(/model usage: 10 requests/);

    const requests = server.chatRequests();
    expect(requests).toHaveLength(10);
    const bySection = new Map(requests.map((r) => [sectionOf(r), r]));
    expect([...bySection.keys()].sort()).toEqual(sectionPlan("standard").map((s) => s.id).sort());
    for (const request of requests) {
      expect(request.body.stream).toBe(true);
      expect(request.body.model).toBe("test-model");
      expect(request.system).toContain("严禁编造");
      expect(request.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
    }
    const facts = await readFile(path.join(REPO_ROOT, "examples/zh/elderly-meals.yaml"), "utf8");
    const itemName = /items:\s*\n\s*- (?:\{ )?name: ([^,\n]+)/.exec(facts)![1]!.trim();
    expect(bySection.get("budget")!.lastUser).toContain(itemName);
    expect(bySection.get("risks")!.lastUser).not.toContain(itemName);
    expect(bySection.get("need")!.lastUser).toContain("入户需求调查");

    const text = await readFile(out, "utf8");
    expect(text).toMatch(/^<!-- grantsmith: .*test-model/);
    const need = text.indexOf("## 二、项目背景与需求分析");
    const next = text.indexOf("## 三、项目目标");
    const modelNeed = text.indexOf("MODEL-need：");
    expect(modelNeed).toBeGreaterThan(need);
    expect(modelNeed).toBeLessThan(next);
    for (const spec of sectionPlan("standard")) expect(text).toContain(`MODEL-${spec.id}：`);
    // The budget table and its total come from the facts, not from the model.
    expect(text).toMatch(/\| \*\*合计\*\* \|[^\n]*1,167,000\.00/);
    expect(text).not.toContain("MODEL-unknown");
  });

  it("401: one line naming the endpoint, exit 3, the key nowhere, no output file", async () => {
    const failing = await startLlmServer({ "*": { status: 401, error: { message: `Incorrect API key provided: ${FAKE_KEY}` } } });
    const out = path.join(dir, "auth.md");
    try {
      const result = await runInProcess(["draft", "examples/zh/elderly-meals.yaml", "-o", out, "--base-url", failing.baseURL, "--model", "m", "--no-score"], {
        env: modelEnv(),
      });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(failing.baseURL.replace(/\/v1$/, ""));
      expect(result.stderr + result.stdout).not.toContain(FAKE_KEY);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(await fileExists(out)).toBe(false);
    } finally {
      await failing.close();
    }
  });

  it("500: one line, exit 3, the key nowhere", async () => {
    const failing = await startLlmServer({ "*": { status: 500, error: { message: "internal error" } } });
    try {
      const result = await runInProcess(["draft", "examples/en/girls-stem-clubs.yaml", "-o", path.join(dir, "e500.md"), "--base-url", failing.baseURL, "--model", "m", "--no-score"], {
        env: modelEnv(),
      });
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split("\n").filter((l) => /500|server/i.test(l))).toHaveLength(1);
      expect(result.stderr + result.stdout).not.toContain(FAKE_KEY);
    } finally {
      await failing.close();
    }
  });

  it("connection refused: exit 3 with one line", async () => {
    const result = await runInProcess(
      ["draft", "examples/en/girls-stem-clubs.yaml", "-o", path.join(dir, "refused.md"), "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--no-score"],
      { env: modelEnv() },
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("127.0.0.1:9");
  });

  it("Ctrl-C aborts the requests, exits 130 and leaves no output file", async () => {
    const slow = await startLlmServer({ "*": { text: "慢慢写的正文。".repeat(50), chunkSize: 2, stallAfterChunks: 1 } });
    const out = path.join(dir, "interrupted.md");
    try {
      const result = await runCli(["draft", "examples/zh/elderly-meals.yaml", "-o", out, "--base-url", slow.baseURL, "--model", "m", "--no-score"], {
        env: modelEnv(),
        onSpawn: signalAfterRequests(slow),
      });
      expect(result.code).toBe(130);
      expect(await fileExists(out)).toBe(false);
      const leftovers = (await readdir(dir)).filter((f) => f.startsWith(".interrupted.md"));
      expect(leftovers).toEqual([]);
    } finally {
      await slow.close();
    }
  });

  it("a stream cut off mid-section keeps the finished sections, and --resume asks only for the rest", async () => {
    const flaky = await startLlmServer((request) => {
      const id = sectionOf(request);
      if (id === "activities") return { text: "这一段会被截断的正文内容。".repeat(20), chunkSize: 4, cutAfterChunks: 3, cutMode: "destroy" };
      return { text: sectionAnswer(`MODEL-${id}：`, "zh") };
    });
    const out = path.join(dir, "resume.md");
    try {
      const args = ["draft", "examples/zh/elderly-meals.yaml", "-o", out, "--base-url", flaky.baseURL, "--model", "m", "--no-score", "--concurrency", "1"];
      const first = await runInProcess(args, { env: modelEnv() });
      expect(first.code).toBe(3);
      expect(first.stderr).toContain("kept 4 finished sections; run the same command with --resume");
      expect(await fileExists(out)).toBe(false);
      const firstSections = flaky.chatRequests().map(sectionOf);
      expect(firstSections).toEqual(["summary", "need", "objectives", "beneficiaries", "activities"]);

      flaky.requests.length = 0;
      flaky.setHandler((request) => ({ text: sectionAnswer(`MODEL-${sectionOf(request)}：`, "zh") }));
      const second = await runInProcess([...args, "--resume"], { env: modelEnv() });
      expect(second.code, second.stderr).toBe(0);
      expect(flaky.chatRequests().map(sectionOf)).toEqual(["activities", "budget", "monitoring", "risks", "sustainability", "organization"]);
      expect(second.stderr).toContain("(4 resumed)");
      const text = await readFile(out, "utf8");
      for (const spec of sectionPlan("standard")) expect(text).toContain(`MODEL-${spec.id}：`);
      expect(await fileExists(path.join(dir, ".grantsmith-state"))).toBe(false);
    } finally {
      await flaky.close();
    }
  });

  it("--resume says so when saved sections cannot be reused because the model changed", async () => {
    const flaky = await startLlmServer((request) =>
      sectionOf(request) === "objectives" ? { status: 500, error: { message: "down" } } : { text: sectionAnswer(`MODEL-${sectionOf(request)}：`, "zh") },
    );
    const out = path.join(dir, "resume-changed.md");
    try {
      const args = ["draft", "examples/zh/elderly-meals.yaml", "-o", out, "--base-url", flaky.baseURL, "--no-score", "--concurrency", "1"];
      const first = await runInProcess([...args, "--model", "m"], { env: modelEnv() });
      expect(first.code).toBe(3);
      flaky.setHandler((request) => ({ text: sectionAnswer(`MODEL-${sectionOf(request)}：`, "zh") }));
      flaky.requests.length = 0;
      const second = await runInProcess([...args, "--model", "another-model", "--resume"], { env: modelEnv() });
      expect(second.code, second.stderr).toBe(0);
      expect(flaky.chatRequests()).toHaveLength(10);
      expect(second.stderr).toContain("note: 2 of the 2 sections saved by the interrupted draft were written again");
    } finally {
      await flaky.close();
    }
  });

  it("-o - writes nothing beside the facts while it drafts; stopped, it keeps the finished sections there for --resume", async () => {
    const folder = await tempDir("grantsmith-e2e-stdout-");
    const facts = path.join(folder, "meals.yaml");
    await copyFile(path.join(REPO_ROOT, "examples/zh/elderly-meals.yaml"), facts);
    const stateFolder = path.join(folder, ".grantsmith-state");
    // Whether the state folder is there when each request arrives (sections go one at a time).
    const seen: boolean[] = [];
    let cut = true;
    const stdoutServer = await startLlmServer((request) => {
      seen.push(existsSync(stateFolder));
      const id = sectionOf(request);
      if (cut && id === "activities") return { text: "这一段会被截断的正文内容。".repeat(20), chunkSize: 4, cutAfterChunks: 3, cutMode: "destroy" };
      return sectionAnswer(`MODEL-${id}：`, "zh");
    });
    try {
      const args = ["draft", facts, "-o", "-", "--base-url", stdoutServer.baseURL, "--model", "m", "--no-score", "--concurrency", "1"];
      cut = false;
      const whole = await runInProcess(args, { env: modelEnv() });
      expect(whole.code, whole.stderr).toBe(0);
      expect(whole.stdout).toContain("MODEL-organization：");
      expect(seen).toHaveLength(10);
      expect(seen.filter(Boolean)).toEqual([]);
      expect(await readdir(folder)).toEqual(["meals.yaml"]);

      cut = true;
      const stopped = await runInProcess(args, { env: modelEnv() });
      expect(stopped.code).toBe(3);
      expect(stopped.stderr).toContain("kept 4 finished sections; run the same command with --resume");
      expect((await readdir(path.join(stateFolder, "meals.proposal.md"))).sort()).toEqual(["beneficiaries.json", "need.json", "objectives.json", "summary.json"]);
      cut = false;
      stdoutServer.requests.length = 0;
      const resumed = await runInProcess([...args, "--resume"], { env: modelEnv() });
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(stdoutServer.chatRequests().map(sectionOf)).toEqual(["activities", "budget", "monitoring", "risks", "sustainability", "organization"]);
      expect(await readdir(folder)).toEqual(["meals.yaml"]);
    } finally {
      await stdoutServer.close();
    }
  });

  it("a second identical draft is answered from the cache with zero requests", async () => {
    const cacheHome = await tempDir("grantsmith-cache-");
    const env = modelEnv({ GRANTSMITH_CACHE: path.join(cacheHome, "grantsmith") });
    server.requests.length = 0;
    const args = ["draft", "examples/en/girls-stem-clubs.yaml", "-o", "-", ...modelArgs()];
    const first = await runInProcess(args, { env });
    expect(first.code, first.stderr).toBe(0);
    const firstCount = server.chatRequests().length;
    expect(firstCount).toBe(10);
    const second = await runInProcess(args, { env });
    expect(second.code).toBe(0);
    expect(server.chatRequests().length).toBe(firstCount);
    expect(second.stderr).toContain("0 requests, 0 prompt + 0 completion tokens, 10 cache hits");
    expect(second.stdout.replace(/^<!--.*-->\n/, "")).toBe(first.stdout.replace(/^<!--.*-->\n/, ""));
    const bypass = await runInProcess([...args, "--no-cache"], { env });
    expect(bypass.code).toBe(0);
    expect(server.chatRequests().length).toBe(firstCount + 10);
  });
});
