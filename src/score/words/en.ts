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
  findings: ["\\b(?:survey|census|study|studies|research|report|data|statistics?|assessment|found|finds|shows?|showed|estimates?|according|records?|register|baseline|audit)\\b"],
  claims: [
    "\\b(?:surveys?|stud(?:y|ies)|research|reports?|data|census|assessments?|statistics|analys[ie]s|evaluations?|figures|polls?|records)\\b[^.;]{0,40}?\\b(?:found|finds|show(?:s|ed|n)?|suggest(?:s|ed)?|indicate(?:s|d)?|reveal(?:s|ed)?|demonstrat\\w*|estimate[sd]?|report(?:s|ed)?)\\b",
    "\\b(?:found|show(?:s|ed)?|estimated?) that\\b",
    "\\baccording to\\b",
  ],
  before_start: ["baseline", "prepar", "preliminary", "pre-project", "inception", "since", "already", "previous", "last year", "ago\\b", "before the project"],
  after_end: ["final report", "final evaluation", "audit", "after the project", "post-project"],
  mitigation_columns: ["mitigat", "response", "action", "solution", "measure", "contingency"],
  // "How we handle it:", "How we'll address this:", "Handling:", "Solution:", "Prevention:": a form's answer names its mitigation in its own words.
  mitigation_labels: [
    "mitigation", "response", "contingency", "action", "handl", "solution", "remed", "prevent", "countermeasure",
    "how (?:we|i)(?:['’]ll| will| would| plan to| intend to)? (?:handle|address|deal with|manage|tackle|prevent|avoid|reduce|respond|mitigate|overcome|solve|counter)",
  ],
  plans: ["\\b(?:will|shall|aims?|aiming|target(?:s|ed)?|goals?|plans?|expects?|expected|intends?|by more than)\\b"],
  citations: ["\\bsources?\\s*[:：]", "\\bcited\\b"],
  attributions: ["according to", "data from", "published by", "reported by", "compiled by", "collected by"],
  // Named bodies in English are read by their capitals (the evidence check's EN_PARTY).
  source_bodies: [],
  first_person: ["\\b(?:our|we|my)\\b"],
  listed_things: [
    "workshops?", "sessions?", "problems?", "issues?", "areas?", "steps?", "phases?", "stages?", "goals?", "objectives?", "modules?", "components?", "reasons?", "ways?",
    "challenges?", "pillars?", "activities", "events?", "trainings?", "meetings?", "milestones?", "parts?", "themes?", "priorities",
  ],
  risks: ["\\brisk(?:s|y|ier)?\\b"],
  conditionals: ["\\bif\\b[^.;!?]{2,80},\\s*\\S", "\\bin case\\b", "\\bshould\\b[^.;!?]{2,60},\\s*(?:we|the)\\b"],
  mitigation_titles: ["mitigations?", "responses?", "solutions?", "contingency(?: plans?)?"],
  difficulties: ["\\brisk", "difficult", "\\bhard to\\b", "\\bmay\\b", "\\bmight\\b", "\\bdelay", "\\bfail", "\\bshortage", "\\black of\\b", "uncertain"],
  output_columns: ["outputs?", "deliverables?"],
  duration_labels: ["duration"],
  language_names: ["english", "chinese", "translation"],
};
