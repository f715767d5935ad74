// The elements of a public fundraising plan (公开募捐方案) under PRC Charity Law Art. 24, each by the
// one id it has everywhere: the field of the facts file's `fundraising` block, the value the draft's
// view holds, the row of the draft's elements table, the key of the init template and the item of
// the rubric's `elements` check. Everything else is derived from this list; a test holds the init
// template and the rubric (its ids and its labels) to it.

/**
 * What Art. 24 says a plan contains, item by item in its order, each item the ids of the facts
 * fields that hold it. The law pairs some parts in one item ("起止时间和地域", "活动负责人姓名和办公
 * 地址"): the facts keep each part apart, the draft's table shows an item in one row.
 */
const PLAN_ITEMS = [
  ["purpose"],
  ["period", "region"],
  ["person_in_charge", "office_address"],
  ["donation_methods"],
  ["bank_account"],
  ["beneficiaries"],
  ["use_of_funds"],
  ["cost"],
  ["leftover_handling"],
] as const;

/**
 * The filing the same article requires before fundraising starts: known only once the plan is
 * filed, so a draft may lack it, and the rubric checks it apart from the plan's elements.
 */
const FILING_ITEM = ["filing_number", "platform"] as const;

/** The items in the law's order, the filing last: the rows of the draft's elements table. */
export const FUNDRAISING_ITEMS = [...PLAN_ITEMS, FILING_ITEM] as const;

export type FundraisingItem = (typeof FUNDRAISING_ITEMS)[number];
export type FundraisingElementId = FundraisingItem[number];
/** An item by its first element's id ("period" for the dates and the region). */
export type FundraisingItemId = FundraisingItem[0];

export const FUNDRAISING_PLAN_ELEMENTS: readonly FundraisingElementId[] = PLAN_ITEMS.flat();
export const FUNDRAISING_ELEMENTS: readonly FundraisingElementId[] = FUNDRAISING_ITEMS.flat();

/**
 * What each element is called, as the law names it (zh) and in English words that fit into a
 * sentence ("missing: the bank account"): the labels of the `elements` check (a rubric item without
 * a label of its own takes its element's) and of the rows of the draft's table. The
 * public-fundraising rubric writes these labels out so that a copy of it reads on its own; a test
 * holds them to this list.
 */
export const FUNDRAISING_LABELS: Readonly<Record<FundraisingElementId, { zh: string; en: string }>> = {
  purpose: { zh: "募捐目的", en: "purpose of the fundraising" },
  period: { zh: "募捐起止时间", en: "start and end dates" },
  region: { zh: "募捐地域", en: "region" },
  person_in_charge: { zh: "活动负责人", en: "person in charge" },
  office_address: { zh: "办公地址", en: "office address" },
  donation_methods: { zh: "接受捐赠方式", en: "how donations are received" },
  bank_account: { zh: "银行账户", en: "bank account" },
  beneficiaries: { zh: "受益人", en: "beneficiaries" },
  use_of_funds: { zh: "募得款物用途", en: "use of funds" },
  cost: { zh: "募捐成本", en: "fundraising cost" },
  leftover_handling: { zh: "剩余财产的处理", en: "handling of leftover property" },
  filing_number: { zh: "备案编号", en: "filing number" },
  platform: { zh: "募捐平台", en: "fundraising platform" },
};

/**
 * A row of the draft's table named otherwise than its elements' labels joined: as the law words the
 * pair (活动负责人姓名和办公地址, 备案编号及募捐平台), or shorter for a table's label column.
 */
const ROW_NAMES: Partial<Record<FundraisingItemId, Partial<Record<"zh" | "en", string>>>> = {
  purpose: { en: "Purpose" },
  period: { en: "Period and region" },
  person_in_charge: { zh: "活动负责人姓名和办公地址" },
  filing_number: { zh: "备案编号及募捐平台", en: "Filing number and platform" },
};

/** The label of an item's row in the draft's table: 募捐起止时间和募捐地域, "Bank account". */
export function fundraisingRowLabel(item: FundraisingItem, language: "zh" | "en"): string {
  const named = ROW_NAMES[item[0]]?.[language];
  if (named !== undefined) return named;
  const labels = item.map((id) => FUNDRAISING_LABELS[id][language]);
  if (language === "zh") return labels.join("和");
  const joined = labels.join(" and ");
  return joined[0]!.toUpperCase() + joined.slice(1);
}
