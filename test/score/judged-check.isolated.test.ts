// A check the judge answers is one module too: with yes-no-check.ts added to the registry, the
// judge pass asks what the module's `judged.ask` gives and the engine gives its verdicts to
// `judged.verdict` as it does the llm check's, one outcome per judged check in rubric order, and
// takes its points and its message from there.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { judgeResult } from "../../src/judge/pass.js";
import { createProvider } from "../../src/llm/provider.js";
import { UsageMeter } from "../../src/llm/types.js";
import { scoreTextWith } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import { checkFields } from "../../src/score/rubric/schema.js";
import type { JudgeCheckOutcome, ScoreResult } from "../../src/score/types.js";
import { startLlmServer } from "../helpers/llm-server.js";
import { tempDirSync } from "../helpers/temp.js";
import "./helpers.js";

vi.mock("../../src/score/checks/registry.js", async (importOriginal) => {
  const registry = await importOriginal<typeof import("../../src/score/checks/registry.js")>();
  const { yesNoCheck } = await import("./yes-no-check.js");
  return { CHECKS: [...registry.CHECKS, yesNoCheck] };
});

const RUBRIC = [
  "id: reviewed",
  "title: { en: Reviewed, zh: 评审 }",
  "criteria:",
  "  - id: need",
  "    title: { en: Need, zh: 需求 }",
  "    weight: 100",
  "    sections: [need]",
  "    checks:",
  "      - { type: llm, weight: 1, question: { en: How clear is the need?, zh: 需求清楚吗？ }, scale: 4 }",
  "      - { type: yes_no, weight: 3, question: { en: Is the need sourced?, zh: 需求有出处吗？ } }",
  "",
].join("\n");

const TEXT = "# Project\n\n## Statement of Need\n\nSixty older people eat alone.\n";

const verdict = (score: number, reason: string): JudgeCheckOutcome => ({ status: "assessed", score, min: score, max: score, samples: [score], reasons: [reason], suggestions: [] });

describe("a judged check type added to the registry", () => {
  it("takes a weight and its own fields, but no severity or sections", () => {
    expect(checkFields("yes_no")).toEqual(["type", "weight", "question"]);
  });

  it("is not assessed without the judge", async () => {
    const rubric = await parseRubric("reviewed.yaml", RUBRIC);
    const result = scoreTextWith(TEXT, rubric, { file: "p.md" });
    expect(result.criteria[0]).toMatchObject({ score: null, assessed: false, needs: "judge" });
  });

  it("earns what its module makes of its verdict, with the module's message at the criterion's section", async () => {
    const rubric = await parseRubric("reviewed.yaml", RUBRIC);
    const judged = new Map([["need", [verdict(4, "Clear."), verdict(0, "No source is given.")]]]);
    const result = scoreTextWith(TEXT, rubric, { file: "p.md", judged });
    // The llm check earns its quarter in full; the yes_no check's three quarters are lost.
    expect(result.criteria[0]).toMatchObject({ score: 25, assessed: true });
    expect(result.criteria[0]!.judge?.map((v) => [v.score, v.scale, v.points, v.maxPoints])).toEqual([
      [4, { min: 0, max: 4 }, 25, 25],
      [0, { min: 0, max: 1 }, 0, 75],
    ]);
    expect(result.improvements.map((i) => [i.message, i.suggestion, i.severity, i.line, i.section, i.points])).toEqual([
      ["The judge said no: No source is given.", "Add what the judge found missing.", "warning", 3, "need", 75],
    ]);
    const yes = scoreTextWith(TEXT, rubric, { file: "p.md", judged: new Map([["need", [verdict(4, "Clear."), verdict(1, "Sourced.")]]]) });
    expect(yes.criteria[0]!.score).toBe(100);
    expect(yes.improvements).toEqual([]);
  });

  it("is asked its module's question on its module's scale by the judge pass", async () => {
    const reply = (score: number, reason: string) => JSON.stringify({ score, reasons: [reason], suggestions: [] });
    const server = await startLlmServer({ "Is the need sourced?": reply(0, "No source is given."), "*": reply(4, "Clear.") });
    try {
      const dir = tempDirSync("grantsmith-judged-check-");
      const file = path.join(dir, "p.md");
      writeFileSync(file, TEXT);
      const choice = createProvider({ provider: "custom", baseUrl: server.baseURL, model: "judge-test" }, { GRANTSMITH_CONFIG: "none", GRANTSMITH_CACHE: "none", GRANTSMITH_MAX_RETRIES: "0" }, dir);
      if (choice.kind !== "model") throw new Error("expected a model provider");
      const rubric = await parseRubric("reviewed.yaml", RUBRIC);
      const model = { provider: choice.provider, meter: new UsageMeter(), signal: new AbortController().signal };
      const result = await judgeResult({ file } as ScoreResult, { model, samples: 1, rubric });

      const asked = server.chatRequests().map((r) => r.lastUser);
      expect(asked).toHaveLength(2);
      expect(asked.filter((text) => text.includes("Is the need sourced?"))).toHaveLength(1);
      expect(asked.filter((text) => text.includes("How clear is the need?"))).toHaveLength(1);
      expect(result.criteria[0]!.judge?.map((v) => [v.score, v.scale])).toEqual([
        [4, { min: 0, max: 4 }],
        [0, { min: 0, max: 1 }],
      ]);
      expect(result.criteria[0]).toMatchObject({ score: 25, assessed: true });
    } finally {
      await server.close();
    }
  });
});
