// With --facts, a figure the facts do not hold is listed and costs the criterion whose section holds
// it (each a share, at most a bound), and a figure is compared with its unit: the facts' "500米"
// does not verify "500户".
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { scoreText } from "../../src/score/engine.js";
import { tempDirSync } from "../helpers/temp.js";
import { fixture, lineOf, replaceOnce } from "./helpers.js";

const FACTS = `language: zh
title: 社区老人助餐送餐到家项目
organization:
  name: 杭州市西湖区乐龄社区服务中心
  founded: 2016
  description: 长期从事社区养老服务，现有专职社工8名，近三年累计上门服务超过2万人次。
location: 杭州市西湖区3个社区，送餐半径约500米
period: { start: 2025-03, end: 2026-02 }
need:
  problem: 行动不便的独居老人吃饭难
  evidence:
    - fact: "60岁以上户籍老人占户籍人口的27.5%，其中独居老人1,280人"
      source: 西湖区民政局2024年统计公报
    - fact: "2024年10月问卷调查回收有效问卷312份，46%的受访老人每周至少有3天无法按时吃上热饭"
beneficiaries:
  - { group: 独居及行动不便老人, count: 200, unit: 人, criteria: 70岁以上 }
  - { group: 老人家属, count: 400, unit: 人, direct: false }
objectives:
  - { text: 稳定送餐, target: 200人, deadline: 2025-06 }
  - { text: 按时送达, target: 95%, deadline: 2025-12 }
  - { text: 健康探访, target: 200人, deadline: 2026-02 }
activities:
  - { name: 老人入户评估与建档, start: 2025-03, end: 2025-04, outputs: [完成评估200人] }
  - { name: 每日午餐送餐到家, start: 2025-04, end: 2026-02, outputs: [送餐12000份] }
  - { name: 志愿者培训, start: 2025-04, end: 2025-09, outputs: [开展培训4场, 培训志愿者60人次] }
  - { name: 健康探访与回访, start: 2025-05, end: 2026-02 }
budget:
  total: 272000
  items:
    - { name: 餐费补贴, unit_cost: 15, quantity: 12000 }
    - { name: 送餐员劳务, category: personnel, unit_cost: 2000, quantity: 12 }
    - { name: 保温餐箱及车辆维护, unit_cost: 300, quantity: 40 }
    - { name: 志愿者培训, unit_cost: 2000, quantity: 4 }
    - { name: 健康评估与回访, unit_cost: 140, quantity: 200 }
    - { name: 项目管理费, category: admin, amount: 20000 }
monitoring:
  indicators: [送餐准时率不低于95%, 老人满意度不低于90%, 健康回访覆盖率达到100%]
`;

const dir = tempDirSync("grantsmith-unverified-");
const factsFile = path.join(dir, "facts.yaml");
writeFileSync(factsFile, FACTS);

const need = (sentence: string) => replaceOnce(fixture("zh-complete.md"), "主要原因是行动不便", `${sentence}主要原因是行动不便`);

describe("figures the facts do not hold", () => {
  it("cost points of the criterion whose section holds them, and are named", async () => {
    const facts = await loadFacts(factsFile);
    const clean = await scoreText(fixture("zh-complete.md"), { file: "p.md", facts });
    const text = need("另有3,500名老人有类似需求，");
    const r = await scoreText(text, { file: "p.md", facts });
    expect(r.unverified.map((u) => u.text)).toEqual(["3,500"]);
    const hit = r.improvements.find((i) => /在项目信息文件中找不到/.test(i.message))!;
    expect(hit).toMatchObject({ criterion: "need", line: lineOf(text, "3,500名"), message: `本部分有 1 个数字在项目信息文件中找不到：3,500（第${lineOf(text, "3,500名")}行）。` });
    expect(hit.points).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(clean.score);
  });

  it("are bounded per criterion", async () => {
    const facts = await loadFacts(factsFile);
    const one = await scoreText(need("另有3,500名老人有类似需求，"), { file: "p.md", facts });
    const many = await scoreText(need("另有3,500名、4,100名、5,200名、6,300名、7,400名、8,500名、9,600名、10,700名老人有类似需求，"), { file: "p.md", facts });
    const five = await scoreText(need("另有3,500名、4,100名、5,200名、6,300名、7,400名老人有类似需求，"), { file: "p.md", facts });
    const cost = (r: typeof one) => r.improvements.find((i) => /在项目信息文件中找不到/.test(i.message))!.points;
    expect(cost(five)).toBeGreaterThan(cost(one));
    // Eight cost no more than five: the bound.
    expect(cost(many)).toBe(cost(five));
  });

  it("a figure is compared with its unit: 500米 in the facts does not verify 500户", async () => {
    const facts = await loadFacts(factsFile);
    const households = await scoreText(need("周边约500户老人家庭，"), { file: "p.md", facts });
    expect(households.unverified.map((u) => u.text)).toEqual(["500"]);
    const metres = await scoreText(need("送餐半径约500米，"), { file: "p.md", facts });
    expect(metres.unverified).toEqual([]);
  });
});
