// Every report's own texts (titles, the verdict, the summary, the skipped files) are in the language
// of the proposals it is about, as each file's findings are; a run of zh and en proposals speaks
// the user's language.
import { afterEach, describe, expect, it } from "vitest";
import { createWriter, renderReport } from "../../src/report/index.js";
import type { ReportFormat } from "../../src/report/formats.js";
import { applyGate, summarize } from "../../src/score/gate.js";
import { scoreText } from "../../src/score/engine.js";
import type { ScoreResult } from "../../src/score/types.js";
import { both, setExplicitLanguage } from "../../src/i18n/index.js";
import { REPORT_FORMAT_NAMES } from "../../src/report/formats.js";
import { fixture } from "../score/helpers.js";

async function scored(names: string[]): Promise<ScoreResult[]> {
  return Promise.all(names.map(async (name) => applyGate(await scoreText(fixture(name), { file: `proposals/${name}` }), { minScore: 90 })));
}

async function render(format: ReportFormat, names: string[], summary = false): Promise<string> {
  const list = await scored(names);
  const run = { skipped: [{ file: "proposals/~$draft.docx", reason: both("score.wordLockFile") }] };
  return renderReport(await createWriter(format, { minScore: 90, maxAnnotationsPerFile: 0, summary }), list, summarize(list), run);
}

afterEach(() => setExplicitLanguage(undefined));

const ZH = ["zh-complete.md", "zh-sparse.md"];
const EN = ["en-complete.md", "en-sparse.md"];

describe("the language of a report", () => {
  // The user speaks English; the reports of zh proposals name the skipped file's reason in Chinese.
  // jsonl is a line per file with no footer, so it lists no skipped file.
  it.each(REPORT_FORMAT_NAMES.filter((format) => format !== "jsonl"))("%s: a skipped file's reason is in the proposals' language", async (format) => {
    setExplicitLanguage("en");
    const zh = await render(format, ZH);
    expect(zh).toContain("Word 锁定文件");
    expect(zh).not.toContain("a Word lock file");
    setExplicitLanguage("zh");
    const en = await render(format, EN);
    expect(en).toContain("a Word lock file");
    expect(en).not.toContain("Word 锁定文件");
  });

  it("github: the verdict, the gate, the summary and the skipped notice of zh proposals are in Chinese", async () => {
    const text = await render("github", ZH);
    expect(text).toMatch(/title=grantsmith：未通过质量门槛::[\d.]+\/100（[A-F][^）]*），评分细则 [\w-]+；.*；未通过门槛；低于 --min-score 90/);
    expect(text).toMatch(/::notice title=grantsmith 汇总::共 2 个文件，其中 1 个可以提交；1 个门槛已通过，1 个未通过门槛；平均 [\d.]+ 分/);
    expect(text).toContain("::notice title=grantsmith 跳过的文件::跳过 1 个文件，未评分");
    expect(text).not.toMatch(/quality gate failed|ready to submit|mean|rubric /);
  });

  it("github: English proposals keep English, the summary saying mean score N", async () => {
    const text = await render("github", EN);
    expect(text).toMatch(/title=grantsmith%3A quality gate failed::[\d.]+\/100 \([A-F][^)]*\), rubric [\w-]+; .*; gate failed; below --min-score 90/);
    expect(text).toMatch(/::notice title=grantsmith summary::2 files, \d+ ready to submit, \d gate passed, \d gate failed, mean score [\d.]+/);
  });

  it("markdown: title, summary and table of zh proposals are in Chinese", async () => {
    const md = await render("markdown", ZH);
    expect(md.startsWith("# grantsmith 评分报告\n\n## proposals/zh-complete.md")).toBe(true);
    expect(md).toContain("## 汇总\n\n共 2 个文件，其中");
    expect(md).toContain("| 文件 | 得分 | 等级 | 能否提交 | 门槛 |");
    expect(md).toMatch(/\| 未通过门槛 \|/);
    expect(md).toContain("**跳过 1 个文件，未评分：**");
    expect(md).not.toMatch(/score report|Summary|gate failed|not ready|mean score/);
  });

  it("markdown --summary: the ranking of zh proposals is in Chinese whatever the user's language", async () => {
    setExplicitLanguage("en");
    const md = await render("markdown", ZH, true);
    expect(md).toContain("## grantsmith 评分排名");
    expect(md).toContain("| 名次 | 文件 |");
    expect(md).toContain("❌ 未通过门槛");
    expect(md).not.toMatch(/gate failed|ready to submit/);
  });

  it("sarif: rule titles and notifications of zh proposals are in Chinese", async () => {
    const sarif = JSON.parse(await render("sarif", ZH));
    const rules = sarif.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string } }[];
    expect(rules.find((r) => r.id === "readiness")!.shortDescription.text).toBe("可以提交");
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications as { message: { text: string } }[];
    expect(notes.map((n) => n.message.text)).toEqual(["已跳过，未评分：Word 锁定文件（文档打开时 Word 会保留它），不是项目书"]);
  });

  it("junit: the readiness case and the skipped suite of zh proposals are in Chinese", async () => {
    const xml = await render("junit", ZH);
    expect(xml).toContain('name="能否提交：可以提交"');
    expect(xml).toContain('<testsuite name="跳过的文件"');
    expect(xml).not.toMatch(/readiness: ready to submit|skipped files/);
  });

  it("text: the summary, its table and the skipped files of zh proposals are in Chinese", async () => {
    setExplicitLanguage("en");
    const text = await render("text", ZH);
    const summary = text.slice(text.indexOf("汇总："));
    expect(summary).toMatch(/^汇总：共 2 个文件，其中 1 个可以提交；1 个门槛已通过，1 个未通过门槛；平均 [\d.]+ 分\n/);
    expect(summary).toMatch(/\n {2}文件 +得分 {3}等级 {3}能否提交 {4}门槛\n/);
    expect(summary).toMatch(/proposals\/zh-sparse\.md +[\d.]+ {2}F {6}尚不能提交 {2}未通过门槛\n/);
    expect(summary).toContain("跳过 1 个文件，未评分：\n  proposals/~$draft.docx：Word 锁定文件（文档打开时 Word 会保留它），不是项目书\n");
    expect(summary).not.toMatch(/Summary|score|ready|gate|Skipped/);
    // A finding's severity and a must criterion's mark are Chinese too.
    const body = text.slice(0, text.indexOf("汇总："));
    expect(body).toMatch(/\n {4}\+[\d.]+ {2}proposals\/zh-sparse\.md:\d+ {2}[a-z, ]+ {2}错误\n/);
    expect(body).toContain("[必达]");
    expect(body).not.toMatch(/ (error|warning|info)\n|\[must\]/);
  });

  it("text: the summary of English proposals reads as before", async () => {
    const text = await render("text", EN);
    expect(text.slice(text.indexOf("Summary:"))).toBe(
      "Summary: 2 files, 1 ready to submit, 1 gate passed, 1 gate failed, mean score 54.9\n" +
        "  file                      score  grade  ready      gate\n" +
        "  proposals/en-complete.md   99.2  A      ready      gate passed\n" +
        "  proposals/en-sparse.md     10.6  F      not ready  gate failed\n" +
        "Skipped 1 file, not scored:\n" +
        "  proposals/~$draft.docx: a Word lock file (Word keeps it while the document is open), not a proposal\n",
    );
  });

  it("a run of zh and en proposals writes its summary in the user's language", async () => {
    setExplicitLanguage("zh");
    expect(await render("markdown", [...ZH, ...EN])).toContain("## 汇总");
    setExplicitLanguage("en");
    expect(await render("markdown", [...ZH, ...EN])).toContain("## Summary");
  });
});
