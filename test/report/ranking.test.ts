// The ranking formats a funder and a CI job read: CSV sorted by score with one column per
// criterion, markdown --summary under 100 KB for 300 files, capped GitHub annotations, JSON Lines,
// SARIF rule help, skipped files named in every report, and the cover's title and organisation.
import { describe, expect, it } from "vitest";
import { createWriter, renderReport } from "../../src/report/index.js";
import { parseProposal } from "../../src/score/read/proposal.js";
import { proposalOrganization } from "../../src/score/read/cover.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";
import { applyGate, errorResult, summarize } from "../../src/score/gate.js";
import { scoreText } from "../../src/score/engine.js";
import type { ScoreResult } from "../../src/score/types.js";
import { fixture } from "../score/helpers.js";
import { readCsv } from "../helpers/csv.js";

const skipped = [{ file: "proposals/README.md", reason: { zh: "文件夹自带的 README 文件，不是项目书", en: "the folder's README file, not a proposal" } }];

async function results(): Promise<ScoreResult[]> {
  const zh = await scoreText(fixture("zh-complete.md"), { file: "b/社区助餐.md" });
  const en = await scoreText(fixture("en-complete.md"), { file: "a/wells.md" });
  const sparse = applyGate(await scoreText(fixture("en-sparse.md"), { file: "c/sparse.md" }), { failOn: "error" });
  return [sparse, zh, errorResult("d/broken.md", "not UTF-8 text"), en];
}

async function render(format: Parameters<typeof createWriter>[0], options: Parameters<typeof createWriter>[1] = {}, list?: ScoreResult[]) {
  const all = list ?? (await results());
  return renderReport(await createWriter(format, options), all, summarize(all.map((r) => r)), { skipped });
}

describe("csv ranking", () => {
  it("ranks by score, best first, with title, organisation, kind, readiness, criteria, budget and currency", async () => {
    const rows = readCsv(await render("csv"));
    const header = rows[0]!;
    expect(header.slice(0, 11)).toEqual(["rank", "file", "title", "organization", "language", "kind", "rubric", "score", "grade", "ready", "blocking"]);
    expect(header).toEqual(expect.arrayContaining(["placeholders", "unverified", "budget_total", "currency", "points_need", "points_budget", "note"]));
    for (const row of rows) expect(row).toHaveLength(header.length);
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    const scores = rows.slice(1, 4).map((r) => Number(col(r, "score")));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(rows.slice(1).map((r) => col(r, "rank"))).toEqual(["1", "2", "3", "", ""]);
    const zh = rows.find((r) => col(r, "file") === "b/社区助餐.md")!;
    expect(col(zh, "ready")).toBe("ready");
    expect(col(zh, "blocking")).toBe("");
    expect(col(zh, "currency")).toBe("CNY");
    expect(Number(col(zh, "budget_total"))).toBeGreaterThan(0);
    expect(col(zh, "title")).toMatch(/\S/);
    const sparse = rows.find((r) => col(r, "file") === "c/sparse.md")!;
    expect(col(sparse, "ready")).toBe("not ready");
    expect(col(sparse, "blocking")).toMatch(
      /^placeholders: \d+ placeholders? left \| section: "Statement of Need" is near-empty \(16 words, no figures\) \| section: "Goals and Objectives" is near-empty \(9 words, no figures\) \| section: no "Project Activities and Work Plan" section \| must budget: must criterion "Budget" not met/,
    );
    expect(Number(col(sparse, "placeholders"))).toBeGreaterThan(0);
    expect(col(rows.at(-2)!, "ready")).toBe("error");
    expect(col(rows.at(-1)!, "ready")).toBe("skipped");
    expect(col(rows.at(-1)!, "note")).toBe(skipped[0]!.reason.en);
  });

  it("--sort name orders by file and keeps the rank by score", async () => {
    const rows = readCsv(await render("csv", { sort: "name" })).slice(1);
    expect(rows.map((r) => r[1])).toEqual(["a/wells.md", "b/社区助餐.md", "c/sparse.md", "d/broken.md", "proposals/README.md"]);
    expect(rows[2]![0]).toBe("3");
  });
});

describe("markdown --summary", () => {
  it("is one row per file with its top improvement, under 100 KB for 300 files", async () => {
    const base = await results();
    const many = Array.from({ length: 300 }, (_, i) => ({ ...base[i % 4]!, file: `proposals/第${i}号申报书-社区服务项目/${String(i).padStart(3, "0")}-application.md` }));
    const md = await render("markdown", { summary: true }, many);
    expect(Buffer.byteLength(md)).toBeLessThan(100 * 1024);
    expect(md.split("\n").filter((l) => /^\| (\d+|–) \| `/.test(l))).toHaveLength(300);
    expect(md).toContain("`proposals/README.md`: the folder's README file");
    expect(md).toMatch(/\| ❌ not ready to submit \(placeholders, section, section, section, must\) \| ❌ gate failed \| \+[\d.]+ /);
    expect(md).toMatch(/\| ✅ ready to submit \| ✅ gate passed \| /);
  });
});

describe("github annotations", () => {
  it("keep at most a few per file and 50 per run, gate failures first, and count the rest", async () => {
    const base = await results();
    const many = Array.from({ length: 40 }, (_, i) => ({ ...base[i % 4]!, file: `p${i}.md` }));
    const lines = (await render("github", {}, many)).trim().split("\n");
    const annotations = lines.filter((l) => !l.startsWith("::notice title=grantsmith"));
    expect(annotations.length).toBeLessThanOrEqual(50);
    const perFile = new Map<string, number>();
    for (const l of annotations) perFile.set(/file=([^,]+)/.exec(l)![1]!, (perFile.get(/file=([^,]+)/.exec(l)![1]!) ?? 0) + 1);
    expect(Math.max(...perFile.values())).toBeLessThanOrEqual(5);
    // Every failed gate is shown.
    expect(annotations.filter((l) => l.includes("quality gate failed")).length).toBe(10);
    expect(lines.at(-1)).toMatch(/^::notice title=grantsmith summary::40 files, .*; \d+ more annotations not shown/);
    expect(lines).toContainEqual(expect.stringMatching(/^::notice title=grantsmith skipped::1 file skipped/));
    const unlimited = (await render("github", { maxAnnotations: 0, maxAnnotationsPerFile: 0 }, many)).trim().split("\n");
    expect(unlimited.length).toBeGreaterThan(lines.length);
    expect(unlimited.at(-1)).not.toContain("not shown");
  });
});

describe("jsonl, sarif and junit", () => {
  it("jsonl is one result per line, in the order scored", async () => {
    const lines = (await render("jsonl")).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((r) => r.file)).toEqual(["c/sparse.md", "b/社区助餐.md", "d/broken.md", "a/wells.md"]);
    expect(Object.keys(lines[0]).slice(0, 4)).toEqual(["file", "language", "rubric", "score"]);
  });

  it("sarif has the tool version, a help text per rule and the skipped files", async () => {
    const sarif = JSON.parse(await render("sarif", { version: "9.9.9" }));
    const driver = sarif.runs[0].tool.driver;
    expect(driver.version).toBe("9.9.9");
    for (const rule of driver.rules) expect(rule.help.text.length).toBeGreaterThan(40);
    expect(driver.rules.find((r: { id: string }) => r.id === "budget").help.text).toMatch(/rubrics standard-(en|zh)/);
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toContainEqual(expect.objectContaining({ level: "note", message: { text: `skipped, not scored: ${skipped[0]!.reason.en}` } }));
  });

  it("junit lists the skipped files as skipped test cases", async () => {
    const xml = await render("junit");
    expect(xml).toContain(`<testsuite name="skipped files" tests="1" failures="0" errors="0" skipped="1">`);
    expect(xml).toContain(`<testcase classname="proposals/README.md" name="read"><skipped message="the folder's README file, not a proposal"/></testcase>`);
  });
});

describe("the cover's organisation", () => {
  const org = (text: string) => proposalOrganization(parseProposal(text, buildSectionMatcher()));
  it.each([
    ["# 社区送餐\n\n**申报机构**：北京暖阳为老社会工作服务中心　　**文书类型**：公益创投项目申报书\n", "北京暖阳为老社会工作服务中心"],
    ["# Memory Café\n\n**Submitted by:** Chengdu Evergreen Community Care Centre · **To:** Wuhou District Civil Affairs Bureau\n", "Chengdu Evergreen Community Care Centre"],
    ["# Open Grant Proposal: `Geo Web`\n\n**Name of Project:** `Geo Web`\n\n**Proposer:** gravenp\n", "gravenp"],
    ["申报单位：成都市青羊区阳光社工服务中心\n项目名称：助老\n", "成都市青羊区阳光社工服务中心"],
    ["# X\n\n## 申报单位基本情况\n\n| 项目 | 内容 |\n| --- | --- |\n| 机构名称 | 青禾公益 |\n", "青禾公益"],
    ["### Contact\n- **Name**: Rüzgar\n- **Organization**: (Optional)\n", undefined],
    ["# X\n\n**申报机构**：【待补充：机构名称】\n", undefined],
  ])("%j → %j", (text, expected) => {
    expect(org(text)).toBe(expected);
  });
});
