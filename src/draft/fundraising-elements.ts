// The rows of the draft's table of fundraising elements (FUNDRAISING_ELEMENTS, Charity Law Art. 24):
// the law's pairs (dates and region, person in charge and office address, filing number and
// platform) share a row, so ten rows show the thirteen elements. Each is formatted from the facts
// or, when missing, a placeholder naming exactly what to add; partly given rows keep the part that
// is known and mark the rest.
import type { LoadedFacts } from "../facts/load.js";
import { formatDate, placeholder } from "../templating/handlebars.js";

export interface LabelledValue {
  label: string;
  /** The fact, formatted; a placeholder naming what to add when the fact is missing. */
  text: string;
  present: boolean;
}

export function fundraisingElements(loaded: LoadedFacts): LabelledValue[] {
  const { facts } = loaded;
  const lang = facts.language;
  const f = facts.fundraising ?? {};
  const todo = (label: string) => placeholder(label, lang);
  const d = (v?: string) => (v ? formatDate(v, facts.derived.locale) : undefined);
  const el = (label: string, value: string | undefined, missing: string): LabelledValue =>
    value ? { label, text: value, present: true } : { label, text: todo(missing), present: false };
  const zh = lang === "zh";
  const start = d(f.period?.start);
  const end = d(f.period?.end);
  const when = start || end
    ? zh
      ? `${start ?? todo("募捐开始日期")}至${end ?? todo("募捐结束日期")}`
      : `${start ?? todo("start date")} to ${end ?? todo("end date")}`
    : undefined;
  const timeAndRegion = when || f.region
    ? zh
      ? `${when ?? todo("募捐起止时间")}；募捐地域：${f.region ?? todo("募捐地域")}`
      : `${when ?? todo("start and end dates")}; region: ${f.region ?? todo("fundraising region")}`
    : undefined;
  const person = f.person_in_charge || f.office_address
    ? zh
      ? `${f.person_in_charge ?? todo("活动负责人姓名")}；办公地址：${f.office_address ?? todo("活动负责人办公地址")}`
      : `${f.person_in_charge ?? todo("name of the person in charge")}; office: ${f.office_address ?? todo("office address")}`
    : undefined;
  const methods = f.donation_methods?.length ? f.donation_methods.join(zh ? "；" : "; ") : undefined;
  const b = f.bank_account;
  const bank = b && (b.name || b.bank || b.number)
    ? zh
      ? `户名：${b.name ?? todo("账户名称")}；开户行：${b.bank ?? todo("开户银行")}；账号：${b.number ?? todo("银行账号")}`
      : `account name: ${b.name ?? todo("account name")}; bank: ${b.bank ?? todo("bank")}; account number: ${b.number ?? todo("account number")}`
    : undefined;
  const filing = f.filing_number || f.platform
    ? zh
      ? `备案编号：${f.filing_number ?? todo("备案编号")}；募捐平台：${f.platform ?? todo("民政部指定的互联网公开募捐信息平台")}`
      : `filing number: ${f.filing_number ?? todo("filing number")}; platform: ${f.platform ?? todo("designated online fundraising platform")}`
    : undefined;
  if (zh) {
    return [
      el("募捐目的", f.purpose, "募捐目的"),
      el("募捐起止时间和募捐地域", timeAndRegion, "募捐起止时间和募捐地域"),
      el("活动负责人姓名和办公地址", person, "活动负责人姓名和办公地址"),
      el("接受捐赠方式", methods, "接受捐赠方式，如网络平台、银行转账"),
      el("银行账户", bank, "募捐银行账户的户名、开户行和账号"),
      el("受益人", f.beneficiaries, "受益人范围及确定方式"),
      el("募得款物用途", f.use_of_funds, "募得款物的具体用途"),
      el("募捐成本", f.cost, "募捐成本及其列支方式"),
      el("剩余财产的处理", f.leftover_handling, "募捐结束后剩余财产的处理方式"),
      el("备案编号及募捐平台", filing, "公开募捐方案备案编号及募捐平台"),
    ];
  }
  return [
    el("Purpose", f.purpose, "purpose of the fundraising"),
    el("Period and region", timeAndRegion, "start and end dates and region of the fundraising"),
    el("Person in charge and office address", person, "name and office address of the person in charge"),
    el("How donations are received", methods, "how donations are received"),
    el("Bank account", bank, "bank account name, bank and number"),
    el("Beneficiaries", f.beneficiaries, "who benefits and how they are chosen"),
    el("Use of funds", f.use_of_funds, "how the funds and goods raised will be used"),
    el("Fundraising cost", f.cost, "fundraising cost and how it is charged"),
    el("Handling of leftover property", f.leftover_handling, "how leftover funds and goods are handled"),
    el("Filing number and platform", filing, "filing number and fundraising platform"),
  ];
}

