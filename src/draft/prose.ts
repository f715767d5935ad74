// What the offline narrative needs beyond the facts as given: the organisation's introduction as one
// sentence whatever form its description takes, the amount asked of this funder and its share, the
// funding claims the figures support, and the problem's first sentence for the summary. Figures come
// from facts.derived; nothing here invents one.
import type { LoadedFacts } from "../facts/load.js";

type Maybe<T> = T | null;

export interface FunderRequest {
  /** The amount asked of this funder, when the facts say it. */
  requested: Maybe<number>;
  /** requested ÷ the budget total (0–1). */
  requestedShare: Maybe<number>;
  /** The funding sources other than this request. */
  others: { name: string; amount: Maybe<number>; statusLabel: Maybe<string> }[];
  /** The largest source's share of all funding (0–1), when amounts are known. */
  largestShare: Maybe<number>;
  /** Two or more sources and none above half: only then may a draft say no single funder carries it. */
  diversified: boolean;
}

const THIS_REQUEST = /本次申请|本项目申请|this (?:request|application)/i;

/** The funding source that is this request: the one named after the funder, or marked as this request. */
function requestSource<T extends { name: string }>(sources: T[], funder: string | undefined): T | undefined {
  return sources.find((s) => THIS_REQUEST.test(s.name)) ?? (funder ? sources.find((s) => s.name.includes(funder)) : undefined);
}

export function funderRequest(loaded: LoadedFacts, statusLabel: (status: string | undefined) => Maybe<string>): FunderRequest {
  const { facts } = loaded;
  const d = facts.derived;
  const sources = facts.budget?.funding_sources ?? [];
  const mine = requestSource(sources, facts.funder?.name);
  const requested = facts.funder?.amount_requested ?? d.ventureGrant?.requested ?? mine?.amount;
  const total = d.budgetTotal;
  const amounts = sources.map((s) => s.amount).filter((a): a is number => typeof a === "number");
  const funding = amounts.reduce((a, b) => a + b, 0);
  const largestShare = amounts.length === sources.length && funding > 0 ? Math.max(...amounts) / funding : null;
  return {
    requested: requested ?? null,
    requestedShare: requested !== undefined && total ? requested / total : null,
    others: sources.filter((s) => s !== mine).map((s) => ({ name: s.name, amount: s.amount ?? null, statusLabel: statusLabel(s.status) })),
    largestShare,
    diversified: sources.length >= 2 && largestShare !== null && largestShare <= 0.5,
  };
}

const ZH_SUBJECT = /^(?:我|本|该|这家|这是)/;
const EN_PREDICATE = /^(?:is|are|was|has|have|works|runs|helps|provides|brings|supports)\b/i;
const EN_SUBJECT = /^(?:we|our|the|it|this|they)\b/i;

/**
 * The organisation's introduction as one or two sentences: a predicate ("是一家…", "is a registered
 * charity…") is joined to the name; a full sentence ("我中心成立于2016年…", "We are…") stands on its
 * own, after the founding year when it does not give one. Null without a description.
 */
export function organizationIntro(loaded: LoadedFacts): Maybe<string> {
  const { facts } = loaded;
  const org = facts.organization;
  const desc = org.description?.trim();
  if (!desc) return null;
  const zh = facts.language === "zh";
  const founded = org.founded === undefined ? undefined : zh ? (/^\d{4}$/.test(org.founded) ? `${org.founded}年` : org.founded) : org.founded.slice(0, 4);
  const stop = (s: string) => (zh ? s.replace(/[。；;，,\s]+$/u, "") + "。" : s.replace(/[.;,\s]+$/u, "") + ".");
  if (zh) {
    const says = /成立/.test(desc);
    if (desc.startsWith(org.name)) return stop(desc);
    if (ZH_SUBJECT.test(desc)) return founded && !says ? `${org.name}成立于${founded}。${stop(desc)}` : stop(desc);
    const verb = /^(?:是|为|系|专注|致力|长期|主要|从事|由)/.test(desc) ? "" : "是";
    return stop(`${org.name}${founded && !says ? `成立于${founded}，` : ""}${verb}${desc}`);
  }
  if (desc.toLowerCase().startsWith(org.name.toLowerCase()) || EN_SUBJECT.test(desc)) {
    return founded && !/founded|established|since \d{4}/i.test(desc) ? `${org.name} was founded in ${founded}. ${stop(desc)}` : stop(desc);
  }
  const predicate = EN_PREDICATE.test(desc) ? desc : `is ${desc}`;
  return stop(`${org.name}${founded && !/founded|established/i.test(desc) ? `, founded in ${founded},` : ""} ${predicate}`);
}

/** The first sentence of a text: what a summary says of the problem the need section sets out in full. */
export function firstSentence(text: string, zh: boolean): string {
  const m = zh ? /^[\s\S]*?[。！？]/u.exec(text) : /^[\s\S]*?[.!?](?=\s|$)/.exec(text);
  return (m ? m[0] : text).trim();
}
