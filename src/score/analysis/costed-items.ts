// A budget written into the plan: list items that each say what they cost ("- Community growth:
// host 10 play-labs at a total cost of 1500 euros", "- 志愿者培训：三场，费用3,000元"). Read only when
// no budget table, budget line or costed milestone is found: then these items are the budget.
import type { Figure } from "../../text/numbers.js";
import type { LineRef } from "../read/markdown.js";
import type { Entry } from "./budget-ledger.js";
import { normalizeAmounts } from "./budget-lines.js";

/** What stands right before an item's cost: "at a total cost of", "costing", "费用为", "预算约". */
const COST_BEFORE = /(?:\b(?:total\s+)?cost(?:s|ing)?(?:\s+of)?(?:\s+(?:about|around|approximately))?|(?:费用|预算|经费|成本)(?:为|约|共|合计|总计)?)\s*[:：]?\s*$/i;
/** An item's name: the words before its colon ("Community Growth: …"), at most this long. */
const NAME = /^([^:：]{2,60})[:：]/;
/** How far before a figure the cost words are looked for. */
const WINDOW = 40;

/** The entries of list items outside the budget section that each state their cost; none unless two do. */
export function costedItems(
  items: readonly LineRef[],
  figures: (ref: LineRef) => Figure[],
): Entry[] {
  const out: Entry[] = [];
  for (const item of items) {
    const text = normalizeAmounts(item.text);
    const cost = figures({ line: item.line, text }).find(
      (f) => f.kind === "money" && COST_BEFORE.test(text.slice(Math.max(0, f.index - WINDOW), f.index)),
    );
    if (!cost) continue;
    const name = NAME.exec(text)?.[1]?.replace(/[*_]/g, "").trim() ?? text.slice(0, 40).trim();
    const entry: Entry = { kind: "item", line: item.line, name, amount: cost.value, category: "" };
    if (cost.currency) entry.currency = cost.currency;
    out.push(entry);
  }
  return out.length >= 2 ? out : [];
}
