// smart_objectives: enough objectives, each with a number, a unit and a deadline.
import { defineCheck, message } from "./check.js";
import { bodyLines, count, headingLine, placeholdersRemoved, quote, type CheckContext } from "./context.js";
import { findTables, type LineRef } from "../read/markdown.js";
import { itemsOf } from "./items.js";
import { wordPattern } from "../words/lists.js";

type Lacks = { text: string; number: boolean; unit: boolean; deadline: boolean };

/** What an objective lacks, in the order they are named: a number (or else a unit), a deadline. */
const lacking = (p: Lacks, names: { number: string; unit: string; deadline: string }) =>
  [!p.number ? names.number : !p.unit ? names.unit : undefined, !p.deadline ? names.deadline : undefined].filter((x) => x !== undefined);

/**
 * The objectives of every part of the section, each part read on its own: when a document states
 * its objectives in two places ("四、项目目标" and a "目标指标" list further on), a part written as
 * prose still counts its sentences, though another part is a list.
 */
function objectiveItems(ctx: CheckContext): (LineRef & { part?: number })[] {
  const lines = bodyLines(ctx);
  const parts: LineRef[][] = [];
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i === lines.length || lines[i]!.line !== lines[i - 1]!.line + 1) {
      parts.push(lines.slice(from, i));
      from = i;
    }
  }
  if (parts.length <= 1) return itemsOf(lines, ctx.analysis.tables(lines));
  return parts.flatMap((part, k) => itemsOf(part, findTables(part)).map((i) => ({ ...i, part: k })));
}

/**
 * An item's text without its placeholders: a row "1 建成12个图书角 【待补充：完成时限】" states its
 * objective though its indicator cells are still to be filled (the placeholders check names those),
 * so it is judged on what it says; an item that is only a placeholder says nothing and is left out.
 */
function statedText(ctx: CheckContext, text: string): string {
  const removed = placeholdersRemoved(ctx, text);
  if (removed === text) return text;
  text = removed.replace(/\s+/g, " ").trim();
  // What is left of "**总体目标**。【待补充：…】" is a label: it states nothing.
  return text.replace(LABEL_ONLY, "").replace(/[\p{P}\p{S}\s]/gu, "") === "" ? "" : text;
}

/** A bold label with its punctuation: "**总体目标**。", "**Objective 1:**". */
const LABEL_ONLY = /(?:\*\*|__)[^*_]*(?:\*\*|__)/g;

export const smartObjectivesCheck = defineCheck({
  type: "smart_objectives",
  description: "Enough objectives, each with a number, a unit and a deadline",
  options: ({ z, words }) => ({ min_items: z.number().int().positive().default(2), words: words("deadlines") }),
  messages: {
    few: message<{ items: number; min: number }>("warning", {
      zh: { message: (p) => (p.items === 0 ? `没有列出具体目标（建议至少 ${p.min} 个）。` : `只列出了 ${p.items} 个具体目标（建议至少 ${p.min} 个）。`), suggestion: `分条列出具体目标，每条写明数量、单位和完成时间。` },
      en: {
        message: (p) => (p.items === 0 ? `No objectives are listed; at least ${p.min} are expected.` : `Only ${count(p.items, "objective")} ${p.items === 1 ? "is" : "are"} listed; at least ${p.min} are expected.`),
        suggestion: `List the objectives one per line, each with a number, a unit and a deadline.`,
      },
    }),
    notMeasurable: message<Lacks>("warning", {
      zh: {
        message: (p) => `目标「${quote(p.text)}」缺少${lacking(p, { number: "数字", unit: "单位", deadline: "完成时间" }).join("、")}，无法衡量。`,
        suggestion: `改写为可衡量的目标：对象＋数量＋单位＋完成时间，例如「到2025年12月，为200名独居老人每周送餐5次」。`,
      },
      en: {
        message: (p) => `Objective "${quote(p.text, 50)}" lacks ${lacking(p, { number: "a number", unit: "a unit", deadline: "a deadline" }).join(" and ")}, so it cannot be measured.`,
        suggestion: `Rewrite it as measurable: who, how many, what unit and by when, e.g. "By December 2025, 200 girls complete 30 hours of coding club".`,
      },
    }),
  },
  needs: { text: "any" },
  run(ctx, options) {
    const items = objectiveItems(ctx)
      .map((i) => ({ ...i, text: statedText(ctx, i.text) }))
      .filter((i) => i.text.length > 4);
    const deadline = wordPattern("deadlines", options.words);
    const out = [];
    // Each of at least min_items slots is worth the same; a slot with no objective in it earns nothing.
    const slots = Math.max(items.length, options.min_items);
    if (items.length < options.min_items) {
      out.push({ message: "few", params: { items: items.length, min: options.min_items }, loss: (options.min_items - items.length) / slots, line: headingLine(ctx) } as const);
    }
    // Objectives stated in several parts weigh each part the same, so one vague part is not
    // outweighed by a long list elsewhere.
    const perPart = new Map<number, number>();
    for (const item of items) if (item.part !== undefined) perPart.set(item.part, (perPart.get(item.part) ?? 0) + 1);
    const shareOf = (item: { part?: number }) =>
      item.part === undefined || perPart.size <= 1 || items.length < options.min_items ? 0.7 / slots : 0.7 / (perPart.size * perPart.get(item.part)!);
    for (const item of items) {
      const share = shareOf(item);
      const figures = ctx.analysis.figures(item);
      const numbers = figures.filter((f) => f.kind !== "date");
      const number = numbers.length > 0;
      const unit = numbers.some((f) => f.unit !== "" || f.kind === "percent" || f.kind === "money");
      const dated = figures.some((f) => f.kind === "date") || deadline.test(item.text);
      const lacks = (number && unit ? 0 : 1) + (dated ? 0 : 1);
      if (lacks === 0) continue;
      out.push({ message: "notMeasurable", params: { text: item.text, number, unit, deadline: dated }, loss: (share * lacks) / 2, line: item.line } as const);
    }
    return out;
  },
});
