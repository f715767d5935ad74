// "Section absent or empty", handled once for every check from what its module declares (needs.text).
// The text is the same whichever check reports it, so the engine merges the findings of the checks
// that look at the same missing section; a check with words of its own for it says so (needs.missing).
import { sectionTitle } from "../aliases.js";
import { findingOf, message, type FindingSource, type Needs } from "./check.js";
import { hasText, headingLine, insertionLine, present, type CheckContext, type Finding } from "./context.js";

const MESSAGES = {
  missing: message<{ title: string }>("error", {
    zh: { message: (p) => `缺少「${p.title}」部分。`, suggestion: (p) => `在此处之后新增一节「${p.title}」，按评审要点写清内容。` },
    en: {
      message: (p) => `The "${p.title}" section is missing.`,
      suggestion: (p) => `Add ${/^[AEIOU]/i.test(p.title) ? "an" : "a"} "${p.title}" section after this line, covering what reviewers look for in it.`,
    },
  }),
  empty: message<{ title: string }>("error", {
    zh: { message: (p) => `「${p.title}」部分只有标题或占位符，没有内容。`, suggestion: (p) => `写出「${p.title}」的实际内容，替换其中的占位符。` },
    en: {
      message: (p) => `The "${p.title}" section has a heading but no text (or only placeholders).`,
      suggestion: (p) => `Write the "${p.title}" section itself, replacing any placeholders with the real content.`,
    },
  }),
};

/** The engine's own messages, reported as a check of their own would report them. */
export const SECTIONS_NEEDED = { type: "sections_needed", messages: MESSAGES } as const;

/** What a check needs of its sections, as the engine reads it here. */
type Needing = FindingSource & { needs?: Pick<Needs, "missing"> | undefined };

/** A finding about section `id`, which its message names by title. */
const sectionFinding = (ctx: CheckContext, source: FindingSource, message: string, id: string, loss: number, line: number) =>
  findingOf(source, ctx, { message, params: { title: sectionTitle(id, ctx.language, ctx.kind) }, loss, line, section: id });

/** A missing section belongs after the section before it; said in the check's own words when it has them. */
function missingFinding(ctx: CheckContext, id: string, loss: number, check?: Needing): Finding {
  const own = check?.needs?.missing;
  return sectionFinding(ctx, own ? check! : SECTIONS_NEEDED, own ?? "missing", id, loss, insertionLine(ctx, id));
}

const emptyFinding = (ctx: CheckContext, id: string, loss: number) => sectionFinding(ctx, SECTIONS_NEEDED, "empty", id, loss, headingLine(ctx, [id]));

/**
 * needs.text "any": a check has nothing to look at when none of its sections is there, or none
 * holds any text: it earns nothing (one finding with the whole loss, in the check's own words when
 * its needs.missing names them). [] when there is something.
 */
export function nothingToAssess(ctx: CheckContext, ids: readonly string[], check?: Needing): Finding[] {
  if (ids.length === 0) return [];
  if (!ids.some((id) => present(ctx, id))) return [missingFinding(ctx, ids[0]!, 1, check)];
  if (ids.some((id) => present(ctx, id) && hasText(ctx, id))) return [];
  return [emptyFinding(ctx, ids.find((id) => present(ctx, id))!, 1)];
}

/**
 * needs.text "share": for checks over the whole text (placeholders, wording), the share of the
 * sections that is missing or empty, one finding per such section, each worth its share. Clean
 * wording is credited only for text that is there: an empty file earns nothing for having no placeholders.
 */
export function missingShare(ctx: CheckContext, ids: readonly string[], foundWithoutHeading: ReadonlyMap<string, (ctx: CheckContext) => boolean>): Finding[] {
  // The placeholder and wording checks ask the same question of the same sections: answer it once.
  const memo = (ctx.memo.coverage ??= new Map());
  const key = ids.join(",");
  let list: Finding[] | undefined = memo.get(key);
  if (list === undefined) {
    list = [];
    for (const id of ids) {
      // A section whose text a check finds without its heading (costed milestones are the budget) is there.
      if (!present(ctx, id)) {
        if (!foundWithoutHeading.get(id)?.(ctx)) list.push(missingFinding(ctx, id, 1 / ids.length));
      }
      else if (!hasText(ctx, id)) list.push(emptyFinding(ctx, id, 1 / ids.length));
    }
    memo.set(key, list);
  }
  return list.length === 0 ? [] : list.map((f) => ({ ...f }));
}
