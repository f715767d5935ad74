// Proposals whose costs sit in their milestones ("Costs: 8, 000 USD" under each, "Total Costs: $20k"
// above them, "Requested Budget" over "$5000") and that have no budget section: the milestones are
// the budget, their sum is checked against the stated total, and a milestone left unpriced is named.
import { describe, expect, it } from "vitest";
import { scoreTextWith } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import type { ScoreResult } from "../../src/score/types.js";
import "./helpers.js";

const rubric = parseRubric(
  "budget.yaml",
  "id: budget-only\ntitle: { en: Budget }\ncriteria:\n  - id: budget\n    title: { en: Budget, zh: 预算 }\n    weight: 100\n    sections: [budget]\n    checks:\n      - { type: budget }\n      - { type: admin_share, max: 0.15 }\n",
);

async function score(lines: string[]): Promise<ScoreResult> {
  return scoreTextWith(lines.join("\n"), await rubric, { file: "p.md" });
}
const messages = (r: ScoreResult) => r.improvements.map((i) => i.message);

const milestones = (total: string) => [
  "# Ice trays",
  "",
  "## Development Roadmap",
  "",
  "  * **Total Estimated Duration:** 3 months",
  `  * **Total Costs:**  ${total}`,
  "",
  "### Milestone 1 — Storage",
  "",
  "  * **Costs:** 8, 000 USD",
  "",
  "### Milestone 2 — Sharing",
  "",
  "  * **Costs:** 7, 000 USD",
  "",
  "### Milestone 3 — Release",
  "",
  "  * **Costs:** 5, 000 USD",
];

describe("costed milestones without a budget section", () => {
  it("are the budget: no missing-section finding, and they add up to the stated total", async () => {
    const r = await score(milestones("$20k"));
    expect(r.metrics.itemsTotal).toBe(20000);
    expect(messages(r)).toEqual([]);
    expect(r.score).toBe(r.max);
  });

  it("say the arithmetic when the stated total differs from their sum", async () => {
    const r = await score(milestones("$27,400"));
    expect(messages(r)).toContain("The budget lines add up to $20,000; the stated total is $27,400; a difference of $7,400.");
    expect(r.score).toBeLessThan(r.max);
  });

  it("without any cost, the budget section is reported missing", async () => {
    const r = await score(milestones("$20k").filter((l) => !/Costs/.test(l)));
    expect(messages(r)).toContain('The "Budget" section is missing.');
    expect(r.score).toBe(0);
  });

  it("read thousands written as '5k USD', and one milestone with its stated total", async () => {
    const k = await score(["# Dapp", "", "Total Costs: 10k USD", "", "* **Milestone 1:** beta", "", "Costs: 5k USD", "", "* **Milestone 2:** release", "", "Costs: 5k USD"]);
    expect(k.metrics.itemsTotal).toBe(10000);
    expect(messages(k)).toEqual([]);
    const one = await score(["# Drive", "", "* **Total Costs:** 8,000 USD", "", "### Milestone 1", "", "* **Costs:** 8,000 USD"]);
    expect(messages(one)).toEqual(["The budget has a single line; it is not itemized."]);
  });

  it("name a milestone left unpriced and check the others against the total", async () => {
    const lines = ["# Docs", "", "## Roadmap", ""];
    for (let k = 1; k <= 6; k++) {
      lines.push(`### Milestone ${k}`, "", "**Deliverables**", `* Part ${k}`, "");
      if (k < 6) lines.push("**Requested Budget**", "$5000", "");
    }
    lines.push("## Total Budget Requested", "", "$30,000", "", "See breakdown above.");
    const r = await score(lines);
    expect(messages(r)).toEqual([
      "The total stated in the text is $30,000; the budget lines add up to $25,000; a difference of $5,000.",
      '"Milestone 6" has no cost, while the other milestones are costed (they add up to $25,000).',
    ]);
  });
});

describe("a whole-text check over a budget that is costed milestones", () => {
  const wording = parseRubric(
    "wording.yaml",
    "id: wording-only\ntitle: { en: Wording }\ncriteria:\n  - id: budget\n    title: { en: Budget }\n    weight: 50\n    sections: [budget]\n    checks:\n      - { type: budget }\n  - id: clean\n    title: { en: Clean }\n    weight: 50\n    sections: [budget]\n    checks:\n      - { type: placeholders }\n",
  );

  it("counts the budget there (the budget check finds it without its heading), and missing without costs", async () => {
    const rubric = await wording;
    const costed = scoreTextWith(milestones("$20k").join("\n"), rubric, { file: "p.md" });
    expect(costed.improvements.filter((i) => i.criterion === "clean")).toEqual([]);
    const uncosted = scoreTextWith(milestones("$20k").filter((l) => !/Costs/.test(l)).join("\n"), rubric, { file: "p.md" });
    expect(uncosted.improvements.filter((i) => i.criterion === "clean" || i.criteria?.includes("clean")).map((i) => i.message)).toEqual(['The "Budget" section is missing.']);
  });
});
