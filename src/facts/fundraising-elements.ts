// The elements of a public fundraising plan (公开募捐方案) under PRC Charity Law Art. 24, each by the
// one id it has everywhere: the field of the facts file's `fundraising` block, the value the draft's
// view holds, the row of the draft's elements table, the key of the init template and the item of
// the rubric's `elements` check. Everything else is derived from this list; a test holds the init
// template and the rubric to it.

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
