// The public fundraising plan (公开募捐方案): the standard sections plus the ten elements of Charity
// Law Art. 24 after the budget.
import { standardSectionsWith } from "./standard.js";
import type { KindDescriptor } from "./types.js";

export const publicFundraising: KindDescriptor<"public-fundraising"> = {
  id: "public-fundraising",
  names: { zh: "公开募捐方案", en: "public fundraising plan" },
  synonyms: ["公开募捐", "公开募捐方案", "募捐方案", "public fundraising"],
  label: { zh: "公开募捐方案", en: "Public fundraising plan" },
  prompt: {
    zh: { writes: "公开募捐方案", tables: ["公开募捐方案要素"] },
    en: { writes: "public fundraising plans", tables: ["the elements of the fundraising plan"] },
  },
  sections: standardSectionsWith("budget", {
    id: "fundraising",
    facts: ["fundraising", "organization", "budget", "beneficiaries"],
    tables: ["tables-fundraising"],
  }),
  // Art. 24 is Chinese law: no English rubric of its own, so English plans get the standard one.
  rubrics: { zh: "public-fundraising-zh", en: "standard-en" },
  detect: { rank: 1, sections: ["fundraising"], title: /募捐/ },
};
