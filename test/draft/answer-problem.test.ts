import { describe, expect, it } from "vitest";
import { answerProblem, RUNAWAY_FACTOR } from "../../src/draft/writers.js";
import { describeLength, lengthTarget } from "../../src/kinds/sections.js";
import { sectionPlan } from "../../src/draft/plan.js";

const clean = (text: string) => ({ text, unclosedReasoning: false });

describe("answerProblem: an answer far over the section's length target", () => {
  const target = { min: 300, max: 500 };
  it("is kept up to four times the upper target and retried beyond, with a reminder stating the target", () => {
    const zh = (chars: number) => "老".repeat(chars);
    expect(answerProblem({ finishReason: "stop" }, clean(zh(500 * RUNAWAY_FACTOR)), "zh", target)).toBeUndefined();
    const problem = answerProblem({ finishReason: "stop" }, clean(zh(500 * RUNAWAY_FACTOR + 1)), "zh", target);
    expect(problem?.reason).toBe("was 2001 Chinese characters long, more than 4 times the 500 asked for");
    expect(problem?.reminder.zh).toContain("300至500字");
    const en = (words: number) => Array.from({ length: words }, () => "water").join(" ");
    expect(answerProblem({ finishReason: "stop" }, clean(en(2001)), "en", target)?.reminder.en).toContain("300–500 words");
  });
});

describe("length targets", () => {
  it("exist for every section of every kind in both languages, and a kind's own template may set its own", () => {
    for (const kind of ["standard", "venture-grant", "disaster-relief", "public-fundraising"] as const) {
      for (const spec of sectionPlan(kind)) {
        for (const language of ["zh", "en"] as const) expect(lengthTarget(spec, language).max).toBeGreaterThan(lengthTarget(spec, language).min);
      }
    }
    const summary = sectionPlan("venture-grant").find((s) => s.id === "summary")!;
    expect(describeLength(lengthTarget(summary, "zh"), "zh")).toBe("300至450字");
    expect(describeLength(lengthTarget(sectionPlan("standard")[0]!, "en"), "en")).toBe("250–400 words");
  });
});
