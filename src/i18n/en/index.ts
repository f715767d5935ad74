// The English message catalog: one object per area, joined here. Its shape is the type every other
// language's catalog must match (src/i18n/zh/index.ts), so a key missing there is a type error and
// test/i18n/catalog.test.ts fails.
import { common } from "./common.js";
import { draftQuality } from "./draft-quality.js";

export const en = {
  ...common,
  ...draftQuality,
};

export type Messages = typeof en;
export type MessageKey = keyof Messages;
