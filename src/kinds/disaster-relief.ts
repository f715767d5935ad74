// The disaster-relief proposal (应急救灾): the needs assessment first, then supplies, logistics and
// the traceability of goods.
import { standardSectionsWith } from "./standard.js";
import type { KindDescriptor } from "./types.js";

export const disasterRelief: KindDescriptor<"disaster-relief"> = {
  id: "disaster-relief",
  names: { zh: "应急救灾项目书", en: "disaster-relief proposal" },
  synonyms: ["应急救灾", "应急救灾项目书", "救灾", "disaster relief"],
  label: { zh: "应急救灾项目书", en: "Disaster-relief proposal" },
  sections: standardSectionsWith("activities", {
    id: "relief",
    facts: ["relief", "location", "beneficiaries", "partners"],
    materials: true,
    tables: ["tables-relief"],
  }).map((s) => (s.id === "need" ? { ...s, heading: { zh: "灾情与需求评估", en: "Disaster Situation and Needs Assessment" } } : s)),
  rubrics: { zh: "disaster-relief-zh", en: "disaster-relief-en" },
  detect: { rank: 2, sections: ["relief"], title: /灾|disaster|emergency relief/i },
};
