// sentence_length: no over-long sentences (Chinese characters for zh, words for en); a few are tolerated.
import { countCjk, countIn, countWords, isCjkCode, type CountUnit } from "../../text/count.js";
import { splitSentences } from "../../text/sentences.js";
import type { LineRef } from "../read/markdown.js";
import { defineCheck, message, type Report } from "./check.js";
import { perLanguage, quote } from "./context.js";
import { MAX_LISTED, proseLines, sectionAt } from "./prose.js";

/** Clauses joined by semicolons read as separate sentences (a list run into one line). */
function longestClause(sentence: string, unit: CountUnit): number {
  if (unit === "cjk") return longestClauseCjk(sentence);
  // Most sentences have none: count them whole rather than split them.
  if (!SEMICOLONS.some((c) => sentence.includes(c))) return countIn(sentence, unit);
  let n = 0;
  for (const clause of sentence.split(CLAUSE_BREAK)) n = Math.max(n, countIn(clause, unit));
  return n;
}

const SEMICOLONS = [";", "；"] as const;
const [SEMICOLON, FULL_WIDTH_SEMICOLON] = SEMICOLONS.map((c) => c.charCodeAt(0));
const CLAUSE_BREAK = new RegExp(`[${SEMICOLONS.join("")}]`);

/** longestClause in Chinese characters, in one pass: a semicolon starts a new count. */
export function longestClauseCjk(sentence: string): number {
  let longest = 0;
  let n = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c === SEMICOLON || c === FULL_WIDTH_SEMICOLON) {
      if (n > longest) longest = n;
      n = 0;
    } else if (isCjkCode(c)) n++;
  }
  return n > longest ? n : longest;
}

/** The plain version of longestClauseCjk: split at the semicolons, count each clause. */
export function longestClauseCjkReference(sentence: string): number {
  return Math.max(...sentence.split(CLAUSE_BREAK).map(countCjk));
}

type Long = { count: number; text: string; max: number };

const MESSAGES = {
  long: message<Long>("warning", {
    zh: { message: (p) => `句子过长（${p.count} 字）：「${quote(p.text)}」。`, suggestion: (p) => `拆成两三句，每句只说一件事（建议不超过 ${p.max} 字）。` },
    en: { message: (p) => `Sentence too long (${p.count} words): "${quote(p.text, 50)}".`, suggestion: (p) => `Split it into two or three sentences of one idea each (at most ${p.max} words).` },
  }),
};

export const sentenceLengthCheck = defineCheck({
  type: "sentence_length",
  description: "No over-long sentences; missing and empty sections cost their share",
  options: ({ z, perLanguageNumber }) => ({
    max: perLanguageNumber.optional().describe("Longest sentence (Chinese characters for zh, words for en)"),
    allowed: z.number().int().nonnegative().default(1),
  }),
  messages: MESSAGES,
  needs: { text: "share" },
  run(ctx, options) {
    const max = perLanguage(options.max, ctx) ?? (ctx.language === "zh" ? 120 : 40);
    const unit: CountUnit = ctx.language === "zh" ? "cjk" : "words";
    const out: Report<typeof MESSAGES>[] = [];
    let over = 0;
    // Consecutive lines make a block, so a sentence may span lines.
    let block: LineRef[] = [];
    const flush = () => {
      if (block.length === 0) return;
      // No sentence of the block can be longer than the block: its Chinese characters, or its
      // lines' words plus one per line (a sentence may begin inside a word of a line). Most
      // blocks are shorter than the limit and need no splitting.
      let bound = 0;
      for (const b of block) bound += unit === "cjk" ? countCjk(b.text) : countWords(b.text) + 1;
      if (bound <= max) {
        block = [];
        return;
      }
      for (const s of splitSentences(block.map((b) => b.text), block[0]!.line)) {
        const n = longestClause(s.text, unit);
        if (n <= max) continue;
        over++;
        if (out.length >= MAX_LISTED) continue;
        out.push({ message: "long", params: { count: n, text: s.text, max }, loss: over > options.allowed ? 0.1 : 0, line: s.line, section: sectionAt(ctx, s.line) });
      }
      block = [];
    };
    let previous = -1;
    for (const ref of proseLines(ctx, options.sections)) {
      if (ref.line !== previous + 1) flush();
      block.push(ref);
      previous = ref.line;
    }
    flush();
    return out;
  },
});
