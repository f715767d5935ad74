// The leftovers and duplicates checks, RuleTester-style: texts that pass, texts that do not with the
// exact finding and what to remove, in zh and en; and in the built-in rubrics they cost points.
import { describe, expect, it } from "vitest";
import { scoreTextWith } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import { fixture, lineOf, replaceOnce, score } from "./helpers.js";

interface Case {
  check: string;
  valid: string[];
  invalid: { text: string; findings: [line: number, message: string, suggestion: RegExp][] }[];
}

const EN_NEED = "One hundred and twenty households on the estate wait for a hot meal every weekday, and most of them live alone.";
const ZH_NEED = "辖区内有一百二十户独居老人每个工作日都在等待一顿热饭，其中大多数行动不便，子女不在身边。";

const CASES: Case[] = [
  {
    check: "{ type: leftovers }",
    valid: [
        // A line that only opens with 对不起 or Sorry is content: a volunteer's words, a closed cafe.
        `# 项目\n\n## 需求分析\n\n${ZH_NEED}\n\n对不起，我们没能早点来——一位志愿者在首次探访时这样对老人说。\n\n${ZH_NEED}\n`,
        `# P\n\n## Statement of Need\n\n${EN_NEED}\n\nSorry, the cafe was closed during the floods, one carer told us, and I cannot forget her face.\n\n${EN_NEED}\n`,
      `# P\n\n## Statement of Need\n\n${EN_NEED}\n\n## Budget\n\nTotal $5.\n`,
      `# 项目\n\n## 需求分析\n\n${ZH_NEED}\n\n## 项目预算\n\n合计5元。\n`,
      // Code in a fence is code; a Chinese proposal may quote an English name or a URL.
      "# P\n\n## Activities\n\n```js\nconst total = items.reduce((a, b) => a + b, 0);\n```\n",
      `# 项目\n\n## 需求分析\n\n${ZH_NEED}参考 World Health Organization Global Report on Ageing and Health (https://who.int/ageing)。\n`,
      // A heading that says the section is in the other language is meant to be.
      `# 项目\n\n## 需求分析\n\n${ZH_NEED}\n\n## English summary\n\n${EN_NEED}\n`,
      // A bold label under each milestone that maps to another section is content.
      "# P\n\n## Activities\n\n### Milestone 1\n\n**Team**: Ana and Ben.\n\n## Team\n\nAna leads.\n",
      // A beneficiary quoted in a block quote speaks as "I"; the proposal speaks as "we".
      `# P\n\n## Statement of Need\n\n${EN_NEED}\n\n> I can't cook for myself any more, so I wait for the van.\n`,
      `# 项目\n\n## 需求分析\n\n${ZH_NEED}\n\n> 我不能一个人下楼买菜，只能等送餐。\n\n我们无法覆盖全部社区，先从三个小区做起。\n`,
    ],
    invalid: [
      {
        text: `# P\n\n## Statement of Need\n\n<think>\nThe user wants a need section.\n</think>\n\n${EN_NEED}\n`,
        findings: [[5, `The model's reasoning (<think>…</think>) is left in "Statement of Need"; it is not part of the proposal.`, /^Delete everything from <think> to <\/think>/]],
      },
      {
        text: `# 项目\n\n## 需求分析\n\n好的，以下是需求分析部分：\n\n${ZH_NEED}\n\n希望以上内容对您有所帮助！\n`,
        findings: [
          [5, "「需求分析」开头的「好的，以下是需求分析部分：」是模型对提问者说的话，不是项目书的内容。", /^删除这一句/],
          [9, "「需求分析」末尾的「希望以上内容对您有所帮助！」是模型的客套话，不是项目书的内容。", /^删除这一句/],
        ],
      },
      {
        text: `# P\n\n## Statement of Need\n\nSure! Here is the section:\n\n${EN_NEED}\n\nLet me know if you would like me to expand it.\n`,
        findings: [
          [5, `"Sure! Here is the section:" at the start of "Statement of Need" is the model talking to whoever asked, not part of the proposal.`, /^Delete this line/],
          [9, `"Let me know if you would like…" at the end of "Statement of Need" is the model's sign-off, not part of the proposal.`, /^Delete this line/],
        ],
      },
      {
        // A refusal in the middle of an otherwise full section, in both languages, at its line.
        text: `# P\n\n## Statement of Need\n\n${EN_NEED}\n\nI'm sorry, but I can't provide verified statistics for this estate.\n\n${EN_NEED}\n`,
        findings: [[7, `"I'm sorry, but I can't provide…" in "Statement of Need" is the model declining to answer, not part of the proposal.`, /^Delete this line/]],
      },
      {
        text: `# 项目\n\n## 需求分析\n\n${ZH_NEED}\n\n作为一个AI语言模型，我无法获取该社区的最新统计数据。\n\n${ZH_NEED}\n`,
        findings: [[7, "「需求分析」中的「作为一个AI语言模型，我无法获取该社区的最新统计数据。」是模型拒绝作答的话，不是项目书的内容。", /^删除这一句/]],
      },
      {
        text: `# P\n\n## Statement of Need\n\n\`\`\`markdown\n${EN_NEED}\n\`\`\`\n`,
        findings: [[5, 'Prose in "Statement of Need" is wrapped in a code fence (```): Word and web pages show it as code.', /^Remove the ``` lines \(lines 5 and 7\)/]],
      },
      {
        text: `# P\n\n## Statement of Need\n\n本节说明：我们将在社区开展一系列活动，帮助居民了解项目，并定期收集反馈意见。\n\n## Activities\n\n${EN_NEED}\n\n## Budget\n\n${EN_NEED.replace("households", "families")}\n`,
        findings: [[3, '"Statement of Need" is written in Chinese; the rest of the proposal is in English.', /^Rewrite this section in English \(or delete it\)/]],
      },
      {
        text: `# 项目\n\n## 需求分析\n\nIn this section we will run a series of community activities, help residents learn about the project and collect feedback regularly.\n\n## 项目预算\n\n${ZH_NEED}\n`,
        findings: [[3, "「需求分析」是用英文写的，而全文是中文。", /^用中文重写这一部分（或删除它）/]],
      },
      {
        text: `# 项目\n\n## 四、活动安排\n\n每周送餐五次。\n\n### 项目预算\n\n餐费10元。\n\n## 六、项目预算\n\n${ZH_NEED}\n`,
        findings: [[7, "「活动安排」中的小标题「项目预算」是另一部分「项目预算」的标题（该部分在第 11 行）。", /并入「项目预算」/]],
      },
    ],
  },
  {
    check: "{ type: duplicates }",
    valid: [
      `# P\n\n## Statement of Need\n\n${EN_NEED}\n\n## Budget\n\nTotal $5.\n`,
      // The same heading under each milestone, with its own text, is not a copy.
      "# P\n\n## Plan\n\n### Deliverables\n\nA website with a booking form for the meal rounds.\n\n### Deliverables\n\nA report on the first six months of deliveries to the households.\n",
      // A list item repeated in each phase is by design.
      "# P\n\n## Plan\n\n### Phase 1\n\n- Weekly report to the partner schools on attendance and the meals served.\n\n### Phase 2\n\n- Weekly report to the partner schools on attendance and the meals served.\n",
    ],
    invalid: [
      {
        text: `# P\n\n## Statement of Need\n\n${EN_NEED}\n\n## Statement of Need\n\n${EN_NEED}\n`,
        findings: [[7, '"Statement of Need" appears twice (lines 3 and 7) with the same text.', /^Delete the duplicate copy starting at line 7/]],
      },
      {
        // The copy repeats the second "Budget", not the first.
        text: `# P\n\n## Phase 1\n\n### Budget\n\nTwo laptops at $800 each for the volunteers.\n\n## Phase 2\n\n### Budget\n\n${EN_NEED}\n\n### Budget\n\n${EN_NEED}\n`,
        findings: [[15, '"Budget" appears twice (lines 11 and 15) with the same text.', /^Delete the duplicate copy starting at line 15/]],
      },
      {
        text: `# 项目\n\n## 需求分析\n\n${ZH_NEED}\n\n## 项目预算\n\n合计5元。\n\n${ZH_NEED}\n`,
        findings: [[11, `第 5 行的一段话「辖区内有一百二十户独居老人每个工作日都在等待一顿…」在第 11 行又原样重复了一次。`, /^删除重复的一段/]],
      },
    ],
  },
];

const rubricFor = (c: Case) =>
  parseRubric("case.yaml", `id: case\ntitle: { en: Case }\ncriteria:\n  - id: only\n    title: { en: Only, zh: 唯一 }\n    weight: 100\n    checks:\n      - ${c.check}\n`);

describe.each(CASES)("$check", (c) => {
  it("passes its valid texts", async () => {
    const rubric = await rubricFor(c);
    for (const text of c.valid) expect(scoreTextWith(text, rubric, { file: "p.md" }).improvements.map((i) => i.message), text).toEqual([]);
  });
  it("reports its invalid texts exactly, each saying what to remove or rewrite", async () => {
    const rubric = await rubricFor(c);
    for (const { text, findings } of c.invalid) {
      const r = scoreTextWith(text, rubric, { file: "p.md" });
      expect(r.improvements.map((i) => [i.line, i.message]), text).toEqual(findings.map(([line, message]) => [line, message]));
      r.improvements.forEach((i, n) => expect(i.suggestion).toMatch(findings[n]![2]));
      expect(r.score).toBeLessThan(100);
    }
  });
});

describe("in the built-in rubrics", () => {
  const complete = fixture("zh-complete.md");

  it("a section in the other language, a duplicated section, reasoning text and a refusal each cost points", async () => {
    const base = await score(complete);
    const lines = complete.split("\n");
    // The need section's body replaced by an English paragraph; the duplicated one is the budget.
    const need = lineOf(complete, "## 二、");
    const next = lines.findIndex((l, i) => i >= need && l.startsWith("## "));
    const english = [...lines.slice(0, need), "", "In this section we will run a series of community activities, help residents learn about the project and collect feedback regularly.", "", ...lines.slice(next)].join("\n");
    const cases = {
      language: english,
      duplicated: replaceOnce(complete, "## 七、监测与评估", `## 六、项目预算\n\n${lines.slice(lineOf(complete, "## 六、项目预算"), lineOf(complete, "## 七、监测与评估") - 1).join("\n")}\n\n## 七、监测与评估`),
      reasoning: replaceOnce(complete, "## 七、监测与评估\n", "## 七、监测与评估\n\n<think>用户要求写监测评估部分。</think>\n"),
      refusal: replaceOnce(complete, "## 七、监测与评估\n", "## 七、监测与评估\n\n抱歉，我无法提供该社区的监测数据。\n"),
    };
    for (const [kind, text] of Object.entries(cases)) {
      const r = await score(text);
      expect(r.score, kind).toBeLessThan(base.score);
      expect(r.improvements.some((i) => i.criterion === "placeholders" && i.points > 0 && /英文|重复|推理|拒绝/.test(i.message)), kind).toBe(true);
    }
  });
});
