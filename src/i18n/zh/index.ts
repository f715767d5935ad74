// 中文提示目录：与英文目录键一一对应（类型检查与 test/i18n/catalog.test.ts 保证）。各领域见 areas.ts。
import type { Messages } from "../en/index.js";
import { joinAreas } from "../join.js";
import * as areas from "./areas.js";

// 在一次运行首次用到中文时才构建（src/i18n/index.ts）。
export function chineseMessages(): Messages {
  return joinAreas(areas);
}
