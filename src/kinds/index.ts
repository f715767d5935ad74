// The kinds registry: every proposal kind grantsmith drafts and scores. The CLI's --kind choices,
// the facts and rubric schemas, `grantsmith templates`, the drafting plan, the shared prompts' kind
// words and the scorer's kind detection all read this list. A new kind touches:
// - src/kinds/<kind>.ts, its descriptor (names, the words the shared system prompts say for it,
//   sections with their notes and lead partials, rubrics, detection), and one line here;
// - its data files: templates/{zh,en}/<kind>.md.hbs; the prompts (prompts/{zh,en}/sections/) and
//   offline sentences (templates/{zh,en}/offline/) of the sections it adds or writes its own way, and
//   any partial a section's lead names (templates/{zh,en}/partials/); rubrics/<kind>-{zh,en}.yaml,
//   or a fallback named in the descriptor; templates/init/{zh,en}/<kind>.yaml; an example;
// - the generated shapes, since both list the kind ids: `npm run build && npm run facts-shape:write`
//   (src/facts/facts-shape.ts), then `npm run build && npm run schema:write` (schema/).
// No shared prompt or template names a kind. A kind with facts of its own (as venture_grant, relief,
// fundraising) also touches src/facts/schema.ts (the fields), src/facts/derive.ts (what is computed
// from them), src/draft/view.ts (where the templates find them) and src/draft/view-coverage.ts (the
// place of each field in the view), and needs the two writes above after the schema change.
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
