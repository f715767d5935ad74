// Checks on the document's structure and wording: sections present and long enough, length limits,
// placeholders and template leftovers, vague quantifiers, over-long sentences, required elements
// (Charity Law Art. 24) and free-form patterns.
import { countIn, stripMarkup, type CountUnit } from "../../text/count.js";
import { splitSentences } from "../../text/sentences.js";
import { sectionTitle } from "../aliases.js";
import { allLines } from "../proposal.js";
import { isTableLine, type LineRef } from "../markdown.js";
import type { CheckSpec } from "../rubric-schema.js";
import {
  bodyLines, finding, fmt, headingLine, missingSections, present, quote, say,
  type CheckContext, type Finding,
} from "./context.js";
import { compiled } from "./regex-cache.js";

type Spec<T extends CheckSpec["type"]> = Extract<CheckSpec, { type: T }>;

const MAX_LISTED = 20;

export function unitFor(unit: CountUnit | "auto", ctx: Pick<CheckContext, "language">): CountUnit {
  return unit === "auto" ? (ctx.language === "zh" ? "cjk" : "words") : unit;
}

function perLanguage(value: number | { zh?: number; en?: number } | undefined, ctx: CheckContext): number | undefined {
  if (value === undefined || typeof value === "number") return value;
  return value[ctx.language];
}

export function unitName(unit: CountUnit, ctx: CheckContext): string {
  const names: Record<CountUnit, [string, string]> = {
    cjk: ["个汉字", "Chinese characters"],
    words: ["词", "words"],
    chars: ["字符（含空格）", "characters (with spaces)"],
    chars_no_spaces: ["字符（不含空格）", "characters (without spaces)"],
  };
  return say(ctx, ...names[unit]);
}

/** The section's text without markup or placeholders (【待补充：…】 is not text the writer wrote). */
function plainOf(lines: readonly LineRef[]): string {
  let text = lines.map((l) => l.text).join("\n");
  for (const p of findPlaceholders(text)) text = text.replace(p.raw, " ");
  return stripMarkup(text);
}

/** How long a section is in a unit; counted once per proposal, section and unit. */
function sectionCount(ctx: CheckContext, id: string, unit: CountUnit): number {
  const counts = (ctx.proposal.counts ??= new Map());
  const key = `${id}\u0000${unit}`;
  let n = counts.get(key);
  if (n === undefined) {
    const plain = (ctx.proposal.plain ??= new Map());
    let text = plain.get(id);
    if (text === undefined) {
      text = plainOf(bodyLines(ctx, [id]));
      plain.set(id, text);
    }
    n = countIn(text, unit);
    counts.set(key, n);
  }
  return n;
}

export function sectionCheck(ctx: CheckContext, spec: Spec<"section">): Finding[] {
  const out: Finding[] = [];
  const ids = ctx.sections;
  const min = perLanguage(spec.min, ctx);
  const unit = unitFor(spec.unit, ctx);
  for (const id of ids) {
    if (!present(ctx, id)) {
      out.push(...missingSections(ctx, [id]).map((f) => ({ ...f, loss: 1 / ids.length })));
      continue;
    }
    if (min === undefined) continue;
    const count = sectionCount(ctx, id, unit);
    if (count >= min) continue;
    const title = sectionTitle(id, ctx.language);
    const u = unitName(unit, ctx);
    out.push(
      finding(
        ctx,
        ((1 - count / min) * 0.6) / ids.length,
        "warning",
        headingLine(ctx, [id]),
        [`「${title}」只有 ${count} ${u}，少于建议的 ${min} ${u}。`, `"${title}" has ${count} ${u}, fewer than the ${min} expected.`],
        [
          `充实「${title}」（约还需 ${min - count} ${u}）：补充具体事实、数据及其来源，而不是重复其他部分。`,
          `Expand "${title}" by about ${min - count} ${u}: add specific facts, figures and their sources rather than repeating other sections.`,
        ],
        id,
      ),
    );
  }
  return out;
}

export function lengthLimitCheck(ctx: CheckContext, spec: Spec<"length_limit">): Finding[] {
  const max = perLanguage(spec.max, ctx);
  if (max === undefined) return [];
  const unit = unitFor(spec.unit, ctx);
  const out: Finding[] = [];
  for (const id of ctx.sections) {
    if (!present(ctx, id)) continue;
    const count = sectionCount(ctx, id, unit);
    if (count <= max) continue;
    const title = sectionTitle(id, ctx.language);
    const u = unitName(unit, ctx);
    out.push(
      finding(
        ctx,
        1 / ctx.sections.length,
        "warning",
        headingLine(ctx, [id]),
        [`「${title}」有 ${count} ${u}，超过 ${max} ${u}的上限。`, `"${title}" has ${count} ${u}, over the limit of ${max}.`],
        [`删减约 ${count - max} ${u}：保留关键事实和数据，删去重复和空泛的表述。`, `Cut about ${count - max} ${u}: keep the key facts and figures, drop repetition and general statements.`],
        id,
      ),
    );
  }
  return out;
}

const PLACEHOLDER =
  /【\s*待(?:补充|填写|定|完善)[^】]*】|\[\s*(?:TODO|TBD|TBC|待补充|insert|placeholder)[^\]]*\]|\{\{[^}]{0,40}\}\}|<\s*(?:insert|项目名称|机构名称|请填写)[^>]{0,40}>|\bTODO\b|\bTBD\b|\bTBC\b|X{3,}|Ｘ{3,}|×{3,}|\bCOMING SOON\b|lorem ipsum|此处(?:填写|插入|输入)|请在此(?:处)?(?:填写|输入)|待补充|（待定）|\(待定\)/gi;

/** Placeholders and template leftovers on a line: 【待补充：…】, [TODO: …], TBD, XXX, lorem ipsum. */
const PLACEHOLDER_HINT = /[【\[{<×Ｘ]|TODO|TBD|TBC|XXX|COMING|lorem|此处|请在此|待补充|待定/i;

export interface PlaceholderHit {
  raw: string;
  what: string;
  index: number;
}

const NONE: readonly PlaceholderHit[] = Object.freeze([]);
// Checks ask about the same lines again and again; most lines have none, and a hit list is small.
const placeholderMemo = new Map<string, readonly PlaceholderHit[]>();

export function findPlaceholders(text: string): readonly PlaceholderHit[] {
  // A long text (a whole section) is asked about once; hashing it would cost as much as the scan.
  if (text.length > 400) return scanPlaceholders(text);
  let hit = placeholderMemo.get(text);
  if (hit === undefined) {
    hit = scanPlaceholders(text);
    // Small: a key may be a slice that keeps its whole file's text alive.
    if (placeholderMemo.size >= 512) placeholderMemo.clear();
    placeholderMemo.set(text, hit);
  }
  return hit;
}

function scanPlaceholders(text: string): readonly PlaceholderHit[] {
  if (!PLACEHOLDER_HINT.test(text)) return NONE;
  const out: PlaceholderHit[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m !== null; m = PLACEHOLDER.exec(text)) {
    const what = /[:：]\s*([^】\]]+)[】\]]$/.exec(m[0])?.[1]?.trim() ?? "";
    out.push({ raw: m[0], what, index: m.index });
  }
  return out;
}

export function placeholdersCheck(ctx: CheckContext, spec: Spec<"placeholders">): Finding[] {
  const out: Finding[] = [];
  const lines = spec.sections?.length ? bodyLines(ctx, spec.sections) : allLines(ctx.proposal);
  for (const ref of lines) {
    if (ref.text.length === 0) continue;
    for (const p of findPlaceholders(ref.text)) {
      const shown = quote(p.raw, 40);
      out.push(
        finding(
          ctx,
          spec.per_finding,
          "error",
          ref.line,
          [`留有占位符「${shown}」，不能提交。`, `Placeholder left in the text: "${shown}".`],
          p.what
            ? [`补充「${p.what}」的真实信息替换该占位符；如使用 grantsmith，把它写进事实文件后重新生成。`, `Replace it with the real ${p.what}; with grantsmith, add it to the facts file and draft again.`]
            : [`用真实信息替换该占位符，或删除这句话。`, `Replace it with the real information, or delete the sentence.`],
          sectionAt(ctx, ref.line),
        ),
      );
    }
  }
  return out;
}

function sectionAt(ctx: CheckContext, line: number): string | undefined {
  let id: string | undefined;
  for (const s of ctx.proposal.sections) {
    if (s.id !== undefined && line > s.line && line <= s.end) id = s.id;
  }
  return id;
}

const VAGUE_ZH = ["大量", "若干", "很多", "许多", "众多", "诸多", "大批", "一系列", "显著", "极大", "大幅", "各种", "多种", "相关部门", "一定程度"];
const VAGUE_EN = ["various", "significant", "significantly", "many", "numerous", "a lot of", "lots of", "several", "a number of", "substantial", "considerable", "huge", "tremendous", "countless"];

function vaguePattern(extra: readonly string[]): RegExp {
  const words = [...VAGUE_ZH, ...VAGUE_EN, ...extra].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return compiled(words.map((w) => (/^[\x00-\x7f]+$/.test(w) ? `\\b${w}\\b` : w)).join("|"), "gi");
}

function prose(ctx: CheckContext, ids?: readonly string[]): LineRef[] {
  const all = ids?.length ? bodyLines(ctx, ids) : allLines(ctx.proposal);
  const headingLines = new Set(ctx.proposal.sections.map((s) => s.line));
  return all.filter((l) => l.text.length > 0 && !isTableLine(l.text) && !headingLines.has(l.line) && !/^\s{0,3}#/.test(l.text));
}

export function vagueCheck(ctx: CheckContext, spec: Spec<"vague">): Finding[] {
  const re = vaguePattern(spec.terms ?? []);
  const out: Finding[] = [];
  let seen = 0;
  for (const ref of prose(ctx, spec.sections)) {
    re.lastIndex = 0;
    for (let m = re.exec(ref.text); m !== null; m = re.exec(ref.text)) {
      seen++;
      if (out.length >= MAX_LISTED) break;
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

export function sentenceLengthCheck(ctx: CheckContext, spec: Spec<"sentence_length">): Finding[] {
  const max = perLanguage(spec.max, ctx) ?? (ctx.language === "zh" ? 120 : 40);
  const unit: CountUnit = ctx.language === "zh" ? "cjk" : "words";
  const out: Finding[] = [];
  const lines = prose(ctx, spec.sections);
  let over = 0;
  // Group consecutive lines into blocks so a sentence may span lines.
  let block: LineRef[] = [];
  const flush = () => {
    if (block.length === 0) return;
    for (const s of splitSentences(block.map((b) => b.text), block[0]!.line)) {
      // Clauses joined by semicolons read as separate sentences (a list run into one line).
      let n = 0;
      for (const clause of s.text.split(/[;；]/)) n = Math.max(n, countIn(clause, unit));
      if (n <= max) continue;
      over++;
      if (out.length >= MAX_LISTED) continue;
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
    if (findPlaceholders(hit.text).length > 0 || afterLabel.trim().length === 0) {
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
