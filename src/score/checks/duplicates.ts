// duplicates: a section that appears twice with the same text (an answer pasted twice, a copy left
// behind while moving a section), and a long paragraph repeated word for word elsewhere.
import { isTableLine } from "../read/markdown.js";
import { defineCheck, message } from "./check.js";
import { quote } from "./context.js";
import { duplicateSections } from "./copies.js";

type Twice = { title: string; first: number; second: number };
type Repeated = Twice & { more: number };

/** A paragraph this long (characters without spaces, or Chinese characters) is not repeated by chance. */
const MIN_PARAGRAPH = 60;
const MIN_PARAGRAPH_HAN = 30;

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
    paragraph: message<Repeated>("warning", {
      zh: {
        message: (p) => `第 ${p.first} 行的一段话「${p.title}」在第 ${p.second} 行${p.more > 0 ? `等 ${p.more + 1} 处` : ""}又原样重复${p.more > 0 ? "" : "了一次"}。`,
        suggestion: `删除重复的一段，或改写成这一部分应有的内容。`,
      },
      en: {
        message: (p) =>
          `The paragraph at line ${p.first} ("${p.title}") is repeated word for word at line ${p.second}${p.more > 0 ? ` and ${p.more} more place${p.more === 1 ? "" : "s"}` : ""}.`,
        suggestion: `Delete the repeated paragraph, or replace it with what this section should say.`,
      },
    }),
  },
  // A whole-text check: a missing or empty section is not free of leftovers, it costs its share.
  needs: { text: "share" },
  run(ctx, options) {
    const loss = options.per_finding;
    const out = [];
    const copies = duplicateSections(ctx.proposal);
    for (const { first, second } of copies) {
      out.push({ message: "section", params: { title: quote(second.heading, 30), first: first.line, second: second.line }, loss, line: second.line, section: second.id } as const);
    }
    // A paragraph inside a section already reported is not reported again; each repeated
    // paragraph is one finding, at its first repeat, however often it comes back.
    const covered = (line: number) => copies.some(({ second }) => line > second.line && line <= second.end);
    const seen = new Map<string, { first: number; repeats: number[] }>();
    const lines = ctx.proposal.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // Too short to count, whatever it holds: most lines end here.
      if (line.length < MIN_PARAGRAPH_HAN) continue;
      // Table rows and list items repeat by design (the same deliverable in each phase); paragraphs do not.
      if (isTableLine(line) || /^\s{0,3}(?:#|[-*+•]\s|\d{1,2}[.)、]\s)/.test(line)) continue;
      const key = line.trim();
      if (key.length < MIN_PARAGRAPH && (key.match(/[\u3400-\u9fff]/g)?.length ?? 0) < MIN_PARAGRAPH_HAN) continue;
      const known = seen.get(key);
      if (known === undefined) seen.set(key, { first: i + 1, repeats: [] });
      else if (!covered(i + 1)) known.repeats.push(i + 1);
    }
    for (const [key, { first, repeats }] of seen) {
      if (repeats.length === 0) continue;
      out.push({ message: "paragraph", params: { title: quote(key, 24), first, second: repeats[0]!, more: repeats.length - 1 }, loss: loss / 2, line: repeats[0]! } as const);
    }
    return out;
  },
});
