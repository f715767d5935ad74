// Each check type's cases, as eslint's RuleTester keeps them: a text that passes, and texts that
// do not with the exact finding expected, in zh and en. One check per rubric, on one section.
import { describe, expect, it } from "vitest";
import { scoreTextWith } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import "./helpers.js";

interface Case {
  check: string;
  sections: string;
  valid: string[];
  invalid: { text: string; findings: [line: number, message: string][] }[];
}

const CASES: Case[] = [
  {
    check: "{ type: section, min: 10 }",
    sections: "[need]",
    valid: ["# P\n\n## Statement of Need\n\nOne two three four five six seven eight nine ten.\n"],
    invalid: [
      { text: "# P\n\n## Statement of Need\n\nOne two three.\n", findings: [[3, '"Statement of Need" has 3 words, fewer than the 10 expected.']] },
      { text: "# 项目\n\n## 需求分析\n\n需求很大。\n", findings: [[3, "「项目背景与需求分析」只有 4 个汉字，少于建议的 10 个汉字。"]] },
      { text: "# P\n\n## Statement of Need\n\n[TODO: the need]\n", findings: [[3, 'The "Statement of Need" section has a heading but no text (or only placeholders).']] },
    ],
  },
  {
    check: "{ type: length_limit, max: { zh: 5 } }",
    sections: "[need]",
    // A limit for Chinese only: an English proposal has nothing to keep, not even the section.
    valid: ["# 项目\n\n## 需求分析\n\n需求。\n", "# P\n\n## Budget\n\nTotal $5.\n"],
    invalid: [{ text: "# 项目\n\n## 需求分析\n\n辖区内独居老人很多。\n", findings: [[3, "「项目背景与需求分析」有 9 个汉字，超过 5 个汉字的上限。"]] }],
  },
  {
    check: "{ type: risks, min_items: 1 }",
    sections: "[risks]",
    valid: [
      "# P\n\n## Risks\n\n- Volunteers leave: we will recruit in pairs.\n",
      // The mitigation on an indented line, or in a sub-item, belongs to the risk above it.
      "# 项目\n\n## 风险管理\n\n1. 风险：志愿者流失\n   应对：与两所高校签约，每学期补充志愿者\n",
      "# P\n\n## What are the risks that will make this project difficult?\n\n- Deadlines are hard to estimate, because:\n  - later milestones depend on earlier ones\n  - we mitigate this with monthly re-planning\n",
      // Single-level items, each with its mitigation in the paragraph after it, not indented under it.
      "# P\n\n## Risks\n\n- Volunteers leave\n\nMitigation: we recruit in pairs and keep a waiting list.\n\n- Rain on the fair day\n\nIf it rains, the fair moves indoors.\n",
      "# 项目\n\n## 风险管理\n\n1. 志愿者流失\n\n应对措施：与两所高校签约，每学期补充志愿者。\n\n2. 资金不到位\n\n应对：提前申请配套资金，分期拨付。\n",
    ],
    invalid: [
      { text: "# P\n\n## Risks\n\n- Volunteers leave\n", findings: [[5, 'Risk "Volunteers leave" has no mitigation.']] },
      { text: "# 项目\n\n## 风险管理\n\n- 志愿者流失\n", findings: [[5, "风险「志愿者流失」没有对应的应对措施。"]] },
      // The paragraph after an item is its mitigation only when it mitigates.
      { text: "# P\n\n## Risks\n\n- Volunteers leave\n\nThis would slow the deliveries.\n", findings: [[5, 'Risk "Volunteers leave" has no mitigation.']] },
      { text: "# P\n\n## Budget\n\nTotal $5.\n", findings: [[5, 'The "Risks and Mitigation" section is missing, and no risk is named anywhere in the proposal.']] },
      // Risks named only in prose earn part of the points.
      {
        text: "# P\n\n## Background\n\nThe main risk is low turnout; we mitigate it with reminders.\n",
        findings: [[5, "Risks are only mentioned in passing (1 place); there is no section on risks and their mitigation."]],
      },
    ],
  },
  {
    check: "{ type: vague, allowed: 0 }",
    sections: "[need]",
    valid: ["# P\n\n## Statement of Need\n\n120 households wait for meals.\n"],
    invalid: [
      { text: "# P\n\n## Statement of Need\n\nMany households wait.\n", findings: [[5, '"Many" is a vague quantifier: "Many households wait.".']] },
      { text: "# 项目\n\n## 需求分析\n\n许多老人等待送餐。\n", findings: [[5, "「许多」是模糊的数量词：「许多老人等待送餐。」。"]] },
    ],
  },
  {
    check: "{ type: placeholders }",
    sections: "[need]",
    valid: ["# P\n\n## Statement of Need\n\n120 households wait for meals.\n"],
    invalid: [
      { text: "# P\n\n## Statement of Need\n\n120 households wait, [TODO: source].\n", findings: [[5, 'Placeholder left in the text: "[TODO: source]".']] },
      { text: "# 项目\n\n## 需求分析\n\n120户等待送餐（【待补充：来源】）。\n", findings: [[5, "留有占位符「【待补充：来源】」，不能提交。"]] },
    ],
  },
];

const rubricFor = (c: Case) =>
  parseRubric("case.yaml", `id: case\ntitle: { en: Case }\ncriteria:\n  - id: only\n    title: { en: Only, zh: 唯一 }\n    weight: 100\n    sections: ${c.sections}\n    checks:\n      - ${c.check}\n`);

describe.each(CASES)("$check", (c) => {
  it("passes its valid texts", async () => {
    const rubric = await rubricFor(c);
    for (const text of c.valid) expect(scoreTextWith(text, rubric, { file: "p.md" }).improvements.map((i) => i.message), text).toEqual([]);
  });
  it("reports its invalid texts exactly", async () => {
    const rubric = await rubricFor(c);
    for (const { text, findings } of c.invalid) {
      expect(scoreTextWith(text, rubric, { file: "p.md" }).improvements.map((i) => [i.line, i.message]), text).toEqual(findings);
    }
  });
});
