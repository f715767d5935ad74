// revise“需补充的事实”清单的中文提示：只有补充项目信息文件才能解决的问题。
import type { draftQuality as en } from "../en/draft-quality.js";

export const draftQuality: typeof en = {
  "draftQuality.fillInFacts": (p) => `需补充的事实：以下 ${p.count} 项只能靠补充项目信息文件解决（未交给模型改写）；补充相应字段后重新生成`,
  "draftQuality.fillInFactsItem": (p) => `  - ${p.field}：${p.message}（第 ${p.line} 行）`,
};
