// A Chinese form's requests (请上传…, 请简述…, 简要介绍…) are its questions: each names the section of
// what it asks for, the head of its object, which in Chinese comes last.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";
import { headingOf } from "../../src/score/read/headings.js";
import { listQuestionOf } from "../../src/score/read/list-questions.js";
import { parseProposal } from "../../src/score/read/proposal.js";
import { zhRequestObject } from "../../src/text/requests.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";

const matcher = buildSectionMatcher();
const idOf = (line: string) => {
  const heading = headingOf(line, "答：", true);
  return heading && matcher.match(heading.text, heading.question === true);
};

describe("a Chinese request names the head of what it asks for", () => {
  it.each([
    ["**请上传活动经费预算表**", "budget"],
    ["**请简述项目的风险及应对措施**", "risks"],
    ["**请简述项目实施过程中可能出现的风险及应对措施**", "risks"],
    ["**请列出项目团队成员及分工**", "team"],
    ["**请描述服务对象的主要需求**", "need"],
    ["**请说明本项目的预期成果。**", "objectives"],
    ["**请说明项目执行中可能遇到的困难**", "risks"],
    ["**简要介绍申报单位的基本情况**", "organization"],
    ["**请说明如何评估项目成效**", "monitoring"],
    ["**请说明项目结束后如何保障服务的可持续性**", "sustainability"],
    ["**请简述项目的风险（如人员、资金、场地等）及应对措施**", "risks"],
    ["**请分别说明项目的目标、活动和预算**", "objectives"],
    ["## 请简述项目实施过程中的主要风险", "risks"],
    ["一、请简述项目实施过程中的主要风险", "risks"],
    ["**請簡述項目實施過程中的風險及應對措施**", "risks"],
  ])("%s → %s", (line, id) => {
    expect(idOf(line)).toBe(id);
  });

  it("a numbered request longer than a title is still a heading", () => {
    expect(idOf("一、请简述项目实施过程中可能出现的风险及应对措施（不超过300字）")).toBe("risks");
    // A numbered sentence of that length that asks nothing is no heading.
    expect(headingOf("二、本项目拟在三个社区开展长者助餐服务并建立志愿者队伍以及后续运营机制", "", true)).toBeUndefined();
  });

  it("a bold request is read as a question, as an English one is", () => {
    expect(headingOf("**请上传活动经费预算表**", "", true)?.question).toBe(true);
    expect(headingOf("**Please upload a budget.**", "", true)?.question).toBe(true);
  });

  it.each([
    ["请简述项目实施过程中可能出现的风险及应对措施：", "risks"],
    ["请简述项目实施过程中可能出现的风险及应对措施。", "risks"],
    ["请上传活动经费预算表", "budget"],
  ])("a plain request alone in its paragraph heads its answer: %s", (line, id) => {
    const heading = headingOf(line, "答：…", true);
    expect(heading).toMatchObject({ question: true, needsAlias: true });
    expect(matcher.match(heading!.text, true)).toBe(id);
  });

  it.each([
    ["**概述与背景**", "summary"],
    ["**项目实施计划与预算**", "activities"],
    ["**提供上门助餐服务**", undefined],
  ])("a title that asks nothing keeps its longest name: %s", (line, id) => {
    expect(headingOf(line, "", true)?.question).toBeUndefined();
    expect(idOf(line)).toBe(id);
  });

  it("a paragraph that opens with a verb is no request", () => {
    expect(headingOf("概述文字。", "下一段", true)).toBeUndefined();
    expect(headingOf("描述性统计显示，受访老人中六成独居。", "下一段", true)).toBeUndefined();
    // Two sentences are a paragraph, not a form's request.
    expect(headingOf("请上传预算表。我们将在收到后三日内回复。", "下一段", true)).toBeUndefined();
    expect(zhRequestObject("说明：本表由申报单位填写")).toBe(-1);
  });

  it("the word after 哪些 is what a Chinese question asks", () => {
    expect(idOf("**项目实施中可能遇到哪些风险？**")).toBe("risks");
    expect(idOf("**项目计划开展哪些活动？**")).toBe("activities");
  });

  it("及 and 和 meet an alias written with 与", () => {
    expect(matcher.match("监测和评估")).toBe("monitoring");
    expect(matcher.match("团队及分工")).toBe("team");
    expect(matcher.match("风险及应对")).toBe("risks");
  });

  it("a rubric's own alias is a head too", () => {
    const own = buildSectionMatcher({ risks: { zh: ["隐患"] } });
    expect(own.match("请列出项目实施过程中的安全隐患")).toBe("risks");
  });
});

describe("a Chinese form asked in requests", () => {
  const form = [
    "# 社区长者助餐项目申报书",
    "",
    "**请简要介绍申报单位的基本情况**",
    "本中心成立于2018年，登记于区民政局，现有专职社工六名，连续三年承接街道助老服务。",
    "",
    "**请描述项目的实施计划**",
    "3月至4月入户走访全部独居老人，建立需求台账；5月起每个工作日中午为80名老人送餐上门。",
    "",
    "**请简述项目实施过程中可能出现的风险及应对措施**",
    "",
    "- 冬季送餐员人手不足：通过与两所高校志愿者协会签约，储备十名后备送餐员。",
    "- 食材价格上涨：与两家供应商签订全年固定价格协议，并建立每月比价记录。",
    "",
    "**请上传活动经费预算表**",
    "",
    "| 科目 | 金额（元） |",
    "| --- | --- |",
    "| 餐费补贴 | 80,000 |",
    "| 送餐员补贴 | 30,000 |",
    "| 合计 | 110,000 |",
    "",
  ].join("\n");

  it("reads each request as the section it asks for", () => {
    const read = parseProposal(form, matcher).sections.filter((s) => s.rank > 0);
    expect(read.map((s) => [s.id, s.line])).toEqual([
      ["organization", 3],
      ["activities", 6],
      ["risks", 9],
      ["budget", 14],
    ]);
  });

  it("scores the risks asked for as a risk section, each with its mitigation", async () => {
    const result = await scoreText(form, { file: "申报书.md" });
    expect(result.improvements.filter((i) => i.criterion === "risks")).toEqual([]);
    expect(result.improvements.filter((i) => /缺少「(?:风险管理|项目预算)」/.test(i.message))).toEqual([]);
  });

  it("a request as a list item heads the answer indented below it", () => {
    const lines = ["- 请简述项目实施过程中可能出现的风险及应对措施", "    冬季送餐员人手不足，已与高校签约储备后备送餐员。", "- 请上传活动经费预算表", "    见附件一。"];
    const risks = listQuestionOf(lines, 0);
    expect(risks).toMatchObject({ question: true, needsAlias: true });
    expect(matcher.match(risks!.text, true)).toBe("risks");
    expect(matcher.match(listQuestionOf(lines, 2)!.text, true)).toBe("budget");
  });
});
