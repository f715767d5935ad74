// Consistency with its own drafts: grantsmith's offline draft of every example (and of each example
// with its direct beneficiaries split into groups of different units, or of different kinds),
// scored against the facts it came from, has no key figure that disagrees with those facts, no
// finding the facts contradict, the facts' direct count per kind, and the draft's own cost per
// beneficiary.
import { describe, expect, it } from "vitest";
import { deriveFacts } from "../../src/facts/derive.js";
import { loadFacts, type LoadedFacts } from "../../src/facts/load.js";
import { sectionPlan, type SectionId } from "../../src/draft/plan.js";
import { loadTemplates } from "../../src/draft/templates.js";
import { buildView } from "../../src/draft/view.js";
import { scoreText } from "../../src/score/engine.js";
import type { ScoreResult } from "../../src/score/types.js";
import { EXAMPLES } from "../draft/render-helper.js";

async function render(loaded: LoadedFacts): Promise<string> {
  const view = buildView(loaded);
  const templates = await loadTemplates(loaded.facts.language, loaded.facts.kind);
  const narrative: Partial<Record<SectionId, string>> = {};
  for (const spec of sectionPlan(loaded.facts.kind)) narrative[spec.id] = templates.renderOfflineSection(spec.id, view);
  return templates.renderDocument({ ...view, narrative, generator: { offline: true, date: "2025-01-15" } });
}

type Groups = LoadedFacts["facts"]["beneficiaries"];

/** The facts with other beneficiary groups, their figures derived again. */
function withGroups(loaded: LoadedFacts, groups: (list: Groups, zh: boolean) => Groups): LoadedFacts {
  const { derived: _derived, warnings: _warnings, ...input } = loaded.facts;
  const facts = deriveFacts({ ...input, beneficiaries: groups(loaded.facts.beneficiaries, loaded.facts.language === "zh") });
  return { ...loaded, facts };
}

/** The first direct group split in two of the same kind with units of their own (450 children, 30 teachers). */
const split = (list: Groups, zh: boolean): Groups => {
  const at = list.findIndex((g) => g.direct !== false && g.count !== undefined && g.count >= 4);
  if (at < 0) return list;
  const g = list[at]!;
  const staff = Math.max(1, Math.round(g.count! / 15));
  const first = { ...g, count: g.count! - staff, unit: zh ? "名儿童" : "children" };
  const second = { ...g, group: zh ? "带班教师" : "Teachers who lead the groups", count: staff, unit: zh ? "名教师" : "teachers" };
  return [...list.slice(0, at), first, second, ...list.slice(at + 1)];
};

/** Direct households beside direct people: two kinds, never added up. */
const mixed = (list: Groups, zh: boolean): Groups => [
  ...list,
  { group: zh ? "受益家庭" : "Families of the participants", count: 35, unit: zh ? "户" : "households", direct: true, criteria: zh ? "参与者的家庭" : "The participants' families" },
];

/** Every count given as an estimate (约200户): the draft writes 约 / about before it. */
const estimated = (list: Groups): Groups => list.map((g) => (g.count === undefined ? g : { ...g, approximate: true }));

const list = (r: ScoreResult) => r.improvements.map((i) => `${i.points} ${i.line} ${i.criterion} ${i.message}`).join("\n");

async function scoreOwn(loaded: LoadedFacts): Promise<ScoreResult> {
  return scoreText(await render(loaded), { file: "draft.md", facts: loaded });
}

function expectConsistent(r: ScoreResult, loaded: LoadedFacts) {
  const d = loaded.facts.derived;
  // No key figure disagrees with the facts, and no finding is one the facts contradict.
  expect(r.blocking.filter((b) => b.id === "key_figure"), list(r)).toEqual([]);
  expect(r.improvements.filter((i) => i.criterion === "facts"), list(r)).toEqual([]);
  expect(r.improvements.filter((i) => /项目信息文件|facts file/.test(i.message)), list(r)).toEqual([]);
  const people = d.directByKind.find((k) => k.kind === "people");
  if (people) expect(r.metrics.directBeneficiaries, list(r)).toBe(people.value);
  // The cost per beneficiary the draft states is the one the report shows.
  if (d.costPerBeneficiary !== undefined) expect(r.metrics.costPerBeneficiary).toBeCloseTo(d.costPerBeneficiary, 2);
}

describe.each(EXAMPLES)("scoring the offline draft of %s with its facts", (file) => {
  it("agrees with the facts", async () => {
    const loaded = await loadFacts(file);
    expectConsistent(await scoreOwn(loaded), loaded);
  });

  it("agrees with them when the direct beneficiaries are groups with units of their own", async () => {
    const loaded = withGroups(await loadFacts(file), split);
    const r = await scoreOwn(loaded);
    expectConsistent(r, loaded);
    // The groups are added up, not the first one taken for all.
    expect(r.metrics.directBeneficiaries).toBe(loaded.facts.derived.directBeneficiaries);
  });

  it("agrees with them when the counts are estimates, written 约 / about", async () => {
    const loaded = withGroups(await loadFacts(file), estimated);
    const text = await render(loaded);
    expect(text).toMatch(loaded.facts.language === "zh" ? /约\d/ : /about \d/);
    expectConsistent(await scoreText(text, { file: "draft.md", facts: loaded }), loaded);
  });

  it("agrees with them when a group has no unit and its name holds a number (Year 3 pupils, 三年级学生)", async () => {
    const numbered = (list: Groups, zh: boolean): Groups =>
      list.map((g, k) => (k === 0 ? { ...g, group: zh ? "三年级学生" : "Year 3 pupils", unit: undefined } : g));
    const loaded = withGroups(await loadFacts(file), numbered);
    expectConsistent(await scoreOwn(loaded), loaded);
  });

  it("gives people and households apart, never their sum", async () => {
    const loaded = withGroups(await loadFacts(file), mixed);
    const text = await render(loaded);
    const r = await scoreText(text, { file: "draft.md", facts: loaded });
    expectConsistent(r, loaded);
    const kinds = loaded.facts.derived.directByKind;
    if (kinds.length > 1) {
      // The draft states each kind's total and no sum of people and households.
      const sum = kinds.reduce((s, k) => s + k.value, 0);
      expect(text).not.toMatch(new RegExp(`(?<![\\d,.])${sum.toLocaleString("en-US").replace(/,/g, ",?")}(?![\\d,.])`));
      const households = kinds.find((k) => k.kind === "households")!;
      expect(text).toMatch(loaded.facts.language === "zh" ? new RegExp(`人、${households.value}户`) : new RegExp(`people and ${households.value} households`));
      expect(r.metrics.directByKind?.map((k) => k.kind)).toEqual(expect.arrayContaining(kinds.map((k) => k.kind)));
      expect(r.metrics.directBeneficiaries).not.toBe(kinds.reduce((s, k) => s + k.value, 0));
    }
  });
});
