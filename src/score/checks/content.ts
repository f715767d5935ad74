// Checks on what the narrative sections say: evidence of need, SMART objectives, beneficiaries
// counted, indicators with targets, risks with mitigations, and where the money comes from after
// the project. Activities and their outputs are in activities.ts.
import { isPersonCount } from "../analysis/analysis.js";
import { columnIndex, findListItems, findTables, type LineRef } from "../read/markdown.js";
import type { CheckSpec } from "../rubric/schema.js";
import { absentSections, bodyLines, count, finding, headingLine, quote, type CheckContext, type Finding } from "./context.js";
import { placeholdersIn } from "./placeholders.js";

type Spec<T extends CheckSpec["type"]> = Extract<CheckSpec, { type: T }>;

const SOURCE = /来源|据|根据|调查|调研|统计|普查|报告|公报|数据显示|研究|年鉴|走访|访谈|问卷|survey|census|according to|report|study|studies|data from|source|statistics|published|assessment|\(\d{4}\)|（\d{4}）/i;

/** Items of a section: table rows when it has a table, else list items, else its non-empty lines. */
export function itemsOf(lines: readonly LineRef[]): LineRef[] {
  const tables = findTables(lines);
  if (tables.length > 0) {
    return tables.flatMap((t) => t.rows.map((r) => ({ line: r.line, text: r.cells.join(" ") })));
  }
  const list = findListItems(lines);
  if (list.length > 0) return list;
  return lines.filter((l) => l.text.trim().length > 0 && !/^\s{0,3}#/.test(l.text));
}

function quantities(ctx: CheckContext, ref: LineRef) {
  return ctx.analysis.figures(ref).filter((f) => f.kind !== "date" && f.value > 0);
}

export function evidenceCheck(ctx: CheckContext, spec: Spec<"evidence">): Finding[] {
  const missing = absentSections(ctx);
  if (missing.length > 0) return missing;
  const lines = bodyLines(ctx).filter((l) => placeholdersIn(ctx.proposal, l.text).length === 0);
  const figures = lines.reduce((n, l) => n + quantities(ctx, l).length, 0);
  const out: Finding[] = [];
  const at = headingLine(ctx);
  if (figures < spec.min_figures) {
    out.push(
      finding(ctx, 0.6 * (1 - figures / spec.min_figures), "warning", at,
        [`需求分析只有 ${figures} 个量化数据（建议至少 ${spec.min_figures} 个）。`, `The need is backed by ${count(figures, "figure")}; at least ${spec.min_figures} are expected.`],
        [`用带单位的数据说明问题的规模，例如「辖区内独居老人1,280人，其中约三成就餐困难」，并注明出处。`, `Show the size of the problem with figures and units (e.g. "1,280 older people live alone; about 30% struggle to get a hot meal") and cite where they come from.`]),
    );
  }
  if (spec.sources && !lines.some((l) => SOURCE.test(l.text))) {
    out.push(
      finding(ctx, 0.4, "warning", at,
        [`需求分析中的数据没有注明来源。`, `The figures in the need statement have no source.`],
        [`为每个关键数据注明来源：调查（时间、样本）、统计公报、政府或研究报告。`, `Give a source for each key figure: a survey (when, sample size), official statistics or a published report.`]),
    );
  }
  return out;
}

const DEADLINE = /前|之前|以前|年底|月底|年内|月内|个月内|期间|截至|截止|结束时|结项|周期内|by\s|before|within|end of|deadline|until|no later than|per (?:month|year)|each (?:month|year)/i;

export function smartObjectivesCheck(ctx: CheckContext, spec: Spec<"smart_objectives">): Finding[] {
  const missing = absentSections(ctx);
  if (missing.length > 0) return missing;
  const items = itemsOf(bodyLines(ctx)).filter((i) => placeholdersIn(ctx.proposal, i.text).length === 0 && i.text.length > 4);
  const out: Finding[] = [];
  // Each of at least min_items slots is worth the same; a slot with no objective in it earns nothing.
  const slots = Math.max(items.length, spec.min_items);
  if (items.length < spec.min_items) {
    out.push(
      finding(ctx, (spec.min_items - items.length) / slots, "warning", headingLine(ctx),
        [`只列出了 ${items.length} 个具体目标（建议至少 ${spec.min_items} 个）。`, `Only ${count(items.length, "objective")} ${items.length === 1 ? "is" : "are"} listed; at least ${spec.min_items} are expected.`],
        [`分条列出具体目标，每条写明数量、单位和完成时间。`, `List the objectives one per line, each with a number, a unit and a deadline.`]),
    );
  }
  const share = 0.7 / slots;
  for (const item of items) {
    const figures = ctx.analysis.figures(item);
    const numbers = figures.filter((f) => f.kind !== "date");
    const hasNumber = numbers.length > 0;
    const hasUnit = numbers.some((f) => f.unit !== "" || f.kind === "percent" || f.kind === "money");
    const hasDeadline = figures.some((f) => f.kind === "date") || DEADLINE.test(item.text);
    const lacks: [string, string][] = [];
    if (!hasNumber) lacks.push(["数字", "a number"]);
    else if (!hasUnit) lacks.push(["单位", "a unit"]);
    if (!hasDeadline) lacks.push(["完成时间", "a deadline"]);
    if (lacks.length === 0) continue;
    const zh = lacks.map((l) => l[0]).join("、");
    const en = lacks.map((l) => l[1]).join(" and ");
    out.push(
      finding(ctx, (share * lacks.length) / 2, "warning", item.line,
        [`目标「${quote(item.text)}」缺少${zh}，无法衡量。`, `Objective "${quote(item.text, 50)}" lacks ${en}, so it cannot be measured.`],
        [`改写为可衡量的目标：对象＋数量＋单位＋完成时间，例如「到2025年12月，为200名独居老人每周送餐5次」。`, `Rewrite it as measurable: who, how many, what unit and by when, e.g. "By December 2025, 200 girls complete 30 hours of coding club".`]),
    );
  }
  return out;
}

export function beneficiariesCheck(ctx: CheckContext, spec: Spec<"beneficiaries">): Finding[] {
  const missing = absentSections(ctx);
  if (missing.length > 0) return missing;
  const counts = ctx.analysis.beneficiaries();
  const at = headingLine(ctx);
  const out: Finding[] = [];
  if (!counts.any) {
    out.push(
      finding(ctx, 0.6, "error", at,
        [`没有写明受益人数。`, `The number of beneficiaries is not stated.`],
        [`写明受益人数和单位（人、户、人次），以及如何统计和筛选。`, `State how many people benefit, in what unit (people, households), and how they are selected.`]),
    );
  }
  if (spec.direct_indirect && !(counts.mentionsDirect && counts.mentionsIndirect)) {
    out.push(
      finding(ctx, 0.4, "warning", at,
        [`没有区分直接受益人和间接受益人。`, `Direct and indirect beneficiaries are not distinguished.`],
        [`分别写明直接受益人（直接接受服务者）和间接受益人（如家属、社区）的人数。`, `Give separate counts for direct beneficiaries (who receive the service) and indirect ones (families, the wider community).`]),
    );
  }
  return out;
}

/** Where one indicator of a line ends: "借阅率≥80%；满意度≥90%", "attendance (…) and completion (…)". */
const INDICATOR_BREAK = /[；;，。]|,(?!\d)|\s(?:and|as well as|plus)\s|以及|和|及/;
/** A clause that sets a target, not only one that holds a number. */
const TARGET = /[≥≤><＞＜%％]|目标|达到|不低于|不少于|不超过|至少|以上|以内|target|at least|no (?:less|fewer|more) than|or (?:more|higher|above|less|fewer)|rate|\bof\b/i;

/** How many indicators with a target an item holds: one, or each of several target clauses. */
function targetsIn(ctx: CheckContext, item: LineRef): number {
  const figures = quantities(ctx, item);
  if (figures.length === 0) return 0;
  if (figures.length === 1) return 1;
  const clauses = item.text.split(INDICATOR_BREAK);
  let n = 0;
  for (const clause of clauses) {
    if (TARGET.test(clause) && ctx.analysis.figures({ line: item.line, text: clause }).some((f) => f.kind !== "date" && f.value > 0)) n++;
  }
  return Math.max(1, n);
}

export function indicatorsCheck(ctx: CheckContext, spec: Spec<"indicators">): Finding[] {
  const missing = absentSections(ctx);
  if (missing.length > 0) return missing;
  const items = itemsOf(bodyLines(ctx)).filter((i) => i.text.length > 3 && placeholdersIn(ctx.proposal, i.text).length === 0);
  let targets = 0;
  for (const item of items) {
    targets += targetsIn(ctx, item);
    if (targets >= spec.min_items) return [];
  }
  return [
    finding(ctx, 1 - targets / spec.min_items, "warning", headingLine(ctx),
      [`监测评估只有 ${targets} 个带目标值的指标（建议至少 ${spec.min_items} 个）。`, `Monitoring has ${count(targets, "indicator")} with a target; at least ${spec.min_items} are expected.`],
      [`列出监测指标并给出目标值和数据来源，如「送餐准时率≥95%（每月送餐记录）」。`, `List indicators with target values and where the data come from, e.g. "attendance ≥ 80% (club registers, monthly)".`]),
  ];
}

const MITIGATION = /应对|措施|对策|防范|预案|通过|采取|建立|如遇|及时|mitigat|address|respond|response|contingency|will\b|by\s|plan/i;
/** "风险：志愿者流失。", "**Risk 2:** …": a risk written as a labelled paragraph, not a list item. */
const RISK_LABEL = /(?:^|[\s。.;；*>])(?:风险(?:[一二三四五六七八九十]|\d{1,2})?|risk(?:\s*\d{1,2})?)\s*(?:\*\*)?\s*[:：]/gi;
const MITIGATION_LABEL = /(?:应对|措施|对策|防范|预案|缓解|mitigation|response|contingency|action)[^:：]{0,8}[:：]|应对|mitigat/i;

/**
 * Risks written as labelled paragraphs ("风险：志愿者流失。应对：建立激励机制。", "Risk: … Mitigation: …"):
 * each label starts a risk, which runs to the next label; it is paired when a mitigation follows it.
 */
function labelledRisks(ctx: CheckContext, lines: readonly LineRef[]): { line: number; text: string; paired: boolean }[] {
  const out: { line: number; text: string; paired: boolean; rest: string }[] = [];
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
    const label = MITIGATION_LABEL.exec(rest);
    const after = label ? rest.slice(label.index + label[0].length) : "";
    return { line, text, paired: label !== null && /[\p{L}\p{N}]/u.test(after) && placeholdersIn(ctx.proposal, after).length === 0 };
  });
}

export function risksCheck(ctx: CheckContext, spec: Spec<"risks">): Finding[] {
  const missing = absentSections(ctx);
  if (missing.length > 0) return missing;
  const lines = bodyLines(ctx);
  const out: Finding[] = [];
  const tables = findTables(lines);
  const risks: { line: number; text: string; paired: boolean }[] = [];
  const table = tables.find((t) => columnIndex(t.header, /应对|措施|对策|防范|mitigation|response|action/i) >= 0);
  if (table) {
    const col = columnIndex(table.header, /应对|措施|对策|防范|mitigation|response|action/i);
    for (const row of table.rows) {
      const value = row.cells[col] ?? "";
      risks.push({ line: row.line, text: row.cells.find((c) => c && !/^\d+$/.test(c)) ?? "", paired: value.length > 1 && placeholdersIn(ctx.proposal, value).length === 0 });
    }
  } else {
    const listed = findListItems(lines).map((item) => ({ ...item, paired: MITIGATION.test(item.text) && placeholdersIn(ctx.proposal, item.text).length === 0 }));
    const labelled = labelledRisks(ctx, lines);
    risks.push(...(labelled.length > 0 && labelled.length >= listed.length ? labelled : listed));
  }
  // Each of at least min_items slots is worth the same: an empty slot earns nothing, a risk without
  // a mitigation earns 0.4 of its slot.
  const slots = Math.max(risks.length, spec.min_items);
  if (risks.length < spec.min_items) {
    out.push(
      finding(ctx, (spec.min_items - risks.length) / slots, "warning", headingLine(ctx),
        [`只识别了 ${risks.length} 项风险（建议至少 ${spec.min_items} 项）。`, `${count(risks.length, "risk")} identified; at least ${spec.min_items} are expected.`],
        [`列出主要风险（安全、人员、资金、政策等），每项配一条具体应对措施。`, `List the main risks (safety, staffing, funding, policy), each with a specific mitigation.`]),
    );
  }
  const share = 0.6 / slots;
  for (const risk of risks.filter((r) => !r.paired)) {
    out.push(
      finding(ctx, share, "warning", risk.line,
        [`风险「${quote(risk.text)}」没有对应的应对措施。`, `Risk "${quote(risk.text, 50)}" has no mitigation.`],
        [`写明谁在何时采取什么措施来降低或应对这项风险。`, `Say what will be done, by whom and when, to reduce or respond to this risk.`]),
    );
  }
  return out;
}

const FUNDING = /资金|筹资|募集|募款|政府购买|配套|收费|造血|基金会|企业|捐赠|预算|财政|可持续收入|funding|revenue|grant|government|donor|fees|income|sponsor|budget|contract|philanthrop/i;
const CONTINUITY = /社区|志愿者|培训|移交|制度|机制|自组织|骨干|合作|partner|community|volunteer|handover|capacity|institution|local|ownership|train/i;

export function sustainabilityCheck(ctx: CheckContext): Finding[] {
  const missing = absentSections(ctx);
  if (missing.length > 0) return missing;
  const lines = bodyLines(ctx).filter((l) => placeholdersIn(ctx.proposal, l.text).length === 0);
  const out: Finding[] = [];
  const at = headingLine(ctx);
  if (!lines.some((l) => FUNDING.test(l.text))) {
    out.push(
      finding(ctx, 0.7, "warning", at,
        [`可持续性部分没有说明项目结束后的资金来源。`, `The sustainability section does not say where funding comes from after the grant.`],
        [`写明后续资金来源（政府购买服务、配套资金、企业合作、社区筹款或收费服务等）及已落实的部分。`, `Name the sources of continued funding (government contracts, matched funds, partners, earned income) and which are already secured.`]),
    );
  }
  if (!lines.some((l) => CONTINUITY.test(l.text))) {
    out.push(
      finding(ctx, 0.3, "warning", at,
        [`没有说明服务如何在项目结束后延续（人员、机制或合作方）。`, `It does not say how the work continues after the project (people, systems or partners).`],
        [`说明由谁接手、靠什么机制延续，如培养社区志愿者骨干、纳入社区服务体系。`, `Say who carries the work on and how: trained volunteers, a partner taking it over, a service built into local systems.`]),
    );
  }
  return out;
}

export { isPersonCount };
