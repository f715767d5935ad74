// Management cost by organisation type: with organization.type (and net assets where the tier
// depends on them) the admin-share check holds the budget to the Chinese rule for that type, as a
// benchmark, and names the rule. Tiers that could not be checked against the rule's text apply no cap.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { scoreTextWith } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import { managementCostRule, organisationType } from "../../src/score/checks/management-cost-rules.js";
import { tempDirSync } from "../helpers/temp.js";
import { fixture, replaceOnce } from "./helpers.js";

const dir = tempDirSync("grantsmith-admin-type-");
const rubric = parseRubric("admin.yaml", "id: admin\ntitle: { en: Admin }\ncriteria:\n  - id: management_cost\n    title: { en: Management cost, zh: 管理费用 }\n    weight: 100\n    sections: [budget]\n    checks:\n      - { type: admin_share, max: 0.25 }\n");
// Management costs of 40,000 in 292,000: 13.7%.
const text = replaceOnce(fixture("zh-complete.md"), "| 6 | 项目管理费 | 管理费用 | 20,000.00 | 1 | 20,000.00 | |", "| 6 | 项目管理费 | 管理费用 | 40,000.00 | 1 | 40,000.00 | |").replace(/272,000\.00/g, "292,000.00");

async function messagesFor(organization: string): Promise<string[]> {
  const file = path.join(dir, `facts-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, `language: zh\ntitle: 社区老人助餐送餐到家项目\norganization: ${organization}\nlocation: 杭州市西湖区\nneed: { problem: 行动不便的独居老人吃饭难 }\nbeneficiaries: [{ group: 独居老人, count: 200, unit: 人 }]\nbudget: { total: 292000 }\n`);
  const facts = await loadFacts(file);
  return scoreTextWith(text, await rubric, { file: "p.md", facts }).improvements.filter((i) => i.criterion === "management_cost" && /管理费用/.test(i.message)).map((i) => i.message);
}

describe("management cost by organisation type", () => {
  it("a foundation with public-fundraising status: the Charity Law's 10%", async () => {
    expect(await messagesFor("{ name: 乐龄基金会, type: 具有公开募捐资格的基金会 }")).toEqual([
      "按机构类型（具有公开募捐资格的基金会），《慈善法》第六十一条规定年度管理费用不得超过当年总支出的 10%；本项目预算中管理费用占 13.7%。该规定针对机构全年支出，此处仅作参照。",
    ]);
  });

  it("a social service organisation: the tier of Art. 9 by its net assets", async () => {
    expect(await messagesFor("{ name: 乐龄中心, type: 社会服务机构, net_assets: 12000000 }")).toEqual([
      "按机构类型（不具有公开募捐资格的社会团体或社会服务机构），《关于慈善组织开展慈善活动年度支出和管理费用的规定》第九条规定年度管理费用不得超过当年总支出的 13%（上年末净资产1000万元以上）；本项目预算中管理费用占 13.7%。该规定针对机构全年支出，此处仅作参照。",
    ]);
    expect(await messagesFor("{ name: 乐龄中心, type: 社会服务机构, net_assets: 3000000 }")).toEqual([]);
    // Without net assets the loosest tier (20%) is the benchmark.
    expect(await messagesFor("{ name: 乐龄中心, type: 社会服务机构 }")).toEqual([]);
  });

  it("tiers not verified against the rule's text, and organisations outside China, get no cap", async () => {
    expect(await messagesFor("{ name: 乐龄基金会, type: 非公募基金会, net_assets: 50000000 }")).toEqual([]);
    expect(await messagesFor("{ name: 乐龄协会, type: 具有公开募捐资格的社会团体 }")).toEqual([]);
    expect(await messagesFor("{ name: Age Well, type: registered charity (CIO) }")).toEqual([]);
  });

  it("reads the type as people write it, in Chinese or English", () => {
    expect(organisationType("基金会", "经民政厅认定为慈善组织，具有公开募捐资格")).toBe("public-foundation");
    expect(organisationType("非公募基金会")).toBe("foundation");
    expect(organisationType("Social service organization registered with the Wuhou District Civil Affairs Bureau")).toBe("social");
    expect(organisationType("民办非企业单位")).toBe("social");
    expect(managementCostRule("social", 999999)?.cap).toBe(0.2);
    expect(managementCostRule("social", 1000000)?.cap).toBe(0.15);
    expect(managementCostRule("foundation", 3990000)?.cap).toBe(0.2);
    expect(managementCostRule("public-other", 0)).toBeUndefined();
  });
});

describe("the admin-share finding's line", () => {
  it("is the first line counted as admin, by the same words that counted it", async () => {
    const en = "# Reading club\n\n## Budget\n\n| Item | Amount |\n| --- | --- |\n| Books | $6,000 |\n| Project management | $4,000 |\n| **Total** | **$10,000** |\n";
    const report = scoreTextWith(en, await rubric, { file: "p.md" });
    const finding = report.improvements.find((i) => i.criterion === "management_cost");
    expect(finding?.message).toMatch(/40%/);
    // "Project management" (line 8) is what was counted as admin, so the finding points at it.
    expect(finding?.line).toBe(8);
  });
});
