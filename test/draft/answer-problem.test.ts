import { describe, expect, it } from "vitest";
import { answerProblem, RUNAWAY_FACTOR, withoutTableHeadings } from "../../src/draft/writers.js";
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
    expect(problem?.context?.target).toBe("300至500字");
    const en = (words: number) => Array.from({ length: words }, () => "water").join(" ");
    expect(answerProblem({ finishReason: "stop" }, clean(en(2001)), "en", target)?.context?.target).toBe("300–500 words");
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

describe("withoutTableHeadings: a heading the program writes under the section", () => {
  const removed = { reasoning: 0, preambles: 0, closings: 0, fences: 0, headings: 0, tables: 0 };
  it("is dropped from the answer, with the text under it kept, and counted", () => {
    const answer = "项目预算总额116.7万元。\n\n### 资金来源\n\n街道补贴已经确认。\n\n### 测算说明\n\n按协议价计。";
    const out = withoutTableHeadings({ text: answer, removed }, ["预算明细", "预算结构", "资金来源"]);
    expect(out.text).toBe("项目预算总额116.7万元。\n\n街道补贴已经确认。\n\n### 测算说明\n\n按协议价计。");
    expect(out.removed.headings).toBe(1);
  });
  it("matches bold and trailing colons, in English too, and leaves an answer without one alone", () => {
    const out = withoutTableHeadings({ text: "Intro.\n\n#### **Partners:**\n\nThey help.", removed }, ["Organization Details", "Partners"]);
    expect(out.text).toBe("Intro.\n\nThey help.");
    const same = { text: "No headings here.", removed };
    expect(withoutTableHeadings(same, ["Partners"])).toBe(same);
  });
});
