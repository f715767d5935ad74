// 提交就绪的中文提示：项目书能否提交、为什么不能（“门槛已通过”见 report.ts，不等于可以提交）。
import type { readiness as en } from "../en/readiness.js";

export const readiness: typeof en = {
  "readiness.ready": "可以提交",
  "readiness.notReady": "尚不能提交",
  "readiness.why": (p) => `尚不能提交：${p.reasons}`,
  "readiness.placeholders": (p) => `留有 ${p.count} 处占位符`,
  "readiness.must": (p) => `必达项「${p.title}」未达标（${p.score} / ${p.max} 分）`,
  "readiness.sectionMissing": (p) => `缺少「${p.title}」部分`,
  "readiness.sectionNearEmpty": (p) => `「${p.title}」几乎是空的（只有 ${p.length} 个汉字，没有数据）`,
  "readiness.gradeCapped": (p) => `按分数为 ${p.byScore} 级；尚不能提交的项目书最高显示为 ${p.grade} 级`,
  "readiness.help":
    "项目书能否提交，与分数无关：没有留下占位符，关键数字（预算总额、直接受益人数、项目周期）与 --facts 一致，预算加总无误，所有必达项都已达标，且评分细则要求的部分（需求、目标、实施计划）齐全、不止一两行。结果的 properties 列出了不能提交的原因。",
};
