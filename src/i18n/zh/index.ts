// 中文提示目录：与英文目录键一一对应（类型检查与 test/i18n/catalog.test.ts 保证）。
import type { Messages } from "../en/index.js";
import { common } from "./common.js";
import { llm } from "./llm.js";
import { util } from "./util.js";
import { score } from "./score.js";
import { read } from "./read.js";
import { output } from "./output.js";
import { draft } from "./draft.js";
import { revise } from "./revise.js";
import { judge } from "./judge.js";

export const zh: Messages = {
  ...common,
  ...llm,
  ...util,
  ...score,
  ...read,
  ...output,
  ...draft,
  ...revise,
  ...judge,
};
