// Findings only the facts can fix: a placeholder grantsmith wrote where a fact is missing, a count or
// a source the facts file does not have. A model asked to fix one can only invent the fact or drop
// the placeholder (which revise rejects), so these never go to the model: revise lists them with the
// facts field to add. The field names follow the facts contract (src/facts/schema.ts).
import type { LoadedFacts } from "../facts/load.js";
import { adminShareCheck } from "../score/checks/admin-share.js";
import { beneficiariesCheck } from "../score/checks/beneficiaries.js";
import { budgetCheck } from "../score/checks/budget.js";
import { reportedBy } from "../score/checks/check.js";
import { evidenceCheck } from "../score/checks/evidence.js";
import { placeholdersCheck } from "../score/checks/placeholders.js";
import type { Improvement } from "../score/types.js";

/** Which facts field a placeholder asks for, by the words in it: the first entry that matches. */
export const PLACEHOLDER_FIELDS: readonly { field: string; words: RegExp }[] = [
  // Fields of one kind first: their words are the most specific.
  // Cells of a kind's own tables, named by their column: the similar projects', the relief supplies'.
  { field: "venture_grant.similar_projects", words: /同类项目|similar past projects|^实施时间$|^when$|^results$/i },
  { field: "relief.supplies", words: /^数量$|^quantity$/i },
  { field: "venture_grant.expected_results", words: /预期带来的改变|预期成效|changes expected|expected results/i },
  { field: "venture_grant.replicability", words: /复制推广|可复制|repeated in other communities|replicab/i },
  { field: "venture_grant.rating", words: /评估等级|evaluation rating/i },
  { field: "venture_grant.annual_inspection", words: /年检|annual inspection/i },
  { field: "venture_grant.registration_authority", words: /登记管理机关|authority the organi[sz]ation is registered with/i },
  { field: "venture_grant.programme", words: /公益创投项目名称及年度|programme and year applied to/i },
  { field: "venture_grant.amount_requested", words: /申请公益创投资助的金额|申请资助金额|grant sought|amount requested/i },
  { field: "relief.disaster", words: /灾害发生|what happened, where/i },
  { field: "relief.affected", words: /受灾人口|people affected/i },
  { field: "relief.needs_assessment", words: /需求评估|how needs were assessed/i },
  { field: "relief.supplies", words: /救灾物资|relief supplies/i },
  { field: "relief.logistics", words: /仓储|运输|where goods are stored/i },
  { field: "relief.distribution", words: /发放对象|发放流程|签收|how recipients are verified|signed for/i },
  { field: "relief.traceability", words: /登记、追踪|追踪和信息公开|registered, tracked/i },
  { field: "risks.owner", words: /责任人|负责人.*风险|风险.*负责|owner|responsible for (?:the )?risk/i },
  { field: "organization.financial_disclosure", words: /审计|财务|年度报告|年报|公开情况|audit|financial|annual report/i },
  { field: "organization.governance", words: /治理|理事会|监事|governance|board|trustees/i },
  { field: "need.why_now", words: /政策|规划|为什么是现在|紧迫|why now|policy/i },
  { field: "beneficiary_selection", words: /遴选流程|排序|候补|名额|waiting list|places are/i },
  { field: "beneficiaries.criteria", words: /遴选|选择|selected|selection|criteria/i },
  { field: "budget.items.note", words: /询价|比价|报价|单价依据|quotes?|tender|basis of the unit costs?/i },
  { field: "organization.description", words: /机构简介|单位简介|宗旨|主要业务|what the (?:organi[sz]ation|applicant) does|mission/i },
  { field: "organization.track_record", words: /以往|成效|track record|past projects|what it achieved/i },
  { field: "organization.address", words: /地址|address/i },
  { field: "activities", words: /主要活动|main activities/i },
  { field: "activities.description", words: /活动的具体内容|what the activity involves/i },
  { field: "period", words: /起止时间|项目周期|project period|start and end dates/i },
  { field: "goal", words: /总体目标|长期改变|overall goal|long-term change/i },
  { field: "summary", words: /项目简介|做什么、为谁做|summary/i },
  { field: "monitoring.reporting", words: /报告频次|报告对象|信息公开方式|reporting|how often, to whom/i },
  { field: "monitoring.methods", words: /监测与评估方法|评估方法|监测方法|monitoring and evaluation methods/i },
  { field: "monitoring.indicators", words: /监测指标|monitoring indicators/i },
  { field: "risks", words: /主要风险|应对措施|main risks|mitigation/i },
  // After the project: how it goes on, before the funding words it uses (后续资金来源).
  { field: "sustainability", words: /可持续|持续|延续|项目结束后|sustainab|continues after the grant/i },
  { field: "budget.funding_sources", words: /资金来源|配套资金|funding sources?|co-?funding/i },
  { field: "budget.total", words: /预算总额|total budget/i },
  { field: "budget.items", words: /预算明细|预算科目|budget items/i },
  { field: "budget.items.amount", words: /金额|amount/i },
  { field: "objectives", words: /具体目标|specific objectives/i },
  { field: "objectives.indicator", words: /衡量指标|^指标|^indicator/i },
  { field: "objectives.baseline", words: /基线|baseline/i },
  { field: "objectives.target", words: /目标值|^target/i },
  { field: "objectives.deadline", words: /完成时限|时限|deadline/i },
  { field: "activities.owner", words: /^负责人|^lead$/i },
  { field: "activities.start", words: /开始|^start/i },
  { field: "activities.end", words: /结束|^end$/i },
  { field: "activities.outputs", words: /产出|outputs?/i },
  { field: "organization.registration_id", words: /登记|信用代码|registration/i },
  { field: "organization.founded", words: /成立|founded/i },
  { field: "organization.contact", words: /联系|电话|电子邮箱|contact|phone|e-?mail/i },
  { field: "need.evidence", words: /调查|统计|数据|证据|来源|survey|data|evidence|statistic|source/i },
  { field: "team", words: /团队|人员|分工|资质|项目角色|team|staff|responsibilities|qualifications|role/i },
  { field: "partners.role", words: /合作内容|what the partner contributes/i },
  { field: "beneficiaries.count", words: /人数|^number/i },
  { field: "location", words: /项目地点|project location/i },
];

/**
 * The facts field a placeholder's text asks for, when the words say: by its label first (资金来源 of
 * "资金来源：本次申请金额、自筹…"), then by its whole text.
 */
export function placeholderField(text: string): string | undefined {
  const label = /^([^：:]{1,30})[：:]/u.exec(text)?.[1];
  const byWords = (t: string) => PLACEHOLDER_FIELDS.find((f) => f.words.test(t))?.field;
  return (label !== undefined ? byWords(label) : undefined) ?? byWords(text);
}

/** A finding only the facts can fix, and the facts field that fixes it. */
export interface FactsFix {
  message: string;
  field: string;
  line: number;
  section?: string;
}

/**
 * The field a placeholder asks for, by its label when it has one (【待补充：负责人】 → 负责人, which the
 * table's anchored words expect), else by its whole text; the facts file when its words name none.
 */
const fieldOfPlaceholder = (p: { raw: string; what?: string }) => placeholderField(p.what || p.raw) ?? "the facts file";

/**
 * The facts field that would fix the finding, or undefined when a rewrite can. Told by the check
 * and message the finding was made from (its origin), never by its text, which the catalog may
 * reword: every placeholder of a section counts, not only those its message quotes.
 */
export function factsOnlyField(finding: Improvement, loaded: LoadedFacts): string | undefined {
  const facts = loaded.facts;
  const origin = finding.origin;
  if (reportedBy(origin, placeholdersCheck, "one", "oneAsking")) return fieldOfPlaceholder(origin.params);
  if (reportedBy(origin, placeholdersCheck, "many")) return [...new Set(origin.params.hits.map(fieldOfPlaceholder))].join(", ");
  if ((reportedBy(origin, budgetCheck, "noItems") || reportedBy(origin, adminShareCheck, "noItems")) && !(facts.budget?.items ?? []).length) return "budget.items";
  // The facts' own items miss their total: a rewrite could only drop a figure or invent one.
  if (reportedBy(origin, budgetCheck, "textDiffers", "sumDiffers") && facts.derived.budgetGap !== undefined) return "budget.total, budget.items";
  if (reportedBy(origin, beneficiariesCheck, "notSplit") && !facts.beneficiaries.some((b) => b.direct === false)) return "beneficiaries[] (a group with direct: false)";
  if (reportedBy(origin, beneficiariesCheck, "noCount") && !facts.beneficiaries.some((b) => b.count !== undefined)) return "beneficiaries[].count";
  const evidence = facts.need.evidence ?? [];
  if (reportedBy(origin, evidenceCheck, "noSource") && !evidence.some((e) => e.source)) return "need.evidence[].source";
  if (reportedBy(origin, evidenceCheck, "fewFigures") && evidence.length < 2) return "need.evidence";
  return undefined;
}

/** The findings of a score that only the facts can fix, with the field for each. */
export function factsToFill(improvements: readonly Improvement[], loaded: LoadedFacts): FactsFix[] {
  const out: FactsFix[] = [];
  for (const f of improvements) {
    const field = factsOnlyField(f, loaded);
    if (field) out.push({ message: f.message, field, line: f.line, ...(f.section ? { section: f.section } : {}) });
  }
  return out;
}
