// A draft asks for every section at once by default, so it takes as long as its slowest section;
// --concurrency and a provider's limit on requests at once cap that.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionConcurrency } from "../../src/draft/generate.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { PRESETS } from "../../src/llm/presets.js";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { startLlmServer, type LlmServer } from "../helpers/llm-server.js";
import { tempDir } from "../helpers/temp.js";

describe("sectionConcurrency", () => {
  it("is every section unless --concurrency or the provider's limit is lower", () => {
    expect(sectionConcurrency(10)).toBe(10);
    expect(sectionConcurrency(10, 3)).toBe(3);
    expect(sectionConcurrency(10, 64)).toBe(10);
    expect(sectionConcurrency(10, undefined, PRESETS.ollama.maxConcurrentRequests)).toBe(4);
    expect(sectionConcurrency(10, 2, 4)).toBe(2);
    expect(sectionConcurrency(0)).toBe(1);
  });
});

describe("draft against a streaming endpoint", () => {
  const sections = sectionPlan("standard").length;
  let server: LlmServer;
  let inFlight = 0;
  let peak = 0;
  /** Answers wait until `waitFor` requests are in flight (or the next one would be refused). */
  let waitFor = sections;
  let release: () => void = () => undefined;
  let gate = Promise.resolve();

  beforeAll(async () => {
    server = await startLlmServer(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      if (inFlight >= waitFor) release();
      await gate;
      inFlight--;
      return { text: "The narrative written from the facts.", chunkSize: 8 };
    });
  });
  afterAll(() => server.close());

  async function draft(extra: string[]): Promise<number> {
    inFlight = 0;
    peak = 0;
    gate = new Promise<void>((resolve) => (release = resolve));
    const out = path.join(await tempDir("grantsmith-concurrency-"), "out.md");
    const env = cleanEnv({ GRANTSMITH_API_KEY: "sk-test", GRANTSMITH_MAX_RETRIES: "0", GRANTSMITH_CACHE: "none" });
    const result = await runInProcess(["draft", "examples/en/girls-stem-clubs.yaml", "-o", out, "--base-url", server.baseURL, "--model", "m", "--no-score", "-q", ...extra], { env });
    expect(result.code, result.stderr).toBe(0);
    return peak;
  }

  it("by default, every section is asked for before the first answer comes back", async () => {
    waitFor = sections;
    expect(await draft([])).toBe(sections);
  });

  it("--concurrency 3: never more than three at once", async () => {
    waitFor = 3;
    // The gate opens at the third request; later ones pass it at once, so the peak is what the draft allows.
    expect(await draft(["--concurrency", "3"])).toBe(3);
  });
});
