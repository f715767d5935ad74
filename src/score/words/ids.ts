// The word lists the checks look for, by id, with what each is for (the rubric's JSON Schema
// shows these). The entries are per language, in zh.ts and en.ts.
/** Each list and what it is for (the rubric's JSON Schema shows these). */
export const WORD_LISTS = {
  vague: "Vague quantifiers (大量, many…), flagged by the vague check; English entries match whole words",
  sources: "Words that name where a figure comes from (调查, survey…), for the evidence check",
  deadlines: "Words that give an objective a deadline (年底, by…), for the smart_objectives check",
  targets: "Words that make an indicator's figure a target (不低于, at least…), for the indicators check",
  mitigations: "Words that make a listed risk, or a labelled one after its first clause, come with a mitigation (应对, mitigat…), for the risks check",
  funding: "Words about money after the project (政府购买, revenue…), for the sustainability check",
  continuity: "Words about who carries the work on (志愿者, partner…), for the sustainability check",
  outputs: "Words that mark an activity's countable output (场次, workshop…), for the activities check",
  outcomes: "Words that describe change (改善, improve…), for the activities check",
  unit_cost: "Words that state a cost per beneficiary (人均, per person…), for the cost_per_beneficiary check",
  findings: "Words of a finding (调查, 数据, survey, shows…): a figure beside them is a statistic that needs a source, for the evidence and sourced_claims checks",
  claims: "Phrases that present a figure as a finding (研究表明, 据统计, a survey found…), for the sourced_claims check outside the need",
  before_start: "What is done before a project starts or has already happened (基线, 筹备, baseline, already…): a date before the period beside them is no activity outside it, for the timeline check",
  after_end: "What follows a project's end (结项, 审计, final report…): a date after the period beside them is no activity outside it, for the timeline check",
  mitigation_columns: "Words of a risk table's mitigation column header (应对措施, mitigation…), for the risks check",
  mitigation_labels: "Words that label a mitigation after a risk written as a paragraph (应对：, Mitigation:…; up to 8 characters may come before the colon), for the risks check",
  plans: "Words of a plan or target (计划, 目标, will, aims…): a percentage beside them is a target, not a statistic, for the evidence check",
  citations: "Words that cite where a figure comes from (来源, 出处, source:, cited…; links, footnotes and (Author, 2021) always count), for the evidence and sourced_claims checks",
  attributions: "Words after which whoever produced a figure is named (according to, data from…), for the evidence and sourced_claims checks",
  source_bodies: "Endings of a Chinese body's name (局, 中心, 协会…): a name ending in one says who produced a figure, for the evidence and sourced_claims checks",
  first_person: "Words by which a proposal names its own organisation (我们, 本机构, our, we…) as who produced a figure (our survey), for the evidence and sourced_claims checks",
  listed_things: "What a text counts of its own (问题, 步骤, workshops, steps…): a small count of them is no statistic, for the evidence and sourced_claims checks",
  risks: "Words that name a risk (风险, risk…), for the risks check outside a risk section",
  conditionals: "A consequence stated as a plan (若…则…, if …, …): a mitigation whatever its words, for the risks check",
  mitigation_titles: "Whole titles that name the mitigations as a whole (应对措施, Mitigations…; 风险 may come before one): a sub-heading or a line over a list in these words heads mitigations, not a risk, for the risks check",
  difficulties: "Words that state a risk or a difficulty (可能, 困难, may, delay…): a paragraph under the risk heading with one is a risk, for the risks check",
  output_columns: "Words of an activity table's output column header (产出, deliverables…), for the activities check",
  duration_labels: "Words that label a duration (用时：, Duration:…; up to 12 characters may come before the colon), for the timeline check",
  language_names: "Words by which a heading says its section is meant to be in another language (英文摘要, English summary, translation…), for the leftovers check",
} as const;

export type WordListId = keyof typeof WORD_LISTS;
export type WordLists = Record<WordListId, readonly string[]>;

