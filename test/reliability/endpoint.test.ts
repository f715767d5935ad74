// Endpoint faults during `draft`: each ends with exit 3 and one line that says what happened, no
// dump (HTML, SDK log, stack), the key nowhere, no output file, and the finished sections kept only
// in the state folder for --resume.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanEnv, type CliResult } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { sectionAnswer, startLlmServer, type LlmHandler, type LlmServer, type Reply } from "../helpers/llm-server.js";
import { filesIn, linesOf, makeProject, type Project } from "./project.js";

const KEY = "sk-reliability-KEY-0123456789abcdef";
const NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n";
const SECTION_ANSWER = sectionAnswer("", "en");

let servers: LlmServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(handler: LlmHandler): Promise<LlmServer> {
  const server = await startLlmServer(handler);
  servers.push(server);
  return server;
}

interface Run {
  project: Project;
  out: string;
  cache: string;
  result: CliResult;
}

/** `draft facts.yaml -o out.md` against `baseURL`, one request at a time, with a cache in the project's sibling folder. */
async function draft(baseURL: string, extraArgs: string[] = [], env: Record<string, string> = {}): Promise<Run> {
  const project = await makeProject();
  const out = path.join(project.dir, "out.md");
  const cache = path.join(project.outside, "cache");
  const result = await runInProcess(["draft", project.facts, "-o", out, "--base-url", baseURL, "--model", "m", "--no-score", "--concurrency", "1", ...extraArgs], {
    env: cleanEnv({ GRANTSMITH_API_KEY: KEY, GRANTSMITH_MAX_RETRIES: "0", GRANTSMITH_CACHE: cache, ...env }),
  });
  return { project, out, cache, result };
}

/** Every text file the run left (project and cache), joined, for "the key is nowhere". */
async function everythingWritten(run: Run): Promise<string> {
  const texts: string[] = [run.result.stdout, run.result.stderr];
  for (const root of [run.project.dir, run.cache]) {
    for (const f of await filesIn(root)) texts.push(await readFile(path.join(root, f), "utf8"));
  }
  return texts.join("\n");
}

const stateFiles = async (run: Run) => (await readdir(path.join(run.project.dir, ".grantsmith-state", "out.md")).catch(() => [])).filter((f) => f.endsWith(".json"));

/** No line of stderr is a dump: no stack frame, no HTML, no SDK parse log. */
function expectNoDump(stderr: string): void {
  for (const line of linesOf(stderr)) expect(line).not.toMatch(/^\s+at |<\/?(html|head|body|title)\b|From chunk|Could not parse message/i);
}

interface FaultCase {
  name: string;
  /** The reply to every request from the `after`-th on (the ones before are answered normally). */
  reply: Reply;
  after?: number;
  line: RegExp;
}

const FAULTS: FaultCase[] = [
  { name: "502 from nginx (an HTML page)", reply: { status: 502, rawBody: NGINX_502, headers: { "content-type": "text/html" } }, line: /server error \(502\): an HTML page titled "502 Bad Gateway"; try again later/ },
  { name: "503 with an HTML page without a title", reply: { status: 503, rawBody: "<!DOCTYPE html><html><body><p>down for maintenance</p></body></html>", headers: { "content-type": "text/html" } }, line: /server error \(503\): an HTML page, not an API answer/ },
  { name: "400 whose message echoes the key", reply: { status: 400, error: { message: `bad request for key ${KEY}` } }, line: /rejected the request \(400\): bad request for key \*\*\*/ },
  { name: "401", reply: { status: 401, error: { message: `Incorrect API key provided: ${KEY}` } }, line: /refused the API key \(401\); check GRANTSMITH_API_KEY/ },
  { name: "403", reply: { status: 403, error: { message: "forbidden" } }, line: /refused the API key \(403\)/ },
  { name: "404", reply: { status: 404, error: { message: "no such model" } }, line: /model "m" was not found at .* \(404\)/ },
  { name: "422", reply: { status: 422, error: { message: "unprocessable" } }, line: /rejected the request \(422\): unprocessable/ },
  { name: "429 rate limit", reply: { status: 429, error: { message: "slow down" } }, line: /is rate limiting \(429\)/ },
  { name: "429 quota", reply: { status: 429, error: { message: "insufficient balance" } }, line: /quota or balance exhausted \(429\)/ },
  { name: "500 JSON", reply: { status: 500, error: { message: "internal error" } }, line: /server error \(500\): internal error/ },
  { name: "a malformed event stream", reply: { rawBody: 'data: {"id":"x","choices":[{"delta":{"content":"Hel\n\ndata: lo"}}]}\n\n' }, line: /sent a malformed event stream \(an event that is not JSON\)/ },
  { name: "a body that is not an event stream", reply: { rawBody: "<html><body>hello</body></html>" }, line: /answered, but not with an OpenAI-compatible stream/ },
  { name: "an error event inside the stream", reply: { rawBody: 'data: {"error":{"message":"model overloaded"}}\n\n' }, line: /reported an error mid-answer: model overloaded/ },
  { name: "a stream cut by a dropped connection", reply: { text: SECTION_ANSWER, chunkSize: 4, chunkDelayMs: 20, cutAfterChunks: 2, cutMode: "destroy" }, line: /dropped the connection in the middle of an answer/ },
  { name: "a stream closed without its end", reply: { text: SECTION_ANSWER, chunkSize: 4, cutAfterChunks: 2, cutMode: "end" }, line: /ended the answer before it was complete/ },
  { name: "502 after two good answers", after: 2, reply: { status: 502, rawBody: NGINX_502, headers: { "content-type": "text/html" } }, line: /server error \(502\): an HTML page titled "502 Bad Gateway"/ },
  { name: "a malformed stream after three good answers", after: 3, reply: { rawBody: "data: {oops\n\n" }, line: /malformed event stream/ },
];

describe("endpoint faults", () => {
  it.each(FAULTS)("$name: exit 3, one line, nothing half-written", async (c) => {
    let served = 0;
    const server = await serve(() => (served++ < (c.after ?? 0) ? SECTION_ANSWER : c.reply));
    const run = await draft(server.baseURL);
    const { result } = run;
    expect(result.code, result.stderr).toBe(3);
    expect(linesOf(result.stderr).filter((l) => c.line.test(l)), result.stderr).toHaveLength(1);
    expectNoDump(result.stderr);
    expect(result.stdout).toBe("");
    expect(await everythingWritten(run)).not.toContain(KEY);
    expect(await filesIn(run.project.dir).then((f) => f.includes("out.md"))).toBe(false);
    // The good answers, and only they, are kept for --resume (and in the cache).
    expect(await stateFiles(run)).toHaveLength(c.after ?? 0);
    expect((await filesIn(run.cache)).length).toBe(c.after ?? 0);
    if (c.after) expect(result.stderr).toContain(`kept ${c.after} finished sections; run the same command with --resume`);
  });

  it("connection refused before any answer: cannot reach, check the base URL", async () => {
    const run = await draft("http://127.0.0.1:9/v1");
    expect(run.result.code).toBe(3);
    expect(linesOf(run.result.stderr).filter((l) => /cannot reach the model endpoint http:\/\/127\.0\.0\.1:9\/v1 .*check the base URL/.test(l))).toHaveLength(1);
    expect(await filesIn(run.project.dir)).toEqual(["facts.yaml"]);
  });

  it("a connection lost after successful answers says so and points to --resume, not to the base URL", async () => {
    let served = 0;
    let server: LlmServer | undefined = undefined;
    server = await serve(() => {
      if (++served <= 3) return SECTION_ANSWER;
      // The endpoint goes away: this request and every later one find nobody listening.
      void server!.close();
      return { delayMs: 1000, text: "never sent" };
    });
    const run = await draft(server.baseURL);
    expect(run.result.code, run.result.stderr).toBe(3);
    const lines = linesOf(run.result.stderr);
    expect(lines.filter((l) => /lost the connection to the model endpoint .* after 3 answers had arrived; check that it is still up \(an interrupted draft finishes with --resume\)/.test(l)), run.result.stderr).toHaveLength(1);
    expect(run.result.stderr).not.toMatch(/check the base URL/);
    expect(run.result.stderr).toContain("kept 3 finished sections; run the same command with --resume");
    expect(await stateFiles(run)).toHaveLength(3);
  });
});

describe("what the server sends back", () => {
  it("a server that echoes the key: not in the proposal, the cache, the state or any message", async () => {
    let served = 0;
    const server = await serve(() => (++served === 5 ? { status: 500, error: { message: `failed for ${KEY}` } } : `${SECTION_ANSWER} Your key is ${KEY}.`));
    const failed = await draft(server.baseURL);
    expect(failed.result.code).toBe(3);
    expect(await stateFiles(failed)).toHaveLength(4);
    expect(await everythingWritten(failed)).not.toContain(KEY);

    served = 100;
    const done = await draft(server.baseURL);
    expect(done.result.code, done.result.stderr).toBe(0);
    const text = await readFile(done.out, "utf8");
    expect(text).toContain("Your key is ***.");
    expect((await filesIn(done.cache)).length).toBeGreaterThan(0);
    expect(await everythingWritten(done)).not.toContain(KEY);
  });

  it("OPENAI_LOG=debug: the SDK's log goes to stderr, stdout holds only the proposal", async () => {
    const server = await serve(() => SECTION_ANSWER);
    const run = await draft(server.baseURL, ["-o", "-"], { OPENAI_LOG: "debug" });
    expect(run.result.code, run.result.stderr).toBe(0);
    expect(run.result.stdout.startsWith("<!-- grantsmith:")).toBe(true);
    expect(run.result.stdout).not.toMatch(/sending request|\[log_/);
    expect(run.result.stderr).toMatch(/sending request|\[log_/);
    expect(await everythingWritten(run)).not.toContain(KEY);
  });

  it("an answer over 200 K characters is asked for once more, then is its section's error; nothing of it is kept", async () => {
    let served = 0;
    const huge = "x".repeat(210_000);
    const server = await serve(() => (++served <= 2 ? SECTION_ANSWER : { text: huge, chunkSize: 20_000 }));
    const run = await draft(server.baseURL);
    expect(run.result.code, run.result.stderr).toBe(3);
    expect(linesOf(run.result.stderr).filter((l) => /sent an answer over 200 K characters, twice; nothing of it was kept/.test(l))).toHaveLength(1);
    expect(server.chatRequests()).toHaveLength(4);
    expect(await stateFiles(run)).toHaveLength(2);
    expect(await everythingWritten(run)).not.toContain("x".repeat(1000));
  });

  it("an answer over the cap once, then a normal one: the draft is written from the normal one", async () => {
    let served = 0;
    const server = await serve(() => (++served === 1 ? { text: "y".repeat(210_000), chunkSize: 20_000 } : SECTION_ANSWER));
    const run = await draft(server.baseURL);
    expect(run.result.code, run.result.stderr).toBe(0);
    const text = await readFile(run.out, "utf8");
    expect(text).not.toContain("y".repeat(1000));
    expect(text).toContain(SECTION_ANSWER);
    expect(await stateFiles(run)).toHaveLength(0);
  });
});
