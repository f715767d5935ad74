// The names people give a facts field when they have not read the template: `place:` for
// location, `item:` for a budget line's name, Chinese keys (地点, 预算) for the English ones. They are
// not accepted (field names are a contract; see schema.ts), but an unknown key that is one of them
// is told which field to write instead, by name, wherever that field is allowed.

/** Each field, with the other names it is written under (lower case). */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  title: ["name_of_project", "project", "project_name", "项目名称", "项目名", "名称", "标题"],
  organization: ["org", "organisation", "applicant", "ngo", "charity", "机构", "申报机构", "申请机构", "机构名称", "组织"],
  location: ["place", "venue", "area", "where", "site", "地点", "地区", "区域", "项目地点", "实施地点"],
  period: ["duration", "timeframe", "time_frame", "dates", "项目周期", "周期", "时间", "起止时间", "执行期"],
  need: ["problem", "needs", "need_statement", "需求", "问题", "背景", "需求分析"],
  beneficiaries: ["beneficiary", "target_group", "target_groups", "population", "受益人", "受益对象", "服务对象", "受益群体"],
  objectives: ["objective", "goals", "targets", "目标", "具体目标", "项目目标"],
  goal: ["aim", "overall_goal", "总体目标", "总目标"],
  activities: ["activity", "plan", "actions", "活动", "项目活动", "实施计划", "活动安排"],
  budget: ["budgets", "costs", "finance", "financials", "funding", "预算", "经费", "项目预算", "资金"],
  risks: ["risk", "风险", "风险管理"],
  team: ["staff", "people", "personnel", "团队", "项目团队", "人员"],
  partners: ["partner", "partnership", "partnerships", "合作方", "合作伙伴"],
  funder: ["funders", "donor", "grantor", "foundation", "资助方", "资助机构", "基金会"],
  summary: ["abstract", "overview", "简介", "项目简介", "摘要", "概述"],
  sustainability: ["可持续性", "可持续"],
  monitoring: ["evaluation", "m_and_e", "me", "监测", "评估", "监测评估"],
  // Inside a budget line, a beneficiary group, a risk…
  name: ["item", "title", "label", "名称", "项目", "科目", "品名"],
  amount: ["cost", "price", "value", "sum", "total_cost", "金额", "费用", "小计"],
  quantity: ["qty", "number", "num", "数量"],
  unit_cost: ["unit_price", "price_per_unit", "rate", "单价"],
  count: ["number", "people", "size", "人数", "数量"],
  group: ["name", "who", "group_name", "人群", "群体", "对象"],
  mitigation: ["response", "measure", "measures", "应对", "应对措施", "措施"],
  total: ["sum", "total_budget", "总额", "总预算", "合计"],
  currency: ["币种", "货币"],
  evidence: ["data", "statistics", "stats", "证据", "数据"],
};

const BY_WORD = new Map<string, string[]>();
for (const [field, words] of Object.entries(SYNONYMS)) {
  for (const word of words) {
    const fields = BY_WORD.get(word) ?? [];
    fields.push(field);
    BY_WORD.set(word, fields);
  }
}

/** The field among `known` that a key written as `key` stands for, if the key is a known other name of it. */
export function fieldForSynonym(key: string, known: readonly string[]): string | undefined {
  const fields = BY_WORD.get(key.trim().toLowerCase().replace(/[\s-]+/g, "_"));
  return fields?.find((field) => known.includes(field));
}
