// What a proposal kind is made of: a descriptor per kind (standard.ts, venture-grant.ts …), listed
// in index.ts. Everything that needs the list of kinds or a kind's sections reads a descriptor.
import type { TextLanguage as Language } from "../text/language.js";
import type { LengthTarget, SectionId } from "./sections.js";

export interface KindSection {
  id: SectionId;
  /** The drafting heading, when this kind names the section otherwise than its canonical title. */
  heading?: Record<Language, string>;
  /** Top-level facts keys the section's prompt carries (besides the short project summary). */
  facts: readonly string[];
  /** Whether background materials are quoted in this section's prompt. */
  materials?: boolean;
  /**
   * Where the section's prompt and offline sentences live, below prompts/<lang>/sections/ and
   * templates/<lang>/offline/: the section id unless the kind writes the section its own way.
   */
  template?: string;
  /** The partials (templates/<lang>/partials/) the document renders from the facts after the narrative. */
  tables?: readonly string[];
  /** The narrative's length target, when the kind's own template asks for another than the registry's. */
  length?: Record<Language, LengthTarget>;
  /** What this kind asks of a shared section besides its prompt's own words: one sentence after the prompt's purpose. */
  note?: Record<Language, string>;
  /** A partial (templates/<lang>/partials/) that opens the shared section's offline sentences with this kind's own facts. */
  lead?: string;
}

/** A kind's own words in the shared prompts (prompts/<lang>/system.md.hbs and revise/system.md.hbs). */
export interface KindPromptWords {
  /** What the drafting prompt's writer has long written: 公开募捐方案 / public fundraising plans. */
  writes: string;
  /** What the revising prompt's editor knows the requirements of, when not `writes`. */
  edits?: string;
  /** The tables the program renders for this kind alone, named after the shared ones in the drafting prompt. */
  tables: readonly string[];
}

export interface KindDescriptor<Id extends string = string> {
  id: Id;
  /** What the document is called: 公益项目书 / grant proposal. */
  names: Record<Language, string>;
  /** What people write for the kind in a facts file besides its id (项目书, 公益创投, venture grant). */
  synonyms: readonly string[];
  /** The document type shown under the title; none for the standard proposal, which needs no label. */
  label?: Record<Language, string>;
  /** Its own words in the shared prompts, per language. */
  prompt: Record<Language, KindPromptWords>;
  /** Its narrative sections, in document order. */
  sections: readonly KindSection[];
  /** The built-in rubric per language, rubrics/<id>.yaml (a kind without one of its own names the fallback): what score picks. */
  rubrics: Record<Language, string>;
  /**
   * How the scorer recognises a proposal of this kind without facts: a section only this kind has,
   * or words in the title. Tried in `rank` order (lowest first); a kind without it is the default.
   */
  detect?: { rank: number; sections?: readonly SectionId[]; title?: RegExp };
}

/** templates/<lang>/<kind>.md.hbs */
export const documentTemplate = (lang: Language, kind: string) => `templates/${lang}/${kind}.md.hbs`;
export const sectionPromptTemplate = (lang: Language, section: KindSection) =>
  `prompts/${lang}/sections/${section.template ?? section.id}.md.hbs`;
export const offlineTemplate = (lang: Language, section: KindSection) =>
  `templates/${lang}/offline/${section.template ?? section.id}.md.hbs`;
