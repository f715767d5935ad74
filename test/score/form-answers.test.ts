// What a form's answers look like, told apart from its headings: a bold yes/no answer is content.
import { describe, expect, it } from "vitest";
import { headingOf } from "../../src/score/read/headings.js";
import { parseProposal } from "../../src/score/read/proposal.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";

const matcher = buildSectionMatcher();
const ids = (text: string) => parseProposal(text, matcher).sections.filter((s) => s.id).map((s) => [s.id, s.line]);

describe("a bold answer to a yes/no question", () => {
  it.each([
    "**yes, but with a different group / organisation**",
    "**No**",
    "**Not yet: we apply to the city in May**",
    "**是，已在区民政局登记**",
    "**否**",
    "**没有（首次申请）**",
  ])("%s is no heading", (line) => {
    expect(headingOf(line, "", true)).toBeUndefined();
  });

  it.each(["**Organisation**", "**Youth outreach**", "**Nonprofit status**", "**是否已获其他资助**", "**有效性评估**"])("%s is still a heading", (line) => {
    expect(headingOf(line, "", true)).toBeDefined();
  });

  it("stays in the answer of the question it answers", () => {
    const text = [
      "**Have you received a grant from us before?**",
      "",
      "**yes, but with a different group / organisation**",
      "",
      "**Who are you (team, volunteers, members)?**",
      "",
      "Twelve volunteers run the repair café; two are paid part-time.",
    ].join("\n");
    // The answer is no section of its own (it named the organisation before).
    expect(parseProposal(text, matcher).sections.map((s) => s.line)).not.toContain(3);
    expect(ids(text)).toEqual([["organization", 5]]);
  });
});
