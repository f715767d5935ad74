// A group's size is not how many people are served: "cohorts of 4-5 people" is not 5 beneficiaries,
// nor is a school year ("Year 3 pupils") 3; a table row may give its count without a unit.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";

const served = async (line: string) => (await scoreText(`# Mentoring\n\n## Target Population\n\n${line}\n`, { file: "p.md" })).metrics.directBeneficiaries;

describe("beneficiary counts", () => {
  it.each([
    ["Mentors meet in cohorts of 4-5 people over 12 weeks; 120 youth take part directly.", 120],
    ["We work with 60 children in groups of 6 children.", 60],
    ["每组6人，共服务120人。", 120],
    // A school year or a level before a noun is no count.
    ["The project directly serves Year 3 pupils (120 pupils).", 120],
    ["Grade 5 girls, 80 girls in all, take part directly.", 80],
    // A row that gives its count without a unit, in a cell of its own.
    ["| Group | Number | Type |\n| --- | --- | --- |\n| Year 3 pupils | about 120 | Direct |\n| **Total direct** | **120** | |", 120],
    ["| 受益群体 | 数量 |\n| --- | --- |\n| **直接受益合计** | **约150** |", 150],
  ])("%s → %d", async (line, count) => {
    expect(await served(line)).toBe(count);
  });
});
