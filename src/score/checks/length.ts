// Checks on how long sections are: each expected section present and at least so long, and none
// over a limit. Lengths are counted the way funder portals count (src/text/count.ts), once per
// proposal, section and unit, since both checks ask for the same counts.
import { countCjk, countIn, countMarkdownWords, stripMarkup, type CountUnit } from "../../text/count.js";
import { sectionTitle } from "../aliases.js";
import type { CheckSpec } from "../rubric/schema.js";
import { absentSections, bodyLines, finding, headingLine, say, type CheckContext, type Finding } from "./context.js";
import { placeholdersIn } from "./placeholders.js";

type Spec<T extends CheckSpec["type"]> = Extract<CheckSpec, { type: T }>;

export function unitFor(unit: CountUnit | "auto", ctx: Pick<CheckContext, "language">): CountUnit {
  return unit === "auto" ? (ctx.language === "zh" ? "cjk" : "words") : unit;
}

export function perLanguage(value: number | { zh?: number; en?: number } | undefined, ctx: CheckContext): number | undefined {
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

/** The section's text without placeholders (【待补充：…】 is not text the writer wrote). */
function writtenText(ctx: CheckContext, id: string): string {
  const cache = (ctx.proposal.plain ??= new Map());
  const key = `written\u0000${id}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = bodyLines(ctx, [id]).map((l) => l.text).join("\n");
    for (const p of placeholdersIn(ctx.proposal, text)) text = text.replace(p.raw, " ");
    cache.set(key, text);
  }
  return text;
}

/** The section's written text without markup. */
function plainText(ctx: CheckContext, id: string): string {
  const cache = (ctx.proposal.plain ??= new Map());
  let text = cache.get(id);
  if (text === undefined) {
    text = stripMarkup(writtenText(ctx, id));
    cache.set(id, text);
  }
  return text;
}

/** How long a section is in a unit; counted once per proposal, section and unit. */
function sectionCount(ctx: CheckContext, id: string, unit: CountUnit): number {
  const counts = (ctx.proposal.counts ??= new Map());
  const key = `${id}\u0000${unit}`;
  let n = counts.get(key);
  if (n === undefined) {
    // Markup is ASCII, so stripping it leaves the Chinese characters alone, except in a link's
    // target ("[text](url)"): without one, they are counted in the written text directly.
    const written = writtenText(ctx, id);
    n =
      unit === "cjk" && !written.includes("](")
        ? countCjk(written)
        : unit === "words"
          ? countMarkdownWords(written)
          : countIn(plainText(ctx, id), unit);
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
    // A heading with nothing under it is not a section that is there.
    const absent = absentSections(ctx, [id]);
    if (absent.length > 0) {
      out.push(...absent.map((f) => ({ ...f, loss: 1 / ids.length })));
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
    // A limit is kept only by text that is there: a missing or empty section earns nothing here.
    const absent = absentSections(ctx, [id]);
    if (absent.length > 0) {
      out.push(...absent.map((f) => ({ ...f, loss: 1 / ctx.sections.length })));
      continue;
    }
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
