// The words that name a management or admin cost (项目管理费, 行政办公费, Project management,
// Overhead): the one list by which a facts budget item written without a category is read as admin
// (facts/typed-facts.ts), and by which the scorer counts a proposal's budget line as admin by its
// category or name (score/analysis/budget-table.ts), so a draft and its score agree.

/** Management/admin cost words; matched anywhere in a label, case aside. */
export const ADMIN_COST_WORDS = [
  "管理",
  "行政",
  "办公",
  "间接",
  "admin",
  "overhead",
  "indirect",
  "coordination",
  "project management",
  "management fee",
  "management cost",
] as const;

const ADMIN_COST = new RegExp(ADMIN_COST_WORDS.join("|"), "i");

/** A budget line of management or admin costs, by its category or name ("行政办公费", "Overhead"). */
export const isAdminCost = (label: string): boolean => ADMIN_COST.test(label);

/** The category a budget item's name says, when it says one; otherwise the schema's default holds. */
export function categoryFromName(name: string): "admin" | undefined {
  return isAdminCost(name) ? "admin" : undefined;
}
