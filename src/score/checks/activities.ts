// The activities check: enough activities, each with a countable output, and outcomes described
// apart from outputs. An activity is a row of a work-plan table, a subheading, a bold-led paragraph
// or a list item; its outputs may sit in the table's Outputs column, after an "Outputs:" label, or
// in a list under it. Outputs written in either the table or the narrative count.
import { findTables, isTableLine, type LineRef, type Table } from "../read/markdown.js";
import type { CheckSpec } from "../rubric/schema.js";
import { absentSections, bodyLines, finding, headingLine, type CheckContext, type Finding } from "./context.js";
import { placeholdersIn } from "./placeholders.js";

type Spec<T extends CheckSpec["type"]> = Extract<CheckSpec, { type: T }>;

interface Activity {
  line: number;
  hasOutput: boolean;
}

const OUTPUT_WORDS = /产出|输出|场次|人次|服务|发放|举办|开展|完成|培训|output|deliverable|session|workshop|deliver|distribut|train|produce|hold|conduct/i;
const OUTCOME_WORDS = /成效|效果|改变|改善|提升|提高|降低|减少|成果|影响|outcome|impact|change|improve|increase|reduce|result|better/i;
const OUTPUT_COLUMN = /产出|输出|成果|交付|outputs?|deliverables?/i;
const BOLD_LEAD = /^\s*(?:[-*+•]\s+|\d{1,2}[.)、]\s*)?(?:\*\*|__)[^*_]{2,80}(?:\*\*|__)/;
const LIST_ITEM = /^(\s*)(?:[-*+•]|\d{1,2}[.)、]|[（(]\d{1,2}[)）]|[①-⑳])\s*\S/;

/** A figure that counts something (not a date, not an amount of money). */
function counts(ctx: CheckContext, ref: LineRef): boolean {
  return ctx.analysis.figures(ref).some((f) => f.kind !== "date" && f.kind !== "money" && f.value > 0);
}

function fromTables(ctx: CheckContext, tables: readonly Table[]): Activity[] {
  const out: Activity[] = [];
  for (const table of tables) {
    const col = table.header.findIndex((h) => OUTPUT_COLUMN.test(h));
    for (const row of table.rows) {
      const text = row.cells.join(" ");
      if (placeholdersIn(ctx.proposal, text).length > 0) continue;
      const hasOutput = col >= 0
        ? counts(ctx, { line: row.line, text: row.cells[col] ?? "" })
        : OUTPUT_WORDS.test(text) && counts(ctx, { line: row.line, text });
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

function fromNarrative(ctx: CheckContext, blocks: readonly Block[]): Activity[] {
  return blocks
    .filter((b) => b.lines.every((l) => placeholdersIn(ctx.proposal, l.text).length === 0))
    .map((b) => {
      const [head, ...rest] = b.lines;
      const labelled = (l: LineRef) => OUTPUT_WORDS.test(l.text) && counts(ctx, l);
      // Items listed under an activity are its outputs when they count something.
      const listed = (l: LineRef) => LIST_ITEM.test(l.text) && counts(ctx, l);
      return { line: b.line, hasOutput: labelled(head!) || rest.some((l) => labelled(l) || listed(l)) };
    });
}

/** Paragraphs and list items when the section has no structure to read activities from. */
function fromLines(ctx: CheckContext, lines: readonly LineRef[]): Activity[] {
  const headings = new Set(ctx.proposal.sections.map((s) => s.line));
  return lines
    .filter((l) => l.text.trim() !== "" && !isTableLine(l.text) && !headings.has(l.line) && placeholdersIn(ctx.proposal, l.text).length === 0)
    .map((l) => ({ line: l.line, hasOutput: OUTPUT_WORDS.test(l.text) && counts(ctx, l) }));
}

const enough = (list: readonly Activity[]) => list.length > 0 && list.filter((a) => a.hasOutput).length >= Math.ceil(list.length / 2);

export function activitiesCheck(ctx: CheckContext, spec: Spec<"activities">): Finding[] {
  const missing = absentSections(ctx);
  if (missing.length > 0) return missing;
  const lines = bodyLines(ctx);
  const table = fromTables(ctx, findTables(lines));
  const narrative = fromNarrative(ctx, narrativeBlocks(ctx, lines));
  const items = table.length > 0 || narrative.length > 0 ? (table.length >= narrative.length ? table : narrative) : fromLines(ctx, lines);
  const at = headingLine(ctx);
  const out: Finding[] = [];
  if (items.length < spec.min_items) {
    out.push(
      finding(ctx, 0.4 * (1 - items.length / spec.min_items), "warning", at,
        [`实施计划只列出 ${items.length} 项活动（建议至少 ${spec.min_items} 项）。`, `The work plan lists ${items.length} activit${items.length === 1 ? "y" : "ies"}; at least ${spec.min_items} are expected.`],
        [`分项列出主要活动，每项写明内容、时间、负责人和产出（如场次、人次、份数）。`, `List the main activities, each with what, when, who is responsible and its outputs (sessions, people reached, items delivered).`]),
    );
  }
  if (items.length > 0 && !enough(table) && !enough(narrative) && !enough(items)) {
    out.push(
      finding(ctx, 0.3, "warning", at,
        [`多数活动没有写明可数的产出。`, `Most activities state no countable output.`],
        [`为每项活动写出产出数量，如「开展培训12场、覆盖240人次」。`, `Give each activity a countable output, e.g. "12 workshops reaching 240 participants".`]),
    );
  }
  if (spec.outcomes) {
    const scope = [...lines, ...bodyLines(ctx, ["objectives", "monitoring"])];
    const outcome = scope.some((l) => !isTableLine(l.text) && OUTCOME_WORDS.test(l.text));
    if (!outcome) {
      out.push(
        finding(ctx, 0.3, "warning", at,
          [`只描述了活动和产出，没有说明活动带来的改变（成效）。`, `Only activities and outputs are described, not the change they bring (outcomes).`],
          [`区分产出与成效：写明服务对象在知识、行为或生活状况上的可衡量改变。`, `Separate outputs from outcomes: state the measurable change in knowledge, behaviour or living conditions.`]),
      );
    }
  }
  return out;
}
