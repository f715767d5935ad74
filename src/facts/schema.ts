// The facts file: the basic information a charity worker types in. Field names are a contract that
// templates, prompts, the scorer and users' files depend on; add fields, never rename them.
import { z } from "zod";
import type { FundraisingElementId } from "./fundraising-elements.js";
import { isCalendarDate, typedField } from "./typed.js";
import { BUDGET_CATEGORIES, DATE_PATTERN, FUNDING_STATUSES, inCalendar, KINDS, LANGUAGES, LIKELIHOODS } from "./fields.js";
import { range, shorthand } from "./shorthand.js";
import { ENGLISH_LOCALES } from "./locale.js";
import { MATERIAL_FORMATS } from "../read/formats.js";

const text = z.string().trim().min(1, "must not be empty");
// Amounts, counts, dates, enumerations and currencies are also read as people write them (15万,
// 30人, 2025年3月, 中): facts/typed.ts, applied before validation by facts/typed-facts.ts.
const money = typedField("amount", z.number().nonnegative("must not be negative"));
const count = typedField("count", z.number().nonnegative("must not be negative"));

export { DATE_PATTERN, isCalendarDate };
const date = typedField("date", z
  .string()
  .regex(DATE_PATTERN, "expected a date as YYYY-MM-DD or YYYY-MM")
  .refine(inCalendar, { message: "no such day in the calendar; check the day of the month" })
  .describe("A date as YYYY-MM-DD or YYYY-MM"));

export { LANGUAGES, KINDS, BUDGET_CATEGORIES, LIKELIHOODS, FUNDING_STATUSES };

const contact = z
  .strictObject({
    name: text.optional(),
    role: text.optional(),
    phone: z.union([text, z.number()]).transform(String).optional(),
    email: text.optional(),
  })
  .describe("Who a funder or donor should contact");

// organization: 晨光社工 is the name written on one line (a profile is named by its file: ./org.yaml).
const organization = shorthand("name", z
  .strictObject({
    name: text.describe("The organization's registered name"),
    registration_id: z.union([text, z.number()]).transform(String).optional()
      .describe("Unified social credit code or charity registration number"),
    founded: typedField("year-or-date", z.union([date, z.number().int()]).transform(String)).optional()
      .describe("Year (2012) or date the organization was founded"),
    address: text.optional(),
    type: text.optional().describe("The legal form: 社会服务机构, 基金会, 社会团体, registered charity, CIO…"),
    net_assets: money.optional().describe("Net assets at the end of last year (上年末净资产), for the management-cost rule of the organisation's type"),
    description: text.optional().describe("What the organization does, in a few sentences"),
    track_record: z.array(text).optional().describe("Past projects and results, one per item"),
    governance: text.optional().describe("How the organization is governed: board (理事会), supervisors, decision rules"),
    financial_disclosure: text.optional().describe("Audits and annual reports, and where the accounts are made public (年度报告, 审计报告)"),
    contact: contact.optional(),
  })
  .describe("The organization that carries out the project"));

// A line of text stands for the mapping of its main field (facts/shorthand.ts): objectives: [建成5个阅读角].
const evidence = shorthand("fact", z.strictObject({
  fact: text.describe("A finding that shows the need, with its figure"),
  source: text.optional().describe("Where the finding comes from (survey, statistics, report)"),
}));

const beneficiary = shorthand("group", z.strictObject({
  group: text.describe("Who benefits (e.g. 独居老人, out-of-school girls)"),
  count: typedField("whole-count", z.number().int("expected a whole number").positive("must be more than 0")).optional().describe("How many"),
  unit: text.optional().describe("人, 户, 人次, people, households…"),
  // A count typed as an estimate (约200户) keeps its number and says so here, so the proposal
  // writes 约200户 rather than claim an exact 200 the facts do not hold.
  approximate: z.boolean().optional().describe("true when the count is an estimate (约200户, about 200); the proposal then says 约 / about"),
  direct: typedField("direct", z.boolean()).default(true).describe("true for direct beneficiaries, false for indirect"),
  criteria: text.optional().describe("How beneficiaries are selected"),
}));

const objective = shorthand("text", z.strictObject({
  text: text.describe("What will change"),
  indicator: text.optional().describe("How it is measured"),
  baseline: z.union([text, z.number()]).optional().describe("The value today"),
  target: z.union([text, z.number()]).optional().describe("The value to reach"),
  deadline: date.optional(),
}));

const activity = shorthand("name", z.strictObject({
  name: text,
  description: text.optional(),
  start: date.optional(),
  end: date.optional(),
  outputs: z.array(text).optional().describe("What the activity produces (sessions held, meals delivered…)"),
  owner: text.optional().describe("Who is responsible"),
}));

const budgetItem = z.strictObject({
  name: text,
  category: z.enum(BUDGET_CATEGORIES).default("direct").describe("Without one, an item named for management (项目管理费, overhead) is admin, any other direct"),
  amount: money.optional().describe("Total for the item; computed from quantity × unit_cost when absent"),
  quantity: count.optional(),
  unit_cost: money.optional(),
  unit: text.optional().describe("The unit of quantity (份, 人, month…)"),
  note: text.optional(),
});

const fundingSource = shorthand("name", z.strictObject({
  name: text,
  amount: money.optional(),
  status: z.enum(FUNDING_STATUSES).optional(),
}));

// budget: 15万 is the total written on one line.
const budget = shorthand("total", z.strictObject({
  currency: typedField("currency", z.string().trim().min(1, "must not be empty")).default("CNY").describe("CNY, USD, EUR…"),
  total: money.optional().describe("The total requested; checked against the sum of the items"),
  items: z.array(budgetItem).optional(),
  funding_sources: z.array(fundingSource).optional(),
}));

const risk = shorthand("risk", z.strictObject({
  risk: text,
  likelihood: z.enum(LIKELIHOODS).optional(),
  mitigation: text.optional(),
  owner: text.optional().describe("Who watches this risk and acts on it"),
}));

const person = shorthand("name", z.strictObject({
  name: text,
  role: text.optional(),
  qualifications: text.optional(),
}));

const partner = shorthand("name", z.strictObject({
  name: text,
  role: text.optional(),
}));

// One field per element of the one list (the type says so), named by the element's id.
const fundraisingFields = {
  purpose: text.optional().describe("募捐目的 (Charity Law Art. 24 (1))"),
  period: range(z.strictObject({ start: date.optional(), end: date.optional() })).optional()
    .describe("募捐起止时间 (Art. 24 (2))"),
  region: text.optional().describe("募捐地域 (Art. 24 (2))"),
  person_in_charge: text.optional().describe("活动负责人姓名和办公地址 (Art. 24 (3))"),
  office_address: text.optional(),
  donation_methods: z.array(text).optional().describe("接受捐赠方式 (Art. 24 (4))"),
  bank_account: z
    .strictObject({ name: text.optional(), bank: text.optional(), number: z.union([text, z.number()]).transform(String).optional() })
    .optional()
    .describe("银行账户 (Art. 24 (5))"),
  beneficiaries: text.optional().describe("受益人 (Art. 24 (6))"),
  use_of_funds: text.optional().describe("募得款物用途 (Art. 24 (7))"),
  cost: text.optional().describe("募捐成本 (Art. 24 (8))"),
  leftover_handling: text.optional().describe("剩余财产的处理 (Art. 24 (9))"),
  filing_number: text.optional().describe("备案编号 (Art. 24 (10), with the platform)"),
  platform: text.optional().describe("The online fundraising platform designated by the Ministry of Civil Affairs"),
} satisfies Record<FundraisingElementId, z.ZodType>;

const fundraising = z
  .strictObject(fundraisingFields)
  .describe("The public fundraising plan (公开募捐方案) elements of Charity Law Art. 24");

const supply = z.strictObject({
  name: text,
  quantity: count.optional(),
  unit: text.optional(),
  unit_cost: money.optional(),
  source: text.optional().describe("Purchased, donated by…"),
});

const relief = z
  .strictObject({
    disaster: text.optional().describe("What happened, where and when"),
    affected: text.optional().describe("Who was affected and how badly"),
    needs_assessment: text.optional().describe("How needs were assessed, by whom and when"),
    supplies: z.array(supply).optional(),
    logistics: text.optional().describe("Warehousing, transport and distribution"),
    distribution: text.optional().describe("How goods reach the people who need them"),
    traceability: text.optional().describe("How every batch of goods is tracked and made public"),
  })
  .describe("Disaster-relief details: needs, supplies, logistics and traceability of goods");

// venture-grant: the applicant's standing and the grant asked for (公益创投项目申报书). Optional
// everywhere, so other kinds' files are untouched; facts/venture-grant.ts checks the figures.
const similarProject = z.strictObject({
  name: text,
  year: z.union([text, z.number().int()]).transform(String).optional().describe("When it ran: 2023, or 2022—2023"),
  funder: text.optional().describe("Who funded it"),
  amount: money.optional().describe("The grant it received"),
  results: text.optional().describe("What it achieved, with figures"),
});

const ventureGrant = z
  .strictObject({
    programme: text.optional().describe("The venture-grant programme applied to (e.g. 2025年度某区公益创投)"),
    registration_authority: text.optional().describe("登记管理机关: where the organization is registered"),
    rating: text.optional().describe("社会组织评估等级 and the year it was given (e.g. 4A, 2023年评定)"),
    annual_inspection: text.optional().describe("年检 / annual report results of recent years"),
    amount_requested: money.optional().describe("The amount asked of the programme; the rest of budget.total is co-funding"),
    similar_projects: z.array(similarProject).optional().describe("Similar projects the applicant ran before"),
    expected_results: z.array(text).optional().describe("The changes expected by the end of the project"),
    replicability: text.optional().describe("How the model can be repeated in other communities"),
  })
  .describe("Community venture grant details (公益创投): applicant standing, amount requested, past projects, replicability");

export const factsSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Points editors at the JSON Schema; ignored by grantsmith"),
    language: z.enum(LANGUAGES).optional().describe("zh or en; defaults to the language the facts are written in"),
    locale: z.enum(ENGLISH_LOCALES).optional()
      .describe("English conventions: en-GB (15 August 2026, organisation) or en-US (August 15, 2026, organization); by default en-US for a project in the United States, else en-GB"),
    kind: z.enum(KINDS).default("standard"),
    title: text.describe("The project's name"),
    summary: text.optional().describe("One or two sentences on what the project does"),
    organization,
    location: text.optional().describe("Where the project takes place"),
    period: range(z.strictObject({ start: date.optional(), end: date.optional() })).optional(),
    // need: 独居老人吃饭难 is the problem written on one line.
    need: shorthand("problem", z.strictObject({
      problem: text.describe("The problem the project addresses"),
      evidence: z.array(evidence).optional(),
      why_now: text.optional().describe("Why the project is needed now: a policy, a change, a window that will close"),
    })),
    beneficiaries: z.array(beneficiary).min(1, "list at least one beneficiary group"),
    beneficiary_selection: text.optional().describe("How beneficiaries are found, checked and chosen when places are fewer than applicants"),
    goal: text.optional().describe("The long-term change the project contributes to"),
    objectives: z.array(objective).optional(),
    activities: z.array(activity).optional(),
    budget: budget.optional(),
    monitoring: z
      .strictObject({
        indicators: z.array(text).optional(),
        methods: text.optional(),
        reporting: text.optional(),
      })
      .optional(),
    risks: z.array(risk).optional(),
    sustainability: text.optional(),
    team: z.array(person).optional(),
    partners: z.array(partner).optional(),
    fundraising: fundraising.optional(),
    relief: relief.optional(),
    venture_grant: ventureGrant.optional(),
    // funder: 某基金会 is its name written on one line.
    funder: shorthand("name", z
      .strictObject({
        name: text.optional(),
        priorities: z.array(text).optional(),
        amount_requested: money.optional().describe("The amount asked of this funder; else the funding source named after it"),
      }))
      .optional()
      .describe("The funder this proposal goes to and its stated priorities"),
    materials: z.array(text).optional().describe(`Background materials (${MATERIAL_FORMATS.join(", ")}), relative to this file`),
  })
  .describe("grantsmith project facts");

/** The parts an organisation profile (facts/include.ts) is built from. */
export { organization as organizationSchema, person as personSchema };

/** Facts as written in the file, after defaults. */
export type FactsInput = z.infer<typeof factsSchema>;
export type Language = (typeof LANGUAGES)[number];
export type { Kind } from "../kinds/index.js";
export type BudgetItem = z.infer<typeof budgetItem>;
export type Beneficiary = z.infer<typeof beneficiary>;

/** The JSON Schema that editors use to complete and check facts files. */
export function factsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(factsSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return withProfileFields({ ...schema, title: "grantsmith project facts" });
}

/** `organization: ./org.yaml` and `extends:` (facts/include.ts), which are merged away before validation. */
function withProfileFields(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema.properties as Record<string, unknown>;
  const organization = properties.organization as { required?: string[] };
  const profile = { type: "string", description: "The path of an organisation profile (grantsmith schema org), relative to this file" };
  return {
    ...schema,
    properties: {
      ...properties,
      extends: { anyOf: [profile, { type: "array", items: profile }], description: "Organisation profiles this file builds on; its own fields win" },
      // Under extends:, the block may give only what differs from the profile (the name included).
      organization: { anyOf: [{ ...organization, required: (organization.required ?? []).filter((key) => key !== "name") }, profile] },
    },
    required: (schema.required as string[]).filter((key) => key !== "organization"),
  };
}
