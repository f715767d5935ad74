// Consistency with its own model drafts: the zh and en examples drafted against the replay endpoint
// (real prompts, prepared answers, each section wrapped in one of a model's habits), then scored
// with their facts. No key figure disagrees with the facts, no finding is one the facts contradict,
// and nothing the answer cleaner removes is left for the scorer's leftovers check to find.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionPlan } from "../../src/draft/plan.js";
import { loadFacts } from "../../src/facts/load.js";
import { scoreText } from "../../src/score/engine.js";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcessInEnglish as runInProcess } from "../helpers/run-in-process.js";
import { startReplayServer, WRAPPING_HABITS, type ReplayServer } from "../helpers/replay-server.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
let replay: ReplayServer;
beforeAll(async () => {
  dir = await tempDir("grantsmith-e2e-replay-scored-");
  replay = await startReplayServer();
});
afterAll(() => replay.close());

const EXAMPLES = [
  { name: "elderly-meals", file: "examples/zh/elderly-meals.yaml" },
  { name: "clean-water-wells", file: "examples/en/clean-water-wells.yaml" },
];
const PLAN = sectionPlan("standard");
/** Every wrapping habit that can wrap any section, one section each (a repeated program table needs a section with one). */
const HABITS = WRAPPING_HABITS.filter((h) => h !== "program-table");

describe.each(EXAMPLES)("the replayed model draft of $name, scored with its facts", (example) => {
  it("agrees with the facts and has no model leftover", async () => {
    replay.setHabit({ bySection: Object.fromEntries(PLAN.map((spec, i) => [spec.id, HABITS[i % HABITS.length]!])) });
    const out = path.join(dir, `${example.name}.md`);
    const result = await runInProcess(["draft", example.file, "-o", out, "--base-url", replay.baseURL, "--model", "replay", "--no-score", "--no-cache"], {
      env: cleanEnv({ GRANTSMITH_API_KEY: "sk-test-replay" }),
    });
    expect(result.code, result.stderr).toBe(0);
    const facts = await loadFacts(example.file);
    const r = await scoreText(await readFile(out, "utf8"), { file: out, facts });
    const list = r.improvements.map((i) => `${i.line} ${i.criterion} ${i.message}`).join("\n");
    expect(r.blocking.filter((b) => b.id === "key_figure"), list).toEqual([]);
    expect(r.improvements.filter((i) => i.criterion === "facts" || /项目信息文件|facts file/.test(i.message)), list).toEqual([]);
    // The placeholders criterion's other checks (leftovers, duplicates) find nothing the cleaner missed.
    expect(r.improvements.filter((i) => i.criterion === "placeholders" && !/占位符|[Pp]laceholder/.test(i.message)), list).toEqual([]);
    expect(r.metrics.directBeneficiaries).toBe(facts.facts.derived.directBeneficiaries);
    expect(r.metrics.costPerBeneficiary).toBeCloseTo(facts.facts.derived.costPerBeneficiary!, 2);
  });
});
