import { describe, expect, it } from "vitest";
import { extractVerdict, verdictJsonSchema } from "../../src/judge/verdict.js";

const scale = { min: 0, max: 5 };
const good = { score: 4, reasons: ["The need is backed by a 2023 survey."], suggestions: ["Add the survey's sample size."] };

describe("extractVerdict", () => {
  it("accepts a bare JSON verdict", () => {
    expect(extractVerdict(JSON.stringify(good), scale)).toEqual({ ok: true, verdict: good });
  });

  it("finds the verdict in prose and in a ```json fence", () => {
    const prose = `Here is my assessment: ${JSON.stringify(good)} I hope this helps {not json}.`;
    const fenced = "评审结论如下：\n```json\n" + JSON.stringify(good, null, 2) + "\n```\n以上。";
    expect(extractVerdict(prose, scale)).toEqual({ ok: true, verdict: good });
    expect(extractVerdict(fenced, scale)).toEqual({ ok: true, verdict: good });
  });

  it("skips a first {...} that is not a verdict and takes the next that validates", () => {
    const text = `Scale used: {"min": 0, "max": 5}. Verdict: ${JSON.stringify({ ...good, score: 2 })}`;
    expect(extractVerdict(text, scale)).toMatchObject({ ok: true, verdict: { score: 2 } });
  });

  it("never takes a verdict written inside reasoning, and takes the final one after a correction", () => {
    const draft = JSON.stringify({ ...good, score: 5 });
    const final = JSON.stringify({ ...good, score: 2 });
    expect(extractVerdict(`<think>First guess: ${draft}. No, the budget does not add up.</think>\n${final}`, scale)).toMatchObject({
      ok: true,
      verdict: { score: 2 },
    });
    expect(extractVerdict(`I would say ${draft}. On reflection, the budget does not add up: ${final}`, scale)).toMatchObject({
      ok: true,
      verdict: { score: 2 },
    });
    expect(extractVerdict(`Weighing it up…\n</think>\n${final}`, scale)).toMatchObject({ ok: true, verdict: { score: 2 } });
    expect(extractVerdict(`<think>The verdict will be ${draft} once I check`, scale)).toEqual({
      ok: false,
      reason: "the reply holds only unfinished reasoning, no verdict",
    });
  });

  it("keeps braces inside strings from confusing the search", () => {
    const verdict = { score: 3, reasons: ["The budget line {transport} is unexplained }"], suggestions: [] };
    expect(extractVerdict(`x ${JSON.stringify(verdict)}`, scale)).toEqual({ ok: true, verdict });
  });

  it("says precisely why a reply is rejected", () => {
    expect(extractVerdict(JSON.stringify({ ...good, score: 7 }), scale)).toEqual({
      ok: false,
      reason: "score: must be from 0 to 5 (the criterion's scale)",
    });
    expect(extractVerdict(JSON.stringify({ score: 3, reasons: [], suggestions: [] }), scale)).toMatchObject({
      ok: false,
      reason: "reasons: must give at least one reason",
    });
    expect(extractVerdict(JSON.stringify({ reasons: ["ok"], suggestions: [] }), scale)).toMatchObject({ ok: false, reason: "score: is missing" });
    expect(extractVerdict('{"score": "4", "reasons": [" "], "suggestions": []}', scale)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^score: expected a number from 0 to 5; reasons\.0: must not be an empty string/),
    });
    expect(extractVerdict('{"score": 4, "reasons": ["cut', scale)).toMatchObject({ ok: false, reason: expect.stringContaining("not closed") });
    expect(extractVerdict("{score: 4}", scale)).toMatchObject({ ok: false, reason: expect.stringContaining("does not parse") });
    expect(extractVerdict("I would give it a 4.", scale)).toEqual({ ok: false, reason: "the reply holds no JSON object" });
    expect(extractVerdict("", scale)).toEqual({ ok: false, reason: "the reply is empty" });
  });

  it("checks the score against the criterion's own scale", () => {
    expect(extractVerdict(JSON.stringify({ ...good, score: 8 }), { min: 1, max: 10 })).toMatchObject({ ok: true, verdict: { score: 8 } });
    expect(extractVerdict(JSON.stringify({ ...good, score: 0 }), { min: 1, max: 10 })).toMatchObject({ ok: false });
  });
});

describe("verdictJsonSchema", () => {
  it("describes the same shape for response_format", () => {
    const { name, schema } = verdictJsonSchema({ min: 0, max: 5 });
    expect(name).toBe("judge_verdict");
    expect(schema).toMatchObject({
      type: "object",
      required: ["score", "reasons", "suggestions"],
      additionalProperties: false,
      properties: { score: { type: "number", minimum: 0, maximum: 5 }, reasons: { type: "array", minItems: 1 } },
    });
  });
});
