// Maps a heading's text to a canonical section id through aliases in both languages. Built once per
// rubric; the longest alias contained in the heading wins, then the one that appears first.
// Headings are matched by their meaning words, not as written: English words are compared by stem
// ("Project budgets:" holds "budget", "how you will measure success" holds "measuring success"),
// and Traditional Chinese characters as their Simplified forms (預算 is 预算), 及 and 和 as 与, so a
// question or a form label names its section as a short title does.
import { DEFAULT_ALIASES, type Aliases } from "../aliases.js";
import { zhRequestObject } from "../../text/requests.js";

export interface SectionMatcher {
  /**
   * The section a heading names. A question ("Why is this project important to your
   * organization?") names the section of its first meaning word, not its longest: what is asked
   * comes first, whose it is comes after. A Chinese request names the head of its object, which
   * comes last ("请简述项目实施过程中的风险" → risks), whether it is read as a question or not.
   */
  match(heading: string, question?: boolean): string | undefined;
  ids: string[];
}

interface Entry {
  id: string;
  /** The alias as matched: " stem stem " for Latin aliases, Chinese ones as hanKey reads them. */
  key: string;
  /** The alias's length as written, which decides between two aliases found in one heading. */
  length: number;
  latin: boolean;
}

/** Traditional characters of section vocabulary and their Simplified forms. */
const TRADITIONAL = "預算風險評標執劃畫費經資實計內團隊機構織績監測續發題問況現點對應動環說簡緣時間進規產務義關係處與項書請導標準調查協託組務業層際區殘障礙齡長幫為員參達數據兒童濟療衛歲戶價驗歷餘財權礎傳紹寫詳細闡敘補註";
const SIMPLIFIED = "预算风险评标执划画费经资实计内团队机构织绩监测续发题问况现点对应动环说简缘时间进规产务义关系处与项书请导标准调查协托组务业层际区残障碍龄长帮为员参达数据儿童济疗卫岁户价验历余财权础传绍写详细阐叙补注";
/** A heading's characters as matched: Simplified, and 及 和 as 与, so 监测和评估 and 风险及应对 meet the aliases 监测与评估 and 风险与应对. */
const HAN_KEY = new Map<string, string>([["及", "与"], ["和", "与"]]);
for (let i = 0; i < TRADITIONAL.length && i < SIMPLIFIED.length; i++) HAN_KEY.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);

function hanKey(text: string): string {
  let out = "";
  for (const ch of text) out += HAN_KEY.get(ch) ?? ch;
  return out;
}

/** An English word's stem, enough to make plural, -ing and -ed forms meet: measuring, measure → measur. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  // "funding" keeps its ending: "fund" alone names a funder (NGI Zero Commons Fund), not a budget.
  else if (w.length > 7 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

const WORD = /[a-z0-9&]+(?:['’]s)?/g;

/** " stem stem … ": the Latin words of a text, stemmed, between spaces, so an alias is found with indexOf. */
function stems(text: string): string {
  const words = text.match(WORD);
  return words ? ` ${words.map(stem).join(" ")} ` : " ";
}

/** Where the words after a question's "which" or "what" begin in its stems (at the space before them), or -1. */
function askedAt(latin: string): number {
  const m = / (?:which|what) /.exec(latin);
  return m ? m.index + m[0].length - 1 : -1;
}

/**
 * "What support (in addition to funding) could you give?", "除资金外还需要哪些支持": the words that set
 * money aside ask about the other kinds of support, so they name no budget. They are dropped before
 * the heading is matched.
 */
const MONEY_EXCEPTED = /\b(?:in addition to|other than|apart from|aside from|besides|beyond|except(?: for)?)\s+(?:the\s+|your\s+|our\s+)?(?:funding|money|funds|cash|financial (?:support|help|resources))\b|非资金(?:性|类)?|非财务|(?:除了?)?资金(?:以外|之外)(?:的)?|除了?资金(?:支持)?(?:以)?外/g;

function withoutMoneyExcepted(lower: string): string {
  // Most headings hold neither 资金 nor an English money word: nothing to drop.
  if (!lower.includes("资金") && !lower.includes("财务") && !/fund|money|cash|financial/.test(lower)) return lower;
  return lower.replace(MONEY_EXCEPTED, " ");
}

/** An object that asks how ("如何评估项目成效", "怎样保证可持续"): its verb is what it asks for. */
const HOW = /^(?:如何|怎样|怎么|通过何种|采取何种|以何种)/;

/** What parts the conjuncts of a Chinese phrase: 与 (及 和 read as it), 、 and the commas. */
const CONJUNCT_BREAKS = new Set(["与", "、", "，", ",", "；", ";"]);

/** The phrase with what its brackets hold blanked out, so that "风险（如人员、资金）" asks about risks alone. */
function withoutBracketed(text: string): string {
  // Most headings hold no bracket: nothing to blank out.
  if (!/[(（]/.test(text)) return text;
  // One character out for each code unit in, so that positions hold in both.
  let depth = 0;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "(" || ch === "（") depth++;
    out += depth > 0 ? " " : ch;
    if ((ch === ")" || ch === "）") && depth > 0) depth--;
  }
  return out;
}

/**
 * The section the object of a Chinese request names, from `from` in `han` (hanKey's text): in
 * "X的Y" and "活动经费预算表" the head comes last, so the alias that ends last wins (the longest of
 * those ending there); of conjuncts ("风险及应对措施", "项目的目标、活动和预算") the first that names a
 * section is what is asked. A conjunction inside an alias (风险与应对, 成员与分工) parts nothing. An
 * object that asks how (如何评估项目成效) asks for its verb, the alias found first.
 */
function headOf(han: string, from: number, entries: readonly Entry[]): string | undefined {
  const text = withoutBracketed(han);
  const found: { id: string; start: number; end: number }[] = [];
  for (const e of entries) {
    for (let at = text.indexOf(e.key, from); at >= 0; at = text.indexOf(e.key, at + 1)) found.push({ id: e.id, start: at, end: at + e.key.length });
  }
  if (found.length === 0) return undefined;
  // "请说明如何评估项目成效": what is asked is how it is done, the verb, which comes first.
  if (HOW.test(text.slice(from))) return found.reduce((a, b) => (b.start < a.start ? b : a)).id;
  let start = from;
  for (let i = from; i <= text.length; i++) {
    // 参与 is a word, not a conjunction.
    const breaks = i === text.length || (CONJUNCT_BREAKS.has(text[i]!) && text[i - 1] !== "参" && !found.some((f) => f.start <= i && i < f.end));
    if (!breaks) continue;
    let head: { id: string; start: number; end: number } | undefined;
    // Entries come longest first: of aliases ending at one place, the first found is the longest.
    for (const f of found) if (f.start >= start && f.end <= i && (!head || f.end > head.end)) head = f;
    if (head) return head.id;
    start = i + 1;
  }
  return undefined;
}

/** A Chinese question's word for what it asks: "可能遇到哪些风险", "采取什么措施"; the alias right after it is asked. */
const ZH_ASKED = /(?:哪些|哪几[个项类种]?|哪[类种项]|什么|何种)(?:主要|具体|重要|关键|潜在)?/;

/** The section a Chinese question's asking word names by the alias right after it: 哪些风险 → risks. */
function askedZh(han: string, entries: readonly Entry[]): string | undefined {
  const m = ZH_ASKED.exec(han);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  return entries.find((e) => han.startsWith(e.key, at))?.id;
}

export function buildSectionMatcher(extra: Record<string, Partial<Aliases>> = {}): SectionMatcher {
  const merged = new Map<string, string[]>();
  const add = (id: string, list: readonly string[] | undefined) => {
    if (!list) return;
    const current = merged.get(id) ?? [];
    for (const alias of list) if (!current.includes(alias.toLowerCase())) current.push(alias.toLowerCase());
    merged.set(id, current);
  };
  for (const [id, aliases] of Object.entries(DEFAULT_ALIASES)) {
    add(id, aliases.zh);
    add(id, aliases.en);
  }
  for (const [id, aliases] of Object.entries(extra)) {
    add(id, aliases.zh);
    add(id, aliases.en);
  }
  const entries: Entry[] = [];
  for (const [id, aliases] of merged) {
    for (const alias of aliases) {
      const latin = /^[\x00-\x7f]+$/.test(alias);
      entries.push({ id, key: latin ? stems(alias) : hanKey(alias), length: alias.length, latin });
    }
  }
  // Longest first, so the first hit of a given length is the best one.
  entries.sort((a, b) => b.length - a.length);
  const hanEntries = entries.filter((e) => !e.latin);
  const cache = new Map<string, string | undefined>();
  return {
    ids: [...merged.keys()],
    match(heading: string, question = false) {
      const lower = withoutMoneyExcepted(heading.toLowerCase());
      const key = question ? `?${lower}` : lower;
      if (cache.has(key)) return cache.get(key);
      const han = hanKey(lower);
      // A Chinese request names what it asks for ("请简述项目实施过程中的风险" is the risks, not the
      // plan), a Chinese question what its 哪些 or 什么 asks; else the heading is matched as below.
      const object = zhRequestObject(han);
      const zh = object >= 0 ? headOf(han, object, hanEntries) : question ? askedZh(han, hanEntries) : undefined;
      if (zh !== undefined) {
        if (cache.size < 5000) cache.set(key, zh);
        return zh;
      }
      const latin = stems(lower);
      let best: { id: string; length: number; at: number } | undefined;
      // "Apart from funding, which risks do you see?": the word after which/what is what is asked.
      const asked = question ? askedAt(latin) : -1;
      let askedId: string | undefined;
      for (const entry of entries) {
        if (!question && best && entry.length < best.length) break;
        // Positions in the two keys are compared only between aliases of one script.
        const at = entry.latin ? latin.indexOf(entry.key) : han.indexOf(entry.key);
        if (at >= 0 && (!best || at < best.at)) best = { id: entry.id, length: entry.length, at };
        if (asked >= 0 && askedId === undefined && entry.latin && at === asked) askedId = entry.id;
      }
      const id = askedId ?? best?.id;
      if (cache.size < 5000) cache.set(key, id);
      return id;
    },
  };
}
