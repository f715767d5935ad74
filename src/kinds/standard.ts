// The general charity project proposal (公益项目书 / grant proposal). Its sections are also the base
// the disaster-relief and public-fundraising kinds insert into.
import type { KindDescriptor, KindSection } from "./types.js";

export const STANDARD_SECTIONS: readonly KindSection[] = [
  {
    id: "summary",
    facts: ["title", "summary", "organization", "location", "period", "need", "beneficiaries", "goal", "objectives", "budget", "kind"],
    materials: true,
    tables: ["tables-summary"],
  },
  { id: "need", facts: ["need", "location", "beneficiaries"], materials: true },
  { id: "objectives", facts: ["goal", "objectives", "period"], tables: ["tables-objectives"] },
  { id: "beneficiaries", facts: ["beneficiaries", "location", "need"], tables: ["tables-beneficiaries"] },
  { id: "activities", facts: ["activities", "period", "objectives", "partners"], tables: ["tables-activities"] },
  { id: "budget", facts: ["budget", "beneficiaries", "activities"], tables: ["tables-budget"] },
  { id: "monitoring", facts: ["monitoring", "objectives"], tables: ["tables-monitoring"] },
  { id: "risks", facts: ["risks", "activities"], tables: ["tables-risks"] },
  { id: "sustainability", facts: ["sustainability", "budget", "partners"] },
  { id: "organization", facts: ["organization", "team", "partners"], tables: ["tables-organization"] },
];

/** The standard sections with `extra` inserted after the section `after`. */
export function standardSectionsWith(after: KindSection["id"], extra: KindSection): KindSection[] {
  const sections = [...STANDARD_SECTIONS];
  sections.splice(sections.findIndex((s) => s.id === after) + 1, 0, extra);
  return sections;
}

export const standard: KindDescriptor<"standard"> = {
  id: "standard",
  names: { zh: "公益项目书", en: "grant proposal" },
  synonyms: ["公益项目书", "项目书", "立项书", "项目申报书", "标准", "grant proposal", "proposal"],
  prompt: {
    zh: { writes: "公益项目书和立项书", edits: "公益项目书", tables: [] },
    en: { writes: "grant proposals", tables: [] },
  },
  sections: STANDARD_SECTIONS,
  rubrics: { zh: "standard-zh", en: "standard-en" },
};
