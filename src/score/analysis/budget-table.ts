// Reading a budget from a proposal as a program officer reads it: every budget table and every group
// of budget lines (bullets, "item: amount" lines, unit × quantity lines) becomes a ledger of items,
// subtotals and totals; each subtotal and total is checked against the lines it covers; the lines
// whose sum is the project's total are the budget's items. An organisation's annual budget, a
// fundraising target (募捐目标, 最低可执行金额) and income lines are read but never counted as costs.
import { isAdminLine } from "../../facts/budget-category.js";
import { currencyOf, type Currency } from "../../text/currency.js";
import type { Figure } from "../../text/numbers.js";
import { columnIndex, findTables, LIST_MARKS, splitCells, type LineRef, type Table } from "../read/markdown.js";
import { checkLedger, type BudgetItemRow, type BudgetMismatch, type Entry, type Ledger } from "./budget-ledger.js";
import { lineAmount, normalizeAmounts } from "./budget-lines.js";
import { costedItems } from "./costed-items.js";
import { withoutFormMarks } from "../read/headings.js";
import { MULTI_CELL_DELIMITER_ROW } from "../../text/tables.js";
import { ZH_NUMERAL } from "../../text/heading-marks.js";

export { isAdminLine };

export type { BudgetItemRow, BudgetMismatch } from "./budget-ledger.js";

/** A line whose own arithmetic (unit × quantity, a percentage of a sum) does not give its amount. */
export interface BudgetArithmetic {
  line: number;
  name: string;
  terms: number[][];
  product: number;
  amount: number;
}

/** An amount read in the budget and kept out of the project's costs. */
export interface SetAside {
  line: number;
  value: number;
  why: "organisation" | "target" | "income";
}

export interface BudgetAnalysis {
  source: "table" | "list" | "none";
  line: number;
  items: BudgetItemRow[];
  itemsTotal?: number;
  /** The total row of the ledger the items come from. */
  stated?: { value: number; line: number };
  /** A total stated in prose or the summary's basic-information table (the first one). */
  statedText?: { value: number; line: number };
  currency?: Currency;
  admin: number;
  fundraising: number;
  mismatches: BudgetMismatch[];
  arithmetic: BudgetArithmetic[];
  setAside: SetAside[];
  /** Milestones without a cost when the others have one (the budget read from costed milestones). */
  unpriced?: { line: number; name: string }[];
}

const AMOUNT_HEADER = /金额|合计|小计|总计|总价|预算|费用|经费|资金|支出|amount|total|cost|budget|subtotal|sum|funding|price|fee|expense/i;
const UNIT_HEADER = /单价|unit/i;
const NAME_HEADER = /科目|项目|名称|内容|明细|用途|item|description|line|expense|activity|task|milestone|deliverable/i;
const CATEGORY_HEADER = /类别|类型|分类|性质|category|type|class/i;
const QUANTITY_HEADER = /数量|数目|人数|次数|qty|quantity|number|units/i;
const INDEX_HEADER = /^(?:序号|编号|序|no\.?|#)$/i;
const FUNDING_TABLE = /来源|资助方|出资|source|funder|donor/i;
const TOTAL_LABEL = /^(?:合计|总计|总额|共计|总预算|预算总额|项目总预算|总金额|总经费|grand total|total|sum)(?![a-z])/i;
const SUBTOTAL_LABEL = /^(?:小计|sub-?total)/i;
/** Labels naming the amount asked for: a total when nothing else is named. */
const REQUEST_LABEL = /^(?:amount|grant amount|amount requested|requested amount|funding requested|requested funding|申请金额|申请资金|申请资助金额|资助金额)$/i;
const FUNDRAISING = /筹款|募捐成本|筹资成本|fundraising cost|fundrais/i;
/** An organisation's own (annual) budget: never the project's. */
export const ORGANISATION_BUDGET =
  /机构(?:年度|全年)?(?:总)?(?:预算|收入|支出)|年度(?:总)?预算|年度总支出|上年度总收入|organi[sz]ation(?:al|'s|s')?\s+(?:annual\s+|operating\s+|overall\s+|total\s+)?(?:budget|income|revenue|expenditure)|annual\s+(?:operating\s+|organi[sz]ational\s+)?budget|operating budget/i;
/** A fundraising target or the least amount the project can run on: not a cost. */
export const FUNDRAISING_TARGET = /募捐目标|筹款目标|募集目标|筹资目标|目标金额|最低可执行金额|最低执行金额|fundrais\w*\s+(?:target|goal)|campaign\s+(?:target|goal)|minimum\s+(?:viable|executable)\s+amount/i;
const INCOME = /\bincome\b|revenue|sources? of fund|funding sources?|co-?funding|match(?:ing)? funds?|additional funding|in-kind|contributions?\b|收入|资金来源|经费来源|配套|自筹/i;
/** Words that name the whole budget. */
const TOTAL_WORDS = /总预算|预算总额|项目总预算|总经费|项目总额|预算合计|总投入|total budget|total project (?:cost|budget)|grand total|budget total|total cost|total funding|budget requested/i;
/** Words that name the amount asked for: the total only where a line names nothing else. */
const REQUESTED_WORDS = /申请金额|申请资金|申请资助|资助金额|total request|requested amount|amount requested|requesting (?:a (?:budget|grant|total) of|funding of)|we request/i;
export const STATED_TOTAL = new RegExp(`${TOTAL_WORDS.source}|${REQUESTED_WORDS.source}`, "i");
/** Whether a line names the whole budget, not only the amount asked for. */
export const namesWholeBudget = (text: string): boolean => TOTAL_WORDS.test(text);

const MARKUP = /\*\*|__|`/g;
/** A list mark before a budget line: a bullet before a space, a number, or a Chinese numeral ("（一）", "一、"). */
const LIST_MARK = new RegExp(`^\\s*(?:${LIST_MARKS.bullet}(?=\\s)|${LIST_MARKS.number}|${LIST_MARKS.bracketedNumber}|${LIST_MARKS.bracketedNumeral}|${LIST_MARKS.numeral})\\s*`);
const HEADING = /^\s{0,3}#{1,6}\s+(.*)$/;

type Figures = (ref: LineRef) => Figure[];

const plain = (text: string) => text.replace(MARKUP, "").replace(/^_+|_+$/g, "").trim();
/** Labels of counts that are not money: a form's character or word limit, a page count. */
const NOT_MONEY_LABEL = /character|word|page|字数|字符|页数/i;

/** What a group of lines or a table holds, by its heading: costs, or something kept apart. */
function kindOf(header: string): Ledger["kind"] {
  if (ORGANISATION_BUDGET.test(header)) return "organisation";
  if (FUNDRAISING_TARGET.test(header)) return "target";
  if (INCOME.test(header)) return "income";
  return "cost";
}

/** Tables, also those written without outer pipes ("Item | Amount" over "--- | ---"). */
function budgetTables(lines: readonly LineRef[], tables: (lines: readonly LineRef[]) => readonly Table[]): Table[] {
  const found = [...tables(lines)];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i]!.text;
    if (!head.includes("|") || /^\s*\|/.test(head) || !MULTI_CELL_DELIMITER_ROW.test(lines[i + 1]!.text)) continue;
    const table: Table = { line: lines[i]!.line, header: splitCells(head).map(plain), rows: [] };
    let j = i + 2;
    for (; j < lines.length && lines[j]!.text.includes("|") && lines[j]!.text.trim() !== ""; j++) table.rows.push({ line: lines[j]!.line, cells: splitCells(lines[j]!.text).map(plain) });
    found.push(table);
    i = j - 1;
  }
  return found.sort((a, b) => a.line - b.line);
}

function headerScale(header: string): { scale: number; currency?: Currency } {
  // Long words ("Amount", "Expenditure") are not currency names, and may hold a code's letters.
  const currency = currencyOf(header.replace(/\b(?!(?:dollars?|yuan|euros?)\b)[A-Za-z]{4,}/g, ""));
  const scale = /万/.test(header) ? 1e4 : 1;
  if (scale > 1) return { scale, currency: currency ?? "CNY" };
  return currency ? { scale, currency } : { scale };
}

function cellAmount(cell: string, scale: number, figures: Figures, line: number): Figure | undefined {
  const f = figures({ line, text: normalizeAmounts(cell) }).find((x) => x.kind === "money" || (x.kind === "number" && x.unit === ""));
  if (!f) return undefined;
  return f.scale !== 1 || scale === 1 ? f : { ...f, value: f.value * scale };
}

function fromTable(table: Table, figures: Figures, context: string): Ledger | undefined {
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
  const ledger: Ledger = { source: "table", line: table.line, entries: [], kind: kindOf(`${context} ${header.join(" ")}`) };
  if (currency) ledger.currency = currency;
  for (const row of table.rows) {
    const amount = cellAmount(row.cells[amountCol] ?? "", scale, figures, row.line);
    if (!amount) continue;
    if (amount.currency) ledger.currency ??= amount.currency;
    // The label is whichever short cell says total or subtotal ("| - | - | Total | $100,000 |").
    const labels = row.cells.filter((c, i) => i !== amountCol && c.length > 0 && c.length <= 40);
    const total = labels.some((c) => TOTAL_LABEL.test(c) || (TOTAL_WORDS.test(c) && !SUBTOTAL_LABEL.test(c)));
    const subtotal = labels.some((c) => SUBTOTAL_LABEL.test(c));
    const name = row.cells[nameCol] || labels.find((c) => !/^[\d\s.-]+$/.test(c)) || "";
    const entry: Entry = { kind: subtotal ? "subtotal" : total ? "total" : "item", line: row.line, name, amount: amount.value, category: categoryCol >= 0 ? (row.cells[categoryCol] ?? "") : "" };
    if (entry.kind === "item") {
      if (unitCol >= 0) {
        const unitPrice = cellAmount(row.cells[unitCol] ?? "", unitScale, figures, row.line);
        if (unitPrice) entry.unitPrice = unitPrice.value;
      }
      if (quantityCol >= 0) {
        const q = figures({ line: row.line, text: row.cells[quantityCol] ?? "" })[0];
        if (q) entry.quantity = q.value;
      }
    }
    ledger.entries.push(entry);
  }
  return ledger.entries.length > 0 ? ledger : undefined;
}

/** A line that heads a group of budget lines: a heading, a bold line, or a short label ending in a colon. */
function groupHeader(text: string): string | undefined {
  const h = HEADING.exec(text);
  if (h) return plain(h[1]!);
  // A form's field with its required mark ("Amount requested (€) \*") heads the answer under it.
  const field = withoutFormMarks(text);
  if (field?.required) return plain(field.line).replace(/\s*[(（][^)）]*[)）]/g, "").trim();
  const t = plain(text.replace(LIST_MARK, ""));
  if (t.length === 0 || t.length > 60 || /\d/.test(t) && /[$€£¥￥元]|\d{3}/.test(t)) return undefined;
  if (/[:：]$/.test(t) || /^\s*(?:\*\*|__).*(?:\*\*|__)\s*$/.test(text.trim())) return t.replace(/[:：]$/, "");
  return undefined;
}

interface Group {
  header: string;
  lines: LineRef[];
}

/** The budget's lines outside tables, in groups under their headings. */
function lineGroups(lines: readonly LineRef[], document: readonly string[], tableLines: ReadonlySet<number>): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let prev = 0;
  for (const ref of lines) {
    const skipped = prev > 0 && ref.line > prev + 1 && document.slice(prev, ref.line - 1).some((t) => t.trim() !== "");
    prev = ref.line;
    if (tableLines.has(ref.line)) {
      current = undefined;
      continue;
    }
    // A blank line heads nothing (most of a budget's lines between its groups).
    const header = ref.text.length === 0 ? undefined : groupHeader(ref.text);
    if (header !== undefined) {
      current = { header, lines: [] };
      groups.push(current);
      continue;
    }
    if (!current || skipped) {
      current = { header: headingBefore(document, ref.line), lines: [] };
      groups.push(current);
    }
    if (ref.text.trim() !== "") current.lines.push(ref);
  }
  return groups.filter((g) => g.lines.length > 0);
}

/** The nearest heading above a line (1-based), as text. */
function headingBefore(document: readonly string[], line: number, headingsOnly = false): string {
  for (let i = line - 2; i >= 0 && i >= line - 40; i--) {
    const text = document[i] ?? "";
    if (text.trim() === "") continue;
    const h = HEADING.exec(text);
    if (h) return plain(h[1]!);
    const header = headingsOnly ? undefined : groupHeader(text);
    if (header !== undefined) return header;
  }
  return "";
}

/** A line of prose in Chinese: a sentence that ends in 。 or goes on after one, or clauses joined by ，/；. */
const CHINESE_SENTENCE = /。|[\u4e00-\u9fff][，；][\u4e00-\u9fff]/u;

/** One line's entry in a ledger, or what it sets aside. */
function entryOf(ref: LineRef, figures: Figures, plainNumbers: boolean, setAside: SetAside[], arithmetic: BudgetArithmetic[]): Entry | undefined {
  const text = normalizeAmounts(plain(ref.text.replace(LIST_MARK, "")));
  const colon = /^([^:：]{1,100}?)\s*[:：]\s*(.*\d.*)$/.exec(text);
  const bullet = LIST_MARK.test(ref.text);
  let label: string;
  let rest: string;
  if (colon) {
    label = colon[1]!.trim();
    rest = colon[2]!;
  } else {
    // "Venue hire ($50 per session x 12 sessions) $600": a short line or a bullet, its amount at the end.
    // A Chinese sentence ("金额最大的是图书采购（6万元）。") is prose about the budget, not a line of it.
    if (!bullet && (text.length > 120 || CHINESE_SENTENCE.test(text))) return undefined;
    const first = figures({ line: ref.line, text }).find((f) => f.kind === "money" || f.kind === "number");
    if (!first) return undefined;
    label = text.slice(0, first.index).replace(/[(（\s]+$/, "").trim();
    rest = text.slice(first.index);
    if (label.length === 0 || label.split(/\s+/).length > 8) return undefined;
  }
  const restFigures = figures({ line: ref.line, text: rest });
  const amount = lineAmount(rest, restFigures, plainNumbers && !NOT_MONEY_LABEL.test(label));
  if (!amount || amount.rate) return undefined;
  const value = amount.figure.value;
  const aside = ORGANISATION_BUDGET.test(label) ? "organisation" : FUNDRAISING_TARGET.test(label) ? "target" : INCOME.test(label) ? "income" : undefined;
  if (aside) {
    setAside.push({ line: ref.line, value, why: aside });
    return undefined;
  }
  if (amount.arithmetic && Math.abs(amount.arithmetic.value - value) > Math.max(1, value * 0.001)) {
    arithmetic.push({ line: ref.line, name: label, terms: amount.arithmetic.terms, product: amount.arithmetic.value, amount: value });
  }
  const kind = SUBTOTAL_LABEL.test(label) ? "subtotal" : TOTAL_LABEL.test(label) || STATED_TOTAL.test(label) || REQUEST_LABEL.test(label) ? "total" : "item";
  const entry: Entry = { kind, line: ref.line, name: label, amount: value, category: "" };
  if (amount.max !== undefined) entry.max = amount.max;
  if (amount.figure.currency) entry.currency = amount.figure.currency;
  return entry;
}

/** Before "total cost": the words that make it one item's ("at a total cost of …"). */
const ITEM_COST_BEFORE = /\bat\s+(?:an?\s+)?$/i;

/** A total stated on a line ("项目总预算为27.2万元", "a total budget of $120,000"), not an organisation's or a target. */
function statedOn(ref: LineRef, figures: Figures): Figure | undefined {
  // "申请金额15万元，项目总预算20万元": the total is the figure after the total's own words.
  const m = TOTAL_WORDS.exec(ref.text) ?? REQUESTED_WORDS.exec(ref.text);
  if (!m || ORGANISATION_BUDGET.test(ref.text) || FUNDRAISING_TARGET.test(ref.text.slice(0, m.index + m[0].length + 12))) return undefined;
  // "Workshops: six evenings at a total cost of 1500 euros": what one item costs in all.
  if (ITEM_COST_BEFORE.test(ref.text.slice(Math.max(0, m.index - 8), m.index))) return undefined;
  const text = normalizeAmounts(ref.text);
  const at = normalizeAmounts(ref.text.slice(0, m.index)).length;
  return figures({ line: ref.line, text }).find((x) => x.index >= at && (x.kind === "money" || (x.kind === "number" && x.scale > 1)));
}

function statedInText(lines: readonly LineRef[], figures: Figures): { value: number; line: number; currency?: Currency } | undefined {
  for (const ref of lines) {
    const f = statedOn(ref, figures);
    if (f) return f.currency ? { value: f.value, line: ref.line, currency: f.currency } : { value: f.value, line: ref.line };
  }
  return undefined;
}

/** Every total stated in prose, in the budget and then the summary (held to the facts with --facts). */
export function statedTotals(budgetLines: readonly LineRef[], summaryLines: readonly LineRef[], figures: Figures): { value: number; line: number }[] {
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

/** Lines outside the budget that cost a milestone ("**Budget:** $10k USD", "Requested Budget" over "$5000"). */
const MILESTONE_COST = /^(?:milestone\s+|phase\s+|requested\s+|estimated\s+|total\s+(?:estimated\s+)?)?(?:budget|costs?|funding|amount|price)(?:\s+requested)?$|^(?:预算|经费|金额|费用|申请金额|总预算|总经费)$/i;
/** The milestones' own total ("Total Costs: $20k"): checked against them, not added to them. */
const MILESTONE_TOTAL = /^(?:total|总)/i;
/** "8, 000 USD": a thousands comma followed by a stray space. */
const SPACED_THOUSANDS = /(\d),\s+(\d{3})(?!\d)/g;
/** "5k USD": thousands written with k before the currency's code. */
const K_BEFORE_CODE = /(\d+(?:\.\d+)?)\s?[kK]\s*(?=(?:USD|EUR|GBP|DAI|USDT|USDC)\b)/g;
const thousands = (text: string) =>
  text.replace(SPACED_THOUSANDS, "$1,$2").replace(K_BEFORE_CODE, (_m, n: string) => `${Math.round(Number(n) * 1000 * 100) / 100} `);

const MILESTONE_HEADING = new RegExp(String.raw`^(?:milestone|phase|stage|里程碑|阶段)\s*(?:\d|${ZH_NUMERAL})`, "i");

/** The milestone headings under which none of these cost lines stands. */
function unpricedMilestones(document: readonly string[], costLines: readonly number[]): { line: number; name: string }[] {
  const heads: { line: number; level: number; name: string }[] = [];
  document.forEach((text, i) => {
    const h = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(text);
    if (h) heads.push({ line: i + 1, level: h[1]!.length, name: plain(h[2]!) });
  });
  const out: { line: number; name: string }[] = [];
  heads.forEach((h, k) => {
    if (!MILESTONE_HEADING.test(h.name)) return;
    const end = heads.slice(k + 1).find((o) => o.level <= h.level)?.line ?? document.length + 1;
    if (!costLines.some((l) => l > h.line && l < end)) out.push({ line: h.line, name: h.name });
  });
  // Only among costed milestones: a plan whose milestones carry no cost at all says nothing here.
  return out.length < heads.filter((h) => MILESTONE_HEADING.test(h.name)).length ? out : [];
}

function milestoneCosts(document: readonly string[], budgetLines: ReadonlySet<number>, figures: Figures): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < document.length; i++) {
    if (budgetLines.has(i + 1)) continue;
    const text = plain(document[i]!.replace(LIST_MARK, ""));
    const m = /^([^:：]{1,30})[:：]\s*(.*)$/.exec(text) ?? (/\d/.test(text) ? null : ["", text, ""]);
    if (!m || !MILESTONE_COST.test(m[1]!.trim())) continue;
    let rest = m[2]!;
    let line = i + 1;
    if (!/\d/.test(rest)) {
      // The label on its own line, the amount alone on the next.
      const next = document.slice(i + 1, i + 3).findIndex((t) => t.trim() !== "");
      if (next < 0) continue;
      rest = plain(document[i + 1 + next]!);
      line = i + 2 + next;
      if (rest.length > 30) continue;
    }
    const normal = normalizeAmounts(thousands(rest));
    const f = figures({ line, text: normal }).find((x) => x.kind === "money");
    if (!f) continue;
    const total = MILESTONE_TOTAL.test(m[1]!.trim());
    const entry: Entry = { kind: total ? "total" : "item", line, name: total ? m[1]!.trim() : headingBefore(document, i + 1, true), amount: f.value, category: "" };
    if (f.currency) entry.currency = f.currency;
    out.push(entry);
  }
  // The milestones' total, wherever it is written, is checked against all of them.
  // One costed milestone is a budget when a stated total goes with it.
  const items = out.filter((e) => e.kind === "item");
  const total = out.filter((e) => e.kind === "total").slice(0, 1);
  return items.length >= 2 || (items.length === 1 && total.length === 1) ? [...items, ...total] : [];
}

export function readBudget(
  budgetLines: readonly LineRef[],
  summaryLines: readonly LineRef[],
  figures: Figures,
  tables: (lines: readonly LineRef[]) => readonly Table[] = findTables,
  document: readonly string[] = [],
): BudgetAnalysis {
  const setAside: SetAside[] = [];
  const arithmetic: BudgetArithmetic[] = [];
  const ledgers: Ledger[] = [];
  const tableLines = new Set<number>();
  const readTables = (lines: readonly LineRef[], outside: boolean) => {
    for (const table of budgetTables(lines, tables)) {
      for (let l = table.line; l <= (table.rows[table.rows.length - 1]?.line ?? table.line) + 0; l++) tableLines.add(l);
      if (table.line > 0) tableLines.add(table.line + 1);
      const header = table.header.join(" ");
      if (FUNDING_TABLE.test(header) && !/科目|item/i.test(header)) continue;
      const ledger = fromTable(table, figures, headingBefore(document, table.line));
      if (!ledger) continue;
      // Outside the budget a table is a budget only when it shows money or a total row.
      if (outside && !ledger.currency && !ledger.entries.some((e) => e.kind === "total")) continue;
      ledgers.push(ledger);
    }
  };
  readTables(budgetLines, false);
  let statedHeading: { value: number; line: number; currency?: Currency } | undefined;
  for (const group of lineGroups(budgetLines, document, tableLines)) {
    const kind = kindOf(group.header);
    // An amount with a multiplier ("3万", "30k") is money in a budget, as one with a currency is.
    const hasMoney = group.lines.some((l) => figures({ line: l.line, text: normalizeAmounts(l.text) }).some((f) => f.kind === "money" || (f.kind === "number" && f.scale > 1)));
    const ledger: Ledger = { source: "list", line: group.lines[0]!.line, entries: [], kind };
    for (const ref of group.lines) {
      const entry = entryOf(ref, figures, hasMoney, kind === "cost" ? setAside : [], arithmetic);
      if (entry) ledger.entries.push(entry);
    }
    if (kind !== "cost") {
      for (const e of ledger.entries) setAside.push({ line: e.line, value: e.amount, why: kind });
      continue;
    }
    // Under a heading that names the total ("Total Budget Requested"), the first amount is the total.
    if (statedHeading === undefined && (TOTAL_WORDS.test(group.header) || TOTAL_LABEL.test(group.header) || REQUEST_LABEL.test(group.header)) && !ledger.entries.some((e) => e.kind === "item")) {
      for (const ref of group.lines) {
        const f = figures({ line: ref.line, text: normalizeAmounts(ref.text) }).find((x) => x.kind === "money");
        if (f) {
          statedHeading = f.currency ? { value: f.value, line: ref.line, currency: f.currency } : { value: f.value, line: ref.line };
          break;
        }
      }
    }
    if (ledger.entries.length > 0) ledgers.push(ledger);
  }
  let unpriced: { line: number; name: string }[] = [];
  // Nothing costed in the budget section: a costed table elsewhere, or costed milestones.
  if (!ledgers.some((l) => l.kind === "cost" && l.entries.some((e) => e.kind === "item")) && document.length > 0) {
    const inBudget = new Set(budgetLines.map((l) => l.line));
    const rest = document.map((text, i) => ({ line: i + 1, text })).filter((l) => !inBudget.has(l.line));
    readTables(rest, true);
    if (!ledgers.some((l) => l.kind === "cost" && l.entries.some((e) => e.kind === "item"))) {
      const entries = milestoneCosts(document, inBudget, figures);
      if (entries.length > 0) {
        ledgers.push({ source: "list", line: entries[0]!.line, entries, kind: "cost" });
        unpriced = unpricedMilestones(document, entries.filter((e) => e.kind === "item").map((e) => e.line));
      } else {
        // Nor costed milestones: the plan's items that each state their cost.
        const costed = costedItems(rest.filter((l) => LIST_MARK.test(l.text)), figures);
        if (costed.length > 0) ledgers.push({ source: "list", line: costed[0]!.line, entries: costed, kind: "cost" });
      }
    }
  }
  for (const l of ledgers) if (l.kind !== "cost") for (const e of l.entries) setAside.push({ line: e.line, value: e.amount, why: l.kind as SetAside["why"] });
  const costs = joinRuns(ledgers.filter((l) => l.kind === "cost"));
  const stated = statedInText(budgetLines, figures) ?? statedHeading ?? statedInText(summaryLines, figures);
  const checked = costs.map((l) => checkLedger(l, stated?.value));
  const chosen = chooseLedger(checked, stated?.value);
  const result: BudgetAnalysis = { source: "none", line: 0, items: [], admin: 0, fundraising: 0, mismatches: checked.flatMap((c) => c.mismatches), arithmetic, setAside };
  if (chosen) {
    result.source = chosen.source;
    result.items = chosen.items;
    result.line = chosen.items[0]?.line ?? chosen.line;
    if (chosen.total) result.stated = chosen.total;
    if (chosen.currency) result.currency = chosen.currency;
    result.itemsTotal = Math.round(chosen.items.reduce((s, i) => s + i.amount, 0) * 100) / 100;
  }
  if (!chosen) {
    // Only amounts kept apart: say so in the budget's own currency.
    const aside = ledgers.find((l) => l.kind !== "cost");
    const currency = aside?.currency ?? aside?.entries.find((e) => e.currency)?.currency;
    if (currency) result.currency = currency;
  }
  if (stated) {
    result.statedText = { value: stated.value, line: stated.line };
    // A budget whose table names no currency is in the currency its stated total is written in.
    if (!result.currency && stated.currency) result.currency = stated.currency;
  }
  if (result.currency === "CNY" && yenBudget(budgetLines)) result.currency = "JPY";
  if (unpriced.length > 0 && result.source === "list") result.unpriced = unpriced;
  for (const item of result.items) {
    const label = item.category || item.name;
    if (isAdminLine(item)) result.admin += item.amount;
    else if (FUNDRAISING.test(label)) result.fundraising += item.amount;
  }
  return result;
}

type Checked = ReturnType<typeof checkLedger>;

/**
 * Groups of lines under labels ("Hosting:", "Materials:") whose total comes after the last group:
 * a total that its own group does not reach but the run of groups before it does covers them all.
 */
function joinRuns(costs: readonly Ledger[]): Ledger[] {
  const out: Ledger[] = [];
  for (const ledger of costs) {
    // Only a total can be missed this way, so a group without one is taken as it is, unchecked.
    const own = ledger.source === "list" && ledger.entries.some((e) => e.kind === "total") ? checkLedger(ledger) : undefined;
    if (own && own.mismatches.some((m) => m.kind === "total")) {
      let k = out.length;
      while (k > 0 && out[k - 1]!.source === "list" && !out[k - 1]!.entries.some((e) => e.kind === "total")) k--;
      if (k < out.length) {
        const joined: Ledger = { ...out[k]!, entries: [...out.slice(k).flatMap((l) => l.entries), ...ledger.entries] };
        if (checkLedger(joined).mismatches.length < own.mismatches.length) {
          out.splice(k, out.length - k, joined);
          continue;
        }
      }
    }
    out.push(ledger);
  }
  return out;
}

/**
 * The ledger whose lines are the project's costs: the one (or the run of list groups) that adds up
 * to the stated total, else the first table, else every list group together.
 */
function chooseLedger(checked: readonly Checked[], total: number | undefined): (Checked & { source: "table" | "list" }) | undefined {
  const withItems = checked.filter((c) => c.items.length > 0);
  if (withItems.length === 0) return undefined;
  const lists = withItems.filter((c) => c.source === "list");
  const union: Checked | undefined = lists.length > 1
    ? { ...lists[0]!, items: lists.flatMap((c) => c.items), mismatches: [] }
    : lists[0];
  const tables = withItems.filter((c) => c.source === "table");
  // Every ledger together: a budget in several tables (staff, activities), or tables and lines.
  const all: Checked | undefined = withItems.length > 1 ? { ...withItems[0]!, items: withItems.flatMap((c) => c.items), mismatches: [] } : undefined;
  if (all) delete all.total;
  if (union && lists.length > 1) delete union.total;
  const candidates = [...tables, ...(union ? [union] : []), ...(all ? [all] : []), ...(lists.length > 1 ? lists : [])];
  const sum = (c: Checked) => c.items.reduce((s, i) => s + i.amount, 0);
  if (total !== undefined) {
    const match = candidates.find((c) => Math.abs(sum(c) - total) <= 1 || (c.total && Math.abs(c.total.value - total) <= 1));
    if (match) return match;
  }
  return candidates[0];
}
