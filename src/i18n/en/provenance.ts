// English messages of provenance against a facts file (src/score/analysis/provenance.ts): key
// figures that disagree with the facts or are missing, and figures the facts do not hold.
const lines = (p: { lines: number[] }) => (p.lines.length > 1 ? ` (lines ${p.lines.join(", ")})` : "");

export const provenance = {
  "provenance.budgetDiffers": (p: { value: string; lines: number[]; total: string }) => `The total budget ${p.value}${lines(p)} differs from the facts file's ${p.total}.`,
  "provenance.budgetDiffersFix": (p: { total: string }) => `Use the facts file's total (${p.total}), or correct the facts file first.`,
  "provenance.budgetFactsGap": (p: { value: string; lines: number[]; total: string; items: string }) =>
    `The budget adds up to ${p.value}${lines(p)}, as the facts file's items do, but the facts file's total is ${p.total}.`,
  "provenance.budgetFactsGapFix": (p: { total: string; items: string }) =>
    `Correct the facts file first: make budget.items add up to ${p.total}, or set budget.total to ${p.items}; then draft again.`,
  "provenance.budgetMissing": (p: { total: string }) => `The facts file's total budget (${p.total}) does not appear in the proposal.`,
  "provenance.budgetMissingFix": (p: { total: string }) => `State the total (${p.total}) in the summary and the budget.`,
  "provenance.beneficiariesDiffer": (p: { count: string; expected: string }) => `${p.count} direct beneficiaries differs from the facts file's ${p.expected}.`,
  "provenance.beneficiariesDifferFix": (p: { expected: string }) => `Use the facts file's count (${p.expected}), or correct the facts file first.`,
  "provenance.beneficiariesMissing": (p: { expected: string }) => `The facts file's number of direct beneficiaries (${p.expected}) does not appear in the proposal.`,
  "provenance.beneficiariesMissingFix": (p: { expected: string }) => `State the number of direct beneficiaries (${p.expected}) in the target population section.`,
  "provenance.periodDiffers": (p: { from: string; to: string; range: string }) => `The project period (${p.from}–${p.to}) differs from the facts file (${p.range}).`,
  "provenance.periodDiffersFix": (p: { range: string }) => `Use the facts file's period (${p.range}).`,
  "provenance.periodMissing": (p: { range: string }) => `The proposal does not state the facts file's project period (${p.range}).`,
  "provenance.periodMissingFix": (p: { range: string }) => `State the project period (${p.range}) in the summary.`,
  /** `figures`: the first few, `count` all of them. */
  "provenance.unverified": (p: { count: number; figures: { text: string; line: number }[] }) =>
    `${p.count === 1 ? "1 figure here is" : `${p.count} figures here are`} not in the facts file: ${p.figures.map((f) => `${f.text} (line ${f.line})`).join(", ")}${p.count > p.figures.length ? ", …" : ""}.`,
  "provenance.unverifiedFix": "Add each figure and its source to the facts file, or correct or remove it: a figure the facts do not hold cannot be checked.",
};
