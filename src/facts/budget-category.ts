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

/** A category of management or admin costs ("管理费用", "行政", "Overhead"): any of the wide words. */
export const isAdminCost = (label: string): boolean => ADMIN_COST.test(label);

/**
 * The terms by which a facts item's name says "admin" for itself: whole cost terms, narrower than
 * the scorer's words, since a category read wrongly moves the draft's admin share and check --fix
 * writes it into the file. 志愿者管理, 个案管理, 12个行政村图书角, 物业管理费 (a venue's), 间接受益家长培训,
 * "Volunteer coordination", "Medication administration training", "Overhead projector" are
 * programme costs.
 */
export const ADMIN_ITEM_TERMS = [
  "(?<!物业)管理费",
  "项目管理",
  "管理成本",
  "行政费",
  "行政管理",
  "行政办公",
  "行政支出",
  "办公费",
  "间接费",
  "间接成本",
  "\\badmin\\b",
  "administrative (?:costs?|expenses?|fees?|support)",
  "administration (?:costs?|expenses?|fees?)",
  "\\boverheads?\\s*(?:costs?|expenses?)?$",
  "overhead (?:costs?|expenses?)",
  "indirect (?:costs?|expenses?)",
  "project management",
  "management (?:fees?|costs?)",
] as const;

const ADMIN_ITEM = new RegExp(ADMIN_ITEM_TERMS.join("|"), "i");

/**
 * A budget line of management or admin costs: by its category with the wide words, else by its name
 * with the whole cost terms (志愿者管理培训 and "Volunteer coordination" are programme costs).
 */
export function isAdminLine(line: { category?: string; name: string }): boolean {
  return line.category ? isAdminCost(line.category) : ADMIN_ITEM.test(line.name);
}

/** The category a budget item's name says, when it says one; otherwise the schema's default holds. */
export function categoryFromName(name: string): "admin" | undefined {
  return ADMIN_ITEM.test(name) ? "admin" : undefined;
}
