// leftovers: what a model (or a copy from a chat window) leaves in a proposal that is not the
// proposal: its reasoning (<think>…</think>), its preamble and closing ("好的，以下是…",
// "Let me know if…"), a refusal ("I'm sorry, but I can't…", "作为一个AI语言模型，我无法…") anywhere in
// a section, prose wrapped in a code fence, a section written in the other language, and
// a sub-heading that names another section (one section's answer pasted into another). The phrase
// lists are the answer cleaner's (src/text/leftovers.ts): what draft removes, score finds.
import { headingCore } from "../../llm/answer.js";
import { sectionTitle } from "../aliases.js";
import { ANY_REASONING_TAG, isClosing, isPreamble, isStrongRefusal, OPENING_TAG, PROSE_FENCE_OPEN, REASONING_END } from "../../text/leftovers.js";
import { placeholder } from "../../text/placeholders.js";
import { isTableLine } from "../read/markdown.js";
import { sectionsWithId, type Section } from "../read/proposal.js";
import type { Language } from "../types.js";
import { defineCheck, message } from "./check.js";
import { quote, type CheckContext } from "./context.js";
import { wordPattern } from "../words/lists.js";

type At = { title: string };
type Quoted = At & { text: string };
type Fence = At & { open: number; close: number };
type Foreign = At & { written: Language };
type Named = At & { sub: string; other: string; line: number };

const LANGUAGE_NAME = { zh: { zh: "中文", en: "英文" }, en: { zh: "Chinese", en: "English" } } as const;

export const leftoversCheck = defineCheck({
  type: "leftovers",
  description: "No model leftovers: reasoning, preambles and closings, refusals, fenced prose, a section in the other language, a sub-heading naming another section",
  options: ({ z, words }) => ({
    per_finding: z.number().gt(0).max(1).default(0.5).describe("Share of the check lost per leftover"),
    words: words("language_names"),
  }),
  messages: {
    reasoning: message<At>("error", {
      zh: { message: (p) => `「${p.title}」中留有模型的推理过程（<think>…</think>），不是项目书的内容。`, suggestion: `删除从 <think> 到 </think> 的全部文字（包括这两个标记），只保留项目书正文。` },
      en: { message: (p) => `The model's reasoning (<think>…</think>) is left in "${p.title}"; it is not part of the proposal.`, suggestion: `Delete everything from <think> to </think>, the tags included; keep only the proposal's text.` },
    }),
    preamble: message<Quoted>("error", {
      zh: { message: (p) => `「${p.title}」开头的「${p.text}」是模型对提问者说的话，不是项目书的内容。`, suggestion: `删除这一句，让这一部分直接从正文开始。` },
      en: { message: (p) => `"${p.text}" at the start of "${p.title}" is the model talking to whoever asked, not part of the proposal.`, suggestion: `Delete this line, so the section starts with its content.` },
    }),
    closing: message<Quoted>("error", {
      zh: { message: (p) => `「${p.title}」末尾的「${p.text}」是模型的客套话，不是项目书的内容。`, suggestion: `删除这一句；项目书不向评审提出修改服务。` },
      en: { message: (p) => `"${p.text}" at the end of "${p.title}" is the model's sign-off, not part of the proposal.`, suggestion: `Delete this line: a proposal does not offer the reviewer further edits.` },
    }),
    refusal: message<Quoted>("error", {
      zh: { message: (p) => `「${p.title}」中的「${p.text}」是模型拒绝作答的话，不是项目书的内容。`, suggestion: `删除这一句，补上这里应有的内容（事实不足处写${placeholder("…", "zh")}）。` },
      en: { message: (p) => `"${p.text}" in "${p.title}" is the model declining to answer, not part of the proposal.`, suggestion: `Delete this line and write what belongs here (a ${placeholder("…", "en")} where a fact is missing).` },
    }),
    fencedProse: message<Fence>("warning", {
      zh: { message: (p) => `「${p.title}」中的正文被代码块标记（\`\`\`）包住，在 Word 和网页中会显示成代码，评分也读不到它。`, suggestion: (p) => `删除第 ${p.open} 行和第 ${p.close} 行的 \`\`\` 标记，保留其中的文字。` },
      en: {
        message: (p) => `Prose in "${p.title}" is wrapped in a code fence (\`\`\`): Word and web pages show it as code.`,
        suggestion: (p) => `Remove the \`\`\` lines (lines ${p.open} and ${p.close}) and keep the text between them.`,
      },
    }),
    otherLanguage: message<Foreign>("error", {
      zh: {
        message: (p) => `「${p.title}」是用${LANGUAGE_NAME.zh[p.written]}写的，而全文是${LANGUAGE_NAME.zh[p.written === "zh" ? "en" : "zh"]}。`,
        suggestion: (p) => `用${LANGUAGE_NAME.zh[p.written === "zh" ? "en" : "zh"]}重写这一部分（或删除它）：评审读的是同一种语言的项目书。`,
      },
      en: {
        message: (p) => `"${p.title}" is written in ${LANGUAGE_NAME.en[p.written]}; the rest of the proposal is in ${LANGUAGE_NAME.en[p.written === "zh" ? "en" : "zh"]}.`,
        suggestion: (p) => `Rewrite this section in ${LANGUAGE_NAME.en[p.written === "zh" ? "en" : "zh"]} (or delete it): reviewers read a proposal in one language.`,
      },
    }),
    namesOther: message<Named>("warning", {
      zh: {
        message: (p) => `「${p.title}」中的小标题「${p.sub}」是另一部分「${p.other}」的标题（该部分在第 ${p.line} 行）。`,
        suggestion: (p) => `这多半是另一部分的内容写进了这里：删除这个小标题及其下的文字，或把有用的内容并入「${p.other}」。`,
      },
      en: {
        message: (p) => `The sub-heading "${p.sub}" inside "${p.title}" names another section, "${p.other}" (at line ${p.line}).`,
        suggestion: (p) => `Another section's text was probably pasted here: delete the sub-heading and what is under it, or move what is useful into "${p.other}".`,
      },
    }),
  },
  // A whole-text check: a missing or empty section is not free of leftovers, it costs its share.
  needs: { text: "share" },
  run(ctx, options) {
    const loss = options.per_finding;
    const out = [];
    for (const f of reasoningAndTalk(ctx)) out.push({ ...f, loss } as const);
    for (const f of refusals(ctx)) out.push({ ...f, loss } as const);
    for (const f of fencedProse(ctx)) out.push({ ...f, loss } as const);
    for (const f of otherLanguage(ctx, wordPattern("language_names", options.words))) out.push({ ...f, loss } as const);
    for (const f of namesOther(ctx)) out.push({ ...f, loss } as const);
    return out;
  },
});

/** A short quote of a line, the ellipsis right after the last word. */
const said = (text: string) => quote(text, 30).replace(/\s+…$/, "…");

/** What a section is called in a message: the heading as the document writes it. */
function titleOf(ctx: CheckContext, s: Section | undefined): string {
  if (!s) return ctx.language === "zh" ? "开头" : "the opening";
  return quote(s.heading, 30) || (s.id ? sectionTitle(s.id, ctx.language) : "");
}

/** The section a line is in: the innermost heading above it. */
function sectionOf(ctx: CheckContext, line: number): Section | undefined {
  let found: Section | undefined;
  for (const s of ctx.proposal.sections) {
    if (s.line < line && line <= s.end && s.rank > 0) found = s;
  }
  return found;
}

/** Each section's own lines (up to its first sub-heading), 0-based [start, end), with the section. */
function ownBodies(ctx: CheckContext): { section: Section; start: number; end: number }[] {
  const sections = ctx.proposal.sections;
  return sections.map((section, k) => ({ section, start: section.start, end: Math.min(section.end, k + 1 < sections.length ? sections[k + 1]!.line - 1 : section.end) }));
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

const MAX_TALK = 130;

/** A line of a section's text: not blank, not a table row, not a code fence. */
const isText = (line: string) => line.trim() !== "" && !isTableLine(line) && !FENCE.test(line);

function reasoningAndTalk(ctx: CheckContext) {
  const lines = ctx.proposal.lines;
  const out = [];
  // Reasoning: one finding per block, at the tag that opens it (or a closing tag alone).
  for (let i = 0; i < lines.length; i++) {
    // Most lines hold no "<" at all: the tag's expression is tried only on those that do.
    if (!lines[i]!.includes("<") || !ANY_REASONING_TAG.test(lines[i]!)) continue;
    out.push({ message: "reasoning", params: { title: titleOf(ctx, sectionOf(ctx, i + 1)) }, line: i + 1 } as const);
    if (OPENING_TAG.test(lines[i]!)) {
      let end = i;
      while (end + 1 < lines.length && !REASONING_END.test(lines[end]!)) end++;
      i = end;
    }
  }
  // A preamble is the first line under a heading, a closing the last: where a pasted answer has them.
  for (const { section, start, end } of ownBodies(ctx)) {
    if (section.rank === 0) continue;
    // Only the first and the last line of text are read: found from either end.
    let firstAt = start;
    while (firstAt < end && !isText(lines[firstAt]!)) firstAt++;
    if (firstAt === end) continue;
    let lastAt = end - 1;
    while (!isText(lines[lastAt]!)) lastAt--;
    const first = lines[firstAt]!;
    // Talk around an answer is a short line (the cleaner's limit, 120 characters, and its marks).
    if (first.length <= MAX_TALK && isPreamble(first) && /[：:]\s*\**\s*$|以下|下面|\b(?:here|below)\b/i.test(first)) {
      out.push({ message: "preamble", params: { title: titleOf(ctx, section), text: said(first) }, line: firstAt + 1, section: section.id } as const);
    }
    const last = lines[lastAt]!;
    if (lastAt > firstAt && last.length <= MAX_TALK && isClosing(last)) {
      out.push({ message: "closing", params: { title: titleOf(ctx, section), text: said(last) }, line: lastAt + 1, section: section.id } as const);
    }
  }
  return out;
}

/**
 * A refusal said in full (isStrongRefusal) on any line of text outside fences, tables and block
 * quotes: a beneficiary quoted in a block quote may say "I can't…" / "我不能…", and a line that
 * only opens with 对不起 or Sorry is content, not the model.
 */
function refusals(ctx: CheckContext) {
  const lines = ctx.proposal.lines;
  const out = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || !isText(line) || /^\s*(?:>|#)/.test(line) || !isStrongRefusal(line)) continue;
    const section = sectionOf(ctx, i + 1);
    out.push({ message: "refusal", params: { title: titleOf(ctx, section), text: said(line.trim()) }, line: i + 1, ...(section?.id ? { section: section.id } : {}) } as const);
  }
  return out;
}

/** A line that reads as code: braces and semicolons, assignments, shell prompts, keywords. */
const CODE_LINE = /[{};]\s*$|^\s*[{}]|\b(?:function|const|let|var|def|class|import|return|SELECT|INSERT)\b|=>|==|^\s*\$ |^\s*(?:\/\/|#!)|<\/?[a-z][\w-]*[^>]*>|\w\(.*\)\s*$/;

const HAN_CHAR = /[\u3400-\u9fff]/;
const HAN_CHARS = /[\u3400-\u9fff]/g;
const LATIN_WORD = /[A-Za-z]{2}/;
const LATIN_WORDS = /[A-Za-z]{2,}/g;
const han = (text: string) => (HAN_CHAR.test(text) ? (text.match(HAN_CHARS)?.length ?? 0) : 0);
const words = (text: string) => (LATIN_WORD.test(text) ? (text.match(LATIN_WORDS)?.length ?? 0) : 0);

/** Addresses, code and links, which say nothing about the language a section is written in. */
const NOT_PROSE = /https?:\/\/\S+|`[^`]*`|\[[^\]]*\]\([^)]*\)|\S+@\S+/g;

function fencedProse(ctx: CheckContext) {
  const lines = ctx.proposal.lines;
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    let close = i + 1;
    const closes = (line: string) => line.trim().startsWith(open[1]!) && /^\s*(?:`{3,}|~{3,})\s*$/.test(line);
    while (close < lines.length && !closes(lines[close]!)) close++;
    const body = lines.slice(i + 1, close).filter((l) => l.trim() !== "");
    const isProse = PROSE_FENCE_OPEN.test(lines[i]!) && body.length > 0 && body.filter((l) => CODE_LINE.test(l)).length <= body.length * 0.2;
    const text = body.join(" ");
    if (isProse && close < lines.length && (han(text) >= 15 || words(text) >= 12)) {
      out.push({ message: "fencedProse", params: { title: titleOf(ctx, sectionOf(ctx, i + 1)), open: i + 1, close: close + 1 }, line: i + 1 } as const);
    }
    i = close;
  }
  return out;
}

/** Enough text to say what language a section is in. */
const MIN_HAN = 20;
const MIN_WORDS = 12;

/** Sections in the other language, but for one whose heading says it is meant to be (英文摘要, English summary). */
function otherLanguage(ctx: CheckContext, namesALanguage: RegExp) {
  const lines = ctx.proposal.lines;
  // What a section of this document must hold a lot of to be in the other language: Chinese in an
  // English proposal, English in a Chinese one. Counted first, and the rest only for a section that has it.
  const [foreign, own] = ctx.language === "en" ? [han, words] : [words, han];
  const least = ctx.language === "en" ? MIN_HAN : MIN_WORDS;
  const out = [];
  for (const { section, start, end } of ownBodies(ctx)) {
    if (section.rank === 0 || namesALanguage.test(section.heading)) continue;
    const text: string[] = [];
    let inFence = false;
    for (let i = start; i < end; i++) {
      const line = lines[i]!;
      if (line.length === 0) continue;
      if (FENCE.test(line)) inFence = !inFence;
      if (inFence || isTableLine(line)) continue;
      text.push(line.includes("/") || line.includes("`") || line.includes("@") ? line.replace(NOT_PROSE, " ") : line);
    }
    const body = text.join("\n");
    const other = foreign(body);
    if (other < least || own(body) * 4 >= other) continue;
    out.push({ message: "otherLanguage", params: { title: titleOf(ctx, section), written: ctx.language === "en" ? "zh" : "en" }, line: section.line, section: section.id } as const);
  }
  return out;
}

const ATX = /^\s{0,3}#{1,6}\s/;

/**
 * A sub-heading inside one section that repeats the heading of another section the document has
 * on its own ("### 项目预算" under 活动安排, with "## 六、项目预算" further on): the other section's
 * answer pasted in. Only a Markdown heading written like the other one counts: a bold label
 * ("**Team**: …" under each milestone) or a heading that merely maps to the same section is content.
 */
function namesOther(ctx: CheckContext) {
  const sections = ctx.proposal.sections;
  const lines = ctx.proposal.lines;
  const out = [];
  // Sections come in line order: each outermost one (the title aside) is followed by those inside it.
  for (let k = 0; k < sections.length; k++) {
    const parent = sections[k]!;
    if (parent.rank === 0) continue;
    let j = k + 1;
    for (; j < sections.length && sections[j]!.line <= parent.end; j++) {
      const sub = sections[j]!;
      if (parent.id === undefined || sub.id === undefined || sub.id === parent.id || sub.id === "summary") continue;
      if (!ATX.test(lines[sub.line - 1]!)) continue;
      const core = headingCore(sub.heading);
      const own = sectionsWithId(ctx.proposal, sub.id).find((s) => (s.line < parent.line || s.line > parent.end) && headingCore(s.heading) === core);
      if (!own) continue;
      out.push({
        message: "namesOther",
        params: { title: titleOf(ctx, parent), sub: quote(sub.heading, 30), other: titleOf(ctx, own), line: own.line },
        line: sub.line,
        section: parent.id,
      } as const);
    }
    k = j - 1;
  }
  return out;
}
