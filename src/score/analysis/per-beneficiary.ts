// Cost per direct beneficiary, worked out one way for the whole report: the proposal's total (the
// budget's stated total, else the total its text states, else the lines' sum) over its direct count
// (a stated total, else the groups added up kind by kind: see analysis.beneficiaries). The key
// figures line and the cost_per_beneficiary check both use it, so they never show two figures.
import type { Analysis } from "./analysis.js";

export interface PerBeneficiary {
  total: number | undefined;
  people: number | undefined;
  /** total ÷ people, when both are known. */
  cost: number | undefined;
}

export function perBeneficiary(analysis: Analysis): PerBeneficiary {
  const budget = analysis.budget();
  const total = budget.stated?.value ?? budget.statedText?.value ?? budget.itemsTotal;
  const counts = analysis.beneficiaries();
  const people = counts.direct?.value ?? counts.any?.value;
  return { total, people, cost: total !== undefined && people ? total / people : undefined };
}
