// Which facts field a placeholder asks for, by the words in it, and whether the facts schema has that
// field: a placeholder a field could fill is one the user can clear by adding to the facts file; one
// no field could fill stays in every draft. Fields issue 10 proposes (risks[].owner, need.why_now,
// organization.financial_disclosure) are listed under those names, so they count as fillable once the
// schema has them.
const FIELDS = [
  { field: "risks.owner", words: /责任人|负责人.*风险|风险.*负责|owner|responsible/i },
  { field: "organization.financial_disclosure", words: /审计|财务|年度报告|年报|公开情况|audit|financial|annual report/i },
  { field: "need.why_now", words: /政策|规划|为什么是现在|why now|policy/i },
  { field: "beneficiaries.criteria", words: /遴选|排序|候补|选择|selected|selection|criteria/i },
  { field: "budget.items.note", words: /询价|比价|报价|单价依据|quotes?|tender|basis of the unit costs?/i },
  { field: "organization.description", words: /机构简介|宗旨|主要业务|what the organi[sz]ation does|mission/i },
  { field: "organization.track_record", words: /以往|成效|track record|past projects/i },
  { field: "organization.address", words: /地址|address/i },
  { field: "period", words: /起止时间|项目周期|project period|start and end dates/i },
  { field: "goal", words: /总体目标|长期改变|overall goal|long-term change/i },
  { field: "summary", words: /项目简介|做什么、为谁做|summary/i },
  { field: "monitoring.reporting", words: /报告频次|报告对象|信息公开方式|reporting/i },
  { field: "risks", words: /主要风险|应对措施|main risks|mitigation/i },
  { field: "budget.items.amount", words: /金额|amount/i },
  { field: "budget.funding_sources", words: /资金来源|funding sources?|co-?funding/i },
  { field: "objectives.indicator", words: /衡量指标|^指标|indicator/i },
  { field: "objectives.baseline", words: /基线|baseline/i },
  { field: "objectives.target", words: /目标值|^target/i },
  { field: "objectives.deadline", words: /完成时限|时限|deadline/i },
  { field: "activities.owner", words: /^负责人|^lead$/i },
  { field: "activities.start", words: /开始|^start/i },
  { field: "activities.end", words: /结束|^end$/i },
  { field: "activities.outputs", words: /产出|outputs?/i },
  { field: "organization.registration_id", words: /登记|信用代码|registration/i },
  { field: "organization.founded", words: /成立|founded/i },
  { field: "organization.contact", words: /联系|contact/i },
  { field: "need.evidence", words: /调查|统计|数据|证据|survey|data|evidence|statistic/i },
  { field: "monitoring.indicators", words: /监测指标|monitoring/i },
  { field: "sustainability", words: /可持续|持续|sustainab/i },
  { field: "team", words: /团队|人员|team|staff/i },
];

/** Whether a dotted path (through arrays) exists in a JSON Schema. */
function schemaHas(schema, dotted) {
  let node = schema;
  for (const key of dotted.split(".")) {
    node = step(node, key);
    if (!node) return false;
  }
  return true;
}

function step(node, key) {
  if (!node || typeof node !== "object") return undefined;
  if (node.properties?.[key]) return node.properties[key];
  for (const branch of [node.items, ...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) {
    const found = step(branch, key);
    if (found) return found;
  }
  return undefined;
}

/** The facts field a placeholder asks for, and whether the schema has it. */
export function placeholderField(text, schema) {
  const entry = FIELDS.find((f) => f.words.test(text));
  return entry ? { field: entry.field, exists: schemaHas(schema, entry.field) } : { field: undefined, exists: false };
}
