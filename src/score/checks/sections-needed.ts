// "Section absent or empty", handled once for every check from what its module declares (needs.text).
// The text is the same whichever check reports it, so the engine merges the findings of the checks
// that look at the same missing section.
import { sectionTitle } from "../aliases.js";
import { message, type MessageDef } from "./check.js";
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

function sectionFinding(ctx: CheckContext, def: MessageDef<{ title: string }>, id: string, loss: number, line: number): Finding {
  const params = { title: sectionTitle(id, ctx.language, ctx.kind) };
  const text = def[ctx.language];
  return {
    loss,
    severity: def.severity,
    message: typeof text.message === "string" ? text.message : text.message(params),
    suggestion: typeof text.suggestion === "string" ? text.suggestion : text.suggestion(params),
    line,
    section: id,
  };
}

const missingFinding = (ctx: CheckContext, id: string, loss: number) => sectionFinding(ctx, MESSAGES.missing, id, loss, insertionLine(ctx, id));
const emptyFinding = (ctx: CheckContext, id: string, loss: number) => sectionFinding(ctx, MESSAGES.empty, id, loss, headingLine(ctx, [id]));

/**
 * needs.text "any": a check has nothing to look at when none of its sections is there, or none
 * holds any text: it earns nothing (one finding with the whole loss). [] when there is something.
 */
export function nothingToAssess(ctx: CheckContext, ids: readonly string[]): Finding[] {
  if (ids.length === 0) return [];
  if (!ids.some((id) => present(ctx, id))) return [missingFinding(ctx, ids[0]!, 1)];
  if (ids.some((id) => present(ctx, id) && hasText(ctx, id))) return [];
  return [emptyFinding(ctx, ids.find((id) => present(ctx, id))!, 1)];
}

/**
 * needs.text "share": for checks over the whole text (placeholders, wording), the share of the
 * sections that is missing or empty, one finding per such section, each worth its share. Clean
 * wording is credited only for text that is there: an empty file earns nothing for having no placeholders.
 */
export function missingShare(ctx: CheckContext, ids: readonly string[]): Finding[] {
  // The placeholder and wording checks ask the same question of the same sections: answer it once.
  const memo = (ctx.memo.coverage ??= new Map());
  const key = ids.join(",");
  let list: Finding[] | undefined = memo.get(key);
  if (list === undefined) {
    list = [];
    for (const id of ids) {
      // Costed milestones are the budget, with or without a section of that name.
      if (!present(ctx, id)) {
        if (!(id === "budget" && ctx.analysis.budget().items.length > 0)) list.push(missingFinding(ctx, id, 1 / ids.length));
      }
      else if (!hasText(ctx, id)) list.push(emptyFinding(ctx, id, 1 / ids.length));
    }
    memo.set(key, list);
  }
  return list.length === 0 ? [] : list.map((f) => ({ ...f }));
}
