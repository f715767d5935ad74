// Checks on the document's structure and wording: placeholders and template leftovers, vague
// quantifiers, over-long sentences, required elements (Charity Law Art. 24) and free-form patterns.
// Sections present and long enough, and length limits, are in length.ts.
import { countCjk, countIn, countWords, isCjkCode, type CountUnit } from "../../text/count.js";
import { splitSentences } from "../../text/sentences.js";
import { allLines } from "../read/proposal.js";
import { isTableLine, type LineRef } from "../read/markdown.js";
import type { CheckSpec } from "../rubric/schema.js";
import { sectionTitle } from "../aliases.js";
import { bodyLines, coverageFindings, finding, fmt, headingLine, present, quote, type CheckContext, type Finding } from "./context.js";
import { perLanguage } from "./length.js";
import { placeholdersIn } from "./placeholders.js";
import { compiled } from "./regex-cache.js";

type Spec<T extends CheckSpec["type"]> = Extract<CheckSpec, { type: T }>;

const MAX_LISTED = 20;

const MAX_QUOTED = 8;

/**
 * Placeholders and template leftovers, one finding per section (its tables apart from its prose): the
 * placeholders it holds with their lines, worth per_finding each, at the first one (a sparse draft has dozens; one line per section
 * reads better than forty). Missing and empty sections cost their share too (see coverageFindings).
 */
export function placeholdersCheck(ctx: CheckContext, spec: Spec<"placeholders">): Finding[] {
  const scope = spec.sections?.length ? spec.sections : ctx.expected;
  const out: Finding[] = coverageFindings(ctx, scope);
  const lines = spec.sections?.length ? bodyLines(ctx, spec.sections) : allLines(ctx.proposal);
  const groups = new Map<string, { section: string | undefined; hits: { raw: string; what: string; line: number }[] }>();
  for (const ref of lines) {
    if (ref.text.length === 0) continue;
    for (const p of placeholdersIn(ctx.proposal, ref.text)) {
      const section = outermostSectionAt(ctx, ref.line);
      // A table's cells (often rendered from the facts) are one group, the section's prose another.
      const key = `${section ?? ""}\u0000${isTableLine(ref.text) ? "table" : "text"}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { section, hits: [] }));
      group.hits.push({ raw: p.raw, what: p.what, line: ref.line });
    }
  }
  for (const { section, hits } of groups.values()) {
    const first = hits[0]!;
    const n = hits.length;
    if (n === 1) {
      const shown = quote(first.raw, 40);
      out.push(
        finding(ctx, spec.per_finding, "error", first.line,
          [`留有占位符「${shown}」，不能提交。`, `Placeholder left in the text: "${shown}".`],
          first.what
            ? [`补充「${first.what}」的真实信息替换该占位符；如使用 grantsmith，把它写进事实文件后重新生成。`, `Replace it with the real information it asks for (${first.what}); with grantsmith, add it to the facts file and draft again.`]
            : [`用真实信息替换该占位符，或删除这句话。`, `Replace it with the real information, or delete the sentence.`],
          section),
      );
      continue;
    }
    const listed = hits.slice(0, MAX_QUOTED);
    const more = n - listed.length;
    const zhList = listed.map((h) => `「${quote(h.raw, 30)}」（第${h.line}行）`).join("、") + (more > 0 ? `等` : "");
    const enList = listed.map((h) => `"${quote(h.raw, 30)}" (line ${h.line})`).join(", ") + (more > 0 ? `, and ${more} more` : "");
    const title = section ? sectionTitle(section, ctx.language) : undefined;
    out.push(
      finding(ctx, spec.per_finding * n, "error", first.line,
        [
          `${title ? `「${title}」` : ""}留有 ${n} 处占位符：${zhList}，不能提交。`,
          `${n} placeholders left${title ? ` in "${title}"` : ""}: ${enList}.`,
        ],
        [`逐一补充真实信息替换这些占位符，或删除相应的句子；如使用 grantsmith，把缺少的事实写进事实文件后重新生成。`, `Replace each with the real information it asks for, or delete the sentence; with grantsmith, add the missing facts to the facts file and draft again.`],
        section),
    );
  }
  return out;
}

/** The top-level section a line is in ("机构基本信息" under 执行机构介绍 belongs to the latter). */
function outermostSectionAt(ctx: CheckContext, line: number): string | undefined {
  return ctx.proposal.sections.find((s) => s.id !== undefined && line > s.line && line <= s.end)?.id;
}

function sectionAt(ctx: CheckContext, line: number): string | undefined {
  let id: string | undefined;
  for (const s of ctx.proposal.sections) {
    if (s.id !== undefined && line > s.line && line <= s.end) id = s.id;
  }
  return id;
}

export const VAGUE_ZH = ["大量", "若干", "很多", "许多", "众多", "诸多", "大批", "一系列", "显著", "极大", "大幅", "各种", "多种", "相关部门", "一定程度"];
export const VAGUE_EN = ["various", "significant", "significantly", "many", "numerous", "a lot of", "lots of", "several", "a number of", "substantial", "considerable", "huge", "tremendous", "countless"];

export function vaguePattern(extra: readonly string[]): RegExp {
  // The built-in words with one \b pair around the English ones: the same matches as a \b pair
  // around each, found faster (the engine can look ahead at the words' first letters).
  if (extra.length === 0) return compiled(`${VAGUE_ZH.join("|")}|\\b(?:${VAGUE_EN.join("|")})\\b`, "gi");
  const words = [...VAGUE_ZH, ...VAGUE_EN, ...extra].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return compiled(words.map((w) => (/^[\x00-\x7f]+$/.test(w) ? `\\b${w}\\b` : w)).join("|"), "gi");
}

const VAGUE_ZH_ONLY = new RegExp(VAGUE_ZH.join("|"), "g");
const VAGUE_EN_ONLY = new RegExp(`\\b(?:${VAGUE_EN.join("|")})\\b`, "gi");
const HAN_CHAR = /[\u4e00-\u9fff]/;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * The pattern to search a line with: the built-in words of the one language a line is written in
 * (most are), which matches the same as all of them and is quicker; all words otherwise.
 */
export function vaguePatternFor(text: string, extra: readonly string[]): RegExp {
  if (extra.length > 0) return vaguePattern(extra);
  if (!HAN_CHAR.test(text)) return VAGUE_EN_ONLY;
  return LATIN_LETTER.test(text) ? vaguePattern(extra) : VAGUE_ZH_ONLY;
}

/** Lines of running text (no tables, headings or blanks); the vague and sentence checks share them. */
function prose(ctx: CheckContext, ids?: readonly string[]): LineRef[] {
  const memo = (ctx.proposal.memo ??= new Map());
  const key = `prose\u0000${ids?.length ? ids.join(",") : ""}`;
  let lines = memo.get(key);
  if (lines === undefined) {
    const all = ids?.length ? bodyLines(ctx, ids) : allLines(ctx.proposal);
    const headingLines = new Set(ctx.proposal.sections.map((s) => s.line));
    lines = all.filter((l) => l.text.length > 0 && !isTableLine(l.text) && !headingLines.has(l.line) && !/^\s{0,3}#/.test(l.text));
    memo.set(key, lines);
  }
  return lines;
}

export function vagueCheck(ctx: CheckContext, spec: Spec<"vague">): Finding[] {
  const extra = spec.terms ?? [];
  // Wording is credited only for text that is there.
  const out: Finding[] = coverageFindings(ctx, spec.sections?.length ? spec.sections : ctx.expected);
  const covered = out.length;
  let seen = 0;
  for (const ref of prose(ctx, spec.sections)) {
    const re = vaguePatternFor(ref.text, extra);
    re.lastIndex = 0;
    for (let m = re.exec(ref.text); m !== null; m = re.exec(ref.text)) {
      seen++;
      if (out.length - covered >= MAX_LISTED) break;
      out.push(
        finding(
          ctx,
          seen > spec.allowed ? 0.1 : 0,
          "warning",
          ref.line,
          [`「${m[0]}」是模糊的数量词：「${quote(ref.text.slice(Math.max(0, m.index - 8), m.index + 16))}」。`, `"${m[0]}" is a vague quantifier: "${quote(ref.text.slice(Math.max(0, m.index - 20), m.index + 30), 50)}".`],
          [`换成具体的数字和单位（例如「约120户」），并注明数据来源；没有数据就删去这个词。`, `Give the number and unit instead (for example "about 120 households") with its source, or drop the word.`],
          sectionAt(ctx, ref.line),
        ),
      );
    }
  }
  return out;
}

/** Clauses joined by semicolons read as separate sentences (a list run into one line). */
function longestClause(sentence: string, unit: CountUnit): number {
  if (unit === "cjk") return longestClauseCjk(sentence);
  // Most sentences have none: count them whole rather than split them.
  if (!sentence.includes(";") && !sentence.includes("；")) return countIn(sentence, unit);
  let n = 0;
  for (const clause of sentence.split(/[;；]/)) n = Math.max(n, countIn(clause, unit));
  return n;
}

/** longestClause in Chinese characters, in one pass: a semicolon starts a new count. */
function longestClauseCjk(sentence: string): number {
  let longest = 0;
  let n = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x3b || c === 0xff1b) {
      if (n > longest) longest = n;
      n = 0;
    } else if (isCjkCode(c)) n++;
  }
  return n > longest ? n : longest;
}

export function sentenceLengthCheck(ctx: CheckContext, spec: Spec<"sentence_length">): Finding[] {
  const max = perLanguage(spec.max, ctx) ?? (ctx.language === "zh" ? 120 : 40);
  const unit: CountUnit = ctx.language === "zh" ? "cjk" : "words";
  const out: Finding[] = coverageFindings(ctx, spec.sections?.length ? spec.sections : ctx.expected);
  const covered = out.length;
  const lines = prose(ctx, spec.sections);
  let over = 0;
  // Group consecutive lines into blocks so a sentence may span lines.
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
      if (out.length - covered >= MAX_LISTED) continue;
      out.push(
        finding(
          ctx,
          over > spec.allowed ? 0.1 : 0,
          "warning",
          s.line,
          [`句子过长（${n} 字）：「${quote(s.text)}」。`, `Sentence too long (${n} words): "${quote(s.text, 50)}".`],
          [`拆成两三句，每句只说一件事（建议不超过 ${max} 字）。`, `Split it into two or three sentences of one idea each (at most ${max} words).`],
          sectionAt(ctx, s.line),
        ),
      );
    }
    block = [];
  };
  let previous = -1;
  for (const ref of lines) {
    if (ref.line !== previous + 1) flush();
    block.push(ref);
    previous = ref.line;
  }
  flush();
  return out;
}

export function elementsCheck(ctx: CheckContext, spec: Spec<"elements">): Finding[] {
  const scope = ctx.sections.length > 0 && ctx.sections.some((id) => present(ctx, id))
    ? bodyLines(ctx)
    : allLines(ctx.proposal);
  const anchor = headingLine(ctx);
  const out: Finding[] = [];
  const n = spec.items.length;
  for (const item of spec.items) {
    const label = (ctx.language === "zh" ? item.label.zh : item.label.en) ?? item.label.zh ?? item.label.en ?? item.id;
    const patterns = item.patterns.map((p) => compiled(p, "i"));
    const hit = scope.find((ref) => patterns.some((re) => re.test(ref.text)));
    if (!hit) {
      out.push(
        finding(
          ctx,
          1 / n,
          "error",
          anchor,
          [`缺少必备要素「${label}」。`, `Required element missing: ${label}.`],
          [`写明「${label}」${item.hint?.zh ? `：${item.hint.zh}` : ""}。`, `State the ${label}${item.hint?.en ? `: ${item.hint.en}` : ""}.`],
        ),
      );
      continue;
    }
    const afterLabel = valueAfterLabel(hit.text, patterns);
    if (placeholdersIn(ctx.proposal, hit.text).length > 0 || afterLabel.trim().length === 0) {
      out.push(
        finding(
          ctx,
          1 / n,
          "error",
          hit.line,
          [`必备要素「${label}」未填写。`, `Required element not filled in: ${label}.`],
          [`填入「${label}」的具体内容${item.hint?.zh ? `（${item.hint.zh}）` : ""}。`, `Fill in the ${label}${item.hint?.en ? ` (${item.hint.en})` : ""}.`],
        ),
      );
    }
  }
  return out;
}

/** What follows an element's label on its line: "银行账户：xx银行…" → "xx银行…"; table cells after the label. */
function valueAfterLabel(text: string, patterns: readonly RegExp[]): string {
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    return text
      .slice(m.index + m[0].length)
      .replace(/^[^|:：]{0,6}[|:：]/, "")
      .replace(/[|*\s:：]/g, "");
  }
  return text;
}

export function patternCheck(ctx: CheckContext, spec: Spec<"pattern">): Finding[] {
  const source = typeof spec.pattern === "string" ? spec.pattern : spec.pattern[ctx.language] ?? spec.pattern.zh ?? spec.pattern.en;
  if (!source) return [];
  const re = compiled(source, "gi");
  let count = 0;
  const lines = ctx.sections.length > 0 ? bodyLines(ctx) : allLines(ctx.proposal);
  for (const ref of lines) {
    re.lastIndex = 0;
    count += ref.text.match(re)?.length ?? 0;
  }
  if (count >= spec.min) return [];
  const pick = (v: { zh?: string; en?: string }) => v[ctx.language] ?? v.zh ?? v.en ?? "";
  return [
    { loss: 1 - count / spec.min, severity: "warning", line: headingLine(ctx), message: pick(spec.message), suggestion: pick(spec.suggestion), ...(ctx.sections[0] ? { section: ctx.sections[0] } : {}) },
  ];
}

export { fmt };
