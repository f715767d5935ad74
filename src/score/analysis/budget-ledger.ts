// A ledger is one budget table or one group of budget lines, in order: items, subtotals and totals.
// Checking it is what a reader does with a pencil: each subtotal against the items since the last
// one, each total against everything since the last total (or, when nothing stands between, against
// the earlier totals: a grand total), using the computed sums so one wrong figure is reported once.
import type { Currency } from "../../text/currency.js";

export interface BudgetItemRow {
  line: number;
  name: string;
  amount: number;
  /** The top of a range ("$3,000–5,000"). */
  max?: number;
  category: string;
  quantity?: number;
  unitPrice?: number;
}

/** A subtotal or total that is not the sum of the lines it covers. */
export interface BudgetMismatch {
  line: number;
  kind: "subtotal" | "total";
  stated: number;
  computed: number;
}

/** A line of a ledger: an item row, or a subtotal or total with the same fields. */
export interface Entry extends BudgetItemRow {
  kind: "item" | "subtotal" | "total";
  currency?: Currency;
}

export interface Ledger {
  source: "table" | "list";
  line: number;
  entries: Entry[];
  currency?: Currency;
  kind: "cost" | "organisation" | "target" | "income";
}

export interface CheckedLedger {
  source: "table" | "list";
  line: number;
  items: BudgetItemRow[];
  /** The ledger's last total. */
  total?: { value: number; line: number };
  currency?: Currency;
  mismatches: BudgetMismatch[];
}

const TOLERANCE = 1;
const round2 = (n: number) => Math.round(n * 100) / 100;

interface Sum {
  min: number;
  max: number;
  count: number;
}

const empty = (): Sum => ({ min: 0, max: 0, count: 0 });
const within = (value: number, sum: Pick<Sum, "min" | "max">) => value >= sum.min - TOLERANCE && value <= sum.max + TOLERANCE;

/**
 * An item heading the items after it ("Staff: $6,000" over "Coordinator $4,000" and "Assistant
 * $2,000") is their subtotal written first: it is checked by them, not added to them.
 */
function headingSubtotals(entries: readonly Entry[]): Entry[] | undefined {
  // A heading item needs two items after it: a ledger of one or two lines has none (most groups of lines).
  if (entries.length < 3) return undefined;
  const out = entries.map((e) => ({ ...e }));
  let changed = false;
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.kind !== "item") continue;
    let sum = 0;
    for (let j = i + 1; j < out.length && out[j]!.kind === "item"; j++) {
      sum += out[j]!.amount;
      if (j >= i + 2 && Math.abs(sum - out[i]!.amount) <= TOLERANCE) {
        out[i]!.kind = "subtotal";
        changed = true;
        // The subtotal goes after the items it heads, where the ledger is checked.
        const [head] = out.splice(i, 1);
        out.splice(j, 0, head!);
        i = j;
        break;
      }
      if (sum > out[i]!.amount + TOLERANCE) break;
    }
  }
  return changed ? out : undefined;
}

/**
 * The ledger checked as written, and with items that head their breakdown read as subtotals: the
 * reading with fewer mismatches wins (then the one adding up to the stated total, then as written).
 */
export function checkLedger(ledger: Ledger, stated?: number): CheckedLedger {
  const plain = checkEntries(ledger, ledger.entries);
  const nested = headingSubtotals(ledger.entries);
  if (!nested) return plain;
  const other = checkEntries(ledger, nested);
  if (other.mismatches.length !== plain.mismatches.length) return other.mismatches.length < plain.mismatches.length ? other : plain;
  const sum = (c: CheckedLedger) => c.items.reduce((s, i) => s + i.amount, 0);
  return stated !== undefined && Math.abs(sum(other) - stated) <= TOLERANCE && Math.abs(sum(plain) - stated) > TOLERANCE ? other : plain;
}

function checkEntries(ledger: Ledger, entries: readonly Entry[]): CheckedLedger {
  const out: CheckedLedger = { source: ledger.source, line: ledger.line, items: [], mismatches: [] };
  const currency = ledger.currency ?? ledger.entries.find((e) => e.currency)?.currency;
  if (currency) out.currency = currency;
  let sinceSubtotal = empty();
  let sinceTotal = empty();
  let blocks: Sum[] = [];
  let blocksStated = 0;
  const add = (s: Sum, e: { min: number; max: number }) => {
    s.min += e.min;
    s.max += e.max;
    s.count++;
  };
  for (const e of entries) {
    if (e.kind === "item") {
      const item: BudgetItemRow = { line: e.line, name: e.name, amount: e.amount, category: e.category };
      if (e.max !== undefined) item.max = e.max;
      if (e.quantity !== undefined) item.quantity = e.quantity;
      if (e.unitPrice !== undefined) item.unitPrice = e.unitPrice;
      out.items.push(item);
      const part = { min: e.amount, max: e.max ?? e.amount };
      add(sinceSubtotal, part);
      add(sinceTotal, part);
      continue;
    }
    if (e.kind === "subtotal") {
      if (sinceSubtotal.count > 0 && !within(e.amount, sinceSubtotal)) out.mismatches.push({ line: e.line, kind: "subtotal", stated: e.amount, computed: round2(sinceSubtotal.min) });
      sinceSubtotal = empty();
      continue;
    }
    out.total = { value: e.amount, line: e.line };
    const earlier = blocks.reduce((s, b) => ({ min: s.min + b.min, max: s.max + b.max, count: s.count + 1 }), empty());
    if (sinceTotal.count > 0) {
      // A running total ("Total so far") covers the earlier blocks too.
      const running = { min: earlier.min + sinceTotal.min, max: earlier.max + sinceTotal.max };
      if (!within(e.amount, sinceTotal) && !(blocks.length > 0 && within(e.amount, running))) {
        out.mismatches.push({ line: e.line, kind: "total", stated: e.amount, computed: round2(sinceTotal.min) });
      }
      blocks.push(sinceTotal);
      blocksStated += e.amount;
    } else if (blocks.length > 1) {
      // A grand total of the blocks above: their lines' sums, or their stated totals.
      if (!within(e.amount, earlier) && Math.abs(e.amount - blocksStated) > TOLERANCE) {
        out.mismatches.push({ line: e.line, kind: "total", stated: e.amount, computed: round2(earlier.min) });
      }
      blocks = [earlier];
      blocksStated = e.amount;
    }
    sinceTotal = empty();
    sinceSubtotal = empty();
  }
  return out;
}
