// Offline drafts as documents, for the tests of this folder: every example, and every language and
// kind (an example of that language drafted as each kind, so a kind without an example is covered).
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assembleDocument } from "../../src/draft/assemble.js";
import { sectionPlan, type SectionId } from "../../src/draft/plan.js";
import { loadTemplates } from "../../src/draft/templates.js";
import { buildView } from "../../src/draft/view.js";
import { loadFacts } from "../../src/facts/load.js";
import { KINDS, type Kind } from "../../src/facts/schema.js";
import type { ProposalDocument } from "../../src/document/model.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every example facts file, by language folder (new examples are picked up). */
export const EXAMPLES = readdirSync(path.join(ROOT, "examples"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(path.join(ROOT, "examples", d.name))
      .filter((f) => f.endsWith(".yaml") && f !== "org.yaml") // org.yaml: an organisation profile, not facts
      .sort()
      .map((f) => `${d.name}/${f}`),
  );

export interface OfflineDraft {
  /** What the document template renders, as `draft --offline` wrote it before the document model. */
  text: string;
  document: ProposalDocument;
}

/** An offline draft of `example`, as `kind` if given, with some sections' narrative replaced. */
export async function offlineDraft(example: string, kind?: Kind, replace: Partial<Record<SectionId, string>> = {}): Promise<OfflineDraft> {
  const loaded = await loadFacts(path.join(ROOT, "examples", example));
  if (kind) loaded.facts.kind = kind;
  const view = buildView(loaded);
  const templates = await loadTemplates(loaded.facts.language, loaded.facts.kind);
  const narrative: Partial<Record<SectionId, string>> = {};
  for (const spec of sectionPlan(loaded.facts.kind)) narrative[spec.id] = replace[spec.id] ?? templates.renderOfflineSection(spec.id, view);
  const full = { ...view, narrative, generator: { offline: true, date: "2025-01-15" } };
  return { text: templates.renderDocument(full), document: assembleDocument(templates, full) };
}

/** [example, kind] for every language folder and kind. */
export const LANGUAGE_KINDS: [string, Kind][] = [...new Set(EXAMPLES.map((e) => e.split("/")[0]!))].flatMap((lang) =>
  KINDS.map((kind): [string, Kind] => [EXAMPLES.find((e) => e.startsWith(`${lang}/`))!, kind]),
);
