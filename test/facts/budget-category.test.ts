// A budget item with no category is read by its name: 项目管理费, 行政费用, "Project management",
// "Overhead" are management costs, counted in the admin share of the draft and the scorer, and the
// facts check says each was read so (check --fix writes the category). A written category wins.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { categoryFromName } from "../../src/facts/budget-category.js";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-category-");
});

const ZH = `title: 流动儿童课后托管项目
organization: { name: 某某儿童服务中心 }
need: { problem: 放学后无人照看 }
beneficiaries: [{ group: 流动儿童, count: 60, unit: 人 }]
budget:
  total: 100000
  items:
    - name: 餐费补贴
      amount: 80000
    - name: 项目管理费
      amount: 20000
`;

const EN = `title: Memory cafe
organization:
  name: Leeds Memory Trust
need:
  problem: Carers are isolated
beneficiaries:
  - group: carers
    count: 120
    unit: people
budget:
  currency: GBP
  total: 40000
  items:
    - name: Cafe sessions
      amount: 30000
    - name: Project management
      amount: 6000
    - name: Overhead
      category: other
      amount: 4000
`;

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text, "utf8");
  return file;
}

describe("a budget item's category read from its name", () => {
  it.each([
    ["项目管理费", "admin"],
    ["行政费用", "admin"],
    ["管理费", "admin"],
    ["Project management", "admin"],
    ["Admin", "admin"],
    ["overhead", "admin"],
    ["餐费补贴", undefined],
    ["Cafe sessions", undefined],
    // Programme work that manages people or cases is no admin cost.
    ["志愿者管理与培训", undefined],
    ["个案管理", undefined],
    ["Volunteer coordination", undefined],
    ["12个行政村图书角书架", undefined],
    ["活动场地物业管理费", undefined],
    ["间接受益家长培训", undefined],
    ["Medication administration training", undefined],
    ["Overhead projector", undefined],
    ["Indirect beneficiaries' leaflets", undefined],
    ["Overheads", "admin"],
    ["Administrative costs", "admin"],
    ["间接费用", "admin"],
  ])("%s → %s", (name, category) => {
    expect(categoryFromName(name)).toBe(category);
  });

  it("counts 项目管理费 with no category as a management cost and warns, in Chinese, that it was read so", async () => {
    const file = await write("zh.yaml", ZH);
    const { facts, warnings } = await loadFacts(file);
    expect(facts.budget?.items?.map((i) => i.category)).toEqual(["direct", "admin"]);
    expect(facts.derived.categoryShares.admin).toBeCloseTo(0.2);
    expect(warnings).toEqual([`${file}:10:13: 警告: budget.items[1].category: “项目管理费”未写 category，按名称读作管理费用（admin）；如果不是管理费用，请写明 category（direct、personnel、fundraising 或 other）`]);
  });

  it("in English, and a written category wins over the name", async () => {
    const file = await write("en.yaml", EN);
    const { facts, warnings } = await loadFacts(file);
    expect(facts.budget?.items?.map((i) => i.category)).toEqual(["direct", "admin", "other"]);
    expect(warnings).toEqual([
      `${file}:16:13: warning: budget.items[1].category: "Project management" has no category and is read as admin (a management cost) by its name; if it is not one, write its category (direct, personnel, fundraising or other)`,
    ]);
  });

  it("check --fix writes the category read, and the check is quiet afterwards", async () => {
    const file = await write("fix.yaml", ZH);
    const result = await runInProcess(["check", file, "--fix", "--yes"]);
    expect(result.stderr).toContain(`${file}：以下 1 处将改为规范写法：\n  第 11 行：+ category: admin\n`);
    expect(await readFile(file, "utf8")).toBe(ZH.replace("      amount: 20000\n", "      amount: 20000\n      category: admin\n"));
    expect(result.code).toBe(0);
    const again = await runInProcess(["check", file]);
    expect(again.stderr).not.toContain("未写 category");
    expect(again.code).toBe(0);
  });

  it("the offline draft's budget table lists 项目管理费 as a management cost, and the scorer counts it over the 10% limit", async () => {
    const file = await write("draft.yaml", ZH);
    const out = path.join(dir, "draft.md");
    const draft = await runInProcess(["draft", file, "--offline", "-o", out, "--no-score", "-q"], { env: cleanEnv() });
    expect(draft.code).toBe(0);
    const text = await readFile(out, "utf8");
    expect(text).toMatch(/\| 2 \| 项目管理费 \| 管理费用 \|/);
    const score = await runInProcess(["score", out, "--format", "json"]);
    expect(score.stdout).toContain("管理费用占预算的 20%，超过 10% 的上限");
  });
});
