// The English message catalog: one object per area, joined here. Its shape is the type every other
// language's catalog must match (src/i18n/zh/index.ts), so a key missing there is a type error and
// test/i18n/catalog.test.ts fails.
import { common } from "./common.js";
import { llm } from "./llm.js";
import { util } from "./util.js";
import { score } from "./score.js";
import { read } from "./read.js";
import { output } from "./output.js";
import { draft } from "./draft.js";
import { revise } from "./revise.js";
import { judge } from "./judge.js";

export const en = {
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

export type Messages = typeof en;
export type MessageKey = keyof Messages;
