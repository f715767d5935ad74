// How long a section is, counted the way funder portals count (src/text/count.ts), once per
// proposal, section and unit: the section and length_limit checks ask for the same counts.
import { countCjk, countIn, countMarkdownWords, stripMarkup, type CountUnit } from "../../text/count.js";
import { bodyLines, placeholdersRemoved, type CheckContext } from "./context.js";

export function unitFor(unit: CountUnit | "auto", ctx: Pick<CheckContext, "language">): CountUnit {
  return unit === "auto" ? (ctx.language === "zh" ? "cjk" : "words") : unit;
}

/** What a unit is called in a message. */
export const UNIT_NAMES: Record<"zh" | "en", Record<CountUnit, string>> = {
  zh: { cjk: "个汉字", words: "词", chars: "字符（含空格）", chars_no_spaces: "字符（不含空格）" },
  en: { cjk: "Chinese characters", words: "words", chars: "characters (with spaces)", chars_no_spaces: "characters (without spaces)" },
};

/** The section's text without placeholders (【待补充：…】 is not text the writer wrote). */
function writtenText(ctx: CheckContext, id: string): string {
  const cache = (ctx.memo.plain ??= new Map());
  const key = `written\u0000${id}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = placeholdersRemoved(ctx, bodyLines(ctx, [id]).map((l) => l.text).join("\n"));
    cache.set(key, text);
  }
  return text;
}

/** The section's written text without markup. */
function plainText(ctx: CheckContext, id: string): string {
  const cache = (ctx.memo.plain ??= new Map());
  let text = cache.get(id);
  if (text === undefined) {
    text = stripMarkup(writtenText(ctx, id));
    cache.set(id, text);
  }
  return text;
}

/** How long a section is in a unit; counted once per proposal, section and unit. */
export function sectionCount(ctx: CheckContext, id: string, unit: CountUnit): number {
  const counts = (ctx.memo.counts ??= new Map());
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
