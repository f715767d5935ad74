// Every placeholder an offline draft can write ({{todo "…"}} in the templates) names the facts field
// that fills it, and that field is one the facts file has: revise lists it as "add this field", so a
// wrong or missing field sends the writer to the wrong place. A budget gap that is in the facts
// themselves is theirs to fix too. The words are read by the label first
// (资金来源 of "资金来源：本次申请金额…"), so a label's own noun wins over words later in its hint.
import { readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { factsSchema } from "../../src/facts/schema.js";
import { factsToFill, placeholderField } from "../../src/revise/facts-fixes.js";
import { scoreText } from "../../src/score/engine.js";
import { knownKeys } from "../../src/util/yaml-source.js";
import { renderOffline } from "../draft/render-helper.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? templateFiles(path.join(dir, e.name)) : e.name.endsWith(".hbs") ? [path.join(dir, e.name)] : []));
}

const LABELS = [...new Set(templateFiles(path.join(REPO_ROOT, "templates")).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\{\{todo "([^"]+)"/g)].map((m) => m[1]!)))];

describe("the facts field of each placeholder the templates write", () => {
  it("finds the labels", () => {
    expect(LABELS.length).toBeGreaterThan(100);
  });

  it.each(LABELS)("%s → a field of the facts file", (label) => {
    const field = placeholderField(label);
    expect(field, label).toBeDefined();
    const [top, next] = field!.split(".");
    expect(knownKeys(factsSchema, []), field).toContain(top);
    if (next !== undefined && !["items", "similar_projects", "supplies"].includes(next)) {
      // A field of a list's items is checked on the item (beneficiaries.count, activities.owner).
      const list = ["beneficiaries", "objectives", "activities", "risks", "team", "partners"].includes(top!);
      expect(knownKeys(factsSchema, list ? [top!, 0] : [top!]), field).toContain(next);
    }
  });

  it.each([
    ["资金来源：本次申请金额、自筹及其他渠道的金额和落实情况", "budget.funding_sources"],
    ["项目结束后如何延续：后续资金来源、机制和人员安排", "sustainability"],
    ["监测与评估方法，如服务记录、满意度调查、前后测对比", "monitoring.methods"],
    ["funding sources: the amount requested, own funds and other sources, with their status", "budget.funding_sources"],
    ["main activities with start and end dates, outputs and the person responsible", "activities"],
    ["需求评估的方法、开展时间和评估人员", "relief.needs_assessment"],
    ["近年年检（年报）结果", "venture_grant.annual_inspection"],
    ["项目结束时预期带来的改变，尽量写出数字", "venture_grant.expected_results"],
    ["仓储地点、运输方式和到货时限", "relief.logistics"],
    ["负责人", "activities.owner"],
  ])("%s → %s", (label, field) => {
    expect(placeholderField(label)).toBe(field);
  });
});

describe("a budget gap that is in the facts", () => {
  it("is listed for the facts file, not rewritten", async () => {
    const file = path.join(await tempDir("grantsmith-gapfix-"), "facts.yaml");
    await writeFile(file, "title: 阅读\norganization: 青禾社工\nneed: 课外阅读少\nbeneficiaries: [留守儿童]\nbudget:\n  total: 15万\n  items:\n    - name: 图书\n      amount: 6万\n    - name: 补贴\n      amount: 3万\n", "utf8");
    const loaded = await loadFacts(file);
    const r = await scoreText(await renderOffline(file), { file: "p.md" });
    const fixes = factsToFill(r.improvements, loaded);
    expect(fixes.find((f) => f.section === "budget" && /150,000/.test(f.message))?.field).toBe("budget.total, budget.items");
  });
});
