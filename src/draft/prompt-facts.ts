// What each section's prompt is told about the project: the YAML of only the facts that section
// needs (so a prompt cannot borrow another section's figures), the figures computed from them, and a
// few lines of project summary every prompt carries.
import { stringify } from "yaml";
import type { LoadedFacts } from "../facts/load.js";
import { chineseNumeral, formatDate } from "../templating/handlebars.js";
import { formatMoney } from "../text/currency.js";
import { kindName } from "../kinds/index.js";
import type { SectionSpec } from "./plan.js";
import { computedFor, periodMonths, requestFigures } from "../facts/computed.js";

export { periodMonths };

/** The YAML of only the facts one section needs (spec.facts), plus the figures computed from them. */
export function sectionFactsYaml(loaded: LoadedFacts, spec: SectionSpec): string {
  const facts = loaded.facts as unknown as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of spec.facts) {
    if (facts[key] !== undefined) picked[key] = facts[key];
  }
  const computed = computedFor(loaded, spec.facts);
  if (computed) picked.computed = computed;
  return stringify(picked, { lineWidth: 0 }).trimEnd();
}

/** A few lines every section prompt carries, so each section knows the project it belongs to. */
export function projectBrief(loaded: LoadedFacts): string {
  const { facts } = loaded;
  const lang = facts.language;
  const d = facts.derived;
  const zh = lang === "zh";
  const lines: string[] = [];
  const date = (v: string) => formatDate(v, d.locale);
  lines.push(zh ? `项目名称：${facts.title}` : `Project: ${facts.title}`);
  lines.push(zh ? `执行机构：${facts.organization.name}` : `Organization: ${facts.organization.name}`);
  if (facts.summary) lines.push(zh ? `项目简介：${facts.summary}` : `Summary: ${facts.summary}`);
  if (facts.location) lines.push(zh ? `项目地点：${facts.location}` : `Location: ${facts.location}`);
  const p = facts.period;
  if (p?.start || p?.end) {
    const from = p.start ? date(p.start) : "?";
    const to = p.end ? date(p.end) : "?";
    lines.push(zh ? `项目周期：${from}至${to}` : `Period: ${from} to ${to}`);
  }
  const groups = facts.beneficiaries
    .map((b) => (b.count !== undefined ? `${b.group}${zh ? "" : " "}${b.count}${b.unit ? (zh ? b.unit : ` ${b.unit}`) : ""}` : b.group))
    .join(zh ? "；" : "; ");
  lines.push(zh ? `受益对象：${groups}` : `Beneficiaries: ${groups}`);
  if (d.budgetTotal !== undefined) {
    const money = formatMoney(d.budgetTotal, facts.budget?.currency ?? "CNY", lang, "document");
    lines.push(zh ? `预算总额：${money}` : `Total budget: ${money}`);
  }
  if (facts.funder?.name) lines.push(zh ? `资助方：${facts.funder.name}` : `Funder: ${facts.funder.name}`);
  if (facts.funder?.priorities?.length) {
    lines.push(zh ? `资助方的资助重点：${facts.funder.priorities.join("；")}` : `Funder's priorities: ${facts.funder.priorities.join("; ")}`);
  }
  const request = requestFigures(loaded);
  if (request.requested !== undefined) {
    const money = formatMoney(request.requested, facts.budget?.currency ?? "CNY", lang, "document");
    const share = request.share ? (zh ? `，占预算总额的${request.share}` : `, ${request.share} of the total budget`) : "";
    lines.push(zh ? `申请金额：${money}${share}` : `Amount requested: ${money}${share}`);
  }
  const document = kindName(facts.kind, lang);
  lines.push(zh ? `文书类型：${document}` : `Document: ${document}`);
  return lines.join("\n");
}

/** What each section covers, one line, for the outline every prompt carries. */
const COVERS: Record<string, { zh: string; en: string }> = {
  summary: { zh: "用一页说明项目、受益对象、目标、预算和执行机构", en: "the project, people served, goal, budget and applicant on one page" },
  need: { zh: "问题、带来源的证据和紧迫性", en: "the problem, the evidence with sources, and why now" },
  objectives: { zh: "总体目标和具体目标（附目标与指标表）", en: "the goal and the objectives (with the objectives table)" },
  beneficiaries: { zh: "受益对象、人数和遴选方式", en: "who is served, how many and how they are selected" },
  activities: { zh: "各项活动的做法和合作分工（附实施进度表）", en: "how each activity is done and who does what (with the work plan)" },
  relief: { zh: "救灾物资和物流、发放、追溯安排", en: "relief supplies, logistics, distribution and tracing" },
  budget: { zh: "预算结构、主要科目的依据和资金来源（附预算表）", en: "budget structure, the basis of the main items and funding (with the budget tables)" },
  fundraising: { zh: "公开募捐方案的法定要素", en: "the elements of the public fundraising plan" },
  monitoring: { zh: "监测方法、报告和信息公开", en: "monitoring methods, reporting and disclosure" },
  risks: { zh: "主要风险、责任人和应对措施", en: "the main risks, who watches them and the mitigation" },
  sustainability: { zh: "项目结束后如何延续", en: "how the work continues after the grant" },
  organization: { zh: "执行机构的资质、经验、治理和团队", en: "the applicant's standing, experience, governance and team" },
  experience: { zh: "以往的同类项目及成效", en: "similar past projects and their results" },
  team: { zh: "项目团队的分工和资质", en: "the team's roles and qualifications" },
  results: { zh: "预期成效、评估和可推广性", en: "expected results, evaluation and replicability" },
};

/** One line for every other section of the plan: what the rest of the proposal already says. */
export function sectionOutline(plan: readonly SectionSpec[], current: SectionSpec, language: "zh" | "en"): string {
  return plan
    .map((spec, i) => ({ spec, title: language === "zh" ? `${chineseNumeral(i + 1)}、${spec.heading.zh}` : `${i + 1}. ${spec.heading.en}` }))
    .filter(({ spec }) => spec.id !== current.id)
    .map(({ spec, title }) => `- ${title}${language === "zh" ? "：" : ": "}${COVERS[spec.id]?.[language] ?? ""}`)
    .join("\n");
}
