// Facts the checks share, read once per proposal and only when a check asks: the budget (items,
// totals, overhead), the project period and the beneficiary counts.
import type { LoadedFacts } from "../../facts/load.js";
import { extractFigures, type Figure, type FigureDate } from "../../text/numbers.js";
import { findPlaceholders, lineMayHoldPlaceholder, type PlaceholderHit } from "../../text/placeholders.js";
import { readBudget, type BudgetAnalysis } from "./budget-table.js";
import { linesOf, allLines, type Proposal } from "../read/proposal.js";
import { findTables, isTableLine, type LineRef, type Table } from "../read/markdown.js";
import { unitKind, type UnitKind } from "../../facts/units.js";

export interface Period {
  start: FigureDate;
  end: FigureDate;
  /** Where it is stated; 0 when it comes from the facts file. */
  line: number;
  fromFacts: boolean;
}

export interface BeneficiaryCounts {
  /**
   * The direct beneficiaries: a stated total when there is one, else the groups' rows added up
   * kind by kind (people with people, never with households); the people, else the first kind.
   */
  direct?: { value: number; line: number; kind?: UnitKind };
  /** The direct counts by kind, when the proposal counts more than one kind (200 households, 50 people). */
  directByKind?: { kind: UnitKind; value: number; line: number }[];
  indirect?: { value: number; line: number };
  /** The first person count found, when direct/indirect are not distinguished. */
  any?: { value: number; line: number };
  mentionsDirect: boolean;
  mentionsIndirect: boolean;
}

export interface Analysis {
  budget(): BudgetAnalysis;
  /** The period from the facts file when given, else as the proposal states it. */
  period(): Period | undefined;
  /** The period as the proposal states it. */
  statedPeriod(): Period | undefined;
  beneficiaries(): BeneficiaryCounts;
  figures(line: LineRef): Figure[];
  /**
   * findTables of these lines, parsed once per list: the lists come from linesOf, one list per
   * set of sections, so the budget, activities, items and risks checks share a section's tables.
   */
  tables(lines: readonly LineRef[]): readonly Table[];
  /**
   * The placeholders in a text taken from the proposal's lines (a line, a cell, a row's cells, a
   * section). Such a text is the lines' characters with emphasis marks, tags or pipes dropped or
   * spaces added, so when the lines hold no hint even with the emphasis marks dropped, it holds
   * none: most proposals have none, and one test of the file answers every later question.
   */
  placeholders(text: string): readonly PlaceholderHit[];
}

const NO_PLACEHOLDERS: readonly PlaceholderHit[] = Object.freeze([]);

const PERIOD_LABEL = /项目周期|项目期限|实施周期|执行周期|项目时间|实施时间|执行期|项目期间|起止时间|实施期限|项目执行期|project period|project duration|implementation period|timeframe|project dates|grant period|duration/i;
/** The start and the end of a period stated on lines of their own: "Start: 29 April 2025" / "End: 29 May 2025". */
const START_LABEL = /^[\s*>-]*(?:\*\*)?(?:project\s+)?(?:start(?:\s+date)?|begins?|开始(?:时间|日期)|起始(?:时间|日期)|启动时间)(?:\*\*)?\s*[:：]/i;
const END_LABEL = /^[\s*>-]*(?:\*\*)?(?:project\s+)?(?:end(?:\s+date)?|ends?|completion(?:\s+date)?|结束(?:时间|日期)|完成(?:时间|日期))(?:\*\*)?\s*[:：]/i;
const PERSON_UNIT =
  /^(?:人次|人|名|位|户|家庭|个家庭|people|persons|individuals|households|families|children|students|girls|boys|women|men|youth|residents|beneficiaries|participants|elderly|seniors|older|patients|farmers|teachers|villagers|learners|pupils|mothers|infants|family|members|parents|caregivers|relatives|mentors)$/;

const DIRECT = /直接|(?<![A-Za-z])direct/i;
/** A line that states a total rather than one group's count. */
const TOTAL_COUNT = /合计|总计|共计|总数|总人数|共\s*\d|\btotal\b|\bin all\b|\baltogether\b/i;
const INDIRECT = /间接|indirect/i;
const BENEFICIARY_WORD = /直接|间接|(?<![A-Za-z])(?:in)?direct/gi;
/** Where one count ends and the next begins: "4,200 people directly and 900 people indirectly". */
const CLAUSE_BREAK = /[，；;。、！？!?]|,(?!\d)|\.\s|\s(?:and|while|plus)\s|以及|另有|此外/g;

/**
 * Which person count is the direct one and which the indirect one. Each clause of the line is read
 * on its own; a clause with one of the words gives it its count, whether the word comes before
 * ("直接受益200人") or after ("4,200 people directly") the number. A clause with both words (a
 * table row, "direct and indirect: 200 and 800") pairs them in order.
 */
export function attributeCounts(text: string, people: readonly Figure[]): { direct?: number; indirect?: number } {
  const out: { direct?: number; indirect?: number } = {};
  const breaks = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) breaks.push(m.index + m[0].length);
  breaks.push(text.length + 1);
  const pending: { word: "direct" | "indirect"; at: number }[] = [];
  const unclaimed: Figure[] = [];
  for (let k = 0; k + 1 < breaks.length; k++) {
    const from = breaks[k]!;
    const to = breaks[k + 1]!;
    const clause = text.slice(from, to);
    const words: ("direct" | "indirect")[] = [];
    BENEFICIARY_WORD.lastIndex = 0;
    for (let m = BENEFICIARY_WORD.exec(clause); m !== null; m = BENEFICIARY_WORD.exec(clause)) {
      const word = /间接|indirect/i.test(m[0]) ? "indirect" : "direct";
      if (!words.includes(word)) words.push(word);
    }
    const counts = people.filter((f) => f.index >= from && f.index < to);
    if (words.length === 0) {
      unclaimed.push(...counts);
      continue;
    }
    if (counts.length === 0) {
      // "Direct beneficiaries: | 240 girls" — the word waits for the next count.
      for (const word of words) pending.push({ word, at: from });
      continue;
    }
    words.forEach((word, n) => {
      const figure = counts[Math.min(n, counts.length - 1)]!;
      out[word] ??= figure.value;
    });
  }
  // A word whose count is in a later clause without a word of its own.
  for (const { word, at } of pending) {
    const figure = unclaimed.find((f) => f.index > at);
    if (figure && out[word] === undefined) {
      out[word] = figure.value;
      unclaimed.splice(unclaimed.indexOf(figure), 1);
    }
  }
  return out;
}

/**
 * The direct count of a proposal from every direct count it states: the first stated total; else,
 * when a table lists two or more direct groups, their rows added up kind by kind; else the first.
 * Kinds are never added together: with more than one, each is given and the people are the count.
 */
export function directCounts(
  directs: readonly { value: number; line: number; kind: UnitKind; total: boolean; row: boolean }[],
): Pick<BeneficiaryCounts, "direct" | "directByKind"> {
  if (directs.length === 0) return {};
  const byKind = (list: typeof directs) => {
    const out: { kind: UnitKind; value: number; line: number }[] = [];
    for (const d of list) {
      const known = out.find((o) => o.kind === d.kind);
      if (known) known.value += d.value;
      else out.push({ kind: d.kind, value: d.value, line: d.line });
    }
    return out;
  };
  const pick = (kinds: { kind: UnitKind; value: number; line: number }[]) => {
    const chosen = kinds.find((k) => k.kind === "people") ?? kinds[0]!;
    return { direct: chosen, ...(kinds.length > 1 ? { directByKind: kinds } : {}) };
  };
  const totals = directs.filter((d) => d.total);
  // One stated total per kind (the first), as written.
  if (totals.length > 0) return pick(byKind(totals.filter((d, k) => totals.findIndex((o) => o.kind === d.kind) === k)));
  const rows = directs.filter((d) => d.row);
  if (rows.length >= 2) return pick(byKind(rows));
  const first = directs[0]!;
  return { direct: { value: first.value, line: first.line, kind: first.kind } };
}

/** What joins two dates into a range: "to", "until", "through", "and" (between … and …), 至, 到, a dash. */
const RANGE_JOIN = /^\s*(?:to|until|till|through|thru|and|[-–—~～至到－]+|—+)\s*$/i;

/** The first two month dates of a text joined as a range, start before end. */
export function dateRange(text: string, list: readonly Figure[]): { start: FigureDate; end: FigureDate } | undefined {
  const dates = list.filter((f) => f.kind === "date" && f.date!.month !== undefined);
  for (let k = 0; k + 1 < dates.length; k++) {
    const a = dates[k]!;
    const b = dates[k + 1]!;
    if (!RANGE_JOIN.test(text.slice(a.index + a.raw.length, b.index))) continue;
    const from = a.date!.year * 12 + a.date!.month!;
    const to = b.date!.year * 12 + b.date!.month!;
    if (to >= from) return { start: a.date!, end: b.date! };
  }
  return undefined;
}

export function dateFromFacts(value: string | undefined): FigureDate | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split("-").map(Number);
  const date: FigureDate = { year: y! };
  if (m) date.month = m;
  if (d) date.day = d;
  return date;
}

export function isPersonCount(figure: Figure): boolean {
  return figure.kind === "number" && PERSON_UNIT.test(figure.unit);
}

/** Before a count that is the size of each group, not how many are served: "cohorts of 4-5", "每组6人". */
const GROUP_SIZE_BEFORE = /(?:\b(?:cohorts?|groups?|teams?|classes|circles?|pairs?|batches|sessions?)\s+of\s+(?:about\s+|up to\s+|\d+\s*[-–~to]+\s*)?|每(?:组|班|期|批|队|场|次|户)(?:约|不超过)?|[-–~～至到]\s*)$/i;

/** Before a number that names a school year or a level, not a count: "Year 3 pupils", "Grade 5 girls", "Key Stage 2". */
const LEVEL_BEFORE = /\b(?:year|grade|class|form|level|stage|phase|standard|primary|std\.?)\s*$/i;

/** A person count that says how many people are served, not a group's size, a school year or a range's far end. */
export function isServedCount(text: string, figure: Figure): boolean {
  if (!isPersonCount(figure)) return false;
  const before = text.slice(Math.max(0, figure.index - 30), figure.index);
  return !GROUP_SIZE_BEFORE.test(before) && !LEVEL_BEFORE.test(before);
}

/** A table cell holding a count and nothing else: "120", "**120**", "about 120", "约120". */
const BARE_COUNT_CELL = /^(?:\*\*)?(?:about|approximately|around|c\.|约|大约)?\s*[\d,]+(?:\*\*)?$/i;

/**
 * The counts of a table row that gives them without a unit in a cell of their own ("| Total direct
 * | **120** |"): in the beneficiaries, on a row that names direct or indirect beneficiaries, a count
 * of people, as a facts file's group without a unit is.
 */
function bareCountsOfRow(text: string, list: readonly Figure[]): Figure[] {
  return list.filter((f) => {
    if (f.kind !== "number" || f.unit !== "" || f.decimals > 0) return false;
    const open = text.lastIndexOf("|", f.index);
    const close = text.indexOf("|", f.index + f.raw.length);
    return open >= 0 && close > 0 && BARE_COUNT_CELL.test(text.slice(open + 1, close).trim());
  });
}

/**
 * extractFigures of a text taken from the proposal, each text read once: checks ask for the same
 * lines' and cells' figures again and again. A whole line is found by its number after the first
 * time (its text is hashed once); a cell or part of a line by its text. figuresReference is the plain version.
 * Lines are read as they are asked for, not all at once (extractFiguresOfLines): the checks ask for
 * about a fifth of a proposal's lines, and reading every line made the benchmark's batch 8% slower.
 */
export function figureReader(lines: readonly string[]): (ref: LineRef) => Figure[] {
  const byLine = new Array<Figure[] | undefined>(lines.length).fill(undefined);
  const byText = new Map<string, Figure[]>();
  return (ref) => {
    const at = ref.line - 1;
    const whole = lines[at] === ref.text;
    let list = whole ? byLine[at] : undefined;
    if (list !== undefined) return list;
    // A line written twice (a repeated paragraph, a blank row) is read once too.
    list = byText.get(ref.text);
    if (list === undefined) {
      list = extractFigures(ref.text);
      byText.set(ref.text, list);
    }
    if (whole) byLine[at] = list;
    return list;
  };
}

/** The plain version of figureReader: every text read each time it is asked about. */
export function figuresReference(ref: LineRef): Figure[] {
  return extractFigures(ref.text);
}

export function createAnalysis(proposal: Proposal, facts: LoadedFacts | undefined): Analysis {
  const figures = figureReader(proposal.lines);
  const tableCache = new Map<readonly LineRef[], readonly Table[]>();
  const tables = (lines: readonly LineRef[]) => {
    let found = tableCache.get(lines);
    if (found === undefined) {
      found = findTables(lines);
      tableCache.set(lines, found);
    }
    return found;
  };
  let budget: BudgetAnalysis | undefined;
  let period: Period | undefined | null;
  let beneficiaries: BeneficiaryCounts | undefined;
  let mayHoldPlaceholders: boolean | undefined;
  return {
    figures,
    tables,
    placeholders(text) {
      mayHoldPlaceholders ??= proposal.lines.some(lineMayHoldPlaceholder);
      return mayHoldPlaceholders ? findPlaceholders(text) : NO_PLACEHOLDERS;
    },
    budget() {
      budget ??= readBudget(linesOf(proposal, ["budget"]), linesOf(proposal, ["summary"]), figures, tables, proposal.lines);
      return budget;
    },
    statedPeriod() {
      if (period !== undefined) return period ?? undefined;
      period = null;
      for (const ref of allLines(proposal)) {
        if (!PERIOD_LABEL.test(ref.text)) continue;
        const dates = figures(ref).filter((f) => f.kind === "date" && f.date!.month !== undefined);
        if (dates.length >= 2) {
          period = { start: dates[0]!.date!, end: dates[1]!.date!, line: ref.line, fromFacts: false };
          break;
        }
      }
      // "Start: …" with "End: …" on one of the next lines.
      if (period === null) {
        const all = allLines(proposal);
        for (let k = 0; k < all.length && period === null; k++) {
          if (!START_LABEL.test(all[k]!.text)) continue;
          const start = figures(all[k]!).find((f) => f.kind === "date" && f.date!.month !== undefined);
          if (!start) continue;
          for (let j = k + 1; j < all.length && j <= k + 4; j++) {
            if (!END_LABEL.test(all[j]!.text)) continue;
            const end = figures(all[j]!).find((f) => f.kind === "date" && f.date!.month !== undefined);
            if (end) period = { start: start.date!, end: end.date!, line: all[k]!.line, fromFacts: false };
            break;
          }
        }
      }
      // Unlabelled, the summary's range is the period: "from September 2025 to June 2026",
      // "2025年9月至2026年6月". (A range under activities is an activity's, not the project's.)
      if (period === null) {
        for (const ref of linesOf(proposal, ["summary"])) {
          const range = dateRange(ref.text, figures(ref));
          if (range) {
            period = { ...range, line: ref.line, fromFacts: false };
            break;
          }
        }
      }
      return period ?? undefined;
    },
    period() {
      const start = dateFromFacts(facts?.facts.period?.start);
      const end = dateFromFacts(facts?.facts.period?.end);
      if (start && end) return { start, end, line: 0, fromFacts: true };
      return this.statedPeriod();
    },
    beneficiaries() {
      if (beneficiaries) return beneficiaries;
      const result: BeneficiaryCounts = { mentionsDirect: false, mentionsIndirect: false };
      let lines = linesOf(proposal, ["beneficiaries"]);
      if (lines.length === 0) lines = linesOf(proposal, ["summary"]);
      // Every direct count read, so a stated total wins over the first group's and rows add up by kind.
      const directs: { value: number; line: number; kind: UnitKind; total: boolean; row: boolean }[] = [];
      for (const ref of lines) {
        const indirect = INDIRECT.test(ref.text);
        const direct = DIRECT.test(ref.text);
        if (indirect) result.mentionsIndirect = true;
        if (direct) result.mentionsDirect = true;
        let people = figures(ref).filter((f) => isServedCount(ref.text, f));
        if (people.length === 0 && (direct || indirect) && isTableLine(ref.text)) people = bareCountsOfRow(ref.text, figures(ref));
        if (people.length === 0) continue;
        result.any ??= { value: people[0]!.value, line: ref.line };
        if (!direct && !indirect) continue;
        const { direct: d, indirect: i } = attributeCounts(ref.text, people);
        if (d !== undefined) {
          const unit = people.find((f) => f.value === d)?.unit;
          const kind = unitKind(unit);
          const total = TOTAL_COUNT.test(ref.text);
          directs.push({ value: d, line: ref.line, kind, total, row: isTableLine(ref.text) });
          // A direct total given kind by kind ("直接受益合计：350人、35户"): each other kind's count is its total.
          if (total && !indirect) {
            const kinds = new Set([kind]);
            for (const f of people) {
              const other = unitKind(f.unit);
              if (kinds.has(other)) continue;
              kinds.add(other);
              directs.push({ value: f.value, line: ref.line, kind: other, total, row: isTableLine(ref.text) });
            }
          }
        }
        if (i !== undefined) result.indirect ??= { value: i, line: ref.line };
      }
      Object.assign(result, directCounts(directs));
      beneficiaries = result;
      return result;
    },
  };
}
