// Every place src/draft/view-coverage.ts gives a facts field must exist in the view that drafts are
// rendered from: each "view:" path is followed in the views of all examples, and must reach its
// last key in at least one of them (an example whose list is empty cannot show the list's keys).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildView } from "../../src/draft/view.js";
import { FACTS_IN_VIEW } from "../../src/draft/view-coverage.js";
import { loadFacts } from "../../src/facts/load.js";
import { REPO_ROOT } from "../helpers/run-cli.js";

const EXAMPLES = ["zh/elderly-meals", "zh/flood-relief", "zh/public-fundraising", "zh/venture-grant", "en/clean-water-wells", "en/girls-stem-clubs", "en/memory-cafe"];

/** Whether `dotted` ("budget.rows[].unitCost") reaches its last key in `view`; undefined when an empty list stops it first. */
function reaches(view: unknown, dotted: string): boolean | undefined {
  let values: unknown[] = [view];
  for (const part of dotted.split(".")) {
    const list = part.endsWith("[]");
    const key = list ? part.slice(0, -2) : part;
    const next: unknown[] = [];
    for (const value of values) {
      if (value === null || typeof value !== "object") continue;
      if (!(key in value)) return false;
      const child = (value as Record<string, unknown>)[key];
      if (list) {
        if (!Array.isArray(child)) return false;
        next.push(...child);
      } else next.push(child);
    }
    if (next.length === 0) return undefined;
    values = next;
  }
  return true;
}

describe("the facts fields in the view", () => {
  it("every place named for a facts field is in the view of the examples", async () => {
    const views = await Promise.all(EXAMPLES.map(async (name) => buildView(await loadFacts(path.join(REPO_ROOT, "examples", `${name}.yaml`)))));
    const places = Object.values(FACTS_IN_VIEW).flatMap((table) => Object.values(table) as string[]);
    const paths = places.filter((place) => place.startsWith("view:")).map((place) => place.slice("view:".length));
    expect(paths.length).toBeGreaterThan(80);
    for (const dotted of paths) {
      const results = views.map((view) => reaches(view, dotted));
      expect(results, dotted).not.toContain(false);
      expect(results, dotted).toContain(true);
    }
  });
});
