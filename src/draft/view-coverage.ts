// Where the view (view.ts) holds each field of the facts schema, or why it holds none. The tables
// are typed from the schema: a field added to facts/schema.ts fails to compile here until it is
// given a place in the view or a reason, so a new fact cannot silently miss the templates.
// test/draft/view-coverage.test.ts checks, on every example, that each place named exists in the view.
import { FUNDRAISING_ELEMENTS, type FundraisingElementId } from "../facts/fundraising-elements.js";
import type { FactsInput } from "../facts/schema.js";

/** A path in the view ("budget.rows[].amount"), or why the field is not in it. */
export type Placement = `view:${string}` | `not shown: ${string}`;

type Item<T> = T extends readonly (infer E)[] ? E : T;
/** Every key of a facts object, optional ones too. */
type Placements<T> = { [K in keyof Required<NonNullable<T>>]-?: Placement };

type F = Required<FactsInput>;

export const FACTS_IN_VIEW = {
  top: {
    $schema: "not shown: points editors at the JSON Schema",
    language: "view:language",
    locale: "view:locale",
    kind: "view:kind",
    title: "view:title",
    summary: "view:summary",
    organization: "view:organization",
    location: "view:location",
    period: "view:period",
    need: "view:need",
    beneficiaries: "view:beneficiaries",
    beneficiary_selection: "view:beneficiarySelection",
    goal: "view:goal",
    objectives: "view:objectives",
    activities: "view:activities",
    budget: "view:budget",
    monitoring: "view:monitoring",
    risks: "view:risks",
    sustainability: "view:sustainability",
    team: "view:team",
    partners: "view:partners",
    fundraising: "view:fundraising",
    relief: "view:relief",
    venture_grant: "view:ventureGrant",
    funder: "view:funder",
    materials: "view:need.materialFindings",
  },
  organization: {
    name: "view:organization.name",
    registration_id: "view:organization.registration_id",
    founded: "view:organization.founded",
    address: "view:organization.address",
    type: "not shown: no template writes the legal form yet",
    net_assets: "not shown: read by the scorer's management-cost rule, not written in a proposal",
    description: "view:organization.description",
    track_record: "view:organization.track_record",
    governance: "view:organization.governance",
    financial_disclosure: "view:organization.financial_disclosure",
    contact: "view:contact",
  },
  contact: { name: "view:contact.name", role: "view:contact.role", phone: "view:contact.phone", email: "view:contact.email" },
  period: { start: "view:period.start", end: "view:period.end" },
  need: { problem: "view:need.problem", evidence: "view:need.evidence", why_now: "view:need.why_now" },
  evidence: { fact: "view:need.evidence[].fact", source: "view:need.evidence[].source" },
  beneficiary: {
    group: "view:beneficiaries[].group",
    count: "view:beneficiaries[].count",
    unit: "view:beneficiaries[].unit",
    approximate: "view:beneficiaries[].approximate",
    direct: "view:beneficiaries[].direct",
    criteria: "view:beneficiaries[].criteria",
  },
  objective: {
    text: "view:objectives[].text",
    indicator: "view:objectives[].indicator",
    baseline: "view:objectives[].baseline",
    target: "view:objectives[].target",
    deadline: "view:objectives[].deadline",
  },
  activity: {
    name: "view:activities[].name",
    description: "view:activities[].description",
    start: "view:activities[].start",
    end: "view:activities[].end",
    outputs: "view:activities[].outputs",
    owner: "view:activities[].owner",
  },
  budget: { currency: "view:budget.currency", total: "view:budget.total", items: "view:budget.rows", funding_sources: "view:budget.fundingSources" },
  budgetItem: {
    name: "view:budget.rows[].name",
    category: "view:budget.rows[].category",
    amount: "view:budget.rows[].amount",
    quantity: "view:budget.rows[].quantity",
    unit_cost: "view:budget.rows[].unitCost",
    unit: "view:budget.rows[].unit",
    note: "view:budget.rows[].note",
  },
  fundingSource: { name: "view:budget.fundingSources[].name", amount: "view:budget.fundingSources[].amount", status: "view:budget.fundingSources[].status" },
  monitoring: { indicators: "view:monitoring.indicators", methods: "view:monitoring.methods", reporting: "view:monitoring.reporting" },
  risk: { risk: "view:risks[].risk", likelihood: "view:risks[].likelihood", mitigation: "view:risks[].mitigation", owner: "view:risks[].owner" },
  person: { name: "view:team[].name", role: "view:team[].role", qualifications: "view:team[].qualifications" },
  partner: { name: "view:partners[].name", role: "view:partners[].role" },
  // The view holds every element by its id (FundraisingView).
  fundraising: Object.fromEntries(FUNDRAISING_ELEMENTS.map((id): [string, Placement] => [id, `view:fundraising.${id}`])) as Record<FundraisingElementId, Placement>,
  fundraisingPeriod: { start: "view:fundraising.start", end: "view:fundraising.end" },
  bankAccount: { name: "view:fundraising.bank_account.name", bank: "view:fundraising.bank_account.bank", number: "view:fundraising.bank_account.number" },
  relief: {
    disaster: "view:relief.disaster",
    affected: "view:relief.affected",
    needs_assessment: "view:relief.needs_assessment",
    supplies: "view:relief.supplies",
    logistics: "view:relief.logistics",
    distribution: "view:relief.distribution",
    traceability: "view:relief.traceability",
  },
  supply: {
    name: "view:relief.supplies[].name",
    quantity: "view:relief.supplies[].quantity",
    unit: "view:relief.supplies[].unit",
    unit_cost: "view:relief.supplies[].unitCost",
    source: "view:relief.supplies[].source",
  },
  ventureGrant: {
    programme: "view:ventureGrant.programme",
    registration_authority: "view:ventureGrant.registrationAuthority",
    rating: "view:ventureGrant.rating",
    annual_inspection: "view:ventureGrant.annualInspection",
    amount_requested: "view:ventureGrant.requested",
    similar_projects: "view:ventureGrant.similarProjects",
    expected_results: "view:ventureGrant.expectedResults",
    replicability: "view:ventureGrant.replicability",
  },
  similarProject: {
    name: "view:ventureGrant.similarProjects[].name",
    year: "view:ventureGrant.similarProjects[].year",
    funder: "view:ventureGrant.similarProjects[].funder",
    amount: "view:ventureGrant.similarProjects[].amount",
    results: "view:ventureGrant.similarProjects[].results",
  },
  funder: { name: "view:funder.name", priorities: "view:funder.priorities", amount_requested: "view:funder.requested" },
} as const satisfies {
  top: Placements<F>;
  organization: Placements<F["organization"]>;
  contact: Placements<F["organization"]["contact"]>;
  period: Placements<F["period"]>;
  need: Placements<F["need"]>;
  evidence: Placements<Item<NonNullable<F["need"]["evidence"]>>>;
  beneficiary: Placements<Item<F["beneficiaries"]>>;
  objective: Placements<Item<F["objectives"]>>;
  activity: Placements<Item<F["activities"]>>;
  budget: Placements<F["budget"]>;
  budgetItem: Placements<Item<NonNullable<F["budget"]>["items"]>>;
  fundingSource: Placements<Item<NonNullable<NonNullable<F["budget"]>["funding_sources"]>>>;
  monitoring: Placements<F["monitoring"]>;
  risk: Placements<Item<F["risks"]>>;
  person: Placements<Item<F["team"]>>;
  partner: Placements<Item<F["partners"]>>;
  fundraising: Placements<F["fundraising"]>;
  fundraisingPeriod: Placements<NonNullable<F["fundraising"]>["period"]>;
  bankAccount: Placements<NonNullable<F["fundraising"]>["bank_account"]>;
  relief: Placements<F["relief"]>;
  supply: Placements<Item<NonNullable<NonNullable<F["relief"]>["supplies"]>>>;
  ventureGrant: Placements<F["venture_grant"]>;
  similarProject: Placements<Item<NonNullable<NonNullable<F["venture_grant"]>["similar_projects"]>>>;
  funder: Placements<F["funder"]>;
};
