// A form laid out as a table (表格式申报书) whose first rows are short fields (项目名称, 申报单位) and
// whose answers are written further down, some on their label's row and some on the rows below a
// label whose cell spans them, is read as a form: each label that names a section is that section,
// a note in brackets after it left out.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";
import { parseProposal } from "../../src/score/read/proposal.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";

const matcher = buildSectionMatcher();
const read = (text: string) => {
  const proposal = parseProposal(text, matcher);
  return { proposal, sections: proposal.sections.filter((s) => s.rank > 0).map((s) => ({ id: s.id, line: s.line, end: s.end })) };
};

const zhForm = [
  "# 阳光社工中心公益创投项目申报书",
  "",
  "| 项目名称 | 长者午餐送上门 |",
  "| --- | --- |",
  "| 申报单位 | 阳光社会工作服务中心 |",
  "| 项目周期 | 2025年3月至12月 |",
  "| 项目背景 | 本街道60岁以上独居老人共412人，其中行动不便、无法自行做饭的约130人，附近没有长者食堂。 |",
  "| 实施计划 | 分三个阶段 |",
  "|  | 第一阶段（3—4月）：社工入户走访全部独居老人，建立助餐需求台账。 |",
  "|  | 第二阶段（5—10月）：每周一至周五中午为80名老人送餐上门，志愿者随餐探访。 |",
  "|  | 第三阶段（11—12月）：回访老人满意度，形成项目总结报告。 |",
  "| 项目预算 | 合计8万元 |",
  "",
].join("\n");

describe("a form table with short first rows and its answers further down", () => {
  it("is read as a form: the background on its row, the plan over the rows below its label", () => {
    const { proposal, sections } = read(zhForm);
    expect(sections).toEqual([
      { id: "organization", line: 5, end: 5 },
      { id: "need", line: 7, end: 7 },
      { id: "activities", line: 8, end: 11 },
      { id: "budget", line: 12, end: 12 },
    ]);
    expect(proposal.lines[9]).toBe("第二阶段（5—10月）：每周一至周五中午为80名老人送餐上门，志愿者随餐探访。");
  });

  it("is scored as the sections it holds", async () => {
    const result = await scoreText(zhForm, { file: "申报书.md" });
    expect(result.improvements.filter((i) => /缺少「(?:项目背景与需求分析|项目内容与实施计划|项目预算)」/.test(i.message))).toEqual([]);
  });

  it("reads an English form the same way", () => {
    const text = [
      "| Project name | Hot lunches at home |",
      "| --- | --- |",
      "| Applicant | Riverside Neighbourhood Association |",
      "| Statement of need | 412 people over 60 in the ward live alone, and about 130 of them can no longer cook for themselves. |",
      "| Activities | In three phases |",
      "| | March to April: social workers visit every older person living alone and record who needs a meal. |",
      "| | May to October: a hot lunch is delivered to 80 people on weekdays by a volunteer who stays to talk. |",
      "| Budget | 80,000 in total |",
      "",
    ].join("\n");
    expect(read(text).sections.map((s) => [s.id, s.line, s.end])).toEqual([
      ["organization", 3, 3],
      ["need", 4, 4],
      ["activities", 5, 7],
      ["budget", 8, 8],
    ]);
  });

  it("a label's note in brackets on how to answer is no part of the label", () => {
    const text = [
      "| 项目名称 | 长者午餐送上门 |",
      "| --- | --- |",
      "| 申报单位 | 阳光社会工作服务中心 |",
      "| 项目背景（请说明服务对象的现状、需求调研情况和项目意义） | 本街道60岁以上独居老人共412人，其中行动不便、无法自行做饭的约130人，附近没有长者食堂。 |",
      "| 项目实施计划（包括具体活动内容、时间安排、人员分工等） | 3—4月社工入户走访全部独居老人并建立台账；5—10月每个工作日中午为80名老人送餐上门。 |",
      "| 项目预算（元） | 合计8万元 |",
      "",
    ].join("\n");
    const sections = parseProposal(text, matcher).sections;
    expect(sections.map((s) => [s.id, s.heading, s.line])).toEqual([
      ["organization", "申报单位", 3],
      ["need", "项目背景", 4],
      ["activities", "项目实施计划", 5],
      ["budget", "项目预算", 6],
    ]);
  });

  it("one section written out under its label makes no form: a key-facts table stays a table", () => {
    const text = [
      "| 项目名称 | 长者午餐送上门 |",
      "| --- | --- |",
      "| 申报单位 | 阳光社会工作服务中心 |",
      "| 实施计划 | 分三个阶段 |",
      "|  | 第一阶段（3—4月）：社工入户走访全部独居老人，建立助餐需求台账。 |",
      "|  | 第二阶段（5—10月）：每周一至周五中午为80名老人送餐上门，志愿者随餐探访。 |",
      "| 项目预算 | 合计8万元 |",
      "",
    ].join("\n");
    expect(read(text).sections).toEqual([]);
  });

  it("rows of a budget whose category cell spans its lines are no form", () => {
    const text = [
      "| 科目 | 明细 | 金额（元） |",
      "| --- | --- | --- |",
      "| 人员费 | 社工两名，每人每月补贴一千五百元，共十个月，用于入户走访和送餐组织 | 30,000 |",
      "|  | 志愿者交通补贴，每人每次二十元，预计八十人次参与送餐和随餐探访 | 1,600 |",
      "| 餐费补贴 | 80名老人，每餐补贴十元 | 40,000 |",
      "",
    ].join("\n");
    expect(read(text).sections).toEqual([]);
  });
});
