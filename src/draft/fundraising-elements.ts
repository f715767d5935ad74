// The rows of the draft's table of fundraising elements (FUNDRAISING_ITEMS, Charity Law Art. 24):
// one row per item of the law, so its pairs (dates and region, person in charge and office address,
// filing number and platform) share a row and ten rows show the thirteen elements. Each is formatted
// from the facts or, when missing, a placeholder naming exactly what to add; partly given rows keep
// the part that is known and mark the rest.
import { FUNDRAISING_ITEMS, fundraisingRowLabel, type FundraisingItemId } from "../facts/fundraising-elements.js";
import type { LoadedFacts } from "../facts/load.js";
import { formatDate, placeholder } from "../templating/handlebars.js";

export interface LabelledValue {
  label: string;
  /** The fact, formatted; a placeholder naming what to add when the fact is missing. */
  text: string;
  present: boolean;
}

/** What each row's placeholder asks for when the facts hold none of it. */
const MISSING: Record<FundraisingItemId, Record<"zh" | "en", string>> = {
  purpose: { zh: "募捐目的", en: "purpose of the fundraising" },
  period: { zh: "募捐起止时间和募捐地域", en: "start and end dates and region of the fundraising" },
  person_in_charge: { zh: "活动负责人姓名和办公地址", en: "name and office address of the person in charge" },
  donation_methods: { zh: "接受捐赠方式，如网络平台、银行转账", en: "how donations are received" },
  bank_account: { zh: "募捐银行账户的户名、开户行和账号", en: "bank account name, bank and number" },
  beneficiaries: { zh: "受益人范围及确定方式", en: "who benefits and how they are chosen" },
  use_of_funds: { zh: "募得款物的具体用途", en: "how the funds and goods raised will be used" },
  cost: { zh: "募捐成本及其列支方式", en: "fundraising cost and how it is charged" },
  leftover_handling: { zh: "募捐结束后剩余财产的处理方式", en: "how leftover funds and goods are handled" },
  filing_number: { zh: "公开募捐方案备案编号及募捐平台", en: "filing number and fundraising platform" },
};

export function fundraisingElements(loaded: LoadedFacts): LabelledValue[] {
  const { facts } = loaded;
  const lang = facts.language;
  const f = facts.fundraising ?? {};
  const todo = (label: string) => placeholder(label, lang);
  const d = (v?: string) => (v ? formatDate(v, facts.derived.locale) : undefined);
  const zh = lang === "zh";
  const start = d(f.period?.start);
  const end = d(f.period?.end);
  const when = start || end
    ? zh
      ? `${start ?? todo("募捐开始日期")}至${end ?? todo("募捐结束日期")}`
      : `${start ?? todo("start date")} to ${end ?? todo("end date")}`
    : undefined;
  const b = f.bank_account;
  // Each row's text from the facts; a partly given row keeps what is known and marks the rest.
  const values: Record<FundraisingItemId, string | undefined> = {
    purpose: f.purpose,
    period: when || f.region
      ? zh
        ? `${when ?? todo("募捐起止时间")}；募捐地域：${f.region ?? todo("募捐地域")}`
        : `${when ?? todo("start and end dates")}; region: ${f.region ?? todo("fundraising region")}`
      : undefined,
    person_in_charge: f.person_in_charge || f.office_address
      ? zh
        ? `${f.person_in_charge ?? todo("活动负责人姓名")}；办公地址：${f.office_address ?? todo("活动负责人办公地址")}`
        : `${f.person_in_charge ?? todo("name of the person in charge")}; office: ${f.office_address ?? todo("office address")}`
      : undefined,
    donation_methods: f.donation_methods?.length ? f.donation_methods.join(zh ? "；" : "; ") : undefined,
    bank_account: b && (b.name || b.bank || b.number)
      ? zh
        ? `户名：${b.name ?? todo("账户名称")}；开户行：${b.bank ?? todo("开户银行")}；账号：${b.number ?? todo("银行账号")}`
        : `account name: ${b.name ?? todo("account name")}; bank: ${b.bank ?? todo("bank")}; account number: ${b.number ?? todo("account number")}`
      : undefined,
    beneficiaries: f.beneficiaries,
    use_of_funds: f.use_of_funds,
    cost: f.cost,
    leftover_handling: f.leftover_handling,
    filing_number: f.filing_number || f.platform
      ? zh
        ? `备案编号：${f.filing_number ?? todo("备案编号")}；募捐平台：${f.platform ?? todo("民政部指定的互联网公开募捐信息平台")}`
        : `filing number: ${f.filing_number ?? todo("filing number")}; platform: ${f.platform ?? todo("designated online fundraising platform")}`
      : undefined,
  };
  return FUNDRAISING_ITEMS.map((item) => {
    const label = fundraisingRowLabel(item, lang);
    const value = values[item[0]];
    return value ? { label, text: value, present: true } : { label, text: todo(MISSING[item[0]][lang]), present: false };
  });
}
