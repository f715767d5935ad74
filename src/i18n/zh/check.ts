// `grantsmith check` 与 `check --fix` 的中文提示。
import type { check as en } from "../en/check.js";

export const check: typeof en = {
  "check.ok": (p) => `通过 ${p.file}（${p.summary}）`,
  "check.groups": (p) => `${p.n} 类受益对象`,
  "check.activities": (p) => `${p.n} 项活动`,
  "check.failedFiles": (p) => `${p.total} 个项目信息文件中有 ${p.failed} 个存在问题`,
  "check.fix.header": (p) => `${p.file}：以下 ${p.count} 处将改为规范写法：`,
  "check.fix.line": (p) => `  第 ${p.line} 行：${p.from} → ${p.to}`,
  "check.fix.added": (p) => `  第 ${p.line} 行：+ ${p.to}`,
  "check.fix.none": (p) => `${p.file}：没有需要修改的地方`,
  "check.fix.ask": (p) => `把这些修改写入 ${p.file}？[y/N] `,
  "check.fix.notTerminal": (p) => `${p.file}：未修改：check --fix 写入前需要确认，但标准输入不是终端；如确认写入，请加 --yes`,
  "check.fix.declined": (p) => `${p.file}：未修改`,
  "check.fix.written": (p) => `${p.file}：已写入`,
  "check.fix.yesWords": "y,yes,是,好,确认",
};
