// What each section's prompt is told about the project: the YAML of only the facts that section
// needs (so a prompt cannot borrow another section's figures), the figures computed from them, and a
// few lines of project summary every prompt carries.
import { stringify } from "yaml";
import type { LoadedFacts } from "../facts/load.js";
import { chineseNumeral, formatDate } from "../templating/handlebars.js";
import { formatMoney } from "../text/currency.js";
import { kindName } from "../kinds/index.js";
import type { SectionSpec } from "./plan.js";
import { funderRequest } from "./prose.js";

type Maybe<T> = T | null;

/** Months from start to end, both inclusive: 2025-03 → 2026-02 is 12. */
export function periodMonths(start?: string, end?: string): Maybe<number> {
  if (!start || !end) return null;
  const [sy, sm] = start.split("-").map(Number) as [number, number];
  const [ey, em] = end.split("-").map(Number) as [number, number];
  const months = (ey - sy) * 12 + (em - sm) + 1;
  return months > 0 ? months : null;
}

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
const round2 = (v: number) => Math.round(v * 100) / 100;

/** The amount asked of this proposal's funder and its share of the budget, when the facts say them. */
export function requestFigures(loaded: LoadedFacts): { requested?: number; share?: string } {
  const { requested, requestedShare } = funderRequest(loaded, () => null);
  return requested === null ? {} : { requested, ...(requestedShare === null ? {} : { share: pct(requestedShare) }) };
}

/** Derived figures a section's prompt may quote, so the model need not do arithmetic. */
function computedFor(loaded: LoadedFacts, keys: readonly string[]): Record<string, unknown> | undefined {
  const d = loaded.facts.derived;
  const out: Record<string, unknown> = {};
  if (keys.includes("budget")) {
    if (d.budgetTotal !== undefined) out.budget_total = d.budgetTotal;
    if (d.itemsTotal !== undefined) out.budget_items_total = d.itemsTotal;
    if (d.budgetGap !== undefined) out.budget_total_minus_items = d.budgetGap;
    const items = d.budgetLines.filter((l) => l.total !== undefined).map((l) => ({ name: l.name, total: l.total }));
    if (items.length > 0) out.budget_item_totals = items;
    const totals = Object.entries(d.categoryTotals).filter(([, v]) => v !== undefined);
    if (totals.length > 0) out.budget_category_totals = Object.fromEntries(totals);
    const shares = Object.entries(d.categoryShares).map(([k, v]) => [k, pct(v ?? 0)]);
    if (shares.length > 0) out.budget_category_shares = Object.fromEntries(shares);
    if (d.overheadShare !== undefined) out.admin_and_fundraising_share = pct(d.overheadShare);
    if (d.costPerBeneficiary !== undefined) {
      out.cost_per_direct_beneficiary = round2(d.costPerBeneficiary);
      if (d.beneficiaryUnit) out.cost_per_direct_beneficiary_unit = d.beneficiaryUnit;
    }
    if (d.fundingTotal !== undefined) out.funding_sources_total = d.fundingTotal;
    const sources = (loaded.facts.budget?.funding_sources ?? []).filter((s) => s.amount !== undefined);
    if (d.fundingTotal && sources.length > 0) out.funding_source_shares = Object.fromEntries(sources.map((s) => [s.name, pct(s.amount! / d.fundingTotal!)]));
    const request = requestFigures(loaded);
    if (request.requested !== undefined) out.amount_requested = request.requested;
    if (request.share !== undefined) out.amount_requested_share_of_budget = request.share;
  }
  if (keys.includes("beneficiaries")) {
    if (d.directBeneficiaries !== undefined) out.direct_beneficiaries_total = d.directBeneficiaries;
    if (d.indirectBeneficiaries !== undefined) out.indirect_beneficiaries_total = d.indirectBeneficiaries;
    if (d.beneficiaryUnit !== undefined) out.beneficiary_unit = d.beneficiaryUnit;
  }
  if (keys.includes("period")) {
    const months = periodMonths(loaded.facts.period?.start, loaded.facts.period?.end);
    if (months !== null) out.period_months = months;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

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
  const date = (v: string) => formatDate(v, lang);
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
