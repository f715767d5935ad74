// The venture-grant figures and the contradictions a program officer would spot, in the facts'
// language; files without a venture_grant block are left as they were.
import { describe, expect, it } from "vitest";
import { deriveFacts } from "../../src/facts/derive.js";
import { factsSchema, type Language } from "../../src/facts/schema.js";

function facts(language: Language, ventureGrant?: Record<string, unknown>, sources = [150000, 50000]) {
  const input = factsSchema.parse({
    kind: "venture-grant",
    title: "四点半课堂",
    organization: { name: "童心社工" },
    need: { problem: "放学后无人看护" },
    beneficiaries: [{ group: "儿童", count: 60 }],
    budget: { total: 200000, funding_sources: sources.map((amount, i) => ({ name: `来源${i + 1}`, amount })) },
    ...(ventureGrant ? { venture_grant: ventureGrant } : {}),
  });
  return deriveFacts({ ...input, language });
}

describe("venture_grant in the facts", () => {
  it("splits the budget into the grant sought and the co-funding", () => {
    const { derived, warnings } = facts("zh", { amount_requested: 150000 });
    expect(derived.ventureGrant).toEqual({ requested: 150000, coFunding: 50000, requestedShare: 0.75, coFundingShare: 0.25 });
    expect(warnings).toEqual([]);
  });

  it("is optional: without the block nothing is derived or checked", () => {
    const { derived, warnings } = facts("zh");
    expect(derived.ventureGrant).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(facts("zh", { rating: "4A" }).derived.ventureGrant).toEqual({});
  });

  it.each([
    ["zh", "申请资助金额250000大于预算总额200000；申请金额应为总预算的一部分"],
    ["en", "the amount requested, 250000, is more than the budget total 200000; it should be part of the budget"],
  ] as const)("says in %s when the amount requested is more than the budget", (language, message) => {
    const { warnings } = facts(language, { amount_requested: 250000 }, [250000]);
    expect(warnings).toEqual([{ path: ["venture_grant", "amount_requested"], message }]);
  });

  it.each([
    ["zh", "申请资助金额120000与资金来源中任何一项的金额都不一致；请在资金来源中列出本次申请"],
    ["en", "the amount requested, 120000, matches no funding source; list this application among budget.funding_sources"],
  ] as const)("says in %s when no funding source is the amount requested", (language, message) => {
    const { warnings } = facts(language, { amount_requested: 120000 });
    expect(warnings).toEqual([{ path: ["venture_grant", "amount_requested"], message }]);
  });
});
