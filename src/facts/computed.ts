// Figures derived from the facts that a prompt may quote and a proposal may state: per-item and
// category totals, shares, the amount asked of this funder and its share, cost per beneficiary,
// the period in months. The `computed` block of each section's prompt is built from these, and the
// scorer's provenance check counts them as supported, so what the model was given is never
// "unverified". Nothing here formats for a document; figures only.
import type { LoadedFacts } from "./load.js";

type Maybe<T> = T | null;

/** Months from start to end, both inclusive: 2025-03 → 2026-02 is 12. */
export function periodMonths(start?: string, end?: string): Maybe<number> {
  if (!start || !end) return null;
  const [sy, sm] = start.split("-").map(Number) as [number, number];
  const [ey, em] = end.split("-").map(Number) as [number, number];
  const months = (ey - sy) * 12 + (em - sm) + 1;
  return months > 0 ? months : null;
}

export interface FunderRequest {
  /** The amount asked of this funder, when the facts say it. */
  requested: Maybe<number>;
  /** requested ÷ the budget total (0–1). */
  requestedShare: Maybe<number>;
  /** The funding sources other than this request. */
  others: {
    name: string;
    /** "Community contributions (value of sand…)" as name and note, so a sentence opens one bracket, not two. */
    bracketed: Maybe<{ name: string; note: string }>;
    amount: Maybe<number>;
    statusLabel: Maybe<string>;
  }[];
  /** The largest source's share of all funding (0–1), when amounts are known. */
  largestShare: Maybe<number>;
  /** Two or more sources and none above half: only then may a draft say no single funder carries it. */
  diversified: boolean;
}

const THIS_REQUEST = /本次申请|本项目申请|this (?:request|application)/i;

/** The funding source that is this request: the one named after the funder, or marked as this request. */
function requestSource<T extends { name: string }>(sources: T[], funder: string | undefined): T | undefined {
  return sources.find((s) => THIS_REQUEST.test(s.name)) ?? (funder ? sources.find((s) => s.name.includes(funder)) : undefined);
}

function bracketed(name: string): Maybe<{ name: string; note: string }> {
  const m = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(name.trim());
  return m ? { name: m[1]!, note: m[2]! } : null;
}

/**
 * The amount asked of this funder and the facts field it is read from: funder.amount_requested, a
 * venture grant's amount_requested, else the funding source that is this request.
 */
export function requestedAmount(facts: LoadedFacts["facts"]): { value: number; from: string } | undefined {
  if (facts.funder?.amount_requested !== undefined) return { value: facts.funder.amount_requested, from: "funder.amount_requested" };
  const grant = facts.derived.ventureGrant?.requested;
  if (grant !== undefined) return { value: grant, from: "venture_grant.amount_requested" };
  const sources = facts.budget?.funding_sources ?? [];
  const mine = requestSource(sources, facts.funder?.name);
  return mine?.amount === undefined ? undefined : { value: mine.amount, from: `budget.funding_sources[${sources.indexOf(mine)}].amount` };
}

export function funderRequest(loaded: LoadedFacts, statusLabel: (status: string | undefined) => Maybe<string>): FunderRequest {
  const { facts } = loaded;
  const d = facts.derived;
  const sources = facts.budget?.funding_sources ?? [];
  const mine = requestSource(sources, facts.funder?.name);
  const requested = requestedAmount(facts)?.value;
  const total = d.budgetTotal;
  const amounts = sources.map((s) => s.amount).filter((a): a is number => typeof a === "number");
  const funding = amounts.reduce((a, b) => a + b, 0);
  const largestShare = amounts.length === sources.length && funding > 0 ? Math.max(...amounts) / funding : null;
  return {
    requested: requested ?? null,
    requestedShare: requested !== undefined && total ? requested / total : null,
    others: sources.filter((s) => s !== mine).map((s) => ({ name: s.name, bracketed: bracketed(s.name), amount: s.amount ?? null, statusLabel: statusLabel(s.status) })),
    largestShare,
    diversified: sources.length >= 2 && largestShare !== null && largestShare <= 0.5,
  };
}

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
const round2 = (v: number) => Math.round(v * 100) / 100;

/** The amount asked of this proposal's funder and its share of the budget, when the facts say them. */
export function requestFigures(loaded: LoadedFacts): { requested?: number; share?: string } {
  const { requested, requestedShare } = funderRequest(loaded, () => null);
  return requested === null ? {} : { requested, ...(requestedShare === null ? {} : { share: pct(requestedShare) }) };
}

/** Derived figures a section's prompt may quote, so the model need not do arithmetic. */
export function computedFor(loaded: LoadedFacts, keys: readonly string[]): Record<string, unknown> | undefined {
  const d = loaded.facts.derived;
  const out: Record<string, unknown> = {};
  if (keys.includes("budget")) {
    if (d.budgetTotal !== undefined) out.budget_total = d.budgetTotal;
    if (d.itemsTotal !== undefined) out.budget_items_total = d.itemsTotal;
    if (d.budgetGap !== undefined) out.budget_total_minus_items = d.budgetGap;
    const items = d.budgetLines.filter((l) => l.total !== undefined).map((l) => ({ name: l.name, total: l.total }));
    if (items.length > 0) out.budget_item_totals = items;
    const totals = Object.entries(d.categoryTotals).filter(([, v]) => v !== undefined);
    if (totals.length > 0) out.budget_category_totals = Object.fromEntries(totals);
    const shares = Object.entries(d.categoryShares).map(([k, v]) => [k, pct(v ?? 0)]);
    if (shares.length > 0) out.budget_category_shares = Object.fromEntries(shares);
    if (d.overheadShare !== undefined) out.admin_and_fundraising_share = pct(d.overheadShare);
    if (d.costPerBeneficiary !== undefined) {
      out.cost_per_direct_beneficiary = round2(d.costPerBeneficiary);
      if (d.beneficiaryUnit) out.cost_per_direct_beneficiary_unit = d.beneficiaryUnit;
    }
    if (d.fundingTotal !== undefined) out.funding_sources_total = d.fundingTotal;
    const sources = (loaded.facts.budget?.funding_sources ?? []).filter((s) => s.amount !== undefined);
    if (d.fundingTotal && sources.length > 0) out.funding_source_shares = Object.fromEntries(sources.map((s) => [s.name, pct(s.amount! / d.fundingTotal!)]));
    const request = requestFigures(loaded);
    if (request.requested !== undefined) out.amount_requested = request.requested;
    if (request.share !== undefined) out.amount_requested_share_of_budget = request.share;
  }
  if (keys.includes("beneficiaries")) {
    if (d.directBeneficiaries !== undefined) out.direct_beneficiaries_total = d.directBeneficiaries;
    if (d.indirectBeneficiaries !== undefined) out.indirect_beneficiaries_total = d.indirectBeneficiaries;
    if (d.beneficiaryUnit !== undefined) out.beneficiary_unit = d.beneficiaryUnit;
  }
  if (keys.includes("period")) {
    const months = periodMonths(loaded.facts.period?.start, loaded.facts.period?.end);
    if (months !== null) out.period_months = months;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}


/** Every computed figure, as all sections' prompts together are given them. */
export function computedFigures(loaded: LoadedFacts): Record<string, unknown> {
  return computedFor(loaded, ["budget", "beneficiaries", "period"]) ?? {};
}
