// What a form's answers look like, told apart from its headings: a bold yes/no answer is content,
// and a question that sets money aside asks about other support, not the budget.
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

describe("a question that sets money aside", () => {
  it.each([
    "What support (in addition to funding) do you think we could provide?",
    "What help other than money would make the project work?",
    "Apart from financial support, how could the foundation help?",
    "除资金外，您还希望获得哪些支持？",
    "非资金支持",
    "资金以外的支持需求方式",
  ])("%s names no budget", (heading) => {
    expect(matcher.match(heading, true)).not.toBe("budget");
    expect(matcher.match(heading)).not.toBe("budget");
  });

  it.each(["Funding", "How will the funding be spent?", "资金使用计划", "项目资金预算", "Sources of funding other than this grant"])("%s still names the budget", (heading) => {
    expect(matcher.match(heading, heading.endsWith("?"))).toBe("budget");
  });
});
