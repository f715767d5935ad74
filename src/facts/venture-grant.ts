// The figures of a venture-grant application: how much of the budget is asked of the programme and
// how much the applicant raises itself (配套资金), and the contradictions a program officer would
// spot first. Only a file with a venture_grant block is looked at.
import type { FactsInput, Language } from "./schema.js";

export interface VentureGrantFigures {
  requested?: number;
  /** The budget total minus the amount requested: what the applicant and others put in. */
  coFunding?: number;
  /** The amount requested as a share of the budget total (0–1). */
  requestedShare?: number;
  coFundingShare?: number;
}

export interface VentureGrantWarning {
  path: (string | number)[];
  message: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const MESSAGES = {
  zh: {
    overTotal: (asked: number, total: number) => `申请资助金额${asked}大于预算总额${total}；申请金额应为总预算的一部分`,
    notASource: (asked: number) => `申请资助金额${asked}与资金来源中任何一项的金额都不一致；请在资金来源中列出本次申请`,
  },
  en: {
    overTotal: (asked: number, total: number) => `the amount requested, ${asked}, is more than the budget total ${total}; it should be part of the budget`,
    notASource: (asked: number) => `the amount requested, ${asked}, matches no funding source; list this application among budget.funding_sources`,
  },
} as const;

export function deriveVentureGrant(
  input: FactsInput,
  budgetTotal: number | undefined,
  language: Language,
  warnings: VentureGrantWarning[],
): VentureGrantFigures | undefined {
  const requested = input.venture_grant?.amount_requested;
  if (input.venture_grant === undefined) return undefined;
  if (requested === undefined) return {};
  const text = MESSAGES[language];
  const at = ["venture_grant", "amount_requested"];
  if (budgetTotal !== undefined && requested > budgetTotal + 0.005) warnings.push({ path: at, message: text.overTotal(requested, budgetTotal) });
  const sources = input.budget?.funding_sources ?? [];
  if (sources.length > 0 && !sources.some((s) => s.amount !== undefined && Math.abs(s.amount - requested) <= 0.005)) {
    warnings.push({ path: at, message: text.notASource(requested) });
  }
  if (budgetTotal === undefined || budgetTotal <= 0) return { requested };
  const coFunding = round2(Math.max(budgetTotal - requested, 0));
  return { requested, coFunding, requestedShare: requested / budgetTotal, coFundingShare: coFunding / budgetTotal };
}
