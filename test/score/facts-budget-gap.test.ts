// A facts file whose items do not add up to its total (a warning at check): the offline draft shows
// the items' sum in its table and says the two disagree. Scored with those facts, the finding names
// the facts file as what disagrees with itself; it never tells the writer to change the draft's
// table to the total, which would make the table's own sum wrong.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { scoreText } from "../../src/score/engine.js";
import { renderOffline } from "../draft/render-helper.js";
import { tempDir } from "../helpers/temp.js";

const FACTS = `title: 乡村留守儿童周末阅读陪伴计划
organization: 青禾社会工作服务中心
need: 留守儿童周末缺少陪伴
beneficiaries:
  - group: 留守儿童
    count: 300人
budget:
  total: 15万
  items:
    - name: 图书采购
      amount: 6万
    - name: 志愿者补贴
      amount: 3.6万元
    - name: 活动物料
      amount: 2万
`;

describe("a facts file whose items miss its total", () => {
  it("the draft's score says to correct the facts file, not the draft", async () => {
    const file = path.join(await tempDir("grantsmith-gap-"), "facts.yaml");
    await writeFile(file, FACTS, "utf8");
    const draft = await renderOffline(file);
    const r = await scoreText(draft, { file: "p.md", facts: await loadFacts(file) });
    const budget = r.improvements.filter((i) => i.criterion === "facts" || /项目信息文件/.test(i.message)).map((i) => `${i.message} ${i.suggestion}`);
    expect(budget.join("\n")).toMatch(/预算各项相加为 116,000.*项目信息文件中的总额为 150,000/);
    expect(budget.join("\n")).toMatch(/先更正项目信息文件：让 budget\.items 各项相加为 150,000，或把 budget\.total 改为 116,000/);
    expect(budget.join("\n")).not.toMatch(/改为项目信息文件中的总额/);
  });
});
