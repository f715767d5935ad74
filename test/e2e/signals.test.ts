// SIGTERM and SIGHUP end a model session as Ctrl-C does: a draft keeps its finished sections and
// says how to resume, the judge stops, and the run exits 128 + the signal's number. The built
// binary, a local server.
import { access, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionPlan } from "../../src/draft/plan.js";
import { cleanEnv, REPO_ROOT, runCliInEnglish as runCli, signalAfterRequests } from "../helpers/run-cli.js";
import { sectionAnswer, startLlmServer, type LlmServer } from "../helpers/llm-server.js";

const FINISHED = 4;
const SECTIONS = sectionPlan("standard").length;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "grantsmith-e2e-signals-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const fileExists = (file: string) => access(file).then(() => true, () => false);

/** The first FINISHED sections are answered at once; the next one starts streaming and never ends, so only the signal ends it. */
async function slowAfterFinished(): Promise<LlmServer> {
  let answered = 0;
  return startLlmServer(() =>
    ++answered <= FINISHED ? { text: sectionAnswer(`MODEL-${answered}：`, "zh") } : { text: "慢慢写的正文。".repeat(100), chunkSize: 2, stallAfterChunks: 1 },
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
      const first = await runCli(args, { env, onSpawn: signalAfterRequests(server, FINISHED + 1, signal) });
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
    const server = await startLlmServer(() => ({ text: "{}", silent: true }));
    const proposal = path.join(REPO_ROOT, "test/fixtures/proposals/en-complete.md");
    try {
      const result = await runCli(["score", proposal, "--judge", "--base-url", server.baseURL, "--model", "judge-test"], {
        env: cleanEnv({ GRANTSMITH_CACHE: "none" }),
        onSpawn: signalAfterRequests(server, 1, "SIGTERM"),
      });
      expect(result.code, result.stderr).toBe(143);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("interrupted by SIGTERM");
    } finally {
      await server.close();
    }
  });
});
