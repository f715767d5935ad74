// The English message catalog: one object per area (areas.ts), joined here. Its shape is the type
// every other language's catalog must match (src/i18n/zh/index.ts), so a key missing there is a
// type error and test/i18n/catalog.test.ts fails.
import { joinAreas } from "../join.js";
import * as areas from "./areas.js";

// Built when a run first speaks English (src/i18n/index.ts), not at start: most runs speak one language.
export function englishMessages() {
  return joinAreas(areas);
}

export type Messages = ReturnType<typeof englishMessages>;
export type MessageKey = keyof Messages;
