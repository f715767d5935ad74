// The offline draft of every example, scored against its own facts the way `draft` scores it: a
// complete example gets no improvement a careful reader would call wrong, and the sparse one
// scores low and says what to add.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { scoreText } from "../../src/score/engine.js";
import type { ScoreResult } from "../../src/score/types.js";
import { EXAMPLES, renderOffline, SPARSE } from "../draft/render-helper.js";
import "./helpers.js";

async function scoreDraft(file: string): Promise<ScoreResult> {
  const facts = await loadFacts(file);
  return scoreText(await renderOffline(file), { file: "draft.md", facts });
}

const list = (r: ScoreResult) => r.improvements.map((i) => `${i.points} ${i.line} ${i.criterion} ${i.message}`).join("\n");

describe.each(EXAMPLES.filter((f) => !SPARSE.has(path.basename(f))))("offline draft of %s", (file) => {
  it("scores at least 99, agrees with the facts and lists no unverified figure", async () => {
    const r = await scoreDraft(file);
    expect(r.score, list(r)).toBeGreaterThanOrEqual(99);
    expect(r.improvements.filter((i) => i.criterion === "facts"), list(r)).toEqual([]);
    expect(r.unverified).toEqual([]);
  });

  it("finds the outputs of every activity and reads direct and indirect counts right", async () => {
    const r = await scoreDraft(file);
    const { facts } = await loadFacts(file);
    expect(r.improvements.filter((i) => i.criterion === "activities"), list(r)).toEqual([]);
    expect(r.metrics.directBeneficiaries).toBe(facts.derived.directBeneficiaries);
    expect(r.metrics.indirectBeneficiaries).toBe(facts.derived.indirectBeneficiaries);
  });

  it("lists nothing that costs points except real wording issues", async () => {
    const r = await scoreDraft(file);
    expect(r.improvements.filter((i) => i.points > 0), list(r)).toEqual([]);
  });
});

describe("offline draft of the sparse example", () => {
  const file = EXAMPLES.find((f) => SPARSE.has(path.basename(f)))!;

  it("scores low and says what to add, without counting placeholders as text", async () => {
    const r = await scoreDraft(file);
    expect(r.score).toBeLessThan(60);
    const messages = r.improvements.map((i) => i.message);
    expect(messages).toContain("预算部分没有可读的预算明细。");
    // Sections that hold only placeholders are empty: they earn nothing and say so.
    expect(messages).toContain("「项目内容与实施计划」部分只有标题或占位符，没有内容。");
    expect(messages).toContain("「可持续性」部分只有标题或占位符，没有内容。");
    // With no activity there is no activity to lack an output.
    expect(messages).not.toContain("多数活动没有写明可数的产出。");
  });
});
