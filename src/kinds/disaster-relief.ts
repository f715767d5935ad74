// The disaster-relief proposal (应急救灾): the needs assessment first, then supplies, logistics and
// the traceability of goods.
import { standardSectionsWith } from "./standard.js";
import type { KindDescriptor } from "./types.js";

/** The need section opens with the disaster and its needs assessment. */
const needsAssessment = {
  heading: { zh: "灾情与需求评估", en: "Disaster Situation and Needs Assessment" },
  note: {
    zh: "本项目为应急救灾项目，请先写灾情概况和受灾情况，再写需求评估的方法、时间和结论。",
    en: "This is a disaster-relief proposal: start with the disaster and who was affected, then how needs were assessed, when and by whom, and what the assessment found.",
  },
  lead: "relief-need",
} as const;

export const disasterRelief: KindDescriptor<"disaster-relief"> = {
  id: "disaster-relief",
  names: { zh: "应急救灾项目书", en: "disaster-relief proposal" },
  synonyms: ["应急救灾", "应急救灾项目书", "救灾", "disaster relief"],
  label: { zh: "应急救灾项目书", en: "Disaster-relief proposal" },
  prompt: {
    zh: { writes: "应急救灾项目书", tables: ["救灾物资清单"] },
    en: { writes: "disaster-relief proposals", tables: ["relief supplies"] },
  },
  sections: standardSectionsWith("activities", {
    id: "relief",
    facts: ["relief", "location", "beneficiaries", "partners"],
    materials: true,
    tables: ["tables-relief"],
  }).map((s) => (s.id === "need" ? { ...s, ...needsAssessment } : s)),
  rubrics: { zh: "disaster-relief-zh", en: "disaster-relief-en" },
  detect: { rank: 2, sections: ["relief"], title: /灾|disaster|emergency relief/i },
};
