// What the offline narrative needs beyond the facts as given: the organisation's introduction as one
// sentence whatever form its description takes, and the problem's first sentence for the summary.
// The amount asked of this funder, its share and the funding claims the figures support come from
// facts/computed.ts; nothing here invents a figure.
import type { LoadedFacts } from "../facts/load.js";
import { formatDate } from "../templating/handlebars.js";

type Maybe<T> = T | null;

export { funderRequest, type FunderRequest } from "../facts/computed.js";

const ZH_SUBJECT = /^(?:我|本|该|这家|这是)/;
const EN_PREDICATE = /^(?:is|are|was|has|have|works|runs|helps|provides|brings|supports)\b/i;
const EN_SUBJECT = /^(?:we|our|the|it|this|they)\b/i;
const EN_ARTICLE = /^(?:a|an)\s/i;

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
  // 2016 → 2016年; 2015-06 → 2015年6月 (not the file's ISO form); in English the year alone.
  const founded = org.founded === undefined ? undefined : zh ? (/^\d{4}$/.test(org.founded) ? `${org.founded}年` : formatDate(org.founded, "zh")) : org.founded.slice(0, 4);
  const stop = (s: string) => (zh ? s.replace(/[。；;，,\s]+$/u, "") + "。" : s.replace(/[.;,\s]+$/u, "") + ".");
  if (zh) {
    const says = /成立/.test(desc);
    if (desc.startsWith(org.name)) return stop(desc);
    if (ZH_SUBJECT.test(desc)) return founded && !says ? `${org.name}成立于${founded}。${stop(desc)}` : stop(desc);
    // A description that opens with its own verb (成立于2016年，专注…, 位于…) follows the name as it is.
    const verb = /^(?:是|为|系|专注|致力|长期|主要|从事|由|成立|创立|创办|注册|登记|位于)/.test(desc) ? "" : "是";
    return stop(`${org.name}${founded && !says ? `成立于${founded}，` : ""}${verb}${desc}`);
  }
  if (desc.toLowerCase().startsWith(org.name.toLowerCase()) || EN_SUBJECT.test(desc)) {
    return founded && !/founded|established|since \d{4}/i.test(desc) ? `${org.name} was founded in ${founded}. ${stop(desc)}` : stop(desc);
  }
  // The sentence goes on from the name: "A registered charity…" → "… is a registered charity…",
  // "Provides…" → "… provides…"; any other first word ("Hackney's leading charity") stays as typed.
  const predicate = EN_PREDICATE.test(desc) || EN_ARTICLE.test(desc) ? desc[0]!.toLowerCase() + desc.slice(1) : desc;
  const joined = EN_PREDICATE.test(desc) ? predicate : `is ${predicate}`;
  return stop(`${org.name}${founded && !/founded|established/i.test(desc) ? `, founded in ${founded},` : ""} ${joined}`);
}

/**
 * The first sentence of a text: what a summary says of the problem the need section sets out in
 * full. Always ended as a sentence, so the summary's next one is not read on from it: a problem
 * typed as 吃饭难 would otherwise run into 项目直接服务… and read as a project named 吃饭难项目.
 */
export function firstSentence(text: string, zh: boolean): string {
  const m = zh ? /^[\s\S]*?[。！？]/u.exec(text) : /^[\s\S]*?[.!?](?=\s|$)/.exec(text);
  if (m) return m[0].trim();
  const open = text.trim();
  if (zh) return /[!?.！？。][”」）)]?$/u.test(open) ? open : `${open.replace(/[，,；;：:、\s]+$/u, "")}。`;
  return /[.!?]["”')]?$/.test(open) ? open : `${open.replace(/[,;:\s]+$/u, "")}.`;
}
