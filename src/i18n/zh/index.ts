// 中文提示目录：与英文目录键一一对应（类型检查与 test/i18n/catalog.test.ts 保证）。
import type { Messages } from "../en/index.js";
import { common } from "./common.js";
import { draftQuality } from "./draft-quality.js";

export const zh: Messages = {
  ...common,
  ...draftQuality,
};
