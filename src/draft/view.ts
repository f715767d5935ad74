// The object every template and prompt renders from. Templates run in Handlebars strict mode, where a
// missing key throws, so the view always holds every key and uses null for a fact the user did not
// give; templates test with {{#if}} and write a placeholder. Figures come from facts.derived, never
// from a template's arithmetic.
import type { Facts } from "../facts/derive.js";
import type { LoadedFacts } from "../facts/load.js";
import { BUDGET_CATEGORIES } from "../facts/fields.js";
import type { Kind, Language } from "../facts/schema.js";
import type { DocumentLocale } from "../facts/locale.js";
import { FUNDRAISING_ELEMENTS, type FundraisingElementId } from "../facts/fundraising-elements.js";
import { fundraisingElements, type LabelledValue } from "./fundraising-elements.js";
import { sectionMark } from "../text/heading-marks.js";
import { kindDescriptor, kindWords, type KindWords } from "../kinds/index.js";
import { KIND_UNIT, totalsByKind, unitKind, type UnitKind } from "../facts/units.js";
import { sectionPlan, type SectionId } from "./plan.js";
import { periodMonths } from "./prompt-facts.js";
import { materialFindings, type MaterialFinding } from "./material-findings.js";
import { upperFirst } from "../text/letter-case.js";
import { deadlineInText } from "./objective-deadline.js";
import { firstSentence, funderRequest, organizationIntro, type FunderRequest } from "./prose.js";

export { periodMonths, projectBrief, sectionFactsYaml } from "./prompt-facts.js";

type Maybe<T> = T | null;

export interface SectionView {
  id: SectionId;
  heading: string;
  number: number;
  /** "二、项目背景与需求分析" / "2. Statement of Need" */
  title: string;
  /** What the kind asks of the section besides its shared prompt (the kind descriptor's note). */
  note: Maybe<string>;
  /** The partial the section's offline sentences open with, for the kind's own facts. */
  lead: Maybe<string>;
}

type FundraisingFacts = NonNullable<Facts["fundraising"]>;
/** Every fundraising element by its id, null when the facts lack it. */
type FundraisingValues = { [K in FundraisingElementId]: Maybe<NonNullable<FundraisingFacts[K]>> };

export type FundraisingView = Omit<FundraisingValues, "donation_methods" | "bank_account"> & {
  present: boolean;
  /** The ten items of Charity Law Art. 24 (with the filing), each a fact or a placeholder. */
  elements: LabelledValue[];
  /** The period's dates apart, for templates that write them in a sentence. */
  start: Maybe<string>;
  end: Maybe<string>;
  donation_methods: string[];
  bank_account: { name: Maybe<string>; bank: Maybe<string>; number: Maybe<string> };
};

export interface BudgetRowView {
  index: number;
  name: string;
  category: string;
  categoryLabel: string;
  quantity: Maybe<number>;
  unit: Maybe<string>;
  unitCost: Maybe<number>;
  amount: Maybe<number>;
  note: Maybe<string>;
}

export interface View {
  language: Language;
  /** en-GB, en-US or zh-CN: how dates and spelling are written (facts/locale.ts). */
  locale: DocumentLocale;
  kind: Kind;
  title: string;
  summary: Maybe<string>;
  location: Maybe<string>;
  goal: Maybe<string>;
  sustainability: Maybe<string>;
  organization: {
    name: string;
    registration_id: Maybe<string>;
    founded: Maybe<string>;
    address: Maybe<string>;
    description: Maybe<string>;
    /** The description as a sentence that names the organisation (prose.ts). */
    intro: Maybe<string>;
    track_record: string[];
    governance: Maybe<string>;
    financial_disclosure: Maybe<string>;
  };
  contact: { name: Maybe<string>; role: Maybe<string>; phone: Maybe<string>; email: Maybe<string>; present: boolean };
  period: { start: Maybe<string>; end: Maybe<string>; months: Maybe<number> };
  need: {
    problem: string;
    evidence: { fact: string; source: Maybe<string> }[];
    /** Sentences with figures quoted from the background materials, each with the material's title. */
    materialFindings: MaterialFinding[];
    why_now: Maybe<string>;
    problemLead: string;
  };
  beneficiarySelection: Maybe<string>;
  /** `approximate`: the count is an estimate (约200户), written 约 / about before it. */
  beneficiaries: { group: string; count: Maybe<number>; unit: Maybe<string>; approximate: boolean; direct: boolean; directLabel: string; criteria: Maybe<string> }[];
  directGroups: View["beneficiaries"];
  indirectGroups: View["beneficiaries"];
  beneficiaryTotals: {
    direct: Maybe<number>;
    indirect: Maybe<number>;
    unit: Maybe<string>;
    indirectUnit: Maybe<string>;
    /** Totals kind by kind (300 people, 120 households) when the groups count more than one kind, which never add up. */
    directByKind: Maybe<KindTotal[]>;
    indirectByKind: Maybe<KindTotal[]>;
    /** What the cost per direct beneficiary divides by: the direct total, or its people when the kinds are mixed. */
    perHead: Maybe<{ value: number; unit: string; approximate: boolean }>;
    /** What the zh tables call each total: 直接受益人数, 直接受益户数 of households, 直接受益对象 of mixed kinds. */
    directLabel: string;
    indirectLabel: string;
    /** A total that adds an estimate (约200户) is one too. */
    directApproximate: boolean;
    indirectApproximate: boolean;
  };
  objectives: { text: string; indicator: Maybe<string>; baseline: Maybe<string>; target: Maybe<string>; deadline: Maybe<string> }[];
  activities: { name: string; description: Maybe<string>; start: Maybe<string>; end: Maybe<string>; outputs: string[]; owner: Maybe<string> }[];
  budget: {
    present: boolean;
    currency: string;
    total: Maybe<number>;
    /** budget.total as stated, else the items' sum. */
    requested: Maybe<number>;
    itemsTotal: Maybe<number>;
    /** budget.total minus the items' sum when they differ. */
    gap: Maybe<number>;
    mismatch: boolean;
    rows: BudgetRowView[];
    /** The three largest items, largest first: what a budget narrative explains. */
    topRows: BudgetRowView[];
    shares: { category: string; label: string; share: number; amount: number }[];
    overheadShare: Maybe<number>;
    costPerBeneficiary: Maybe<number>;
    /** It divides by a count that is an estimate, so it is one too: 约750元. */
    costApproximate: boolean;
    /** What costPerBeneficiary is called for the kind it divides by: 人均投入, 户均投入, Cost per household. */
    costPerLabel: string;
    fundingSources: { name: string; amount: Maybe<number>; status: Maybe<string>; statusLabel: Maybe<string> }[];
    fundingTotal: Maybe<number>;
  };
  monitoring: { indicators: string[]; methods: Maybe<string>; reporting: Maybe<string> };
  risks: { risk: string; likelihood: Maybe<string>; likelihoodLabel: Maybe<string>; mitigation: Maybe<string>; owner: Maybe<string> }[];
  team: { name: string; role: Maybe<string>; qualifications: Maybe<string> }[];
  partners: { name: string; role: Maybe<string> }[];
  fundraising: FundraisingView;
  relief: {
    present: boolean;
    disaster: Maybe<string>;
    affected: Maybe<string>;
    needs_assessment: Maybe<string>;
    supplies: { name: string; quantity: Maybe<number>; unit: Maybe<string>; unitCost: Maybe<number>; amount: Maybe<number>; source: Maybe<string> }[];
    suppliesTotal: Maybe<number>;
    logistics: Maybe<string>;
    distribution: Maybe<string>;
    traceability: Maybe<string>;
  };
  funder: { name: Maybe<string>; priorities: string[] } & FunderRequest;
  /** Facts the offline narrative weaves in so it need not restate the tables. */
  prose: {
    /** The user's summary already gives the direct beneficiary count, so the summary need not again. */
    summaryHasCount: boolean;
    /** The user's summary already names the place, so the summary's first sentence need not again. */
    summaryHasLocation: boolean;
    objectiveCount: number;
    /** The latest objective deadline. */
    lastDeadline: Maybe<string>;
    /** The largest budget item, with its note when it has one. */
    largestRow: Maybe<BudgetRowView>;
    /** The category with the largest share; `whole` when it is the only one (the whole budget). */
    largestCategory: Maybe<{ label: string; share: number; whole: boolean }>;
    /** Budget items priced as unit cost × quantity. */
    pricedRows: number;
    /** Budget items with a note (the basis of the figure). */
    notedRows: number;
    risksWithOwner: number;
    /** Risks rated medium or high, the ones a narrative names. */
    watchRisks: string[];
  };
  /** The document type under the title (应急救灾项目书…); null for the standard proposal. */
  kindLabel: Maybe<string>;
  /** The kind's own words in the shared system prompts: what its writer writes, its editor edits, its own tables. */
  kindWords: KindWords;
  ventureGrant: VentureGrantView;
  sections: Record<SectionId, SectionView>;
  sectionList: SectionView[];
}

/** A venture-grant application's own facts (kind: venture-grant), null or empty when not given. */
export interface VentureGrantView {
  present: boolean;
  programme: Maybe<string>;
  registrationAuthority: Maybe<string>;
  rating: Maybe<string>;
  annualInspection: Maybe<string>;
  requested: Maybe<number>;
  coFunding: Maybe<number>;
  requestedShare: Maybe<number>;
  coFundingShare: Maybe<number>;
  similarProjects: { name: string; year: Maybe<string>; funder: Maybe<string>; amount: Maybe<number>; results: Maybe<string> }[];
  expectedResults: string[];
  replicability: Maybe<string>;
}

const nul = <T>(v: T | undefined): Maybe<T> => (v === undefined ? null : v);
const str = (v: string | number | undefined): Maybe<string> => (v === undefined ? null : String(v));

const LABELS = {
  zh: {
    category: { direct: "直接项目费用", personnel: "人员费用", admin: "管理费用", fundraising: "募捐成本", other: "其他费用" },
    likelihood: { low: "低", medium: "中", high: "高" },
    status: { confirmed: "已确认", pending: "申请中", planned: "计划筹集" },
    direct: "直接受益", indirect: "间接受益",
    // The cost per direct beneficiary, named by what the count counts: 户均 of households, never 人均.
    costPer: { people: "人均投入", households: "户均投入", "person-times": "每人次投入" },
  },
  en: {
    category: { direct: "Direct project costs", personnel: "Personnel", admin: "Administration", fundraising: "Fundraising", other: "Other" },
    likelihood: { low: "Low", medium: "Medium", high: "High" },
    status: { confirmed: "Confirmed", pending: "Pending", planned: "Planned" },
    direct: "Direct", indirect: "Indirect",
    costPer: { people: "Cost per direct beneficiary", households: "Cost per household", "person-times": "Cost per person-time" },
  },
} as const;

/**
 * Whether a summary names the place: the location, or its part after the province or country it
 * starts with ("云南省云岭县20所乡村寄宿制学校" named as "云岭县20所乡村寄宿制学校").
 */
function namesPlace(summary: string | undefined, location: string | undefined): boolean {
  if (!summary || !location) return false;
  const place = location.trim();
  const tail = place.replace(/^[^省市区州]{2,8}(?:省|自治区|市)/u, "");
  return summary.includes(place) || (tail.length >= 4 && tail !== place && summary.includes(tail));
}

export interface KindTotal {
  kind: UnitKind;
  value: number;
  unit: string;
  /** A group of this kind gives its count as an estimate. */
  approximate: boolean;
}

/**
 * The groups' counts totalled kind by kind (facts/units.ts), each total with its kind's unit (人,
 * households) or, for another kind (schools), the unit its groups give; null for one kind or none,
 * where the plain total says it.
 */
function totalsPerKind(groups: { count?: number; unit?: string; approximate?: boolean }[], language: Language): Maybe<KindTotal[]> {
  const counted = groups.filter((g) => g.count !== undefined);
  const totals = totalsByKind(counted.map((g) => ({ value: g.count!, unit: g.unit })));
  if (totals.length < 2) return null;
  return totals.map(({ kind, value }) => ({
    kind,
    value,
    unit: kind.startsWith("other:") ? counted.find((g) => unitKind(g.unit) === kind)!.unit!.trim() : KIND_UNIT[kind as keyof typeof KIND_UNIT][language],
    approximate: counted.some((g) => g.approximate === true && unitKind(g.unit) === kind),
  }));
}

/** 人均投入 / 户均投入 / 每人次投入; of schools or villages 平均每所学校投入 (zh), else the cost per direct beneficiary. */
function costPerLabel(kind: UnitKind, unit: string | undefined, language: Language): string {
  const labels = LABELS[language].costPer;
  if (!kind.startsWith("other:")) return labels[kind as keyof typeof labels];
  return language === "zh" && unit ? `平均每${unit.trim()}投入` : labels.people;
}

/** 人数, 户数 or 人次 for groups that all count one kind; 对象 when they count several or another. */
function countNoun(groups: { count?: number; unit?: string }[]): string {
  const kinds = new Set(groups.filter((g) => g.count !== undefined).map((g) => unitKind(g.unit)));
  const [only] = kinds;
  if (kinds.size > 1 || (only !== undefined && only.startsWith("other:"))) return "对象";
  return only === "households" ? "户数" : only === "person-times" ? "人次" : "人数";
}

function sharedUnit(groups: { unit?: string }[]): Maybe<string> {
  const units = new Set(groups.map((g) => g.unit ?? ""));
  return units.size === 1 ? [...units][0] || null : null;
}

function sectionViews(kind: Kind, language: Language): SectionView[] {
  return sectionPlan(kind).map((spec, i) => {
    const number = i + 1;
    const heading = spec.heading[language];
    const title = `${sectionMark(number, language)}${heading}`;
    return { id: spec.id, heading, number, title, note: spec.note?.[language] ?? null, lead: spec.lead ?? null };
  });
}

function ventureGrantView({ facts }: LoadedFacts): VentureGrantView {
  const v = facts.venture_grant;
  const d = facts.derived.ventureGrant;
  return {
    present: v !== undefined,
    programme: nul(v?.programme),
    registrationAuthority: nul(v?.registration_authority),
    rating: nul(v?.rating),
    annualInspection: nul(v?.annual_inspection),
    requested: nul(d?.requested),
    coFunding: nul(d?.coFunding),
    requestedShare: nul(d?.requestedShare),
    coFundingShare: nul(d?.coFundingShare),
    similarProjects: (v?.similar_projects ?? []).map((p) => ({
      name: p.name,
      year: nul(p.year),
      funder: nul(p.funder),
      amount: nul(p.amount),
      results: nul(p.results),
    })),
    expectedResults: v?.expected_results ?? [],
    replicability: nul(v?.replicability),
  };
}

export function buildView(loaded: LoadedFacts): View {
  const { facts } = loaded;
  const lang = facts.language;
  const L = LABELS[lang];
  const d = facts.derived;
  const org = facts.organization;
  const c = org.contact ?? {};
  const sectionList = sectionViews(facts.kind, lang);
  const f = facts.fundraising;
  const r = facts.relief;
  const supplies = (r?.supplies ?? []).map((s, i) => ({
    name: s.name,
    quantity: nul(s.quantity),
    unit: nul(s.unit),
    unitCost: nul(s.unit_cost),
    amount: nul(d.supplyAmounts[i]),
    source: nul(s.source),
  }));
  const itemsTotal = nul(d.itemsTotal);
  const directKinds = totalsPerKind(facts.beneficiaries.filter((b) => b.direct !== false), lang);
  const beneficiaryRows = facts.beneficiaries.map((b) => ({
    group: b.group,
    count: nul(b.count),
    unit: nul(b.unit),
    approximate: b.count !== undefined && b.approximate === true,
    direct: b.direct !== false,
    directLabel: b.direct === false ? L.indirect : L.direct,
    criteria: nul(b.criteria),
  }));
  const directApproximate = beneficiaryRows.some((b) => b.direct && b.approximate);
  const perHeadApproximate = directKinds ? directKinds.some((k) => k.kind === d.perHeadKind && k.approximate) : directApproximate;
  const budgetRows: BudgetRowView[] = d.budgetLines.map((line, i) => ({
    index: i + 1,
    name: line.name,
    category: line.category,
    categoryLabel: L.category[line.category],
    quantity: nul(line.quantity),
    unit: nul(line.unit),
    unitCost: nul(line.unit_cost),
    amount: nul(line.total),
    note: nul(line.note),
  }));
  const order: string[] = [...BUDGET_CATEGORIES];
  const shares = Object.entries(d.categoryShares)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([category, share]) => ({
    category,
    label: L.category[category as keyof typeof L.category],
    share: share ?? 0,
    amount: d.categoryTotals[category as keyof typeof d.categoryTotals] ?? 0,
  }));

  return {
    language: lang,
    locale: d.locale,
    kind: facts.kind,
    title: facts.title,
    summary: nul(facts.summary),
    location: nul(facts.location),
    goal: nul(facts.goal),
    sustainability: nul(facts.sustainability),
    organization: {
      name: org.name,
      registration_id: nul(org.registration_id),
      founded: nul(org.founded),
      address: nul(org.address),
      description: nul(org.description),
      intro: organizationIntro(loaded),
      track_record: org.track_record ?? [],
      governance: nul(org.governance),
      financial_disclosure: nul(org.financial_disclosure),
    },
    contact: {
      name: nul(c.name),
      role: nul(c.role),
      phone: nul(c.phone),
      email: nul(c.email),
      present: Boolean(c.name || c.phone || c.email),
    },
    period: { start: nul(facts.period?.start), end: nul(facts.period?.end), months: periodMonths(facts.period?.start, facts.period?.end) },
    need: {
      problem: facts.need.problem,
      evidence: (facts.need.evidence ?? []).map((e) => ({ fact: e.fact, source: nul(e.source) })),
      materialFindings: materialFindings(loaded.materials, facts.need.evidence ?? [], lang),
      why_now: nul(facts.need.why_now),
      problemLead: upperFirst(firstSentence(facts.need.problem, lang === "zh")),
    },
    beneficiarySelection: nul(facts.beneficiary_selection),
    beneficiaries: beneficiaryRows,
    directGroups: beneficiaryRows.filter((b) => b.direct),
    indirectGroups: beneficiaryRows.filter((b) => !b.direct),
    beneficiaryTotals: {
      direct: nul(d.directBeneficiaries),
      indirect: nul(d.indirectBeneficiaries),
      unit: nul(d.beneficiaryUnit),
      indirectUnit: sharedUnit(facts.beneficiaries.filter((b) => b.direct === false && b.count !== undefined)),
      directByKind: directKinds,
      indirectByKind: totalsPerKind(facts.beneficiaries.filter((b) => b.direct === false), lang),
      perHead: d.perHeadCount === undefined ? null : { value: d.perHeadCount, unit: (directKinds ? directKinds.find((k) => k.kind === d.perHeadKind)?.unit : d.beneficiaryUnit) ?? "", approximate: perHeadApproximate },
      directLabel: `直接受益${countNoun(facts.beneficiaries.filter((b) => b.direct !== false))}`,
      indirectLabel: `间接受益${countNoun(facts.beneficiaries.filter((b) => b.direct === false))}`,
      directApproximate,
      indirectApproximate: beneficiaryRows.some((b) => !b.direct && b.approximate),
    },
    objectives: (facts.objectives ?? []).map((o) => ({
      text: o.text,
      indicator: nul(o.indicator),
      baseline: str(o.baseline),
      target: str(o.target),
      deadline: nul(o.deadline ?? deadlineInText(o.text)),
    })),
    activities: (facts.activities ?? []).map((a) => ({
      name: a.name,
      description: nul(a.description),
      start: nul(a.start),
      end: nul(a.end),
      outputs: a.outputs ?? [],
      owner: nul(a.owner),
    })),
    budget: {
      present: Boolean(facts.budget && (facts.budget.total !== undefined || (facts.budget.items ?? []).length > 0)),
      currency: facts.budget?.currency ?? "CNY",
      total: nul(facts.budget?.total),
      requested: nul(d.budgetTotal),
      itemsTotal,
      gap: nul(d.budgetGap),
      mismatch: d.budgetGap !== undefined,
      rows: budgetRows,
      topRows: budgetRows
        .filter((row) => row.amount !== null)
        .sort((a, b) => b.amount! - a.amount!)
        .slice(0, 3),
      shares,
      overheadShare: nul(d.overheadShare),
      costPerBeneficiary: nul(d.costPerBeneficiary),
      costApproximate: d.costPerBeneficiary !== undefined && perHeadApproximate,
      costPerLabel: costPerLabel(d.perHeadKind ?? unitKind(d.beneficiaryUnit), d.beneficiaryUnit, lang),
      fundingSources: (facts.budget?.funding_sources ?? []).map((s) => ({
        name: s.name,
        amount: nul(s.amount),
        status: nul(s.status),
        statusLabel: s.status ? L.status[s.status] : null,
      })),
      fundingTotal: nul(d.fundingTotal),
    },
    monitoring: {
      indicators: facts.monitoring?.indicators ?? [],
      methods: nul(facts.monitoring?.methods),
      reporting: nul(facts.monitoring?.reporting),
    },
    risks: (facts.risks ?? []).map((x) => ({
      risk: x.risk,
      likelihood: nul(x.likelihood),
      likelihoodLabel: x.likelihood ? L.likelihood[x.likelihood] : null,
      mitigation: nul(x.mitigation),
      owner: nul(x.owner),
    })),
    team: (facts.team ?? []).map((p) => ({ name: p.name, role: nul(p.role), qualifications: nul(p.qualifications) })),
    partners: (facts.partners ?? []).map((p) => ({ name: p.name, role: nul(p.role) })),
    fundraising: {
      present: f !== undefined,
      elements: fundraisingElements(loaded),
      ...(Object.fromEntries(FUNDRAISING_ELEMENTS.map((id) => [id, f?.[id] ?? null])) as FundraisingValues),
      start: nul(f?.period?.start),
      end: nul(f?.period?.end),
      donation_methods: f?.donation_methods ?? [],
      bank_account: { name: nul(f?.bank_account?.name), bank: nul(f?.bank_account?.bank), number: nul(f?.bank_account?.number) },
    },
    relief: {
      present: r !== undefined,
      disaster: nul(r?.disaster),
      affected: nul(r?.affected),
      needs_assessment: nul(r?.needs_assessment),
      supplies,
      suppliesTotal: nul(d.suppliesTotal),
      logistics: nul(r?.logistics),
      distribution: nul(r?.distribution),
      traceability: nul(r?.traceability),
    },
    funder: {
      name: nul(facts.funder?.name),
      priorities: facts.funder?.priorities ?? [],
      ...funderRequest(loaded, (status) => (status ? L.status[status as keyof typeof L.status] : null)),
    },
    prose: {
      summaryHasCount: d.directBeneficiaries !== undefined && (facts.summary ?? "").replace(/,/g, "").includes(String(d.directBeneficiaries)),
      summaryHasLocation: namesPlace(facts.summary, facts.location),
      objectiveCount: (facts.objectives ?? []).length,
      lastDeadline: (facts.objectives ?? []).map((o) => o.deadline ?? deadlineInText(o.text)).filter((x): x is string => Boolean(x)).sort().at(-1) ?? null,
      largestRow: budgetRows.filter((row) => row.amount !== null).sort((a, b) => b.amount! - a.amount!)[0] ?? null,
      largestCategory: shares.length === 0 ? null : { ...[...shares].sort((a, b) => b.share - a.share)[0]!, whole: shares.length === 1 },
      pricedRows: budgetRows.filter((row) => row.unitCost !== null && row.quantity !== null).length,
      notedRows: budgetRows.filter((row) => row.note !== null).length,
      risksWithOwner: (facts.risks ?? []).filter((x) => x.owner).length,
      watchRisks: (facts.risks ?? []).filter((x) => x.likelihood === "medium" || x.likelihood === "high").map((x) => x.risk.replace(/[。.；;，,\s]+$/u, "")),
    },
    kindLabel: kindDescriptor(facts.kind).label?.[lang] ?? null,
    kindWords: kindWords(kindDescriptor(facts.kind), lang),
    ventureGrant: ventureGrantView(loaded),
    sections: Object.fromEntries(sectionList.map((s) => [s.id, s])) as Record<SectionId, SectionView>,
    sectionList,
  };
}
