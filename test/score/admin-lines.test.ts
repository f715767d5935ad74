// Which budget lines are management costs: a category column says it with the wide words (管理费用,
// 行政, Overhead); a line's name only with a whole cost term (项目管理费, "Project management"), so a
// programme line that manages volunteers or coordinates a service is not counted as admin.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";

const zh = (rows: string[], header = "| 科目 | 金额（元） |\n| --- | ---: |") =>
  ["# 社区助餐项目", "", "## 项目预算", "", header, ...rows, ""].join("\n");

describe("admin lines of a budget", () => {
  it("a programme line named for managing volunteers is not admin", async () => {
    const result = await scoreText(zh(["| 餐费补贴 | 80,000 |", "| 志愿者管理与培训 | 15,000 |", "| 个案管理 | 5,000 |", "| 合计 | 100,000 |"]), { file: "p.md" });
    expect(result.metrics.adminShare ?? 0).toBe(0);
  });

  it("a line named for project management is admin", async () => {
    const result = await scoreText(zh(["| 餐费补贴 | 80,000 |", "| 项目管理费 | 20,000 |", "| 合计 | 100,000 |"]), { file: "p.md" });
    expect(result.metrics.adminShare).toBeCloseTo(0.2, 5);
  });

  it("a category column counts by its own words", async () => {
    const rows = ["| 餐费补贴 | 直接费用 | 80,000 |", "| 办公场地 | 行政费用 | 10,000 |", "| 志愿者管理 | 直接费用 | 10,000 |", "| 合计 | | 100,000 |"];
    const result = await scoreText(zh(rows, "| 科目 | 类别 | 金额（元） |\n| --- | --- | ---: |"), { file: "p.md" });
    expect(result.metrics.adminShare).toBeCloseTo(0.1, 5);
  });
});
