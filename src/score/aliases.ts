// The scorer's view of the section registry (kinds/sections.ts): built-in heading aliases, the usual
// section order and the titles used in messages. A rubric's `sections:` adds to these aliases.
import { SECTIONS, SECTION_IDS, sectionDefinition } from "../kinds/sections.js";

export const SECTION_ORDER = SECTION_IDS;

export interface Aliases {
  zh: string[];
  en: string[];
}

export const DEFAULT_ALIASES: Record<string, Aliases> = Object.fromEntries(
  SECTIONS.map((s) => [s.id, { zh: [...s.aliases.zh], en: [...s.aliases.en] }]),
);

/** A section's title in messages ("add a section 项目预算"); an unknown id stands for itself. */
export function sectionTitle(id: string, language: "zh" | "en"): string {
  return sectionDefinition(id)?.title[language] ?? id;
}
