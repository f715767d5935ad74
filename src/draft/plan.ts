// The section plan: which narrative sections a proposal of each kind has, their headings in each
// language, and which facts each section's prompt may see. Templates place the sections; the model
// (or the offline provider) writes only their narrative.
import type { Kind, Language } from "../facts/schema.js";

export type SectionId =
  | "summary"
  | "need"
  | "objectives"
  | "beneficiaries"
  | "activities"
  | "budget"
  | "monitoring"
  | "risks"
  | "sustainability"
  | "organization"
  | "relief"
  | "fundraising";

export interface SectionSpec {
  id: SectionId;
  heading: Record<Language, string>;
  /** Top-level facts keys the section's prompt carries (besides the short project summary). */
  facts: string[];
  /** Whether background materials are quoted in this section's prompt. */
  materials?: boolean;
}

const STANDARD: SectionSpec[] = [
  {
    id: "summary",
    heading: { zh: "项目概述", en: "Executive Summary" },
    facts: ["title", "summary", "organization", "location", "period", "need", "beneficiaries", "goal", "objectives", "budget", "kind"],
    materials: true,
  },
  {
    id: "need",
    heading: { zh: "项目背景与需求分析", en: "Statement of Need" },
    facts: ["need", "location", "beneficiaries"],
    materials: true,
  },
  { id: "objectives", heading: { zh: "项目目标", en: "Goals and Objectives" }, facts: ["goal", "objectives", "period"] },
  { id: "beneficiaries", heading: { zh: "受益对象", en: "Target Population" }, facts: ["beneficiaries", "location", "need"] },
  {
    id: "activities",
    heading: { zh: "项目内容与实施计划", en: "Project Activities and Work Plan" },
    facts: ["activities", "period", "objectives", "partners"],
  },
  { id: "budget", heading: { zh: "项目预算", en: "Budget" }, facts: ["budget", "beneficiaries", "activities"] },
  { id: "monitoring", heading: { zh: "监测与评估", en: "Monitoring and Evaluation" }, facts: ["monitoring", "objectives"] },
  { id: "risks", heading: { zh: "风险管理", en: "Risks and Mitigation" }, facts: ["risks", "activities"] },
  { id: "sustainability", heading: { zh: "可持续性", en: "Sustainability" }, facts: ["sustainability", "budget", "partners"] },
  {
    id: "organization",
    heading: { zh: "执行机构介绍", en: "Organizational Capacity" },
    facts: ["organization", "team", "partners"],
  },
];

const RELIEF: SectionSpec = {
  id: "relief",
  heading: { zh: "物资、物流与追溯", en: "Supplies, Logistics and Traceability" },
  facts: ["relief", "location", "beneficiaries", "partners"],
  materials: true,
};

const FUNDRAISING: SectionSpec = {
  id: "fundraising",
  heading: { zh: "公开募捐方案", en: "Public Fundraising Plan" },
  facts: ["fundraising", "organization", "budget", "beneficiaries"],
};

/** Disaster relief puts the needs assessment first and adds supplies, logistics and traceability. */
const DISASTER_HEADINGS: Partial<Record<SectionId, Record<Language, string>>> = {
  need: { zh: "灾情与需求评估", en: "Disaster Situation and Needs Assessment" },
};

export function sectionPlan(kind: Kind): SectionSpec[] {
  if (kind === "disaster-relief") {
    const sections = STANDARD.map((s) => (DISASTER_HEADINGS[s.id] ? { ...s, heading: DISASTER_HEADINGS[s.id]! } : s));
    sections.splice(sections.findIndex((s) => s.id === "activities") + 1, 0, RELIEF);
    return sections;
  }
  if (kind === "public-fundraising") {
    const sections = [...STANDARD];
    sections.splice(sections.findIndex((s) => s.id === "budget") + 1, 0, FUNDRAISING);
    return sections;
  }
  return STANDARD;
}
