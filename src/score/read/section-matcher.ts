// Maps a heading's text to a canonical section id through aliases in both languages. Built once per
// rubric; the longest alias contained in the heading wins, then the one that appears first.
// Headings are matched by their meaning words, not as written: English words are compared by stem
// ("Project budgets:" holds "budget", "how you will measure success" holds "measuring success"),
// and Traditional Chinese characters as their Simplified forms (預算 is 预算), so a question or a
// form label names its section as a short title does.
import { DEFAULT_ALIASES, type Aliases } from "../aliases.js";

export interface SectionMatcher {
  /**
   * The section a heading names. A question ("Why is this project important to your
   * organization?") names the section of its first meaning word, not its longest: what is asked
   * comes first, whose it is comes after.
   */
  match(heading: string, question?: boolean): string | undefined;
  ids: string[];
}

interface Entry {
  id: string;
  /** The alias as matched: " stem stem " for Latin aliases, Simplified characters for Chinese ones. */
  key: string;
  /** The alias's length as written, which decides between two aliases found in one heading. */
  length: number;
  latin: boolean;
}

/** Traditional characters of section vocabulary and their Simplified forms. */
const TRADITIONAL = "預算風險評標執劃畫費經資實計內團隊機構織績監測續發題問況現點對應動環說簡緣時間進規產務義關係處與項書請導標準調查協託組務業層際區殘障礙齡長幫為員參達數據兒童濟療衛歲戶價驗歷餘財權礎";
const SIMPLIFIED = "预算风险评标执划画费经资实计内团队机构织绩监测续发题问况现点对应动环说简缘时间进规产务义关系处与项书请导标准调查协托组务业层际区残障碍龄长帮为员参达数据儿童济疗卫岁户价验历余财权础";
const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length && i < SIMPLIFIED.length; i++) TO_SIMPLIFIED.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);

function simplified(text: string): string {
  let out = "";
  for (const ch of text) out += TO_SIMPLIFIED.get(ch) ?? ch;
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
      entries.push({ id, key: latin ? stems(alias) : simplified(alias), length: alias.length, latin });
    }
  }
  // Longest first, so the first hit of a given length is the best one.
  entries.sort((a, b) => b.length - a.length);
  const cache = new Map<string, string | undefined>();
  return {
    ids: [...merged.keys()],
    match(heading: string, question = false) {
      const lower = withoutMoneyExcepted(heading.toLowerCase());
      const key = question ? `?${lower}` : lower;
      if (cache.has(key)) return cache.get(key);
      const han = simplified(lower);
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
