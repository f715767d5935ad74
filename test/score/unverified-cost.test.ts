// With --facts, a figure the facts do not hold is listed and costs the criterion whose section holds
// it (each a share, at most a bound), and a figure is compared with its unit: the facts' "500米"
// does not verify "500户".
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { scoreText } from "../../src/score/engine.js";
import { tempDirSync } from "../helpers/temp.js";
import { fixture, lineOf, replaceOnce, ZH_COMPLETE_FACTS } from "./helpers.js";

// zh-complete.md's facts, whose location holds a distance: 500米.
const FACTS = replaceOnce(ZH_COMPLETE_FACTS, "location: 杭州市西湖区3个社区\n", "location: 杭州市西湖区3个社区，送餐半径约500米\n");

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
