// A missing section is one improvement, however many checks find it missing and in whatever words:
// the risks check's own ("…missing, and no risk is named anywhere") and the engine's ("The Risks and
// Mitigation section is missing") were two lines for one problem.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";

const en = [
  "# Community Reading Club",
  "",
  "## Executive Summary",
  "",
  "We will run a weekly reading club for 60 pupils aged 8-11 in two primary schools in Hull from April 2026 to March 2027.",
  "",
  "## Budget",
  "",
  "| Item | Amount |",
  "| --- | --- |",
  "| Books | £1,200 |",
  "| Tutors | £4,800 |",
  "| Total | £6,000 |",
  "",
].join("\n");

describe("a missing section", () => {
  it("is one improvement, in the words of the check that says most, naming every criterion it costs", async () => {
    const r = await scoreText(en, { file: "p.md" });
    const risks = r.improvements.filter((i) => /"Risks and Mitigation" section is missing/.test(i.message));
    expect(risks).toHaveLength(1);
    expect(risks[0]!.message).toMatch(/no risk is named anywhere/);
    expect(risks[0]!.criteria).toEqual(expect.arrayContaining(["risks", "placeholders"]));
  });
});
