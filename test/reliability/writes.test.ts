// Where a draft's paid answers go: both folders are tried before the first request, the output is
// never replaced without --force (not even by a concurrent run), and materials are named before
// they leave the machine.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { sectionAnswer, startLlmServer, type LlmServer } from "../helpers/llm-server.js";
import { file, filesIn, linesOf, makeProject, type Project } from "./project.js";

const KEY = "sk-reliability-KEY-0123456789abcdef";
let servers: LlmServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(delayMs = 0): Promise<LlmServer> {
  const server = await startLlmServer(() => ({ text: sectionAnswer("", "en"), delayMs }));
  servers.push(server);
  return server;
}

const env = (extra: Record<string, string> = {}) => cleanEnv({ GRANTSMITH_API_KEY: KEY, GRANTSMITH_MAX_RETRIES: "0", GRANTSMITH_CACHE: "none", ...extra });
const modelDraft = (p: Project, baseURL: string, out: string, ...extra: string[]) =>
  runInProcess(["draft", p.facts, "-o", out, "--base-url", baseURL, "--model", "m", "--no-score", ...extra], { env: env() });

interface PreflightCase {
  name: string;
  setup: (p: Project) => Promise<void>;
  /** The -o argument, relative to the project. */
  out: string;
  line: RegExp;
}

const PREFLIGHT: PreflightCase[] = [
  { name: "the state folder's place is taken by a file", setup: (p) => file(p, ".grantsmith-state", "not a folder"), out: "out.md", line: /out\.md: cannot write in .*\.grantsmith-state[\\/]out\.md \(E(NOTDIR|EXIST)\); choose a writable folder with -o FILE/ },
  { name: "the output folder does not exist", setup: async () => undefined, out: "missing/out.md", line: /missing[\\/]out\.md: the folder .*missing does not exist; create it first/ },
  { name: "the output is a folder", setup: (p) => mkdir(path.join(p.dir, "out.md")), out: "out.md", line: /out\.md: is a folder; give a file name/ },
  { name: "the output exists", setup: (p) => file(p, "out.md", "my edits\n"), out: "out.md", line: /out\.md: already exists; pass --force to overwrite it/ },
  { name: "the output is the facts file", setup: async () => undefined, out: "facts.yaml", line: /facts\.yaml: grantsmith writes \.md\/\.markdown, \.docx, or - for stdout/ },
  { name: "the output is a material", setup: async (p) => { await file(p, "notes.md", "notes"); await writeFile(p.facts, `${await readFile(p.facts, "utf8")}materials:\n  - notes.md\n`); }, out: "notes.md", line: /notes\.md: is one of this command's input files/ },
];

describe("writes checked before the first request", () => {
  it.each(PREFLIGHT)("$name: exit 2 with the path, no request, nothing written", async (c) => {
    const server = await serve();
    const p = await makeProject("", c.setup);
    const before = await filesIn(p.dir);
    const snapshot = await Promise.all(before.map((f) => readFile(path.join(p.dir, f), "utf8")));
    const result = await modelDraft(p, server.baseURL, path.join(p.dir, c.out));
    expect(result.code, result.stderr).toBe(2);
    expect(linesOf(result.stderr).filter((l) => c.line.test(l)), result.stderr).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(server.chatRequests()).toHaveLength(0);
    expect(await filesIn(p.dir)).toEqual(before);
    expect(await Promise.all(before.map((f) => readFile(path.join(p.dir, f), "utf8")))).toEqual(snapshot);
  });

  it("the probe leaves no state folder behind when the draft then fails", async () => {
    const p = await makeProject();
    const result = await modelDraft(p, "http://127.0.0.1:9/v1", path.join(p.dir, "out.md"));
    expect(result.code).toBe(3);
    expect(await filesIn(p.dir)).toEqual(["facts.yaml"]);
  });
});

describe("the output is created exclusively", () => {
  it.each([
    ["two model drafts", true],
    ["two offline drafts", false],
  ] as const)("%s to one -o at once: one writes, the other exits 2 and replaces nothing", async (_name, model) => {
    const server = await serve(150);
    const p = await makeProject();
    const out = path.join(p.dir, "out.md");
    const args = model ? ["--base-url", server.baseURL, "--model", "m", "--concurrency", "8"] : ["--offline"];
    const run = () => runCli(["draft", p.facts, "-o", out, "--no-score", ...args], { env: env() });
    const results = await Promise.all([run(), run()]);
    const codes = results.map((r) => r.code).sort();
    expect(codes, results.map((r) => r.stderr).join("\n")).toEqual([0, 2]);
    const loser = results.find((r) => r.code === 2)!;
    expect(linesOf(loser.stderr).filter((l) => /out\.md: (was created by someone else while this command ran; nothing was replaced; pass --force|already exists; pass --force|another grantsmith draft \(process \d+\) is writing this file)/.test(l))).toHaveLength(1);
    const text = await readFile(out, "utf8");
    expect(text.startsWith("<!-- grantsmith:")).toBe(true);
    expect(text).toContain("## 6. Budget");
    // The loser stopped before its first request (the lock, or the check after it), so no paid answer is lost.
    if (model) expect(server.chatRequests()).toHaveLength(10);
    // No temp or lock file is left beside the output.
    expect((await filesIn(p.dir)).filter((f) => /\.tmp$|grantsmith-lock$/.test(f))).toEqual([]);
  });

  it("--force replaces an existing output", async () => {
    const p = await makeProject("", (q) => file(q, "out.md", "old\n"));
    const result = await runInProcess(["draft", p.facts, "-o", path.join(p.dir, "out.md"), "--offline", "--no-score", "--force"], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(path.join(p.dir, "out.md"), "utf8")).toContain("## 6. Budget");
  });
});

describe("materials on their way to a model", () => {
  it("a remote endpoint: each material is named with its size before the first request", async () => {
    const server = await serve();
    const p = await makeProject("materials:\n  - notes.md\n", (q) => file(q, "notes.md", "Survey of 120 families."));
    // The IPv4-mapped IPv6 form of 127.0.0.1: the same server, but not a name grantsmith treats as this machine.
    const remote = server.baseURL.replace("127.0.0.1", "[::ffff:127.0.0.1]");
    const result = await modelDraft(p, remote, path.join(p.dir, "out.md"));
    expect(result.code, result.stderr).toBe(0);
    const notes = linesOf(result.stderr).filter((l) => /^note: material "notes\.md" \(23 characters\) is sent to http:\/\/\[::ffff:7f00:1\]/.test(l));
    expect(notes).toHaveLength(1);
    expect(server.chatRequests().some((r) => r.lastUser.includes("Survey of 120 families."))).toBe(true);
  });

  it("a local endpoint: no note", async () => {
    const server = await serve();
    const p = await makeProject("materials:\n  - notes.md\n", (q) => file(q, "notes.md", "Survey of 120 families."));
    const result = await modelDraft(p, server.baseURL, path.join(p.dir, "out.md"));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('material "notes.md"');
  });

  it("materials over materials_max_chars are cut, with one notice, and the prompt carries only the cap", async () => {
    const server = await serve();
    const p = await makeProject("materials:\n  - a.md\n  - b.md\n", async (q) => {
      await file(q, "a.md", `A-START ${"a".repeat(300)}`);
      await file(q, "b.md", `B-START ${"b".repeat(300)} B-END`);
      await file(q, "grantsmith.config.yaml", "materials_max_chars: 400\n");
    });
    const result = await runInProcess(["draft", p.facts, "-o", path.join(p.dir, "out.md"), "--base-url", server.baseURL, "--model", "m", "--no-score"], {
      env: env({ GRANTSMITH_CONFIG: path.join(p.dir, "grantsmith.config.yaml") }),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(linesOf(result.stderr).filter((l) => /^note: .*facts\.yaml: the materials hold 622 characters, over the 400 a prompt carries \(materials_max_chars\); "b\.md" is cut$/.test(l)), result.stderr).toHaveLength(1);
    const withMaterials = server.chatRequests().filter((r) => r.lastUser.includes("A-START"));
    expect(withMaterials.length).toBeGreaterThan(0);
    for (const r of withMaterials) {
      expect(r.lastUser).toContain("B-START");
      expect(r.lastUser).not.toContain("B-END");
    }
  });
});
