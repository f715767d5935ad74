// The section registry: every canonical section a proposal may have, in the order proposals usually
// give them, with its title and the headings real proposals use for it, in both languages. The
// drafting plan (src/kinds/*) takes its headings from here and the scorer its aliases and order
// (score/aliases.ts), so a section is added in this one list. Matching picks the longest alias found
// in a heading, so 项目背景与需求分析 → need and 风险评估 → risks (not monitoring).
import type { TextLanguage as Language } from "../text/language.js";

export interface SectionDefinition {
  id: string;
  /** The canonical title: the drafting heading unless a kind names it otherwise, and the name in messages. */
  title: Record<Language, string>;
  /** What the section covers, in one line: the outline every draft prompt carries names the other sections with it. */
  covers: Record<Language, string>;
  /** Headings (lower case for Latin) that mean this section. */
  aliases: Record<Language, readonly string[]>;
  /** How long the drafted narrative should be: Chinese characters for zh, words for en. */
  length: Record<Language, LengthTarget>;
  /**
   * Sections a sub-heading inside this one may name and still be part of it: a milestone's
   * "Deliverables" are the plan's outputs, "### 监测指标" under 预期成效 is how the results are shown,
   * "受益人" under 公开募捐方案 is one of the plan's elements. (A sub-heading naming the summary,
   * 概述 / Overview, is always part of the section it is in.)
   */
  parts?: readonly string[];
}

/** A length range for a section's narrative (characters in Chinese, words in English). */
export interface LengthTarget {
  min: number;
  max: number;
}

export const SECTIONS = [
  {
    id: "summary",
    length: { zh: { min: 400, max: 600 }, en: { min: 250, max: 400 } },
    title: { zh: "项目概述", en: "Executive Summary" },
    covers: { zh: "用一页说明项目、受益对象、目标、预算和执行机构", en: "the project, people served, goal, budget and applicant on one page" },
    aliases: {
      zh: ["项目概述", "项目摘要", "摘要", "概述", "项目简介", "执行摘要", "项目概况", "项目基本信息", "基本信息", "项目介绍", "简介"],
      en: ["executive summary", "summary", "abstract", "overview", "project summary", "project overview", "project description", "program description", "about the project", "about your project", "project pitch", "pitch", "introduction"],
    },
  },
  {
    id: "need",
    length: { zh: { min: 600, max: 900 }, en: { min: 400, max: 600 } },
    title: { zh: "项目背景与需求分析", en: "Statement of Need" },
    covers: { zh: "问题、带来源的证据和紧迫性", en: "the problem, the evidence with sources, and why now" },
    aliases: {
      zh: ["项目背景", "需求分析", "问题陈述", "背景", "需求", "问题分析", "现状分析", "立项依据", "必要性", "社会问题", "灾情", "需求评估", "问题与需求", "项目缘由", "缘由", "项目意义", "意义", "现状", "问题", "项目价值", "社会价值", "需求调研"],
      en: ["statement of need", "need statement", "needs statement", "needs", "need", "problem statement", "problem", "background", "rationale", "context", "situation analysis", "needs assessment", "value", "value proposition", "why", "important", "importance", "significance", "motivation", "existing efforts", "existing solutions", "state of the art"],
    },
  },
  {
    id: "objectives",
    length: { zh: { min: 300, max: 500 }, en: { min: 200, max: 350 } },
    title: { zh: "项目目标", en: "Goals and Objectives" },
    covers: { zh: "总体目标和具体目标（附目标与指标表）", en: "the goal and the objectives (with the objectives table)" },
    aliases: {
      zh: ["项目目标", "目标", "预期目标", "预期成果", "预期效果", "项目成效", "总体目标", "具体目标", "成果", "项目成果", "产出", "预期产出", "效益", "社会效益", "项目效益"],
      en: ["goals and objectives", "objectives", "goals", "goal", "objective", "expected outcomes", "expected results", "outcomes", "outcome", "aims", "aim", "deliverables", "impact", "intended impact", "key results"],
    },
  },
  {
    id: "beneficiaries",
    length: { zh: { min: 300, max: 500 }, en: { min: 200, max: 350 } },
    title: { zh: "受益对象", en: "Target Population" },
    covers: { zh: "受益对象、人数和遴选方式", en: "who is served, how many and how they are selected" },
    aliases: {
      zh: ["受益对象", "受益人", "受益群体", "服务对象", "目标人群", "受益人群", "目标群体", "受益人数", "服务人群", "受助对象", "受助人", "服务群体", "项目对象"],
      en: ["target population", "beneficiaries", "beneficiary", "target group", "target groups", "population served", "who we serve", "participants", "target audience", "service targets", "service users", "who will benefit", "who benefits", "community you are serving", "communities served", "community served", "people served", "target users", "audience"],
    },
  },
  {
    id: "activities",
    length: { zh: { min: 600, max: 1000 }, en: { min: 400, max: 700 } },
    parts: ["objectives"],
    title: { zh: "项目内容与实施计划", en: "Project Activities and Work Plan" },
    covers: { zh: "各项活动的做法和合作分工（附实施进度表）", en: "how each activity is done and who does what (with the work plan)" },
    aliases: {
      zh: ["项目内容", "实施计划", "项目活动", "活动安排", "实施方案", "项目实施", "执行计划", "进度安排", "时间安排", "工作计划", "实施步骤", "项目设计", "活动设计", "实施进度", "时间表", "项目进度", "进度", "活动计划", "项目计划", "实施内容", "服务内容", "具体内容", "实施过程", "执行方案", "时间进度", "工作安排", "实施路径", "里程碑", "阶段安排", "实施安排"],
      en: ["activities", "activity", "work plan", "workplan", "implementation", "implementation plan", "methods", "methodology", "approach", "timeline", "project design", "program design", "schedule", "development roadmap", "roadmap", "milestones", "technical delivery", "delivery plan", "timespan", "time frame", "timeframe", "project plan", "plan of work", "steps", "carry out", "scope", "phases", "work packages", "tasks"],
    },
  },
  {
    id: "relief",
    length: { zh: { min: 500, max: 800 }, en: { min: 350, max: 550 } },
    title: { zh: "物资、物流与追溯", en: "Supplies, Logistics and Traceability" },
    covers: { zh: "救灾物资和物流、发放、追溯安排", en: "relief supplies, logistics, distribution and tracing" },
    aliases: {
      zh: ["物资", "物流", "追溯", "物资发放", "物资管理", "救灾物资", "物资采购"],
      en: ["supplies", "logistics", "traceability", "distribution of goods", "relief items", "relief supplies"],
    },
  },
  {
    id: "budget",
    length: { zh: { min: 300, max: 500 }, en: { min: 200, max: 350 } },
    // "### Phase 1" / "### 第一阶段" under the budget are the costs of a phase, not the work plan.
    parts: ["activities"],
    title: { zh: "项目预算", en: "Budget" },
    covers: { zh: "预算结构、主要科目的依据和资金来源（附预算表）", en: "budget structure, the basis of the main items and funding (with the budget tables)" },
    aliases: {
      zh: ["项目预算", "预算", "经费预算", "资金预算", "预算说明", "经费", "资金使用计划", "预算明细", "费用预算", "概算", "项目概算", "资助概算", "项目资助概算", "经费概算", "资金需求", "资金使用", "经费使用", "申请金额", "资助金额", "费用", "支出"],
      en: ["budget", "budget justification", "budget narrative", "costs", "cost", "financial plan", "budget and justification", "project budget", "funding", "funding request", "requested funding", "requested support", "support requested", "amount requested", "financials", "financial", "finances", "expenses", "expenditure", "use of funds", "funds requested"],
    },
  },
  {
    id: "fundraising",
    length: { zh: { min: 400, max: 700 }, en: { min: 300, max: 500 } },
    parts: ["beneficiaries", "budget", "organization", "activities", "objectives"],
    title: { zh: "公开募捐方案", en: "Public Fundraising Plan" },
    covers: { zh: "公开募捐方案的法定要素", en: "the elements of the public fundraising plan" },
    aliases: {
      zh: ["公开募捐方案", "募捐方案", "募捐", "公开募捐", "募捐计划"],
      en: ["public fundraising plan", "fundraising plan", "public fundraising", "fundraising appeal"],
    },
  },
  {
    id: "monitoring",
    length: { zh: { min: 300, max: 500 }, en: { min: 200, max: 350 } },
    title: { zh: "监测与评估", en: "Monitoring and Evaluation" },
    covers: { zh: "监测方法、报告和信息公开", en: "monitoring methods, reporting and disclosure" },
    aliases: {
      zh: ["监测与评估", "监测评估", "评估", "监测", "项目评估", "绩效评估", "评估指标", "效果评估", "监督与评估", "监测评价", "成效评估", "评估方法", "监测指标", "考核指标", "绩效指标", "验收标准", "评价指标", "效果评价", "评估计划"],
      en: ["monitoring and evaluation", "evaluation", "monitoring", "m&e", "evaluation plan", "measuring success", "measure success", "indicators", "measurement", "success", "success metrics", "metrics", "key performance indicators", "kpis", "acceptance criteria", "success criteria", "evaluate"],
    },
  },
  {
    id: "risks",
    length: { zh: { min: 300, max: 500 }, en: { min: 200, max: 350 } },
    title: { zh: "风险管理", en: "Risks and Mitigation" },
    covers: { zh: "主要风险、责任人和应对措施", en: "the main risks, who watches them and the mitigation" },
    aliases: {
      zh: ["风险管理", "风险", "风险分析", "风险评估", "风险控制", "风险与应对", "风险防范", "挑战", "困难与对策", "遇到的困难", "面临的困难"],
      en: ["risks", "risk", "risk management", "risks and mitigation", "challenges", "risk assessment", "challenge", "mitigation", "contingency"],
    },
  },
  {
    id: "sustainability",
    length: { zh: { min: 300, max: 500 }, en: { min: 200, max: 350 } },
    title: { zh: "可持续性", en: "Sustainability" },
    covers: { zh: "项目结束后如何延续", en: "how the work continues after the grant" },
    aliases: {
      zh: ["可持续性", "可持续", "持续发展", "后续计划", "项目持续", "退出机制", "可持续发展"],
      en: ["sustainability", "sustainability plan", "future funding", "continuation", "exit strategy", "long-term plan", "maintenance", "maintenance and upgrade plans", "after the grant", "long term", "follow-up work"],
    },
  },
  {
    id: "organization",
    length: { zh: { min: 300, max: 500 }, en: { min: 200, max: 350 } },
    title: { zh: "执行机构介绍", en: "Organizational Capacity" },
    covers: { zh: "执行机构的资质、经验、治理和团队", en: "the applicant's standing, experience, governance and team" },
    aliases: {
      zh: ["执行机构", "机构介绍", "机构简介", "申请机构", "组织介绍", "机构能力", "项目团队", "团队", "执行团队", "申报单位", "机构", "申请单位", "申请人", "机构资质"],
      en: ["organizational capacity", "organization", "organisation", "organizational", "about us", "applicant", "capacity", "team", "project team", "staff", "track record", "our organization", "relevant experience", "who you are", "about the organization", "qualifications", "team members"],
    },
  },
  // The sections below came with the venture-grant kind. Their aliases are longer than the
  // organization and objectives aliases they contain (项目团队, expected results), so those still win
  // for the headings they matched before.
  {
    id: "experience",
    length: { zh: { min: 200, max: 400 }, en: { min: 150, max: 300 } },
    title: { zh: "同类项目经验", en: "Similar Past Projects" },
    covers: { zh: "以往的同类项目及成效", en: "similar past projects and their results" },
    aliases: {
      zh: ["同类项目经验", "同类项目", "以往同类项目", "类似项目经验", "相关项目经验"],
      en: ["similar past projects", "similar projects", "past similar projects", "comparable projects"],
    },
  },
  {
    id: "team",
    length: { zh: { min: 200, max: 400 }, en: { min: 150, max: 300 } },
    parts: ["organization"],
    title: { zh: "项目团队与分工", en: "Project Team and Roles" },
    covers: { zh: "项目团队的分工和资质", en: "the team's roles and qualifications" },
    aliases: {
      zh: ["项目团队与分工", "项目团队及分工", "团队与分工", "团队分工", "人员分工", "团队构成", "成员与分工", "人员与分工"],
      en: ["project team and roles", "team and roles", "staffing plan", "team roles"],
    },
  },
  {
    id: "results",
    length: { zh: { min: 300, max: 500 }, en: { min: 200, max: 350 } },
    parts: ["monitoring", "objectives", "sustainability"],
    title: { zh: "预期成效与可推广性", en: "Expected Results and Replicability" },
    covers: { zh: "预期成效、评估和可推广性", en: "expected results, evaluation and replicability" },
    aliases: {
      zh: ["预期成效与可推广性", "预期成效及可推广性", "可推广性", "可复制性", "推广价值", "成效与推广"],
      en: ["expected results and replicability", "results and replicability", "replicability", "scaling up", "replication"],
    },
  },
] as const satisfies readonly SectionDefinition[];

export type SectionId = (typeof SECTIONS)[number]["id"];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);

const BY_ID = new Map<string, SectionDefinition>(SECTIONS.map((s) => [s.id, s]));

export function sectionDefinition(id: string): SectionDefinition | undefined {
  return BY_ID.get(id);
}

/** The section's length target: the kind's own when it writes the section its own way, else the registry's. */
export function lengthTarget(section: { id: string; length?: Record<Language, LengthTarget> }, language: Language): LengthTarget {
  return (section.length ?? sectionDefinition(section.id)!.length)[language];
}

/** "600至900字" / "400–600 words", as the prompts state it. */
export function describeLength(target: LengthTarget, language: Language): string {
  return language === "zh" ? `${target.min}至${target.max}字` : `${target.min}–${target.max} words`;
}
