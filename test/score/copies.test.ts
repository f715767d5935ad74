// Sections pasted twice: the one-pass duplicateSections against its plain version beside it in
// src/score/checks/copies.ts, on seeded proposals of like headings, nested copies and short bodies.
import { describe, expect, it } from "vitest";
import { duplicateSections, duplicateSectionsReference } from "../../src/score/checks/copies.js";
import { parseProposal } from "../../src/score/read/proposal.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";
import { seeded } from "../helpers/random.js";

const HEADINGS = ["项目背景", "项目 背景", "Budget", "budget", "风险", "Need"];
const BODIES = [
  "辖区独居老人四百余人，其中三成以上每天至少有一餐吃不上热饭，子女多在外地工作，照顾不便。",
  "辖区独居老人四百余人，其中三成以上每天至少有一餐吃不上热饭，子女多在外地工作，照 顾不便。",
  "The clubs meet twice a week after school in the two county secondary schools, led by trained mentors.",
  "见附件。",
  "",
];

/** A proposal of `count` headings at random levels, each with one of a few bodies. */
function randomProposal(next: () => number, count: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const parts: string[] = [];
  for (let k = 0; k < count; k++) {
    parts.push(`${"#".repeat(1 + Math.floor(next() * 3))} ${pick(HEADINGS)}`);
    const body = pick(BODIES);
    if (body !== "") parts.push(body);
  }
  return `${parts.join("\n\n")}\n`;
}

describe("duplicateSections", () => {
  const matcher = buildSectionMatcher();

  it("pairs what the plain comparison of every two sections pairs (seeded)", () => {
    const next = seeded(8);
    let pairs = 0;
    for (let n = 0; n < 2000; n++) {
      const text = randomProposal(next, Math.floor(next() * 12));
      const expected = duplicateSectionsReference(parseProposal(text, matcher));
      expect(duplicateSections(parseProposal(text, matcher)), text).toEqual(expected);
      pairs += expected.length;
    }
    // The inputs hold copies enough to tell the two apart.
    expect(pairs).toBeGreaterThan(300);
  });

  it("pairs a copy with the first it repeats, not with the copy before it", () => {
    const body = BODIES[0]!;
    const proposal = parseProposal(`## 项目背景\n\n${body}\n\n## 项目背景\n\n${body}\n\n## 项目 背景\n\n${body}\n`, matcher);
    const found = duplicateSections(proposal).map(({ first, second }) => [first.line, second.line]);
    expect(found).toEqual([
      [1, 5],
      [1, 9],
    ]);
    expect(duplicateSectionsReference(proposal).map(({ first, second }) => [first.line, second.line])).toEqual(found);
  });
});
