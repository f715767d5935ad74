// Reading a budget from a proposal: the first Markdown table with an amount column (or, failing
// that, "item: amount" lines), its items, its total row, any total stated in the text, and the
// management/admin and fundraising parts.
import { currencyOf, type Currency } from "../../text/currency.js";
import type { Figure } from "../../text/numbers.js";
import { columnIndex, findTables, type LineRef, type Table } from "../read/markdown.js";

export interface BudgetItemRow {
  line: number;
  name: string;
  amount: number;
  category: string;
  quantity?: number;
  unitPrice?: number;
}

export interface BudgetAnalysis {
  source: "table" | "list" | "none";
  line: number;
  items: BudgetItemRow[];
  itemsTotal?: number;
  /** The total the proposal states (a 合计 row, or "总预算为…"). */
  stated?: { value: number; line: number };
  /** A total stated in prose or the summary's basic-information table (the first one). */
  statedText?: { value: number; line: number };
  currency?: Currency;
  admin: number;
  fundraising: number;
}

const AMOUNT_HEADER = /金额|合计|小计|总计|总价|预算|费用|经费|amount|total|cost|budget|subtotal|sum/i;
const UNIT_HEADER = /单价|unit/i;
const NAME_HEADER = /科目|项目|名称|内容|明细|用途|item|description|line|expense|activity/i;
const CATEGORY_HEADER = /类别|类型|分类|性质|category|type|class/i;
const QUANTITY_HEADER = /数量|数目|人数|次数|qty|quantity|number|units/i;
const INDEX_HEADER = /^(?:序号|编号|序|no\.?|#)$/i;
const FUNDING_TABLE = /来源|资助方|出资|source|funder|donor/i;
const TOTAL_ROW = /^(?:合计|总计|总额|共计|总预算|预算总额|total|grand total|sum|total budget|total cost)s?(?![A-Za-z])/i;
const SUBTOTAL_ROW = /^(?:小计|subtotal)/i;
const ADMIN = /管理|行政|办公|admin|overhead|indirect|间接/i;
const FUNDRAISING = /筹款|募捐|筹资成本|fundrais/i;
/** Words that name the whole budget. */
const TOTAL_WORDS = /总预算|预算总额|项目总预算|总经费|项目总额|预算合计|总投入|total budget|total project (?:cost|budget)|grand total|budget total|total cost/i;
/** Words that name the amount asked for: the total only where a line names nothing else. */
const REQUESTED_WORDS = /申请金额|申请资金|申请资助|资助金额|total request|requested amount|amount requested/i;
export const STATED_TOTAL = new RegExp(`${TOTAL_WORDS.source}|${REQUESTED_WORDS.source}`, "i");

function amountOf(cell: string, scale: number, figures: (ref: LineRef) => Figure[], line: number): { value: number; currency?: Currency } | undefined {
  const f = figures({ line, text: cell }).find((x) => x.kind === "money" || x.kind === "number");
  if (!f) return undefined;
  const value = f.scale !== 1 ? f.value : f.value * scale;
  return f.currency ? { value, currency: f.currency } : { value };
}

/** "金额（万元）" → ×10,000 in CNY; "Amount (£)" → GBP; "Amount (HKD)" → HKD. */
const LONG_WORD = /\b(?!(?:dollars?|yuan|euros?)\b)[A-Za-z]{4,}/g;

function headerScale(header: string): { scale: number; currency?: Currency } {
  // Long words ("Amount", "Expenditure") are not currency names, and may hold a code's letters.
  const currency = currencyOf(header.replace(LONG_WORD, ""));
  const scale = /万/.test(header) ? 1e4 : 1;
  if (scale > 1) return { scale, currency: currency ?? "CNY" };
  return currency ? { scale, currency } : { scale };
}

function fromTable(table: Table, figures: (ref: LineRef) => Figure[]): BudgetAnalysis | undefined {
  const header = table.header;
  const amountCols = header.map((h, i) => (AMOUNT_HEADER.test(h) && !UNIT_HEADER.test(h) ? i : -1)).filter((i) => i >= 0);
  if (amountCols.length === 0) return undefined;
  const amountCol = amountCols.find((i) => /金额|amount/i.test(header[i]!)) ?? amountCols[amountCols.length - 1]!;
  let nameCol = columnIndex(header, NAME_HEADER);
  if (nameCol < 0 || nameCol === amountCol) nameCol = header.findIndex((h, i) => i !== amountCol && !INDEX_HEADER.test(h));
  const categoryCol = columnIndex(header, CATEGORY_HEADER);
  const unitCol = columnIndex(header, UNIT_HEADER);
  const quantityCol = columnIndex(header, QUANTITY_HEADER);
  const { scale, currency } = headerScale(header[amountCol]!);
  const unitScale = unitCol >= 0 ? headerScale(header[unitCol]!).scale : 1;
  const result: BudgetAnalysis = { source: "table", line: table.line, items: [], admin: 0, fundraising: 0 };
  if (currency) result.currency = currency;
  for (const row of table.rows) {
    const label = row.cells.find((c) => c.length > 0 && !/^\d+$/.test(c)) ?? "";
    const cell = row.cells[amountCol] ?? "";
    const amount = amountOf(cell, scale, figures, row.line);
    if (TOTAL_ROW.test(label)) {
      if (amount) result.stated ??= { value: amount.value, line: row.line };
      continue;
    }
    if (SUBTOTAL_ROW.test(label) || !amount) continue;
    if (amount.currency) result.currency ??= amount.currency;
    const item: BudgetItemRow = {
      line: row.line,
      name: row.cells[nameCol] ?? label,
      amount: amount.value,
      category: categoryCol >= 0 ? (row.cells[categoryCol] ?? "") : "",
    };
    if (unitCol >= 0) {
      const unitPrice = amountOf(row.cells[unitCol] ?? "", unitScale, figures, row.line);
      if (unitPrice) item.unitPrice = unitPrice.value;
    }
    if (quantityCol >= 0) {
      const q = figures({ line: row.line, text: row.cells[quantityCol] ?? "" })[0];
      if (q) item.quantity = q.value;
    }
    result.items.push(item);
  }
  return result;
}

const LIST_LINE = /^\s*(?:[-*+•]|\d{1,2}[.)、]|[（(]\d{1,2}[)）])?\s*(?:\*\*)?([^:：|]{1,40}?)(?:\*\*)?\s*[:：]\s*(.*\d.*)$/;

function fromList(lines: readonly LineRef[], figures: (ref: LineRef) => Figure[]): BudgetAnalysis | undefined {
  const result: BudgetAnalysis = { source: "list", line: 0, items: [], admin: 0, fundraising: 0 };
  for (const ref of lines) {
    const m = LIST_LINE.exec(ref.text);
    if (!m) continue;
    const money = figures({ line: ref.line, text: m[2]! }).find((f) => f.kind === "money");
    if (!money) continue;
    if (money.currency) result.currency ??= money.currency;
    const name = m[1]!.trim();
    if (TOTAL_ROW.test(name) || STATED_TOTAL.test(name)) {
      result.stated ??= { value: money.value, line: ref.line };
      continue;
    }
    if (result.line === 0) result.line = ref.line;
    result.items.push({ line: ref.line, name, amount: money.value, category: "" });
  }
  return result.items.length > 0 ? result : undefined;
}

/** A total stated in prose on a line ("项目总预算为27.2万元", "a total budget of $120,000"). */
function statedOn(ref: LineRef, figures: (ref: LineRef) => Figure[]): Figure | undefined {
  // "申请金额15万元，项目总预算20万元": the total is the figure after the total's own words.
  const m = TOTAL_WORDS.exec(ref.text) ?? REQUESTED_WORDS.exec(ref.text);
  if (!m) return undefined;
  return figures(ref).find((x) => x.index >= m.index && (x.kind === "money" || (x.kind === "number" && x.scale > 1)));
}

function statedInText(lines: readonly LineRef[], figures: (ref: LineRef) => Figure[]): { value: number; line: number; currency?: Currency } | undefined {
  for (const ref of lines) {
    const f = statedOn(ref, figures);
    if (f) return f.currency ? { value: f.value, line: ref.line, currency: f.currency } : { value: f.value, line: ref.line };
  }
  return undefined;
}

/** Every total stated in prose, in the budget and then the summary (held to the facts with --facts). */
export function statedTotals(budgetLines: readonly LineRef[], summaryLines: readonly LineRef[], figures: (ref: LineRef) => Figure[]): { value: number; line: number }[] {
  const out: { value: number; line: number }[] = [];
  for (const ref of [...budgetLines, ...summaryLines]) {
    const f = statedOn(ref, figures);
    if (f) out.push({ value: f.value, line: ref.line });
  }
  return out;
}

const YEN_WORDS = /JPY|日元|日圆|円|\byen\b/i;
const YUAN_WORDS = /CNY|RMB|人民币|(?<![日美欧港])元|\byuan\b/i;

/** ¥ is the yuan's sign and the yen's: a budget with ¥ that names the yen and never the yuan is in yen. */
function yenBudget(lines: readonly LineRef[]): boolean {
  if (!lines.some((l) => l.text.includes("¥") || l.text.includes("￥"))) return false;
  return lines.some((l) => YEN_WORDS.test(l.text)) && !lines.some((l) => YUAN_WORDS.test(l.text));
}

export function readBudget(
  budgetLines: readonly LineRef[],
  summaryLines: readonly LineRef[],
  figures: (ref: LineRef) => Figure[],
  tables: (lines: readonly LineRef[]) => readonly Table[] = findTables,
): BudgetAnalysis {
  let result: BudgetAnalysis | undefined;
  for (const table of tables(budgetLines)) {
    if (FUNDING_TABLE.test(table.header.join(" ")) && !/科目|item/i.test(table.header.join(" "))) continue;
    result = fromTable(table, figures);
    if (result && result.items.length > 0) break;
    result = undefined;
  }
  result ??= fromList(budgetLines, figures);
  result ??= { source: "none", line: 0, items: [], admin: 0, fundraising: 0 };
  if (result.items.length > 0) {
    result.itemsTotal = Math.round(result.items.reduce((s, i) => s + i.amount, 0) * 100) / 100;
  }
  const stated = statedInText(budgetLines, figures) ?? statedInText(summaryLines, figures);
  if (stated) {
    result.statedText = { value: stated.value, line: stated.line };
    // A budget whose table names no currency is in the currency its stated total is written in.
    if (!result.currency && stated.currency) result.currency = stated.currency;
  }
  if (result.currency === "CNY" && yenBudget(budgetLines)) result.currency = "JPY";
  for (const item of result.items) {
    const label = item.category || item.name;
    if (ADMIN.test(label)) result.admin += item.amount;
    else if (FUNDRAISING.test(label)) result.fundraising += item.amount;
  }
  return result;
}
