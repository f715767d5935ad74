// The elements of a public fundraising plan (公开募捐方案) under PRC Charity Law Art. 24, each by the
// one id it has everywhere: the field of the facts file's `fundraising` block, the value the draft's
// elements table and offline text render, the key of the init template and the item of the rubric's
// `elements` check. A test holds all four to this list.

/**
 * What Art. 24 says a plan contains, in its order. The law pairs some of them ("起止时间和地域",
 * "活动负责人姓名和办公地址"): the facts keep each part apart, the draft's table shows a pair in one row.
 */
export const FUNDRAISING_PLAN_ELEMENTS = [
  "purpose",
  "period",
  "region",
  "person_in_charge",
  "office_address",
  "donation_methods",
  "bank_account",
  "beneficiaries",
  "use_of_funds",
  "cost",
  "leftover_handling",
] as const;

/**
 * The filing the same article requires before fundraising starts: known only once the plan is
 * filed, so a draft may lack it, and the rubric checks it apart from the plan's elements.
 */
export const FUNDRAISING_FILING_ELEMENTS = ["filing_number", "platform"] as const;

export const FUNDRAISING_ELEMENTS = [...FUNDRAISING_PLAN_ELEMENTS, ...FUNDRAISING_FILING_ELEMENTS] as const;

export type FundraisingElementId = (typeof FUNDRAISING_ELEMENTS)[number];
