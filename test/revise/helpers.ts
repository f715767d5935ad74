// Shared set-up for the revise tests: a realistic weak proposal (the offline draft of the sparse
// example) and a complete one, with their facts and rubric.
import path from "node:path";
import { loadFacts } from "../../src/facts/load.js";
import { resolveRubric } from "../../src/score/index.js";
import type { ScoringInput } from "../../src/revise/engine.js";
import { renderOffline, ROOT } from "../draft/render-helper.js";

export const SPARSE_FACTS = path.join(ROOT, "examples/zh/sparse.yaml");
export const COMPLETE_FACTS = path.join(ROOT, "examples/zh/elderly-meals.yaml");

export async function scoringInput(factsFile: string, text?: string): Promise<ScoringInput> {
  const facts = await loadFacts(factsFile);
  const rubric = await resolveRubric(undefined, facts.facts.language, facts.facts.kind);
  return { text: text ?? (await renderOffline(factsFile)), file: "proposal.md", facts, rubric };
}

/** Rewrites of the sparse draft's sections, scored by hand against the real scorer. */
export const REWRITES = {
  /** Longer, sourced, and only the facts' figures: the score goes up. */
  betterNeed: [
    "**问题描述**。社区内双职工和外来务工家庭的小学生放学后无人看护，存在安全隐患，课业也缺少辅导。",
    "",
    "**需求证据**。项目计划为社区内60名小学生提供课后托管服务。【待补充：需求证据及其来源，如调查数据、统计公报或入户走访记录】",
    "",
    "**服务缺口**。社区周边缺少面向小学生的公益性课后看护场所，家长下班时间普遍晚于学校放学时间，孩子放学后往往独自在家或在街头逗留，既有交通和人身安全风险，也得不到作业辅导。市场化的托管机构收费较高，外来务工家庭难以负担。",
    "",
    "**为什么是这里、为什么是现在**。四川省成都市武侯区外来务工家庭集中，社区小学生是受上述问题影响最直接的群体。仅依靠家庭照料和现有公共服务，难以及时、持续地回应他们的需要；如果不加干预，安全隐患和学业差距还可能随时间推移进一步加重。本项目正是针对这一服务缺口设计的。",
  ].join("\n"),
  /** Quantified and sourced, so the score would go up, but every figure is invented. */
  inventedNeed: [
    "**问题描述**。社区内双职工和外来务工家庭的小学生放学后无人看护，存在安全隐患，课业也缺少辅导。",
    "",
    "**需求证据**。据武侯区教育局2023年统计公报，辖区双职工家庭小学生约1,200人，其中35%放学后无人看护；本中心2024年入户调查回收问卷150份（来源：入户问卷调查）。【待补充：需求证据及其来源，如调查数据、统计公报或入户走访记录】",
    "",
    "**为什么是这里、为什么是现在**。四川省成都市武侯区外来务工家庭集中，社区小学生是受上述问题影响最直接的群体。仅依靠家庭照料和现有公共服务，难以及时、持续地回应他们的需要；如果不加干预，安全隐患和学业差距还可能随时间推移进一步加重。本项目正是针对这一服务缺口设计的。",
  ].join("\n"),
  /** Indicators with targets taken from the facts: the score goes up. */
  betterMonitoring: [
    "项目将建立覆盖全过程的监测与评估机制，既跟踪活动产出，也衡量受益对象状况的实际改变。",
    "",
    "**监测指标**。",
    "",
    "- 接受课后托管服务的小学生人数：目标60人（数据来源：每日签到记录）。",
    "- 家长满意度：目标值见下文待补充项（数据来源：学期末家长问卷）。",
    "",
    "**监测方法**。【待补充：监测与评估方法，如服务记录、满意度调查、前后测对比】",
    "",
    "**报告与反馈**。【待补充：报告频次、报告对象和信息公开方式】",
    "",
    "【待补充：监测指标：每项写明数值、单位和采集方式】",
  ].join("\n"),
  /** Drops the placeholders for facts nobody gave, for a generic paragraph: never kept. */
  droppedPlaceholders:
    "项目将建立科学、规范、覆盖全过程的监测与评估机制，由专业社工团队负责，定期收集数据、开展评估、形成报告，确保项目目标顺利实现，并持续改进服务质量，回应受益家庭的真实需要。",
  /** Shorter than what is there: the score goes down. */
  worse: "待定。",
} as const;
