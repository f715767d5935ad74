// The figures of a venture-grant application: how much of the budget is asked of the programme and
// how much the applicant raises itself (配套资金), and the contradictions a program officer would
// spot first. Only a file with a venture_grant block is looked at.
import type { FactsInput, Language } from "./schema.js";
import { t, uiLang } from "../i18n/index.js";

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

export function deriveVentureGrant(
  input: FactsInput,
  budgetTotal: number | undefined,
  language: Language,
  warnings: VentureGrantWarning[],
): VentureGrantFigures | undefined {
  const requested = input.venture_grant?.amount_requested;
  if (input.venture_grant === undefined) return undefined;
  if (requested === undefined) return {};
  const lang = uiLang(language);
  const at = ["venture_grant", "amount_requested"];
  if (budgetTotal !== undefined && requested > budgetTotal + 0.005) warnings.push({ path: at, message: t("facts.derive.requestedOverTotal", { asked: requested, total: budgetTotal }, lang) });
  const sources = input.budget?.funding_sources ?? [];
  if (sources.length > 0 && !sources.some((s) => s.amount !== undefined && Math.abs(s.amount - requested) <= 0.005)) {
    warnings.push({ path: at, message: t("facts.derive.requestedNotASource", { asked: requested }, lang) });
  }
  if (budgetTotal === undefined || budgetTotal <= 0) return { requested };
  const coFunding = round2(Math.max(budgetTotal - requested, 0));
  return { requested, coFunding, requestedShare: requested / budgetTotal, coFundingShare: coFunding / budgetTotal };
}
