// The English message catalog: one object per area, joined here. Its shape is the type every other
// language's catalog must match (src/i18n/zh/index.ts), so a key missing there is a type error and
// test/i18n/catalog.test.ts fails.
import { cli } from "./cli.js";
import { common } from "./common.js";
import { doctor } from "./doctor.js";

export const en = {
  ...common,
  ...cli,
  ...doctor,
};

export type Messages = typeof en;
export type MessageKey = keyof Messages;
