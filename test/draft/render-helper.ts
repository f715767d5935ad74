// Renders an offline draft the way `grantsmith draft --offline` does, for the tests of this folder.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadFacts } from "../../src/facts/load.js";
import { sectionPlan, type SectionId } from "../../src/draft/plan.js";
import { loadTemplates } from "../../src/draft/templates.js";
import { buildView } from "../../src/draft/view.js";

export async function renderOffline(file: string): Promise<string> {
  const loaded = await loadFacts(file);
  const view = buildView(loaded);
  const templates = await loadTemplates(loaded.facts.language, loaded.facts.kind);
  const narrative: Partial<Record<SectionId, string>> = {};
  for (const spec of sectionPlan(loaded.facts.kind)) narrative[spec.id] = templates.renderOfflineSection(spec.id, view);
  return templates.renderDocument({ ...view, narrative, generator: { offline: true, date: "2025-01-15" } });
}

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const EXAMPLES = ["zh", "en"].flatMap((lang) =>
  readdirSync(path.join(ROOT, "examples", lang))
    .filter((f) => f.endsWith(".yaml") && f !== "org.yaml") // org.yaml: an organisation profile, not facts
    .map((f) => path.join(ROOT, "examples", lang, f)),
);
/** Examples that leave facts out on purpose, to show placeholders. */
export const SPARSE = new Set(["sparse.yaml"]);

