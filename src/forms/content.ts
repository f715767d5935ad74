// What a funder's form is filled with: the fields a label or tag can name (项目名称, 申请金额,
// {{organization.name}}…), their values from the facts, and the draft's sections found by the same
// heading matcher the scorer uses. A field the facts do not hold has no value: the form keeps the
// gap and the report says which facts field would fill it.
import type { Block, ProposalDocument } from "../document/model.js";
import type { FieldValue, FormContent, LimitUnit } from "../document/docx/form.js";
import { normalizeLabel, sectionText } from "../document/docx/form.js";
import { requestedAmount } from "../facts/computed.js";
import type { Facts } from "../facts/derive.js";
import { buildSectionMatcher } from "../score/read/section-matcher.js";
import { formatDate } from "../templating/handlebars.js";
import { countWords } from "../text/count.js";
import { alternatives, CURRENCY_SPELLINGS, formatMoney } from "../text/currency.js";
import { formatDecimal } from "../text/decimal.js";

/** Field id → the labels forms use for it (compared without spaces, colons and bracketed notes). */
export const FORM_FIELDS: Record<string, { labels: string[]; path: string }> = {
  title: { path: "title", labels: ["项目名称", "项目标题", "申报项目名称", "project title", "project name", "title of project", "name of project", "title"] },
  organization: {
    path: "organization.name",
    labels: ["申报单位", "申请单位", "申报机构", "申请机构", "机构名称", "单位名称", "组织名称", "申报组织", "申请组织", "实施机构", "执行机构", "社会组织名称", "organisation name", "organization name", "organisation", "organization", "applicant", "applicant organisation", "applicant organization", "name of organisation", "name of organization"],
  },
  registration: {
    path: "organization.registration_id",
    labels: ["统一社会信用代码", "社会信用代码", "登记证号", "登记证书号", "登记证书编号", "registration number", "charity number", "registered charity number", "company number", "registration no."],
  },
  founded: { path: "organization.founded", labels: ["成立时间", "成立日期", "成立年份", "注册时间", "登记时间", "year founded", "date founded", "founded", "year established", "established"] },
  address: { path: "organization.address", labels: ["机构地址", "通讯地址", "办公地址", "单位地址", "联系地址", "地址", "address", "postal address"] },
  location: { path: "location", labels: ["项目地点", "实施地点", "项目实施地点", "服务区域", "服务地区", "项目区域", "实施区域", "项目实施区域", "location", "project location", "where"] },
  period: { path: "period", labels: ["项目周期", "实施周期", "项目时间", "执行周期", "起止时间", "项目起止时间", "实施时间", "项目实施时间", "执行期", "project period", "project duration", "duration", "project dates", "timeframe"] },
  start: { path: "period.start", labels: ["开始时间", "开始日期", "起始时间", "start date", "project start"] },
  end: { path: "period.end", labels: ["结束时间", "结束日期", "截止时间", "end date", "project end"] },
  budget_total: {
    path: "budget.total",
    labels: ["项目总预算", "项目整体预算", "总预算", "预算总额", "项目预算总额", "项目总金额", "项目总经费", "项目总资金", "total budget", "total project cost", "total cost", "project budget", "total project budget"],
  },
  amount_requested: {
    path: "venture_grant.amount_requested",
    labels: ["申请金额", "申报金额", "申请公益创投资金额", "申请创投资金", "申请资助金额", "申请资金", "申请经费", "拟申请金额", "申请资助额", "申请资助资金", "amount requested", "grant requested", "requested amount", "amount applied for", "amount requested from the fund"],
  },
  contact: { path: "organization.contact.name", labels: ["联系人", "项目联系人", "联系人姓名", "contact person", "contact name", "contact"] },
  phone: { path: "organization.contact.phone", labels: ["联系电话", "电话", "手机", "手机号码", "联系人电话", "phone", "telephone", "tel", "mobile", "phone number"] },
  email: { path: "organization.contact.email", labels: ["电子邮箱", "邮箱", "电子邮件", "联系邮箱", "联系人邮箱", "email", "e-mail", "email address", "contact email", "contact e-mail", "contact email address"] },
  beneficiaries: {
    path: "beneficiaries",
    labels: ["受益人数", "直接受益人数", "服务人数", "服务对象人数", "受益对象人数", "预计受益人数", "number of beneficiaries", "direct beneficiaries", "people reached", "beneficiaries"],
  },
  description: {
    path: "organization.description",
    labels: ["单位简介", "机构简介", "申报单位简介", "组织简介", "申请机构简介", "机构介绍", "about the organisation", "about the organization", "organisation background", "organization background"],
  },
  annual_inspection: { path: "venture_grant.annual_inspection", labels: ["年检结论", "年度年检结论", "年检情况", "年度检查结论", "年报情况"] },
  funder: { path: "funder.name", labels: ["资助方", "资助机构", "资助单位", "funder", "funding body"] },
  rating: { path: "venture_grant.rating", labels: ["评估等级", "社会组织评估等级", "机构评估等级", "单位评估等级", "组织评估等级", "评估等级情况", "等级评估", "社会组织等级评估"] },
};

const BY_LABEL = new Map<string, string>();
for (const [id, field] of Object.entries(FORM_FIELDS)) {
  BY_LABEL.set(id, id);
  BY_LABEL.set(field.path.toLowerCase(), id);
  for (const label of field.labels) BY_LABEL.set(normalizeLabel(label), id);
}

/** The field a label (项目名称：, Project title*, {{organization.name}}) names. */
export function fieldForLabel(label: string): string | undefined {
  const key = normalizeLabel(label);
  return key ? BY_LABEL.get(key) ?? BY_LABEL.get(label.trim().toLowerCase()) : undefined;
}

function get(facts: unknown, path: string): unknown {
  let value: unknown = facts;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The value of a field from the facts, written as the proposal writes it; undefined when the facts hold none. */
export function fieldValue(facts: Facts, field: string, label = ""): FieldValue | undefined {
  const lang = facts.language;
  const spec = FORM_FIELDS[field];
  const path = spec?.path ?? field;
  const money = (n: number | undefined, from: string) => (n === undefined ? undefined : { value: moneyFor(label, n, facts), from });
  switch (field) {
    case "period": {
      const { start, end } = facts.period ?? {};
      if (!start && !end) return undefined;
      const join = lang === "zh" ? "至" : " to ";
      return { value: [start, end].map((d) => (d ? formatDate(d, facts.derived.locale) : "…")).join(join), from: "period" };
    }
    case "start":
    case "end": {
      const date = facts.period?.[field];
      return date ? { value: formatDate(date, facts.derived.locale), from: `period.${field}` } : undefined;
    }
    case "budget_total":
      return money(facts.derived.budgetTotal, facts.budget?.total !== undefined ? "budget.total" : "budget.items");
    case "amount_requested": {
      const requested = requestedAmount(facts);
      return requested && money(requested.value, requested.from);
    }
    case "beneficiaries": {
      const count = facts.derived.directBeneficiaries;
      if (count === undefined) return undefined;
      const unit = facts.derived.beneficiaryUnit ?? (lang === "zh" ? "人" : "people");
      return { value: lang === "zh" ? `${count}${unit}` : `${formatDecimal(count, 0, 3)} ${unit}`, from: "beneficiaries[].count" };
    }
    case "description": {
      const text = facts.organization.description?.trim();
      if (!text) return undefined;
      // "是一家…" is written to follow the organisation's name, as it does in the draft.
      const predicate = lang === "zh" ? /^(是|为|系)/.test(text) : /^(is|was|works|runs|has)\b/.test(text);
      return { value: predicate ? `${facts.organization.name}${lang === "zh" ? "" : " "}${text}` : text, from: path };
    }
    case "founded": {
      const founded = facts.organization.founded;
      if (!founded) return undefined;
      return { value: /^\d{4}-\d{2}/.test(founded) ? formatDate(founded, facts.derived.locale) : lang === "zh" && /^\d{4}$/.test(founded) ? `${founded}年` : founded, from: path };
    }
  }
  const value = get(facts, path);
  if (typeof value === "string" && value.trim()) return { value: value.trim(), from: path };
  if (typeof value === "number") return { value: String(value), from: path };
  return undefined;
}

const TEN_THOUSAND = "万";
/**
 * Every way a label names a currency in brackets, from the currency spellings: signs (HK$, £),
 * codes (HKD, GBP, RMB), unit words (港元, 元, yen), a name before a unit (人民币元), and each
 * Chinese unit in 万 (万元, 万港元).
 */
const LABEL_UNITS = CURRENCY_SPELLINGS.flatMap(({ signs, codes, zhUnits, enUnits, zhBefore }) => [
  ...signs,
  ...codes,
  ...zhUnits,
  ...enUnits,
  ...zhBefore.flatMap((name) => zhUnits.map((unit) => name + unit)),
  ...zhUnits.map((unit) => TEN_THOUSAND + unit),
]);
const LABEL_UNIT = new RegExp(`[（(]\\s*(${alternatives(LABEL_UNITS)})\\s*[)）]`, "i");

/**
 * An amount as the form's label asks for it: 申请金额（万元） gets 15 for 150,000 (the unit is the
 * form's), 申请金额（元） or Amount (HK$) the bare figure, any other label the amount with its currency.
 */
function moneyFor(label: string, amount: number, facts: Facts): string {
  const unit = LABEL_UNIT.exec(label)?.[1];
  if (unit?.startsWith(TEN_THOUSAND)) return String(Math.round((amount / 10_000) * 10_000) / 10_000);
  if (unit) return formatMoney(amount, undefined, facts.language, "document");
  return formatMoney(amount, facts.budget?.currency, facts.language, "document");
}

/** The draft's sections by id, each without its own heading. */
export function sectionsOf(doc: ProposalDocument): Map<string, Block[]> {
  const sections = new Map<string, Block[]>();
  for (const block of doc.blocks) {
    if (!block.section) continue;
    const list = sections.get(block.section) ?? [];
    // The heading that opens the section is the form's own; the form writes it already.
    if (list.length === 0 && block.type === "heading") {
      sections.set(block.section, list);
      continue;
    }
    list.push(block);
    sections.set(block.section, list);
  }
  return sections;
}

/** The facts field that would fill an empty field: the amount asked is a venture grant's own field only in a venture-grant application. */
function wantedPath(facts: Facts, field: string): string {
  if (field === "amount_requested" && facts.kind !== "venture-grant") return "funder.amount_requested";
  return FORM_FIELDS[field]?.path ?? field;
}

/** The form content of one draft. */
export function formContent(facts: Facts, doc: ProposalDocument): FormContent {
  const sections = sectionsOf(doc);
  const matcher = buildSectionMatcher();
  return {
    language: facts.language,
    fieldFor: fieldForLabel,
    value: (field, label) => fieldValue(facts, field, label),
    path: (field) => wantedPath(facts, field),
    sectionFor: (heading, question) => (sections.has(heading) ? heading : matcher.match(heading, question)),
    section: (id) => sections.get(id) ?? [],
    length: (id, unit: LimitUnit) => {
      const text = sectionText(sections.get(id) ?? []);
      // 字数 as a form counts it: every character but spaces and line breaks.
      return unit === "words" ? countWords(text) : text.replace(/\s/g, "").length;
    },
  };
}
