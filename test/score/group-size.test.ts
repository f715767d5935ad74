// A group's size is not how many people are served: "cohorts of 4-5 people" is not 5 beneficiaries.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";

const served = async (line: string) => (await scoreText(`# Mentoring\n\n## Target Population\n\n${line}\n`, { file: "p.md" })).metrics.directBeneficiaries;

describe("beneficiary counts", () => {
  it.each([
    ["Mentors meet in cohorts of 4-5 people over 12 weeks; 120 youth take part directly.", 120],
    ["We work with 60 children in groups of 6 children.", 60],
    ["每组6人，共服务120人。", 120],
  ])("%s → %d", async (line, count) => {
    expect(await served(line)).toBe(count);
  });
});
