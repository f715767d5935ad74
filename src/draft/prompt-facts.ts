// What each section's prompt is told about the project: the YAML of only the facts that section
// needs (so a prompt cannot borrow another section's figures), the figures computed from them, and a
// few lines of project summary every prompt carries.
import { stringify } from "yaml";
import type { LoadedFacts } from "../facts/load.js";
import { formatDate } from "../templating/handlebars.js";
import { sectionMark } from "../text/heading-marks.js";
import { formatMoney } from "../text/currency.js";
import { kindName } from "../kinds/index.js";
import { sectionDefinition } from "../kinds/sections.js";
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

/** One line for every other section of the plan: what the rest of the proposal already says. */
export function sectionOutline(plan: readonly SectionSpec[], current: SectionSpec, language: "zh" | "en"): string {
  return plan
    .map((spec, i) => ({ spec, title: `${sectionMark(i + 1, language)}${spec.heading[language]}` }))
    .filter(({ spec }) => spec.id !== current.id)
    .map(({ spec, title }) => `- ${title}${language === "zh" ? "：" : ": "}${sectionDefinition(spec.id)?.covers[language] ?? ""}`)
    .join("\n");
}
