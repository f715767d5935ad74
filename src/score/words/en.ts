// English word lists the checks look for. Each entry is a regular expression matched anywhere in a
// line, ignoring case (so "mitigat" covers mitigate and mitigation); a rubric may extend or replace
// a list (a check's `words` option).
import type { WordLists } from "./ids.js";

export const en: WordLists = {
  vague: ["various", "significant", "significantly", "many", "numerous", "a lot of", "lots of", "several", "a number of", "substantial", "considerable", "huge", "tremendous", "countless"],
  sources: ["survey", "census", "according to", "report", "study", "studies", "data from", "source", "statistics", "published", "assessment", "\\(\\d{4}\\)"],
  deadlines: ["by\\s", "before", "within", "end of", "deadline", "until", "no later than", "per (?:month|year)", "each (?:month|year)"],
  targets: ["target", "at least", "no (?:less|fewer|more) than", "or (?:more|higher|above|less|fewer)", "rate", "\\bof\\b"],
  mitigations: ["mitigat", "address", "respond", "response", "contingency", "will\\b", "by\\s", "plan"],
  funding: ["funding", "revenue", "grant", "government", "donor", "fees", "income", "sponsor", "budget", "contract", "philanthrop"],
  continuity: ["partner", "community", "volunteer", "handover", "capacity", "institution", "local", "ownership", "train"],
  outputs: ["output", "deliverable", "session", "workshop", "deliver", "distribut", "train", "produce", "hold", "conduct"],
  outcomes: ["outcome", "impact", "change", "improve", "increase", "reduce", "result", "better"],
  unit_cost: ["per (?:beneficiary|person|participant|household|student|child|family|girl)", "cost per", "unit cost per"],
};
