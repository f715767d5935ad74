// 各命令共用的中文提示。每个领域一个文件，与 en/ 下同名文件的键一一对应；src/i18n/zh/index.ts 把它们合在一起。
import type { common as en } from "../en/common.js";

export const common: typeof en = {
  "common.interrupted": "已中断",
  "common.expectedPositive": (p) => `${p.flag}：应为正数，实际为“${p.value}”`,
  "common.expectedCount": (p) => `${p.flag}：应为 1 到 ${p.max} 之间的整数，实际为“${p.value}”`,
  "common.flagFileMissing": (p) => `${p.flag} ${p.file}：找不到文件；请检查路径`,
  "common.flagFileFolder": (p) => `${p.flag} ${p.file}：这是文件夹，不是文件`,
  "common.flagFileUnreadable": (p) => `${p.flag} ${p.file}：无法读取（${p.code}）`,
};
