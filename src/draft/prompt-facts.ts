// What each section's prompt is told about the project: the YAML of only the facts that section
// needs (so a prompt cannot borrow another section's figures), the figures computed from them, and a
// few lines of project summary every prompt carries.
import { stringify } from "yaml";
import type { LoadedFacts } from "../facts/load.js";
import { formatDate } from "../templating/handlebars.js";
import { formatMoney } from "../text/currency.js";
import { kindName } from "../kinds/index.js";
import type { SectionSpec } from "./plan.js";

type Maybe<T> = T | null;

/** Months from start to end, both inclusive: 2025-03 → 2026-02 is 12. */
export function periodMonths(start?: string, end?: string): Maybe<number> {
  if (!start || !end) return null;
  const [sy, sm] = start.split("-").map(Number) as [number, number];
  const [ey, em] = end.split("-").map(Number) as [number, number];
  const months = (ey - sy) * 12 + (em - sm) + 1;
  return months > 0 ? months : null;
}

/** Derived figures a section's prompt may quote, so the model need not do arithmetic. */
function computedFor(loaded: LoadedFacts, keys: readonly string[]): Record<string, unknown> | undefined {
  const d = loaded.facts.derived;
  const out: Record<string, unknown> = {};
  const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
  if (keys.includes("budget")) {
    if (d.itemsTotal !== undefined) out.budget_items_total = d.itemsTotal;
    if (d.budgetGap !== undefined) out.budget_total_minus_items = d.budgetGap;
    const shares = Object.entries(d.categoryShares).map(([k, v]) => [k, pct(v ?? 0)]);
    if (shares.length > 0) out.budget_category_shares = Object.fromEntries(shares);
    if (d.overheadShare !== undefined) out.admin_and_fundraising_share = pct(d.overheadShare);
    if (d.costPerBeneficiary !== undefined) out.cost_per_direct_beneficiary = d.costPerBeneficiary;
    if (d.fundingTotal !== undefined) out.funding_sources_total = d.fundingTotal;
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
  const document = kindName(facts.kind, lang);
  lines.push(zh ? `文书类型：${document}` : `Document: ${document}`);
  return lines.join("\n");
}
