// Figures the program computes from the facts (never the model): budget item amounts and totals,
// category shares, beneficiary totals, cost per beneficiary; plus warnings about facts that
// contradict each other. Templates render these; the scorer compares proposals against them.
import type { BudgetItem, FactsInput, Language } from "./schema.js";
import { deriveVentureGrant, type VentureGrantFigures } from "./venture-grant.js";
import { documentLocale, type DocumentLocale } from "./locale.js";
import { t, uiLang } from "../i18n/index.js";
import { KIND_UNIT, totalsByKind, unitKind, type CountByKind, type UnitKind } from "./units.js";

export interface BudgetLine extends BudgetItem {
  /** amount, or quantity × unit_cost when amount is absent; undefined when neither is known. */
  total?: number;
}

export interface DerivedFigures {
  budgetLines: BudgetLine[];
  /** Sum of the item totals that are known. */
  itemsTotal?: number;
  /** budget.total when stated, else the sum of the items. */
  budgetTotal?: number;
  /** budget.total minus the items' sum, when both are known and differ. */
  budgetGap?: number;
  /** Share of each category in the items' sum (0–1). */
  categoryShares: Partial<Record<BudgetItem["category"], number>>;
  /** Sum of the item totals of each category. */
  categoryTotals: Partial<Record<BudgetItem["category"], number>>;
  /** quantity × unit_cost of each relief supply (undefined where either is missing), and their sum. */
  supplyAmounts: (number | undefined)[];
  suppliesTotal?: number;
  /** admin + fundraising share of the items' sum (0–1). */
  overheadShare?: number;
  directBeneficiaries?: number;
  indirectBeneficiaries?: number;
  /**
   * What the cost per direct beneficiary divides by, as the scorer reads a proposal: the direct
   * total, or, when the direct groups count different kinds, the people among them (else the first kind).
   */
  perHeadCount?: number;
  perHeadKind?: UnitKind;
  /**
   * The unit shared by all direct groups (人, households…), when they share one; when their units
   * differ but count the same kind (名儿童 and 名教师), that kind's unit (人, people).
   */
  beneficiaryUnit?: string;
  /** Direct and indirect counts totalled kind by kind (people, households, person-times…): never summed across kinds. */
  directByKind: CountByKind[];
  indirectByKind: CountByKind[];
  /** budgetTotal ÷ direct beneficiaries, when both are known. */
  costPerBeneficiary?: number;
  fundingTotal?: number;
  /** Amount requested and co-funding of a venture-grant application (facts/venture-grant.ts). */
  ventureGrant?: VentureGrantFigures;
  /** The document's conventions for dates and spelling (facts/locale.ts). */
  locale: DocumentLocale;
}

/** A contradiction between facts, with the path of the field to look at. */
export interface FactsWarning {
  path: (string | number)[];
  message: string;
}

export interface Facts extends FactsInput {
  language: Language;
  derived: DerivedFigures;
  /** Contradictions found between facts, e.g. an activity outside the project period. */
  warnings: FactsWarning[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Dates as YYYY-MM or YYYY-MM-DD compare as strings once a month is padded to its first/last day. */
export function dayOf(date: string, end: boolean): string {
  return date.length === 7 ? `${date}-${end ? "31" : "01"}` : date;
}

export function deriveFacts(input: FactsInput & { language: Language }, warnings: FactsWarning[] = []): Facts {
  // Said in the run's language, which is the facts' own unless --lang or GRANTSMITH_LANG says otherwise.
  const lang = uiLang(input.language);
  const items = input.budget?.items ?? [];
  const budgetLines: BudgetLine[] = items.map((item, index) => {
    const computed = item.quantity !== undefined && item.unit_cost !== undefined ? round2(item.quantity * item.unit_cost) : undefined;
    if (item.amount !== undefined && computed !== undefined && Math.abs(item.amount - computed) > 0.005) {
      warnings.push({
        path: ["budget", "items", index, "amount"],
        message: t("facts.derive.amountDiffers", { amount: item.amount, computed }, lang),
      });
    }
    return { ...item, total: item.amount ?? computed };
  });
  const known = budgetLines.filter((l) => l.total !== undefined);
  const itemsTotal = known.length > 0 ? round2(known.reduce((sum, l) => sum + l.total!, 0)) : undefined;
  const stated = input.budget?.total;
  const budgetTotal = stated ?? itemsTotal;
  let budgetGap: number | undefined;
  if (stated !== undefined && itemsTotal !== undefined && Math.abs(stated - itemsTotal) > 0.005) {
    budgetGap = round2(stated - itemsTotal);
    warnings.push({ path: ["budget", "total"], message: t("facts.derive.totalDiffers", { stated, items: itemsTotal }, lang) });
  }
  const categoryShares: DerivedFigures["categoryShares"] = {};
  const categoryTotals: DerivedFigures["categoryTotals"] = {};
  for (const line of known) categoryTotals[line.category] = round2((categoryTotals[line.category] ?? 0) + line.total!);
  if (itemsTotal) {
    for (const [category, total] of Object.entries(categoryTotals)) {
      categoryShares[category as BudgetItem["category"]] = total / itemsTotal;
    }
  }
  const supplyAmounts = (input.relief?.supplies ?? []).map((s) =>
    s.quantity !== undefined && s.unit_cost !== undefined ? round2(s.quantity * s.unit_cost) : undefined,
  );
  const pricedSupplies = supplyAmounts.filter((a): a is number => a !== undefined);
  const suppliesTotal = pricedSupplies.length > 0 ? round2(pricedSupplies.reduce((a, b) => a + b, 0)) : undefined;
  const overheadShare = itemsTotal ? (categoryShares.admin ?? 0) + (categoryShares.fundraising ?? 0) : undefined;

  const groups = input.beneficiaries;
  const direct = groups.filter((g) => g.direct !== false);
  const indirect = groups.filter((g) => g.direct === false);
  const sumCounts = (list: typeof groups) =>
    list.some((g) => g.count !== undefined) ? list.reduce((s, g) => s + (g.count ?? 0), 0) : undefined;
  const directBeneficiaries = sumCounts(direct);
  const indirectBeneficiaries = sumCounts(indirect);
  const counted = (list: typeof groups) => list.filter((g) => g.count !== undefined).map((g) => ({ value: g.count!, unit: g.unit }));
  const directByKind = totalsByKind(counted(direct));
  const indirectByKind = totalsByKind(counted(indirect));
  const units = new Set(direct.filter((g) => g.count !== undefined).map((g) => g.unit ?? ""));
  const kinds = new Set([...units].map(unitKind));
  const [onlyKind] = kinds;
  const kindUnit = kinds.size === 1 && onlyKind && !onlyKind.startsWith("other:") ? KIND_UNIT[onlyKind as keyof typeof KIND_UNIT][input.language] : undefined;
  const beneficiaryUnit = units.size === 1 ? [...units][0] || undefined : kindUnit;
  const perHead = directByKind.length > 1 ? (directByKind.find((k) => k.kind === "people") ?? directByKind[0]!) : undefined;
  const perHeadCount = perHead ? perHead.value : directBeneficiaries;
  const perHeadKind = perHead?.kind;
  const costPerBeneficiary = budgetTotal !== undefined && perHeadCount ? round2(budgetTotal / perHeadCount) : undefined;
  const sources = input.budget?.funding_sources ?? [];
  const fundingTotal = sources.some((s) => s.amount !== undefined)
    ? round2(sources.reduce((s, f) => s + (f.amount ?? 0), 0))
    : undefined;

  const start = input.period?.start;
  const end = input.period?.end;
  // Half a period cannot be stated: the draft would leave the known date out and show a placeholder.
  if (start !== undefined && end === undefined) warnings.push({ path: ["period", "start"], message: t("facts.derive.periodNoEnd", { start }, lang) });
  if (end !== undefined && start === undefined) warnings.push({ path: ["period", "end"], message: t("facts.derive.periodNoStart", { end }, lang) });
  for (const [index, activity] of (input.activities ?? []).entries()) {
    const at = (field: string) => ["activities", index, field];
    if (activity.start && activity.end && dayOf(activity.start, false) > dayOf(activity.end, true)) {
      warnings.push({ path: at("start"), message: t("facts.derive.activityOrder", { name: activity.name, start: activity.start, end: activity.end }, lang) });
    }
    if (start && activity.start && dayOf(activity.start, false) < dayOf(start, false)) {
      warnings.push({ path: at("start"), message: t("facts.derive.beforePeriod", { date: activity.start, start }, lang) });
    }
    if (end && activity.end && dayOf(activity.end, true) > dayOf(end, true)) {
      warnings.push({ path: at("end"), message: t("facts.derive.afterPeriod", { date: activity.end, end }, lang) });
    }
  }

  const ventureGrant = deriveVentureGrant(input, budgetTotal, input.language, warnings);

  return {
    ...input,
    derived: {
      budgetLines,
      itemsTotal,
      budgetTotal,
      budgetGap,
      categoryShares,
      categoryTotals,
      supplyAmounts,
      suppliesTotal,
      overheadShare,
      directBeneficiaries,
      indirectBeneficiaries,
      beneficiaryUnit,
      perHeadCount,
      perHeadKind,
      directByKind,
      indirectByKind,
      costPerBeneficiary,
      fundingTotal,
      ventureGrant,
      locale: documentLocale(input),
    },
    warnings,
  };
}
