// Built-in heading aliases: how real proposals name each canonical section, in both languages.
// A rubric's `sections:` adds to these. Matching picks the longest alias found in a heading, so
// 项目背景与需求分析 → need and 风险评估 → risks (not monitoring).

export const SECTION_ORDER = [
  "summary", "need", "objectives", "beneficiaries", "activities", "relief", "budget", "fundraising",
  "monitoring", "risks", "sustainability", "organization",
] as const;

export interface Aliases {
  zh: string[];
  en: string[];
}

export const DEFAULT_ALIASES: Record<string, Aliases> = {
  summary: {
    zh: ["项目概述", "项目摘要", "摘要", "概述", "项目简介", "执行摘要", "项目概况", "项目基本信息", "基本信息"],
    en: ["executive summary", "summary", "abstract", "overview", "project summary", "project overview"],
  },
  need: {
    zh: ["项目背景", "需求分析", "问题陈述", "背景", "需求", "问题分析", "现状分析", "立项依据", "必要性", "社会问题", "灾情", "需求评估", "问题与需求"],
    en: ["statement of need", "need statement", "needs statement", "needs", "need", "problem statement", "problem", "background", "rationale", "context", "situation analysis", "needs assessment"],
  },
  objectives: {
    zh: ["项目目标", "目标", "预期目标", "预期成果", "预期效果", "项目成效", "总体目标", "具体目标"],
    en: ["goals and objectives", "objectives", "goals", "goal", "objective", "expected outcomes", "expected results", "outcomes", "aims"],
  },
  beneficiaries: {
    zh: ["受益对象", "受益人", "受益群体", "服务对象", "目标人群", "受益人群", "目标群体", "受益人数"],
    en: ["target population", "beneficiaries", "target group", "target groups", "population served", "who we serve", "participants", "target audience"],
  },
  activities: {
    zh: ["项目内容", "实施计划", "项目活动", "活动安排", "实施方案", "项目实施", "执行计划", "进度安排", "时间安排", "工作计划", "实施步骤", "项目设计", "活动设计", "实施进度", "时间表"],
    en: ["activities", "work plan", "workplan", "implementation", "implementation plan", "methods", "methodology", "approach", "timeline", "project design", "program design", "schedule", "project description", "program description"],
  },
  relief: {
    zh: ["物资", "物流", "追溯", "物资发放", "物资管理", "救灾物资", "物资采购"],
    en: ["supplies", "logistics", "traceability", "distribution of goods", "relief items", "relief supplies"],
  },
  budget: {
    zh: ["项目预算", "预算", "经费预算", "资金预算", "预算说明", "经费", "资金使用计划", "预算明细", "费用预算"],
    en: ["budget", "budget justification", "budget narrative", "costs", "financial plan", "budget and justification", "project budget"],
  },
  fundraising: {
    zh: ["公开募捐方案", "募捐方案", "募捐", "公开募捐", "募捐计划"],
    en: ["public fundraising plan", "fundraising plan", "public fundraising", "fundraising appeal"],
  },
  monitoring: {
    zh: ["监测与评估", "监测评估", "评估", "监测", "项目评估", "绩效评估", "评估指标", "效果评估", "监督与评估", "监测评价"],
    en: ["monitoring and evaluation", "evaluation", "monitoring", "m&e", "evaluation plan", "measuring success", "indicators", "measurement"],
  },
  risks: {
    zh: ["风险管理", "风险", "风险分析", "风险评估", "风险控制", "风险与应对", "风险防范"],
    en: ["risks", "risk", "risk management", "risks and mitigation", "challenges", "risk assessment"],
  },
  sustainability: {
    zh: ["可持续性", "可持续", "持续发展", "后续计划", "项目持续", "退出机制", "可持续发展"],
    en: ["sustainability", "sustainability plan", "future funding", "continuation", "exit strategy", "long-term plan"],
  },
  organization: {
    zh: ["执行机构", "机构介绍", "机构简介", "申请机构", "组织介绍", "机构能力", "项目团队", "团队", "执行团队", "申报单位", "机构", "申请单位"],
    en: ["organizational capacity", "organization", "organisation", "organizational", "about us", "applicant", "capacity", "team", "project team", "staff", "track record", "our organization"],
  },
};

/** Section titles used in messages ("add a section 项目预算"). */
export const SECTION_TITLES: Record<string, Aliases> = Object.fromEntries(
  Object.entries({
    summary: ["项目概述", "Executive Summary"],
    need: ["项目背景与需求分析", "Statement of Need"],
    objectives: ["项目目标", "Goals and Objectives"],
    beneficiaries: ["受益对象", "Target Population"],
    activities: ["项目内容与实施计划", "Project Activities and Work Plan"],
    relief: ["物资、物流与追溯", "Supplies, Logistics and Traceability"],
    budget: ["项目预算", "Budget"],
    fundraising: ["公开募捐方案", "Public Fundraising Plan"],
    monitoring: ["监测与评估", "Monitoring and Evaluation"],
    risks: ["风险管理", "Risks and Mitigation"],
    sustainability: ["可持续性", "Sustainability"],
    organization: ["执行机构介绍", "Organizational Capacity"],
  }).map(([id, [zh, en]]) => [id, { zh: [zh!], en: [en!] }]),
);

export function sectionTitle(id: string, language: "zh" | "en"): string {
  return SECTION_TITLES[id]?.[language][0] ?? id;
}
