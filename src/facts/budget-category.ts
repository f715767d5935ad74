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

/**
 * The words by which a facts item's name says "admin" for itself: narrower than the scorer's, since
 * a facts item named 志愿者管理, 个案管理 or "volunteer coordination" is a programme cost, and a
 * category read wrongly would move the draft's admin share; bare 管理 and "coordination" only count
 * in a proposal's budget line, where they are read with its category.
 */
export const ADMIN_ITEM_WORDS = [
  ...ADMIN_COST_WORDS.filter((word) => word !== "管理" && word !== "coordination"),
  "管理费",
  "项目管理",
  "管理成本",
] as const;

const ADMIN_ITEM = new RegExp(ADMIN_ITEM_WORDS.join("|"), "i");

/** The category a budget item's name says, when it says one; otherwise the schema's default holds. */
export function categoryFromName(name: string): "admin" | undefined {
  return ADMIN_ITEM.test(name) ? "admin" : undefined;
}
