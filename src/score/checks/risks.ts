// risks: enough risks, each with a mitigation. Risks are read from a table with a mitigation
// column, else from list items or labelled paragraphs ("风险：… 应对：…", "Risk: … Mitigation: …").
import { columnIndex, findListItems, isListItem, type LineRef, type ListItem } from "../read/markdown.js";
import { allLines, sectionsWithId, type Section } from "../read/proposal.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, count, hasText, headingLine, insertionLine, present, quote, type CheckContext } from "./context.js";
import { sectionTitle } from "../aliases.js";
import { alternation, wordPattern, type PatternShape } from "../words/lists.js";
import { ZH_NUMERAL } from "../../text/heading-marks.js";
import { charClass, CJK_RANGES } from "../../text/chars.js";

/** "风险：志愿者流失。", "**Risk 2:** …": a risk written as a labelled paragraph, not a list item. */
const RISK_LABEL = new RegExp(String.raw`(?:^|[\s。.;；*>])(?:风险(?:${ZH_NUMERAL}|\d{1,2})?|risk(?:\s*\d{1,2})?)\s*(?:\*\*)?\s*[:：]`, "gi");
/**
 * Where a risk written as a paragraph names its mitigation: a label of the mitigation_labels list with
 * up to 8 characters before its colon ("应对措施：", "Mitigation plan:"), or 应对 / mitigat anywhere.
 */
const MITIGATION_LABEL: PatternShape = (labels) => `(?:${labels})[^:：]{0,8}[:：]|应对|mitigat`;

/** The patterns of the risks check, from its word lists. */
interface RiskWords {
  /** A text that comes with a mitigation (mitigations). */
  mitigation: RegExp;
  /** A consequence stated as a plan, a mitigation whatever its words (conditionals). */
  conditional: RegExp;
  /** A risk table's mitigation column header (mitigation_columns). */
  column: RegExp;
  /** A mitigation's label in a paragraph (mitigation_labels). */
  label: RegExp;
  /** A sub-heading that names the mitigations as a whole, not one risk (mitigation_titles). */
  mitigationsHeading: RegExp;
  /** A line over the list of mitigations (mitigation_titles). */
  mitigationsLine: RegExp;
  /** A paragraph that states a risk or a difficulty (difficulties). */
  difficulty: RegExp;
}

/** What makes a text a mitigation: a word of the mitigations list or a conditional. */
type Mitigations = Pick<RiskWords, "mitigation" | "conditional">;

interface Risk {
  line: number;
  text: string;
  paired: boolean;
}

/** Where a risk's own statement ends: its first clause ("风险：志愿者流失，…", "Risk: the rent rises. …"). */
const CLAUSE_END = /[，,;；。！？!?]|\.(?:\s|$)/;

/** What follows a labelled risk's statement: the text after its label's first clause, where a mitigation is written. */
function afterStatement(rest: string): string {
  RISK_LABEL.lastIndex = 0;
  const label = RISK_LABEL.exec(rest);
  const statement = label ? rest.slice(label.index + label[0].length) : rest;
  const end = CLAUSE_END.exec(statement);
  return end ? statement.slice(end.index + end[0].length) : "";
}

/**
 * Risks written as labelled paragraphs: each label starts a risk, which runs to the next label;
 * it is paired when a mitigation follows it: after a mitigation label, else in the words a listed
 * risk's mitigation is told by (the mitigations list, after the risk's own first clause, so that
 * "Risk: the landlord will raise the rent." is not its own mitigation) or as a conditional.
 */
function labelledRisks(ctx: CheckContext, lines: readonly LineRef[], mitigationLabel: RegExp, words: Mitigations): Risk[] {
  const out: (Risk & { rest: string })[] = [];
  for (const ref of lines) {
    if (ref.text.length === 0 || /^\s{0,3}#/.test(ref.text)) continue;
    RISK_LABEL.lastIndex = 0;
    const starts: number[] = [];
    for (let m = RISK_LABEL.exec(ref.text); m !== null; m = RISK_LABEL.exec(ref.text)) starts.push(m.index);
    if (starts.length === 0) {
      const last = out[out.length - 1];
      if (last) last.rest += `\n${ref.text}`;
      continue;
    }
    const last = out[out.length - 1];
    if (last && starts[0]! > 0) last.rest += `\n${ref.text.slice(0, starts[0])}`;
    starts.forEach((from, k) => {
      const text = ref.text.slice(from, starts[k + 1] ?? ref.text.length);
      out.push({ line: ref.line, text: text.replace(/^[\s。.;；*>]+/, ""), paired: false, rest: text });
    });
  }
  return out.map(({ line, text, rest }) => {
    const label = mitigationLabel.exec(rest);
    const after = label ? rest.slice(label.index + label[0].length) : "";
    const paired =
      label !== null
        ? /[\p{L}\p{N}]/u.test(after) && ctx.analysis.placeholders(after).length === 0
        : (words.conditional.test(rest) || words.mitigation.test(afterStatement(rest))) && ctx.analysis.placeholders(rest).length === 0;
    return { line, text, paired };
  });
}

/** Items indented under a risk (its causes, its mitigation) are part of it, not risks of their own. */
function withSubItems(items: readonly ListItem[]): ListItem[] {
  const out: ListItem[] = [];
  for (const item of items) {
    const parent = out[out.length - 1];
    if (parent && item.indent > parent.indent) parent.text = `${parent.text} ${item.text}`;
    else out.push({ ...item });
  }
  return out;
}

/**
 * The paragraph that follows a list item after a blank line, at the margin rather than indented
 * under it ("- 志愿者流失" / "" / "应对措施：…"): "" when the next thing is another item, a heading or
 * a table, or nothing. A single-level list often puts each risk's mitigation there.
 */
function paragraphAfter(lines: readonly LineRef[], item: ListItem): string {
  let at = lines.findIndex((l) => l.line === item.line) + 1;
  // The item's own lines (its continuation) run to the first blank line.
  while (at < lines.length && lines[at]!.text.trim() !== "") at++;
  while (at < lines.length && lines[at]!.text.trim() === "") at++;
  const paragraph: string[] = [];
  for (; at < lines.length; at++) {
    const text = lines[at]!.text;
    if (text.trim() === "" || isListItem(text) || /^\s{0,3}#|^\s*\|/.test(text)) break;
    paragraph.push(text.trim());
  }
  return paragraph.join(" ");
}

/** A Chinese entry of the risks list. */
const HAN = new RegExp(`[${charClass("", CJK_RANGES)}]`);
/**
 * A sentence that states a risk: a word of the risks list among its opening words ("The risks
 * include …", "There is also a separate risk …", "风险：…", "主要风险在于…"), not deep in a sentence
 * about something else ("… and we will attempt to mitigate the risks through updates"). Opening
 * words are 40 characters before an English word, 10 before a Chinese one.
 */
const STATES_RISK: PatternShape = (_, risks) =>
  `(?:^|[.!?;:。！？；：]\\s*)[^.!?;:。！？；：]{0,40}?(?:${alternation(risks.filter((w) => !HAN.test(w)))})|(?:^|[。！？；：.!?;:]\\s*)[^。！？；：.!?;:]{0,10}?(?:${alternation(risks.filter((w) => HAN.test(w)))})`;

/** Risks named in passing in a proposal without a risk section: each line that names one (a word of the risks list). */
function risksInPassing(ctx: CheckContext, words: Mitigations, risk: { named: RegExp; stated: RegExp }): (Risk & { stated: boolean })[] {
  const out: (Risk & { stated: boolean })[] = [];
  for (const ref of allLines(ctx.proposal)) {
    if (ref.text.length === 0 || /^\s{0,3}#/.test(ref.text) || !risk.named.test(ref.text)) continue;
    if (ctx.proposal.sections.some((s) => s.line === ref.line)) continue;
    const text = ref.text.replace(/^[\s>*+-]+/, "");
    out.push({ line: ref.line, text, paired: mitigates(ref.text, words), stated: risk.stated.test(text) });
  }
  return out;
}

/**
 * A mitigation in these words: the rubric's list, or a conditional with its consequence ("若…则…",
 * "If it rains, the fair moves indoors."), which is a mitigation whatever words it uses.
 */
function mitigates(text: string, words: Mitigations): boolean {
  return words.mitigation.test(text) || words.conditional.test(text);
}

/**
 * What names the mitigations as a whole, in a sub-heading ("### 应对措施", "### Mitigation") or a
 * line over their list: a whole title of the mitigation_titles list, 风险 before it or not.
 */
const mitigationsTitle = (titles: string) => `(?:风险)?(?:${titles})`;
/** A sub-heading that names the mitigations as a whole, not one risk. */
const MITIGATIONS_HEADING: PatternShape = (titles) => `^${mitigationsTitle(titles)}$`;

/** The sub-headings directly inside `s`, with where each one's body ends. */
function childHeadings(sections: readonly Section[], s: Section): Section[] {
  const inside = sections.filter((o) => o.line > s.line && o.line <= s.end && o.rank > s.rank);
  if (inside.length === 0) return [];
  const rank = Math.min(...inside.map((o) => o.rank));
  return inside.filter((o) => o.rank === rank);
}

/**
 * Risks written one per sub-heading ("### Risk 1: volunteers leave" with its mitigation under it):
 * each sub-heading is a risk, paired when the text under it mitigates it. None when the
 * sub-headings are not risks ("### 风险识别" and "### 应对措施").
 */
function headedRisks(ctx: CheckContext, words: Mitigations & Pick<RiskWords, "mitigationsHeading">): Risk[] {
  const out: Risk[] = [];
  const sections = ctx.proposal.sections;
  for (const id of ctx.sections) {
    for (const s of sectionsWithId(ctx.proposal, id)) {
      const children = childHeadings(sections, s);
      if (children.length < 2 || children.some((c) => words.mitigationsHeading.test(c.heading.trim()))) continue;
      for (const c of children) {
        const body = ctx.proposal.lines.slice(c.start, c.end).join("\n");
        const written = /[\p{L}\p{N}]/u.test(body) && ctx.analysis.placeholders(body).length === 0;
        out.push({ line: c.line, text: c.heading, paired: written && mitigates(`${c.heading}\n${body}`, words) });
      }
    }
  }
  return out;
}

/**
 * Risks written as prose under the risk heading, a paragraph each ("One of the risks is that …
 * This can be mitigated by …"): a paragraph that states a risk or a difficulty is one.
 */
function paragraphRisks(ctx: CheckContext, lines: readonly LineRef[], words: Mitigations & Pick<RiskWords, "difficulty">): Risk[] {
  const out: Risk[] = [];
  let paragraph: LineRef[] = [];
  const close = () => {
    const text = paragraph.map((l) => l.text.trim()).join(" ");
    if (paragraph.length > 0 && words.difficulty.test(text) && ctx.analysis.placeholders(text).length === 0) {
      out.push({ line: paragraph[0]!.line, text, paired: mitigates(text, words) });
    }
    paragraph = [];
  };
  for (const ref of lines) {
    if (ref.text.trim().length === 0 || /^\s{0,3}#/.test(ref.text)) close();
    else paragraph.push(ref);
  }
  close();
  return out;
}

/** A line that heads the list of mitigations: "**Solutions**:", "应对措施：", "Mitigations:". */
const MITIGATIONS_LINE: PatternShape = (titles) => `^\\s*(?:\\*\\*|__)?\\s*${mitigationsTitle(titles)}\\s*(?:\\*\\*|__)?\\s*[:：]?\\s*(?:\\*\\*|__)?\\s*$`;

/**
 * Risks listed first and their mitigations in a list of their own after a "Solutions:" line: the
 * items after that line are the mitigations of the risks before it, in order, not risks themselves.
 */
function pairedWithMitigationList(lines: readonly LineRef[], items: Risk[], mitigationsLine: RegExp): Risk[] {
  const label = lines.find((l) => mitigationsLine.test(l.text));
  if (!label) return items;
  const risks = items.filter((i) => i.line < label.line);
  const answers = items.filter((i) => i.line > label.line);
  if (risks.length === 0 || answers.length === 0) return items;
  return risks.map((r, k) => (k < answers.length ? { ...r, paired: true } : r));
}

/** The risks of a table with a mitigation column, else of sub-headings, a list, labels or paragraphs. */
function risksOf(ctx: CheckContext, lines: readonly LineRef[], words: RiskWords): Risk[] {
  const table = ctx.analysis.tables(lines).find((t) => columnIndex(t.header, words.column) >= 0);
  if (table) {
    const col = columnIndex(table.header, words.column);
    return table.rows.map((row) => {
      const value = row.cells[col] ?? "";
      return { line: row.line, text: row.cells.find((c) => c && !/^\d+$/.test(c)) ?? "", paired: value.length > 1 && ctx.analysis.placeholders(value).length === 0 };
    });
  }
  const headed = headedRisks(ctx, words);
  if (headed.length > 0) return headed;
  const pairedBy = (text: string) => text !== "" && mitigates(text, words) && ctx.analysis.placeholders(text).length === 0;
  const listed = pairedWithMitigationList(
    lines,
    withSubItems(findListItems(lines)).map((item) => ({ ...item, paired: pairedBy(item.text) || pairedBy(paragraphAfter(lines, item)) })),
    words.mitigationsLine,
  );
  const labelled = labelledRisks(ctx, lines, words.label, words);
  if (labelled.length > 0 && labelled.length >= listed.length) return labelled;
  return listed.length > 0 ? listed : paragraphRisks(ctx, lines, words);
}

export const risksCheck = defineCheck({
  type: "risks",
  description: "Enough risks are named, each with a mitigation",
  options: ({ z, words }) => ({ min_items: z.number().int().positive().default(2), words: words("mitigations", "mitigation_columns", "mitigation_labels", "risks", "conditionals", "mitigation_titles", "difficulties") }),
  messages: {
    few: message<{ risks: number; min: number }>("warning", {
      zh: { message: (p) => `只识别了 ${p.risks} 项风险（建议至少 ${p.min} 项）。`, suggestion: `列出主要风险（安全、人员、资金、政策等），每项配一条具体应对措施。` },
      en: { message: (p) => `${count(p.risks, "risk")} identified; at least ${p.min} are expected.`, suggestion: `List the main risks (safety, staffing, funding, policy), each with a specific mitigation.` },
    }),
    none: message<{ title: string }>("error", {
      zh: { message: (p) => `缺少「${p.title}」部分，全文也没有提到任何风险。`, suggestion: (p) => `新增一节「${p.title}」，列出主要风险（安全、人员、资金、政策等），每项配一条具体应对措施。` },
      en: {
        message: (p) => `The "${p.title}" section is missing, and no risk is named anywhere in the proposal.`,
        suggestion: (p) => `Add a "${p.title}" section listing the main risks (safety, staffing, funding, policy), each with a specific mitigation.`,
      },
    }),
    inPassing: message<{ risks: number }>("warning", {
      zh: { message: (p) => `风险只在其他部分顺带提到（${p.risks} 处），没有单独的风险与应对部分。`, suggestion: `新增「风险管理」一节，逐项列出主要风险和对应的应对措施。` },
      en: {
        message: (p) => `Risks are only mentioned in passing (${count(p.risks, "place")}); there is no section on risks and their mitigation.`,
        suggestion: `Add a "Risks and Mitigation" section listing each main risk with its mitigation.`,
      },
    }),
    unmitigated: message<{ text: string }>("warning", {
      zh: { message: (p) => `风险「${quote(p.text)}」没有对应的应对措施。`, suggestion: `写明谁在何时采取什么措施来降低或应对这项风险。` },
      en: { message: (p) => `Risk "${quote(p.text, 50)}" has no mitigation.`, suggestion: `Say what will be done, by whom and when, to reduce or respond to this risk.` },
    }),
  },
  // A proposal without a risk section that still names its risks earns part of the points; one that
  // names none is told the section is missing in the check's own words, which say that too.
  needs: { text: "to-compute", missing: "none" },
  run(ctx, options) {
    const mitigations = { mitigation: wordPattern("mitigations", options.words), conditional: wordPattern("conditionals", options.words) };
    if (!ctx.sections.some((id) => present(ctx, id))) {
      const named = risksInPassing(ctx, mitigations, { named: wordPattern("risks", options.words), stated: wordPattern("risks", options.words, STATES_RISK) });
      // Nothing to measure: the engine reports the missing section ("none", needs.missing).
      if (named.length === 0) return [{ message: "none", params: { title: sectionTitle(ctx.sections[0] ?? "risks", ctx.language, ctx.kind) }, loss: 1, line: insertionLine(ctx, ctx.sections[0] ?? "risks"), unmeasured: true } as const];
      // Half the points for stating risks at all; the rest for their mitigations. Mentions that
      // state no risk (the word deep in a sentence about something else) earn little.
      const mitigated = named.some((r) => r.paired);
      const loss = !named.some((r) => r.stated) ? 0.85 : mitigated ? 0.5 : 0.7;
      return [{ message: "inPassing", params: { risks: named.length }, loss, line: named[0]!.line } as const];
    }
    // A risk section with only its heading or placeholders: the engine says it is empty.
    if (!ctx.sections.some((id) => present(ctx, id) && hasText(ctx, id))) {
      return [{ message: "few", params: { risks: 0, min: options.min_items }, loss: 1, line: headingLine(ctx), unmeasured: true } as const];
    }
    const risks = risksOf(ctx, bodyLines(ctx), {
      ...mitigations,
      column: wordPattern("mitigation_columns", options.words),
      label: wordPattern("mitigation_labels", options.words, MITIGATION_LABEL),
      mitigationsHeading: wordPattern("mitigation_titles", options.words, MITIGATIONS_HEADING),
      mitigationsLine: wordPattern("mitigation_titles", options.words, MITIGATIONS_LINE),
      difficulty: wordPattern("difficulties", options.words),
    });
    const out = [];
    // Each of at least min_items slots is worth the same: an empty slot earns nothing, a risk without
    // a mitigation earns 0.4 of its slot.
    const slots = Math.max(risks.length, options.min_items);
    if (risks.length < options.min_items) {
      out.push({ message: "few", params: { risks: risks.length, min: options.min_items }, loss: (options.min_items - risks.length) / slots, line: headingLine(ctx) } as const);
    }
    const share = 0.6 / slots;
    for (const risk of risks) if (!risk.paired) out.push({ message: "unmitigated", params: { text: risk.text }, loss: share, line: risk.line } as const);
    return out;
  },
});
