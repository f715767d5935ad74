// Facts the checks share, read once per proposal and only when a check asks: the budget (items,
// totals, overhead), the project period and the beneficiary counts.
import type { LoadedFacts } from "../facts/load.js";
import { extractFigures, type Figure, type FigureDate } from "../text/numbers.js";
import { readBudget, type BudgetAnalysis } from "./budget-table.js";
import { linesOf, allLines, type Proposal } from "./proposal.js";
import type { LineRef } from "./markdown.js";

export interface Period {
  start: FigureDate;
  end: FigureDate;
  /** Where it is stated; 0 when it comes from the facts file. */
  line: number;
  fromFacts: boolean;
}

export interface BeneficiaryCounts {
  direct?: { value: number; line: number };
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
}

const PERIOD_LABEL = /项目周期|项目期限|实施周期|执行周期|项目时间|实施时间|执行期|项目期间|起止时间|实施期限|项目执行期|project period|project duration|implementation period|timeframe|project dates|grant period|duration/i;
const PERSON_UNIT =
  /^(?:人次|人|名|位|户|家庭|个家庭|people|persons|individuals|households|families|children|students|girls|boys|women|men|youth|residents|beneficiaries|participants|elderly|seniors|older|patients|farmers|teachers|villagers|learners|pupils|mothers|infants|family|members|parents|caregivers|relatives|mentors)$/;

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

export function createAnalysis(proposal: Proposal, facts: LoadedFacts | undefined): Analysis {
  // Checks ask for the same lines' figures again and again; table cells are parts of lines.
  const figureCache = new Map<number, { text: string; list: Figure[] }>();
  const figures = (ref: LineRef) => {
    const hit = figureCache.get(ref.line);
    if (hit && hit.text === ref.text) return hit.list;
    const list = extractFigures(ref.text);
    if (!hit) figureCache.set(ref.line, { text: ref.text, list });
    return list;
  };
  let budget: BudgetAnalysis | undefined;
  let period: Period | undefined | null;
  let beneficiaries: BeneficiaryCounts | undefined;
  return {
    figures,
    budget() {
      budget ??= readBudget(linesOf(proposal, ["budget"]), linesOf(proposal, ["summary"]), figures);
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
      for (const ref of lines) {
        const indirect = /间接|indirect/i.test(ref.text);
        const direct = /直接|(?<!in)direct/i.test(ref.text);
        if (indirect) result.mentionsIndirect = true;
        if (direct) result.mentionsDirect = true;
        const people = figures(ref).filter(isPersonCount);
        if (people.length === 0) continue;
        const first = { value: people[0]!.value, line: ref.line };
        result.any ??= first;
        if (direct && !indirect) result.direct ??= first;
        else if (indirect && !direct) result.indirect ??= first;
        else if (direct && indirect) {
          // "直接受益200人，间接受益800人": the figure nearer each word.
          const at = (re: RegExp) => ref.text.search(re);
          const d = people.find((f) => f.index > at(/直接|(?<!in)direct/i)) ?? people[0]!;
          const i = people.find((f) => f.index > at(/间接|indirect/i)) ?? people[people.length - 1]!;
          result.direct ??= { value: d.value, line: ref.line };
          result.indirect ??= { value: i.value, line: ref.line };
        }
      }
      beneficiaries = result;
      return result;
    },
  };
}
