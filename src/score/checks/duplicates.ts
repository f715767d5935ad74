// duplicates: a section that appears twice with the same text (an answer pasted twice, a copy left
// behind while moving a section), and a long paragraph repeated word for word elsewhere.
import { isTableLine } from "../read/markdown.js";
import type { Section } from "../read/proposal.js";
import { defineCheck, message } from "./check.js";
import { quote, type CheckContext } from "./context.js";

type Twice = { title: string; first: number; second: number };

/** A paragraph this long (characters without spaces, or Chinese characters) is not repeated by chance. */
const MIN_PARAGRAPH = 60;
const MIN_PARAGRAPH_HAN = 30;
/** A section body this long is compared; shorter ones ("见附件", "N/A") may well repeat. */
const MIN_BODY = 40;

export const duplicatesCheck = defineCheck({
  type: "duplicates",
  description: "No section or long paragraph appears twice",
  options: ({ z }) => ({
    per_finding: z.number().gt(0).max(1).default(0.5).describe("Share of the check lost per duplicate"),
  }),
  messages: {
    section: message<Twice>("error", {
      zh: { message: (p) => `「${p.title}」重复出现了两次（第 ${p.first} 行和第 ${p.second} 行），内容相同。`, suggestion: (p) => `删除从第 ${p.second} 行起的重复部分，只保留一份。` },
      en: { message: (p) => `"${p.title}" appears twice (lines ${p.first} and ${p.second}) with the same text.`, suggestion: (p) => `Delete the duplicate copy starting at line ${p.second}; keep one.` },
    }),
    paragraph: message<Twice>("warning", {
      zh: { message: (p) => `第 ${p.first} 行的一段话「${p.title}」在第 ${p.second} 行又原样重复了一次。`, suggestion: `删除重复的一段，或改写成这一部分应有的内容。` },
      en: { message: (p) => `The paragraph at line ${p.first} ("${p.title}") is repeated word for word at line ${p.second}.`, suggestion: `Delete the repeated paragraph, or replace it with what this section should say.` },
    }),
  },
  // A whole-text check: a missing or empty section is not free of leftovers, it costs its share.
  needs: { text: "share" },
  run(ctx, options) {
    const loss = options.per_finding;
    const out = [];
    const copies = duplicateSections(ctx);
    for (const { first, second } of copies) {
      out.push({ message: "section", params: { title: quote(second.heading, 30), first: first.line, second: second.line }, loss, line: second.line, section: second.id } as const);
    }
    // A paragraph inside a section already reported is not reported again.
    const covered = (line: number) => copies.some(({ second }) => line > second.line && line <= second.end);
    const seen = new Map<string, number>();
    for (let i = 0; i < ctx.proposal.lines.length; i++) {
      const line = ctx.proposal.lines[i]!;
      // Table rows and list items repeat by design (the same deliverable in each phase); paragraphs do not.
      if (isTableLine(line) || /^\s{0,3}#/.test(line) || /^\s*(?:[-*+•]|\d{1,2}[.)、])\s/.test(line)) continue;
      const key = line.replace(/\s+/g, "");
      if (key.length < MIN_PARAGRAPH && (key.match(/[\u3400-\u9fff]/g)?.length ?? 0) < MIN_PARAGRAPH_HAN) continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i + 1);
        continue;
      }
      if (!covered(i + 1)) out.push({ message: "paragraph", params: { title: quote(line, 24), first, second: i + 1 }, loss: loss / 2, line: i + 1 } as const);
    }
    return out;
  },
});

/** The text under a section, spaces and blank lines aside. */
function bodyKey(ctx: CheckContext, s: Section): string {
  return ctx.proposal.lines.slice(s.start, s.end).join("").replace(/\s+/g, "");
}

/** Pairs of sections with the same heading, rank and text: each copy with the first it repeats. */
function duplicateSections(ctx: CheckContext): { first: Section; second: Section }[] {
  const byHeading = new Map<string, Section[]>();
  const out: { first: Section; second: Section }[] = [];
  for (const s of ctx.proposal.sections) {
    if (s.rank === 0) continue;
    const key = `${s.rank}\u0000${s.heading.replace(/\s+/g, "").toLowerCase()}`;
    const earlier = byHeading.get(key);
    if (!earlier) {
      byHeading.set(key, [s]);
      continue;
    }
    earlier.push(s);
    const body = bodyKey(ctx, s);
    if (body.length < MIN_BODY) continue;
    // A copy nested in its original is not a second copy of it.
    const first = earlier.find((e) => e !== s && s.line > e.end && bodyKey(ctx, e) === body);
    if (first) out.push({ first, second: s });
  }
  return out;
}
