// The built-in rubric for a proposal is the one its kind's descriptor names per language, whatever
// the rubric's file is called: with a test kind added to the registry (as its descriptor and its
// line in kinds/index.ts would), the scorer picks the rubrics that descriptor names.
import { describe, expect, it, vi } from "vitest";
import type { Kind, KindDescriptor } from "../../src/kinds/index.js";
import { builtinIdFor, builtinRubricIds, loadedRubricFor, resolveRubric } from "../../src/score/rubric/rubric.js";

// Hoisted with the mock below, which is set up before any import.
const { harvestFair, unbuilt } = vi.hoisted(() => {
  const harvestFair: KindDescriptor = {
    id: "harvest-fair",
    names: { zh: "丰收集市项目书", en: "harvest fair proposal" },
    synonyms: ["harvest fair"],
    prompt: { zh: { writes: "丰收集市项目书", tables: [] }, en: { writes: "harvest fair proposals", tables: [] } },
    sections: [],
    // Neither is harvest-fair-<lang>: built-in rubrics of other kinds, named here.
    rubrics: { zh: "venture-grant-zh", en: "disaster-relief-en" },
  };
  const unbuilt: KindDescriptor = { ...harvestFair, id: "unbuilt", rubrics: { zh: "unbuilt-rubric-zh", en: "unbuilt-rubric-en" } };
  return { harvestFair, unbuilt };
});

vi.mock("../../src/kinds/index.js", async (importOriginal) => {
  const kinds = await importOriginal<typeof import("../../src/kinds/index.js")>();
  const added = new Map<string, KindDescriptor>([
    [harvestFair.id, harvestFair],
    [unbuilt.id, unbuilt],
  ]);
  return { ...kinds, kindDescriptor: (kind: string) => added.get(kind) ?? kinds.kindDescriptor(kind as Kind) };
});

const kind = (id: string) => id as Kind;

describe("a kind's built-in rubric is the one its descriptor names", () => {
  it("is picked per language although its id is not <kind>-<language>", async () => {
    expect(builtinRubricIds()).not.toContain("harvest-fair-zh");
    expect(builtinIdFor("zh", kind("harvest-fair"))).toBe("venture-grant-zh");
    expect(builtinIdFor("en", kind("harvest-fair"))).toBe("disaster-relief-en");
    const rubric = await resolveRubric(undefined, "en", kind("harvest-fair"));
    expect(rubric.id).toBe("disaster-relief-en");
    expect(loadedRubricFor("en", kind("harvest-fair"))).toBe(rubric);
  });

  it("falls back to the standard rubric of the language when the named one is not built in", () => {
    expect(builtinIdFor("zh", kind("unbuilt"))).toBe("standard-zh");
    expect(builtinIdFor("en", kind("unbuilt"))).toBe("standard-en");
  });

  it("the built-in kinds keep their rubrics", () => {
    expect(builtinIdFor("zh", "public-fundraising")).toBe("public-fundraising-zh");
    expect(builtinIdFor("en", "public-fundraising")).toBe("standard-en");
    expect(builtinIdFor("en")).toBe("standard-en");
  });
});
