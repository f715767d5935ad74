// draft --batch: every section's request goes to the provider's batch engine as one job, the
// answers into the cache, and the draft is assembled from the cache: the same file a live draft
// writes, with no live request.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startBatchServer, type BatchServer } from "../helpers/batch-server.js";
import type { RecordedRequest } from "../helpers/llm-server.js";
import { cleanEnv, REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

const KEY = "sk-test-DRAFT-BATCH-0123456789";
const FACTS = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");

/** A section as a model writes it, naming the section it was asked for. */
function section(request: RecordedRequest): string {
  const heading = /##\s*([^\n]+)/.exec(request.lastUser)?.[1] ?? "本部分";
  return `${heading.slice(0, 12)}：项目依托两个街道现有的养老服务驿站开展工作，由社工统筹、志愿者协助，各项安排与预算明细和时间表一致。`.repeat(3);
}

let server: BatchServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function draft(dir: string, name: string, cache: string, extra: string[] = []) {
  const out = path.join(dir, `${name}.md`);
  const result = await runCli(["draft", FACTS, "-o", out, "--no-score", "--base-url", server!.baseURL, "--model", "writer-test", ...extra], {
    env: cleanEnv({ GRANTSMITH_API_KEY: KEY, GRANTSMITH_MAX_RETRIES: "0", GRANTSMITH_CACHE: cache, GRANTSMITH_LANG: "en" }),
  });
  expect(result.stdout + result.stderr).not.toContain(KEY);
  return { ...result, text: result.code === 0 ? await readFile(out, "utf8") : "" };
}

const chats = () => server!.requests.filter((r) => r.path.endsWith("/chat/completions")).length;

describe("draft --batch", () => {
  it("sends every section as one job, asks nothing live, and writes the draft a live run writes", async () => {
    const dir = await tempDir("grantsmith-draft-batch-");
    server = await startBatchServer(section);
    const live = await draft(dir, "live", path.join(dir, "cache-live"));
    expect(live.code, live.stderr).toBe(0);
    const liveChats = chats();
    expect(liveChats).toBeGreaterThan(5);
    server.requests.length = 0;

    const batched = await draft(dir, "batched", path.join(dir, "cache-batch"), ["--batch", "--poll-interval", "0.01"]);
    expect(batched.code, batched.stderr).toBe(0);
    expect(chats()).toBe(0);
    expect(server.jobs.size).toBe(1);
    expect(server.uploadedLines()).toHaveLength(liveChats);
    expect(batched.text).toBe(live.text);
    expect(batched.stderr).toMatch(/batch: sent \d+ requests to .* as job batch_\d+/);
  });

  it("an offline draft, and --batch-id without --batch, are exit 2 before anything is sent", async () => {
    const dir = await tempDir("grantsmith-draft-batch-");
    server = await startBatchServer(section);
    const offline = await runCli(["draft", FACTS, "--offline", "--batch", "-o", path.join(dir, "x.md")], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(offline.code).toBe(2);
    expect(offline.stderr).toContain("--batch sends the sections to a model provider's batch engine, but this draft is offline");
    const id = await draft(dir, "y", path.join(dir, "cache"), ["--batch-id", "b1"]);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain("--batch-id picks up a batch job: use it with --batch");
    expect(server.requests).toHaveLength(0);
  });
});
