// The scorer's view of the section registry (kinds/sections.ts): built-in heading aliases, the usual
// section order and the titles used in messages. A rubric's `sections:` adds to these aliases.
import { SECTIONS, SECTION_IDS, sectionDefinition } from "../kinds/sections.js";
import { KIND_DESCRIPTORS } from "../kinds/index.js";

export const SECTION_ORDER = SECTION_IDS;

export interface Aliases {
  zh: string[];
  en: string[];
}

export const DEFAULT_ALIASES: Record<string, Aliases> = Object.fromEntries(
  SECTIONS.map((s) => [s.id, { zh: [...s.aliases.zh], en: [...s.aliases.en] }]),
);

/**
 * A section's title in messages ("add a section 项目预算"): the heading the proposal's kind gives it
 * (a venture-grant application's summary is 项目摘要), else the canonical title; an unknown id
 * stands for itself.
 */
export function sectionTitle(id: string, language: "zh" | "en", kind?: string): string {
  const own = kind === undefined ? undefined : KIND_DESCRIPTORS.find((k) => k.id === kind)?.sections.find((s) => s.id === id);
  return (own && "heading" in own ? own.heading?.[language] : undefined) ?? sectionDefinition(id)?.title[language] ?? id;
}
