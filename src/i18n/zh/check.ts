// `grantsmith check` 与 `check --fix` 的中文提示。
import type { check as en } from "../en/check.js";

export const check: typeof en = {
};
