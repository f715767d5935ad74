// SIGTERM and SIGHUP end a model session as Ctrl-C does: a draft keeps its finished sections and
// says how to resume, the judge stops, and the run exits 128 + the signal's number. The built
// binary, a local server.
import { access, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionPlan } from "../../src/draft/plan.js";
import { cleanEnv, REPO_ROOT, runCliInEnglish as runCli } from "../helpers/run-cli.js";
import { sectionAnswer, startLlmServer, type LlmServer } from "../helpers/llm-server.js";

const FINISHED = 4;
const SECTIONS = sectionPlan("standard").length;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "grantsmith-e2e-signals-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const fileExists = (file: string) => access(file).then(() => true, () => false);

/** Sends `signal` once the server has been asked more than `after` questions. */
function signalAfterRequests(server: LlmServer, signal: NodeJS.Signals, after: number) {
  return (child: ReturnType<typeof spawn>) => {
    const timer = setInterval(() => {
      if (server.chatRequests().length > after) {
        clearInterval(timer);
        child.kill(signal);
      }
    }, 25);
    child.on("close", () => clearInterval(timer));
  };
}

/** The first FINISHED sections are answered at once; the next one streams slowly, long enough to be interrupted. */
async function slowAfterFinished(): Promise<LlmServer> {
  let answered = 0;
  return startLlmServer(() =>
    ++answered <= FINISHED ? { text: sectionAnswer(`MODEL-${answered}：`, "zh") } : { text: "慢慢写的正文。".repeat(100), chunkSize: 2, chunkDelayMs: 100 },
  );
}

describe.each([
  ["SIGTERM", 143, true],
  ["SIGHUP", 129, false],
] as const)("%s during a draft", (signal, code, resume) => {
  it(`keeps the finished sections, exits ${code}${resume ? ", and --resume writes only the rest" : ""}`, async () => {
    const server = await slowAfterFinished();
    const out = path.join(dir, `${signal}.md`);
    const env = cleanEnv({ GRANTSMITH_CACHE: "none" });
    const args = ["draft", "examples/zh/elderly-meals.yaml", "-o", out, "--base-url", server.baseURL, "--model", "m", "--no-score", "--concurrency", "1"];
    try {
      const first = await runCli(args, { env, onSpawn: signalAfterRequests(server, signal, FINISHED) });
      expect(first.code, first.stderr).toBe(code);
      expect(first.signal).toBeNull();
      expect(first.stderr).toContain(`kept ${FINISHED} finished sections; run the same command with --resume to write only the rest`);
      expect(first.stderr).toContain(`interrupted by ${signal}`);
      expect(await fileExists(out)).toBe(false);
      if (!resume) return;

      server.requests.length = 0;
      server.setHandler(() => ({ text: sectionAnswer("续写的正文。", "zh") }));
      const second = await runCli([...args, "--resume"], { env });
      expect(second.code, second.stderr).toBe(0);
      expect(server.chatRequests()).toHaveLength(SECTIONS - FINISHED);
      expect(second.stderr).toContain(`(${FINISHED} resumed)`);
      const text = await readFile(out, "utf8");
      for (let n = 1; n <= FINISHED; n++) expect(text).toContain(sectionAnswer(`MODEL-${n}：`, "zh"));
    } finally {
      await server.close();
    }
  });
});

describe("SIGTERM while the judge waits", () => {
  it("exits 143 and writes no report", async () => {
    const server = await startLlmServer(() => ({ text: "{}", delayMs: 3000 }));
    const proposal = path.join(REPO_ROOT, "test/fixtures/proposals/en-complete.md");
    try {
      const result = await runCli(["score", proposal, "--judge", "--base-url", server.baseURL, "--model", "judge-test"], {
        env: cleanEnv({ GRANTSMITH_CACHE: "none" }),
        onSpawn: signalAfterRequests(server, "SIGTERM", 0),
      });
      expect(result.code, result.stderr).toBe(143);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("interrupted by SIGTERM");
    } finally {
      await server.close();
    }
  });
});
