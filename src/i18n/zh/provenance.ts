// 对照项目信息文件核对数字（src/score/analysis/provenance.ts）的中文提示：关键数字不一致或未写明，以及项目信息文件中没有的数字。
import type { provenance as en } from "../en/provenance.js";

const lines = (p: { lines: number[] }) => (p.lines.length > 1 ? `（第${p.lines.join("、")}行）` : "");

export const provenance: typeof en = {
  "provenance.budgetDiffers": (p) => `预算总额 ${p.value}${lines(p)} 与项目信息文件中的 ${p.total} 不一致。`,
  "provenance.budgetDiffersFix": (p) => `改为项目信息文件中的总额 ${p.total}，或先更正项目信息文件。`,
  "provenance.budgetFactsGap": (p) => `预算各项相加为 ${p.value}${lines(p)}，与项目信息文件中各项之和相同，但项目信息文件中的总额为 ${p.total}。`,
  "provenance.budgetFactsGapFix": (p) => `先更正项目信息文件：让 budget.items 各项相加为 ${p.total}，或把 budget.total 改为 ${p.items}，再重新生成。`,
  "provenance.budgetMissing": (p) => `项目书中没有出现项目信息文件的预算总额 ${p.total}。`,
  "provenance.budgetMissingFix": (p) => `在项目概述和预算中写明总额 ${p.total}。`,
  "provenance.beneficiariesDiffer": (p) => `直接受益人数 ${p.count} 与项目信息文件中的 ${p.expected} 不一致。`,
  "provenance.beneficiariesDifferFix": (p) => `改为项目信息文件中的人数 ${p.expected}，或先更正项目信息文件。`,
  "provenance.beneficiariesMissing": (p) => `项目书中没有出现项目信息文件的直接受益人数 ${p.expected}。`,
  "provenance.beneficiariesMissingFix": (p) => `在受益对象部分写明直接受益人数 ${p.expected}。`,
  "provenance.periodDiffers": (p) => `项目周期（${p.from}—${p.to}）与项目信息文件（${p.range}）不一致。`,
  "provenance.periodDiffersFix": (p) => `改为项目信息文件中的项目周期 ${p.range}。`,
  "provenance.periodMissing": (p) => `项目书中没有写明项目信息文件的项目周期 ${p.range}。`,
  "provenance.periodMissingFix": (p) => `在项目概述中写明项目周期 ${p.range}。`,
  "provenance.unverified": (p) =>
    `本部分有 ${p.count} 个数字在项目信息文件中找不到：${p.figures.map((f) => `${f.text}（第${f.line}行）`).join("、")}${p.count > p.figures.length ? " 等" : ""}。`,
  "provenance.unverifiedFix": "把这些数字及其来源补充到项目信息文件，或更正、删除它们；项目信息文件中没有的数字无法核实。",
};
