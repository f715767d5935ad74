// Sentences of the offline draft a new user met with facts typed as they come: a count of
// households, a budget of one category, no objectives, a problem of a few characters with no full
// stop. Each is said as the facts are, never as a template assumes (人均 of households, 占比最高 of
// the only category, 只列出了 0 个).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { scoreText } from "../../src/score/engine.js";
import { tempDir } from "../helpers/temp.js";
import { renderOffline } from "./render-helper.js";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-sentences-");
});

async function draftOf(name: string, yaml: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, yaml, "utf8");
  return renderOffline(file);
}

const ZH = `title: 送餐
organization:
  name: 暖阳中心
need:
  problem: 吃饭难
beneficiaries:
  - group: 独居老人家庭
    count: 200户
budget:
  total: 15万
  items:
    - name: 餐费
      amount: 15万
`;

const EN = `title: Meals
organization:
  name: Warm Sun
need:
  problem: Older people living alone go without hot meals
beneficiaries:
  - group: Households of older people
    count: 200
    unit: households
budget:
  currency: USD
  total: 15000
  items:
    - name: Meals
      amount: 15000
`;

describe("the zh offline draft of a new user's facts", () => {
  it("calls the cost per household 户均, never 人均", async () => {
    const doc = await draftOf("zh.yaml", ZH);
    expect(doc).toContain("按直接受益对象计算，户均投入750元");
    expect(doc).toContain("按直接受益200户计算，户均投入750元。");
    expect(doc).not.toContain("人均");
  });

  it("says a single-category budget is all that category, not that it has the largest share of 100%", async () => {
    const doc = await draftOf("zh.yaml", ZH);
    expect(doc).toContain("项目预算总额15万元。预算全部为直接项目费用。");
    expect(doc).not.toContain("占比最高");
  });

  it("ends a problem typed without a full stop, so the next sentence is not read as a project named after it", async () => {
    const doc = await draftOf("zh.yaml", ZH);
    expect(doc).toContain("吃饭难。项目直接服务独居老人家庭（200户）。");
    expect(doc).not.toContain("吃饭难项目");
  });

  it("ends every paragraph of the user's own text typed without a full stop: the need, the goal, the methods, sustainability", async () => {
    const doc = await draftOf("zh-paragraphs.yaml", `${ZH}goal: 让老人吃上热饭\nmonitoring:\n  methods: 每月回访\n  reporting: 每季度向资助方报告\nsustainability: 由社区食堂接续\n`);
    expect(doc).toMatch(/## 二、[^\n]*\n\n吃饭难。\n/);
    expect(doc).toContain("**总体目标**。让老人吃上热饭。");
    expect(doc).toContain("**监测方法**。每月回访。");
    expect(doc).toContain("由社区食堂接续。");
    expect(doc).not.toMatch(/吃饭难\n|热饭\n|回访\n|接续\n/);
  });

  it("with no objectives: a placeholder where they go, and the score never says 只列出了 0 个具体目标", async () => {
    const doc = await draftOf("zh.yaml", ZH);
    expect(doc).toContain("【待补充：具体目标");
    const result = await scoreText(doc, { file: "draft.md", facts: await loadFacts(path.join(dir, "zh.yaml")) });
    const messages = JSON.stringify(result);
    expect(messages).not.toContain("0 个具体目标");
    expect(messages).toContain("没有列出具体目标（建议至少 2 个）。");
    // 户均投入 states the cost per beneficiary, as 人均投入 does.
    expect(messages).not.toContain("没有写明人均成本");
  });

  it("still calls the cost per person 人均 when the count is of people", async () => {
    const doc = await draftOf("zh-people.yaml", ZH.replace("count: 200户", "count: 200人"));
    expect(doc).toContain("按直接受益200人计算，人均投入750元。");
  });
});

describe("a count typed as an estimate (约200户)", () => {
  it("is written 约200户 wherever the count or its total appears, and the cost per household 约750元", async () => {
    const doc = await draftOf("zh-about.yaml", ZH.replace("count: 200户", "count: 约200户"));
    expect(doc).toContain("项目直接服务独居老人家庭（约200户）。");
    expect(doc).toContain("| 独居老人家庭 | 约200户 | 直接受益 |");
    // The summary table names the total by what it counts: 户数, not 人数.
    expect(doc).toContain("| 直接受益户数 | 约200户 |");
    expect(doc).toContain("| **直接受益合计** | **约200户** | | |");
    expect(doc).toContain("按直接受益约200户计算，户均投入约750元。");
    expect(doc).toContain("户均投入约750元");
    expect(doc).not.toMatch(/[^约]200户/);
    // The scorer reads the estimate as the facts' count: nothing disagrees.
    const result = await scoreText(doc, { file: "draft.md", facts: await loadFacts(path.join(dir, "zh-about.yaml")) });
    expect(result.blocking.filter((b) => b.id === "key_figure")).toEqual([]);
    expect(result.metrics.directBeneficiaries).toBe(200);
  });

  it("in English: about 200 households, cost per household about $75", async () => {
    const doc = await draftOf("en-about.yaml", EN.replace("count: 200", "count: about 200"));
    expect(doc).toContain("(about 200 households)");
    expect(doc).toContain("Cost per household (about 200 households): about $75.");
  });
});

describe("the en offline draft of a new user's facts", () => {
  it("ends the need's paragraph typed without a full stop, and keeps one that has it", async () => {
    const doc = await draftOf("en-need.yaml", `${EN}sustainability: The parish kitchen takes the rounds over\n`);
    expect(doc).toMatch(/\n\nOlder people living alone go without hot meals\.\n/);
    expect(doc).toContain("The parish kitchen takes the rounds over.");
    const stopped = await draftOf("en-stopped.yaml", EN.replace("without hot meals", "without hot meals!"));
    expect(stopped).not.toContain("meals!.");
  });

  it("says cost per household, the whole budget, and ends the problem's sentence", async () => {
    const doc = await draftOf("en.yaml", EN);
    expect(doc).toContain("Older people living alone go without hot meals. The project will directly serve");
    expect(doc).toContain("the cost per household is $75.");
    expect(doc).toContain("Cost per household (200 households): $75.");
    expect(doc).toContain("The whole budget goes to direct project costs.");
    expect(doc).not.toMatch(/largest share|per direct beneficiary/);
    const result = await scoreText(doc, { file: "draft.md", facts: await loadFacts(path.join(dir, "en.yaml")) });
    expect(JSON.stringify(result)).not.toContain("Only 0 objectives");
  });
});

describe("one objective, one activity, a count with no unit (en and zh)", () => {
  const en = `title: Coding Club
organization: Riverside Trust
need: Young people have few chances to learn digital skills
beneficiaries:
  - group: young people aged 11-16
    count: 60
objectives:
  - 60 young people complete a coding course by March 2027
activities:
  - Weekly coding sessions
`;
  it("says one objective and one activity in the singular, and the count before its group", async () => {
    const doc = await draftOf("one-en.yaml", en);
    expect(doc).toContain("sets one objective");
    expect(doc).toContain("through one activity, weekly coding sessions, with its dates");
    expect(doc).toContain("directly serve 60 young people aged 11-16");
    expect(doc).not.toMatch(/\b1 (objectives|activities)\b|\(60\)/);
  });

  it("shows the deadline the objective states in the table, and asks for none", async () => {
    const doc = await draftOf("deadline-en.yaml", en);
    expect(doc).toMatch(/\| 1 \| 60 young people complete a coding course by March 2027 \|.*\| March 2027 \|/);
    expect(doc).not.toContain("[TODO: deadline]");
    expect(doc).toContain("due by March 2027");
  });

  it("zh: names the one activity instead of 从…到 the same activity", async () => {
    const doc = await draftOf("one-zh.yaml", "title: 阅读\norganization: 青禾社工\nneed: 课外阅读少\nbeneficiaries: [留守儿童]\nactivities:\n  - 周末共读\n");
    expect(doc).toContain("开展周末共读一项活动");
    expect(doc).not.toContain("从周末共读到周末共读");
  });
});

describe("an organisation description typed as it comes, joined to the organisation's name", () => {
  it("en: a description opening with a capital A continues the sentence in lower case", async () => {
    const doc = await draftOf("org-en.yaml", EN.replace("  name: Warm Sun\n", "  name: Warm Sun\n  founded: 2012\n  description: A registered charity supporting older people across east London.\n"));
    expect(doc).toContain("Warm Sun, founded in 2012, is a registered charity supporting older people across east London.");
    expect(doc).not.toContain("is A registered");
    // A name that opens the description is no article: it stays as typed.
    const named = await draftOf("org-en-name.yaml", EN.replace("  name: Warm Sun\n", "  name: Warm Sun\n  description: Hackney's leading charity for older people.\n"));
    expect(named).toContain("Warm Sun is Hackney's leading charity for older people.");
    const acronym = await draftOf("org-en-ngo.yaml", EN.replace("  name: Warm Sun\n", "  name: Warm Sun\n  description: An NGO for older people.\n"));
    expect(acronym).toContain("Warm Sun is an NGO for older people.");
  });

  it("zh: a description that opens with 成立于 is the sentence's own verb, with no 是 before it", async () => {
    const doc = await draftOf("org-zh.yaml", ZH.replace("  name: 暖阳中心\n", "  name: 暖阳中心\n  founded: 2016\n  description: 成立于2016年，专注社区养老服务，现有专职社工12名。\n"));
    expect(doc).toContain("暖阳中心成立于2016年，专注社区养老服务，现有专职社工12名。");
    expect(doc).not.toContain("暖阳中心是成立于");
  });
});

describe("a group whose name ends in a bracket (zh)", () => {
  it("gets its count without a second bracket: 困境儿童（6-12岁）约200户", async () => {
    const doc = await draftOf("bracket-zh.yaml", "title: 陪伴\norganization: 青禾社工\nneed: 周末无人照看\nbeneficiaries:\n  - { group: 困境儿童（6-12岁）, count: 约200户 }\n");
    expect(doc).toContain("项目直接服务困境儿童（6-12岁）约200户。");
    expect(doc).not.toContain("）（");
  });
});
