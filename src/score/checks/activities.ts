// activities: enough activities, each with a countable output, and outcomes described apart from
// outputs. An activity is a row of a work-plan table, a subheading, a bold-led paragraph or a list
// item; its outputs may sit in the table's Outputs column, after an "Outputs:" label, or in a list
// under it. Outputs written in either the table or the narrative count.
import { isTableLine, LIST_MARKS, type LineRef, type Table } from "../read/markdown.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, headingLine, type CheckContext } from "./context.js";
import { wordPattern } from "../words/lists.js";

interface Activity {
  line: number;
  hasOutput: boolean;
}

const { bullet, number, bracketedNumber, circledNumber } = LIST_MARKS;
const BOLD_LEAD = new RegExp(`^\\s*(?:${bullet}\\s+|${number}\\s*)?(?:\\*\\*|__)[^*_]{2,80}(?:\\*\\*|__)`);
const LIST_ITEM = new RegExp(`^(\\s*)(?:${bullet}|${number}|${bracketedNumber}|${circledNumber})\\s*\\S`);

/** A figure that counts something (not a date, not an amount of money). */
function counts(ctx: CheckContext, ref: LineRef): boolean {
  return ctx.analysis.figures(ref).some((f) => f.kind !== "date" && f.kind !== "money" && f.value > 0);
}

function fromTables(ctx: CheckContext, tables: readonly Table[], output: RegExp, outputColumn: RegExp): Activity[] {
  const out: Activity[] = [];
  for (const table of tables) {
    const col = table.header.findIndex((h) => outputColumn.test(h));
    for (const row of table.rows) {
      const text = row.cells.join(" ");
      if (ctx.analysis.placeholders(text).length > 0) continue;
      const hasOutput = col >= 0
        ? counts(ctx, { line: row.line, text: row.cells[col] ?? "" })
        : output.test(text) && counts(ctx, { line: row.line, text });
      out.push({ line: row.line, hasOutput });
    }
  }
  return out;
}

interface Block {
  line: number;
  lines: LineRef[];
}

/** Splits the narrative (tables left out) into activity blocks, at the coarsest form used twice. */
function narrativeBlocks(ctx: CheckContext, lines: readonly LineRef[]): Block[] {
  const headingIds = new Map(ctx.proposal.sections.map((s) => [s.line, s.id]));
  const prose = lines.filter((l) => !isTableLine(l.text));
  // A subheading that names a known section ("Work Plan", 实施进度表) holds activities; it is not one.
  const starts: ((ref: LineRef) => boolean)[] = [
    (ref) => headingIds.has(ref.line) && headingIds.get(ref.line) === undefined,
    (ref) => BOLD_LEAD.test(ref.text) && !headingIds.has(ref.line),
    (ref) => (LIST_ITEM.exec(ref.text)?.[1]?.length ?? 99) <= 1,
  ];
  for (const isStart of starts) {
    const blocks: Block[] = [];
    let current: Block | undefined;
    let blank = false;
    prose.forEach((ref) => {
      if (ref.text.trim() === "") {
        blank = true;
        return;
      }
      if (isStart(ref)) {
        current = { line: ref.line, lines: [ref] };
        blocks.push(current);
      } else if (headingIds.has(ref.line)) {
        current = undefined;
      } else if (current && !(blank && isStart !== starts[0] && !LIST_ITEM.test(ref.text) && !/^\s{2,}/.test(ref.text))) {
        // A paragraph after a blank line ends a bold-led or list activity; a list under it does not.
        current.lines.push(ref);
      } else {
        current = undefined;
      }
      blank = false;
    });
    if (blocks.length >= 2) return blocks;
  }
  return [];
}

function fromNarrative(ctx: CheckContext, blocks: readonly Block[], output: RegExp): Activity[] {
  return blocks
    .filter((b) => b.lines.every((l) => ctx.analysis.placeholders(l.text).length === 0))
    .map((b) => {
      const [head, ...rest] = b.lines;
      const labelled = (l: LineRef) => output.test(l.text) && counts(ctx, l);
      // Items listed under an activity are its outputs when they count something.
      const listed = (l: LineRef) => LIST_ITEM.test(l.text) && counts(ctx, l);
      return { line: b.line, hasOutput: labelled(head!) || rest.some((l) => labelled(l) || listed(l)) };
    });
}

/** Paragraphs and list items when the section has no structure to read activities from. */
function fromLines(ctx: CheckContext, lines: readonly LineRef[], output: RegExp): Activity[] {
  const headings = new Set(ctx.proposal.sections.map((s) => s.line));
  return lines
    .filter((l) => l.text.trim() !== "" && !isTableLine(l.text) && !headings.has(l.line) && ctx.analysis.placeholders(l.text).length === 0)
    .map((l) => ({ line: l.line, hasOutput: output.test(l.text) && counts(ctx, l) }));
}

const enough = (list: readonly Activity[]) => list.length > 0 && list.filter((a) => a.hasOutput).length >= Math.ceil(list.length / 2);

export const activitiesCheck = defineCheck({
  type: "activities",
  description: "Enough activities with countable outputs, and outcomes apart from outputs",
  options: ({ z, words }) => ({
    min_items: z.number().int().positive().default(2),
    outcomes: z.boolean().default(true),
    words: words("outputs", "outcomes", "output_columns"),
  }),
  messages: {
    few: message<{ items: number; min: number }>("warning", {
      zh: {
        message: (p) => `实施计划只列出 ${p.items} 项活动（建议至少 ${p.min} 项）。`,
        suggestion: `分项列出主要活动，每项写明内容、时间、负责人和产出（如场次、人次、份数）。`,
      },
      en: {
        message: (p) => `The work plan lists ${p.items} activit${p.items === 1 ? "y" : "ies"}; at least ${p.min} are expected.`,
        suggestion: `List the main activities, each with what, when, who is responsible and its outputs (sessions, people reached, items delivered).`,
      },
    }),
    noOutputs: message("warning", {
      zh: { message: `多数活动没有写明可数的产出。`, suggestion: `为每项活动写出产出数量，如「开展培训12场、覆盖240人次」。` },
      en: { message: `Most activities state no countable output.`, suggestion: `Give each activity a countable output, e.g. "12 workshops reaching 240 participants".` },
    }),
    noOutcomes: message("warning", {
      zh: { message: `只描述了活动和产出，没有说明活动带来的改变（成效）。`, suggestion: `区分产出与成效：写明服务对象在知识、行为或生活状况上的可衡量改变。` },
      en: {
        message: `Only activities and outputs are described, not the change they bring (outcomes).`,
        suggestion: `Separate outputs from outcomes: state the measurable change in knowledge, behaviour or living conditions.`,
      },
    }),
  },
  needs: { text: "any" },
  run(ctx, options) {
    const lines = bodyLines(ctx);
    const output = wordPattern("outputs", options.words);
    const table = fromTables(ctx, ctx.analysis.tables(lines), output, wordPattern("output_columns", options.words));
    const narrative = fromNarrative(ctx, narrativeBlocks(ctx, lines), output);
    const items = table.length > 0 || narrative.length > 0 ? (table.length >= narrative.length ? table : narrative) : fromLines(ctx, lines, output);
    const line = headingLine(ctx);
    const out = [];
    if (items.length < options.min_items) {
      out.push({ message: "few", params: { items: items.length, min: options.min_items }, loss: 0.4 * (1 - items.length / options.min_items), line } as const);
    }
    if (items.length > 0 && !enough(table) && !enough(narrative) && !enough(items)) out.push({ message: "noOutputs", loss: 0.3, line } as const);
    if (options.outcomes) {
      const outcome = wordPattern("outcomes", options.words);
      const scope = [...lines, ...bodyLines(ctx, ["objectives", "monitoring"])];
      if (!scope.some((l) => !isTableLine(l.text) && outcome.test(l.text))) out.push({ message: "noOutcomes", loss: 0.3, line } as const);
    }
    return out;
  },
});
