// Sections that repeat an earlier one word for word (an answer pasted twice). The duplicates check
// reports them; the other checks read a section's copy once, so a pasted copy does not add
// activities, outputs or objectives to the count.
import type { LineRef } from "../read/markdown.js";
import type { Proposal, Section } from "../read/proposal.js";

/** A section body this long is compared; shorter ones ("见附件", "N/A") may well repeat. */
const MIN_BODY = 40;

/** Found once per parsed proposal. */
const found = new WeakMap<Proposal, readonly { first: Section; second: Section }[]>();

/** These lines without those of a section's second copy (heading included). */
export function withoutCopies(proposal: Proposal, lines: LineRef[]): LineRef[] {
  const copies = duplicateSections(proposal);
  if (copies.length === 0) return lines;
  return lines.filter((l) => !copies.some(({ second }) => l.line >= second.line && l.line <= second.end));
}

/** The text under a section, spaces and blank lines aside. */
function bodyKey(proposal: Proposal, s: Section): string {
  return proposal.lines.slice(s.start, s.end).join("").replace(/\s+/g, "");
}

/** A section's heading and rank, as two sections must share them to be copies. */
const headingKey = (s: Section) => `${s.rank}\u0000${s.heading.replace(/\s+/g, "").toLowerCase()}`;

/**
 * Pairs of sections with the same heading, rank and text: each copy with the first it repeats.
 * One pass, by heading and then by text, so a file of thousands of like headings stays linear;
 * duplicateSectionsReference is the plain version, and test/score/copies.test.ts compares the two.
 */
export function duplicateSections(proposal: Proposal): readonly { first: Section; second: Section }[] {
  const known = found.get(proposal);
  if (known) return known;
  const headings = new Set<string>();
  const byText = new Map<string, Section>();
  const out: { first: Section; second: Section }[] = [];
  for (const s of proposal.sections) {
    if (s.rank === 0) continue;
    const heading = headingKey(s);
    const repeated = headings.has(heading);
    headings.add(heading);
    // A body is read only under a heading seen before; the first of each is read when the second comes.
    if (!repeated) {
      byText.set(`${heading}\u0000first`, s);
      continue;
    }
    const firstOfHeading = byText.get(`${heading}\u0000first`);
    if (firstOfHeading) {
      byText.delete(`${heading}\u0000first`);
      const key = bodyKey(proposal, firstOfHeading);
      if (key.length >= MIN_BODY && !byText.has(`${heading}\u0000${key}`)) byText.set(`${heading}\u0000${key}`, firstOfHeading);
    }
    const body = bodyKey(proposal, s);
    if (body.length < MIN_BODY) continue;
    const key = `${heading}\u0000${body}`;
    const first = byText.get(key);
    // A copy nested in its original is not a second copy of it.
    if (first && s.line > first.end) out.push({ first, second: s });
    else if (!first) byText.set(key, s);
  }
  found.set(proposal, out);
  return out;
}

/**
 * duplicateSections the plain way: each titled section against every earlier one, and the first
 * with its heading, rank and text (long enough to compare) is the one it repeats, unless it is
 * nested in that one.
 */
export function duplicateSectionsReference(proposal: Proposal): { first: Section; second: Section }[] {
  const titled = proposal.sections.filter((s) => s.rank !== 0);
  const out: { first: Section; second: Section }[] = [];
  titled.forEach((second, k) => {
    const body = bodyKey(proposal, second);
    if (body.length < MIN_BODY) return;
    const first = titled.slice(0, k).find((s) => headingKey(s) === headingKey(second) && bodyKey(proposal, s) === body);
    if (first && second.line > first.end) out.push({ first, second });
  });
  return out;
}
