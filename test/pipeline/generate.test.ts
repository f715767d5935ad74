import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanProseAnswer } from "../../src/llm/answer.js";

const cleanSectionText = (raw: string, heading: string) => cleanProseAnswer(raw, heading).text;
import { generateSections, type SectionWriter } from "../../src/draft/generate.js";
import { sectionPlan, type SectionSpec } from "../../src/draft/plan.js";
import { DraftState } from "../../src/draft/state.js";
import { EndpointError, InterruptedError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp.js";

const plan = sectionPlan("standard");
const never = new AbortController().signal;

function writer(write: (spec: SectionSpec, signal: AbortSignal) => Promise<string>): SectionWriter {
  return { fingerprint: (spec) => `fp-${spec.id}`, write };
}

describe("generateSections", () => {
  it("writes every section with at most `concurrency` in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    // Each write is held until three are in flight, so three at once shows whatever the machine's
    // speed (a limit of fewer never gets there, and the test times out); a fourth would show in peak.
    let threeInFlight: () => void = () => undefined;
    const three = new Promise<void>((resolve) => (threeInFlight = resolve));
    const result = await generateSections(
      plan,
      writer(async (spec) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        if (inFlight === 3) threeInFlight();
        await three;
        inFlight--;
        return `text of ${spec.id}`;
      }),
      { concurrency: 3, signal: never },
    );
    expect([...result.keys()]).toEqual(expect.arrayContaining(plan.map((s) => s.id)));
    expect(result.get("budget")).toBe("text of budget");
    expect(peak).toBe(3);
  });

  it("keeps finished sections and stops the others on the first failure", async () => {
    const saved: string[] = [];
    const aborted: string[] = [];
    // objectives fails once summary and need are saved: an event, not a time, orders the two.
    let bothSaved: () => void = () => undefined;
    const summaryAndNeedSaved = new Promise<void>((resolve) => (bothSaved = resolve));
    const run = generateSections(
      plan,
      writer(async (spec, signal) => {
        if (spec.id === "objectives") {
          await summaryAndNeedSaved;
          throw new EndpointError("endpoint down");
        }
        if (spec.id === "summary" || spec.id === "need") return spec.id;
        // The others never finish on their own: only the abort ends them, so no timer races it. A
        // section started just as objectives failed gets a signal already aborted, as fetch would.
        await new Promise((_, reject) => {
          const stop = () => {
            aborted.push(spec.id);
            reject(new InterruptedError());
          };
          if (signal.aborted) stop();
          else signal.addEventListener("abort", stop);
        });
        return spec.id;
      }),
      {
        concurrency: 4,
        signal: never,
        onDone: (spec) => {
          saved.push(spec.id);
          if (saved.includes("summary") && saved.includes("need")) bothSaved();
        },
      },
    );
    await expect(run).rejects.toThrow("endpoint down");
    expect(saved).toEqual(expect.arrayContaining(["summary", "need"]));
    expect(saved).not.toContain("objectives");
    expect(aborted.length).toBeGreaterThan(0);
  });

  it("throws InterruptedError when the caller aborts", async () => {
    const controller = new AbortController();
    const run = generateSections(
      plan,
      writer(
        (_spec, signal) =>
          new Promise((_, reject) => signal.addEventListener("abort", () => reject(new Error("aborted request")))),
      ),
      { concurrency: 2, signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 10);
    await expect(run).rejects.toBeInstanceOf(InterruptedError);
  });

  it("makes a section's fingerprint only when a hook reads it, and once", async () => {
    const made: string[] = [];
    const counting = (write: SectionWriter["write"]): SectionWriter => ({
      fingerprint: (spec) => {
        made.push(spec.id);
        return `fp-${spec.id}`;
      },
      write,
    });
    await generateSections(plan, counting(async (spec) => spec.id), { concurrency: 2, signal: never, onDone: () => undefined });
    expect(made).toEqual([]);
    const read: string[] = [];
    await generateSections(plan, counting(async (spec) => spec.id), {
      concurrency: 2,
      signal: never,
      reuse: async (_spec, fp) => void read.push(fp()),
      onDone: (_spec, _text, fp) => void read.push(fp()),
    });
    expect([...made].sort()).toEqual(plan.map((spec) => spec.id).sort());
    expect(read).toHaveLength(2 * plan.length);
  });

  it("reuses saved sections whose fingerprint matches and writes only the rest", async () => {
    const dir = await tempDir("grantsmith-state-");
    const state = DraftState.forOutput(path.join(dir, "p.proposal.md"));
    await state.save("summary", "fp-summary", "saved summary");
    await state.save("need", "stale", "saved need");
    const written: string[] = [];
    const result = await generateSections(
      plan,
      writer(async (spec) => {
        written.push(spec.id);
        return `new ${spec.id}`;
      }),
      { concurrency: 2, signal: never, reuse: (spec, fp) => state.load(spec.id, fp()) },
    );
    expect(result.get("summary")).toBe("saved summary");
    expect(result.get("need")).toBe("new need");
    expect(written).not.toContain("summary");
    expect(written).toHaveLength(plan.length - 1);
    await state.clear();
    expect(await state.saved()).toEqual([]);
  });
});

describe("cleanSectionText", () => {
  it("drops a wrapping fence, a repeated heading and demotes big headings", () => {
    const raw = "```markdown\n## 二、项目背景与需求分析\n\n社区老人……\n\n## 问题\n内容\n```";
    expect(cleanSectionText(raw, "项目背景与需求分析")).toBe("社区老人……\n\n### 问题\n内容");
  });
  it("keeps text that merely starts with the heading's words", () => {
    expect(cleanSectionText("Budget figures below come from the facts.\nMore.", "Budget")).toBe(
      "Budget figures below come from the facts.\nMore.",
    );
  });
});
