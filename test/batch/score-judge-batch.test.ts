// score --judge --batch end to end: the judge's questions go to the provider's batch engine (the
// local fake of the files and batches endpoints), the answers into the cache, and the report is the
// report of a live run. A failed line and an expired job are asked live; an interrupted run picks
// its job up again; bad combinations of flags are exit 2 before anything is sent.
import { copyFile, mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startBatchServer, type BatchServer } from "../helpers/batch-server.js";
import type { RecordedRequest } from "../helpers/llm-server.js";
import { cleanEnv, REPO_ROOT, runCli, type RunOptions } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

const KEY = "sk-test-BATCH-SECRET-0123456789";
const FIXTURES = path.join(REPO_ROOT, "test/fixtures/proposals");

/** A verdict whose score depends on the question, so a mixed-up answer would show in the report. */
function verdict(request: RecordedRequest): string {
  const first = request.body.messages?.find((m) => m.role === "user");
  const text = typeof first?.content === "string" ? first.content : "";
  const score = /persuasive|说服力/.test(text) ? 7 : /funder|资助方/.test(text) ? 5 : 8;
  return JSON.stringify({ score, reasons: ["The chain from need to budget holds."], suggestions: ["Tie each budget line to an objective."] });
}

async function folder(): Promise<string> {
  const dir = await tempDir("grantsmith-batch-");
  await mkdir(path.join(dir, "in"));
  for (const name of ["en-complete.md", "zh-complete.md", "en-sparse.md"]) await copyFile(path.join(FIXTURES, name), path.join(dir, "in", name));
  return dir;
}

let server: BatchServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function score(dir: string, cache: string, extra: string[] = [], options: Pick<RunOptions, "onSpawn"> = {}) {
  const result = await runCli(["score", path.join(dir, "in"), "--judge", "--base-url", server!.baseURL, "--model", "judge-test", "--format", "json", ...extra], {
    env: cleanEnv({ GRANTSMITH_API_KEY: KEY, GRANTSMITH_MAX_RETRIES: "0", GRANTSMITH_CACHE: cache }),
    ...options,
  });
  expect(result.stdout + result.stderr).not.toContain(KEY);
  return { ...result, report: result.stdout ? (JSON.parse(result.stdout) as { results: unknown[] }) : undefined };
}

const chats = () => server!.requests.filter((r) => r.path.endsWith("/chat/completions")).length;

describe("score --judge --batch", () => {
  it("sends every question as one job, asks nothing live, and reports what a live run reports", async () => {
    const dir = await folder();
    server = await startBatchServer(verdict);
    const live = await score(dir, path.join(dir, "cache-live"));
    // The sparse proposal fails the gate (exit 1) with or without --batch.
    expect(live.code, live.stderr).toBe(1);
    const liveChats = chats();
    expect(liveChats).toBeGreaterThan(3);
    server.requests.length = 0;

    const batched = await score(dir, path.join(dir, "cache-batch"), ["--batch", "--poll-interval", "0.01"]);
    expect(batched.code, batched.stderr).toBe(1);
    expect(chats()).toBe(0);
    expect(server.jobs.size).toBe(1);
    expect(server.uploadedLines()).toHaveLength(liveChats);
    expect(batched.report!.results).toEqual(live.report!.results);
    expect(batched.stderr).toMatch(/batch: sent \d+ requests to .* as job batch_\d+/);
    expect(batched.stderr).toMatch(/batch batch_\d+ completed: \d+ answers cached; tokens \d+ prompt \+ \d+ completion/);
    // Nothing is left of the job once its answers are in the cache.
    expect(await readdir(path.join(dir, "cache-batch", "batches"))).toEqual([]);

    // Asked again, everything is in the cache: no job.
    const again = await score(dir, path.join(dir, "cache-batch"), ["--batch", "--poll-interval", "0.01"]);
    expect(again.code, again.stderr).toBe(1);
    expect(again.stderr).toContain("batch: every question is answered in the cache already; no job sent");
    expect(server.jobs.size).toBe(1);
  });

  it("asks live the lines a job failed, and those an expired job never reached", async () => {
    const dir = await folder();
    server = await startBatchServer(verdict, { failLine: (body) => JSON.stringify(body.messages).includes("说服力") });
    const failed = await score(dir, path.join(dir, "cache-a"), ["--batch", "--poll-interval", "0.01"]);
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).toMatch(/\d+ to ask live/);
    expect(chats()).toBeGreaterThan(0);
    await server.close();

    server = await startBatchServer(verdict, { expireAfter: 2 });
    const expired = await score(dir, path.join(dir, "cache-b"), ["--batch", "--poll-interval", "0.01"]);
    expect(expired.code, expired.stderr).toBe(1);
    expect(expired.stderr).toMatch(/batch batch_\d+ expired: 2 answers cached/);
    expect(expired.report!.results).toEqual(failed.report!.results);
  });

  it("a job the provider fails outright is exit 3 with one line that says how to go on", async () => {
    const dir = await folder();
    server = await startBatchServer(verdict, { rejectJob: true });
    const result = await score(dir, path.join(dir, "cache"), ["--batch", "--poll-interval", "0.01"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/the batch job batch_\d+ failed on the provider \(the input file is not valid JSONL\); run without --batch to ask live/);
  });

  it("an interrupted run leaves its job running and says so; the same command picks it up, as does --batch-id", async () => {
    const dir = await folder();
    server = await startBatchServer(verdict, { pollsToFinish: 1_000_000 });
    const args = ["--batch", "--poll-interval", "0.02"];
    // Ctrl-C once the job is on the provider (not a terminal: nothing is asked, the job stays).
    const first = await score(dir, path.join(dir, "cache"), args, {
      onSpawn: (child) => {
        const timer = setInterval(() => {
          if (server!.jobs.size > 0) {
            clearInterval(timer);
            child.kill("SIGINT");
          }
        }, 20);
        child.on("close", () => clearInterval(timer));
      },
    });
    expect(first.code).toBe(130);
    const [id] = [...server.jobs.keys()];
    expect(first.stderr).toContain(`batch job ${id} is still running on the provider; run the same command again to pick it up (or with --batch-id ${id})`);
    expect(server.jobs.get(id!)!.cancelled).toBeUndefined();

    server.jobs.get(id!)!.polls = 1_000_000;
    const again = await score(dir, path.join(dir, "cache"), args);
    expect(again.code, again.stderr).toBe(1);
    expect(again.stderr).toContain(`batch: picking up job ${id}`);
    expect(server.jobs.size).toBe(1);
    expect(chats()).toBe(0);

    const named = await score(dir, path.join(dir, "cache-other"), [...args, "--batch-id", id!]);
    expect(named.code, named.stderr).toBe(1);
    expect(named.stderr).toContain(`batch: picking up job ${id}`);
    expect(server.jobs.size).toBe(1);
  });

  it("bad combinations are exit 2 before anything is sent", async () => {
    const dir = await folder();
    server = await startBatchServer(verdict);
    const noJudge = await runCli(["score", path.join(dir, "in"), "--batch"], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(noJudge.code).toBe(2);
    expect(noJudge.stderr).toContain("--batch sends the judge's questions as one provider batch job: use it with --judge");
    const noCache = await score(dir, "none", ["--batch"]);
    expect(noCache.code).toBe(2);
    expect(noCache.stderr).toMatch(/--batch hands the job's answers to the run through the response cache, which is off/);
    const zh = await runCli(["score", path.join(dir, "in"), "--judge", "--batch-id", "b1", "--base-url", server.baseURL, "--model", "m"], {
      env: cleanEnv({ GRANTSMITH_LANG: "zh", GRANTSMITH_API_KEY: KEY }),
    });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("--batch-id 用于接续一个批处理任务：请与 --batch 一起使用");
    expect(server.requests).toHaveLength(0);
  });
});
