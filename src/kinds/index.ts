// The kinds registry: every proposal kind grantsmith drafts and scores. The CLI's --kind choices,
// the facts and rubric schemas, `grantsmith templates`, the drafting plan and the scorer's kind
// detection all read this list. Adding a kind is one descriptor file, one line here, and its data
// files (document template, prompts and offline sentences of its own sections, rubric, init block).
import type { TextLanguage as Language } from "../text/language.js";
import { disasterRelief } from "./disaster-relief.js";
import { publicFundraising } from "./public-fundraising.js";
import type { SectionId } from "./sections.js";
import { standard } from "./standard.js";
import type { KindDescriptor, KindPromptWords } from "./types.js";
import { ventureGrant } from "./venture-grant.js";

export const KIND_DESCRIPTORS = [standard, disasterRelief, publicFundraising, ventureGrant] as const satisfies readonly KindDescriptor[];

type IdsOf<T extends readonly KindDescriptor[]> = { readonly [K in keyof T]: T[K]["id"] };

/** The kind ids, in the order help and listings show them: a literal tuple, as zod and commander want. */
export const KINDS = KIND_DESCRIPTORS.map((k) => k.id) as unknown as IdsOf<typeof KIND_DESCRIPTORS>;
export type Kind = (typeof KINDS)[number];

const BY_ID = new Map<string, KindDescriptor>(KIND_DESCRIPTORS.map((k) => [k.id, k]));

export function kindDescriptor(kind: Kind): KindDescriptor {
  return BY_ID.get(kind)!;
}

/** A kind's name in a language: 公益创投项目申报书 / community venture grant application. */
export function kindName(kind: Kind, language: Language): string {
  return kindDescriptor(kind).names[language];
}

/** A kind's words in the shared prompts, as their views carry them: `edits` is `writes` unless the kind says otherwise. */
export type KindWords = Required<KindPromptWords>;

export function kindWords(kind: KindDescriptor, language: Language): KindWords {
  const words = kind.prompt[language];
  return { ...words, edits: words.edits ?? words.writes };
}

const DETECTION = KIND_DESCRIPTORS.filter((k) => k.detect).sort((a, b) => a.detect!.rank - b.detect!.rank);

/** The kind a proposal is, from its section ids and title; the standard proposal when nothing says otherwise. */
export function detectKindFrom(sectionIds: ReadonlySet<string | undefined>, title: string): Kind {
  for (const kind of DETECTION) {
    const { sections = [], title: words } = kind.detect!;
    if (sections.some((id: SectionId) => sectionIds.has(id)) || (words !== undefined && words.test(title))) return kind.id;
  }
  return "standard";
}

export type { KindDescriptor, KindPromptWords, KindSection } from "./types.js";
