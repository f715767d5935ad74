// The section plan: which narrative sections a proposal of a kind has, in order, with the heading
// each is drafted under and which facts its prompt may see. Both come from the kinds registry
// (src/kinds/); templates place the sections and the model (or the offline provider) writes only
// their narrative.
import type { Kind, Language } from "../facts/schema.js";
import { kindDescriptor, type KindSection } from "../kinds/index.js";
import { sectionDefinition, type SectionId } from "../kinds/sections.js";

export type { SectionId } from "../kinds/sections.js";

export interface SectionSpec extends KindSection {
  heading: Record<Language, string>;
}

const plans = new Map<Kind, SectionSpec[]>();

export function sectionPlan(kind: Kind): SectionSpec[] {
  let plan = plans.get(kind);
  if (!plan) {
    plan = kindDescriptor(kind).sections.map((s) => ({ ...s, heading: s.heading ?? sectionDefinition(s.id)!.title }));
    plans.set(kind, plan);
  }
  return plan;
}

export function sectionSpec(kind: Kind, id: SectionId): SectionSpec | undefined {
  return sectionPlan(kind).find((s) => s.id === id);
}
