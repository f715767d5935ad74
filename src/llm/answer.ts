// One cleaning stage for every model answer (draft sections, revisions, judge verdicts). Real models
// wrap what was asked for: reasoning blocks (<think>…</think> from Qwen3 or DeepSeek-R1 served by
// Ollama or vLLM, sometimes with only the closing tag), a preamble ("好的，以下是……：", "Sure! Here
// is the section:"), a closing ("希望以上内容对您有所帮助！", "Let me know if…"), a fence around the
// whole answer, the section's own heading repeated. None of that may reach a document or the verdict
// parser. What was removed is counted, so a command can say so on stderr.
import { t, type MessageKey } from "../i18n/index.js";
import { CLOSING_TAG, isClosing, isPreamble, OPENING_TAG, PROSE_FENCE_OPEN, REASONING_BLOCK } from "../text/leftovers.js";
import { DELIMITER_ROW } from "../text/tables.js";
import { bracketedMark, NUMERAL_STOP, partMark, SECTION_WORD, zhNumber } from "../text/heading-marks.js";

export { REASONING_TAGS } from "../text/leftovers.js";

export interface Removed {
  reasoning: number;
  preambles: number;
  closings: number;
  fences: number;
  headings: number;
  /** Tables that repeat one the program renders from the facts. */
  tables: number;
}

export const NOTHING_REMOVED: Readonly<Removed> = Object.freeze({ reasoning: 0, preambles: 0, closings: 0, fences: 0, headings: 0, tables: 0 });

export interface CleanedAnswer {
  text: string;
  removed: Removed;
  /** An opening reasoning tag was never closed: the answer is reasoning cut off, not an answer. */
  unclosedReasoning: boolean;
}

/**
 * Removes reasoning: closed blocks anywhere; text before a closing tag that has no opening one (some
 * chat templates put the opening tag in the prompt); everything after an opening tag never closed.
 */
export function stripReasoning(raw: string): { text: string; blocks: number; unclosed: boolean } {
  let blocks = 0;
  let text = raw.replace(REASONING_BLOCK, () => {
    blocks++;
    return "";
  });
  const closings = [...text.matchAll(CLOSING_TAG)];
  if (closings.length > 0) {
    const last = closings[closings.length - 1]!;
    text = text.slice(last.index! + last[0].length);
    blocks += closings.length;
  }
  let unclosed = false;
  const open = OPENING_TAG.exec(text);
  if (open) {
    text = text.slice(0, open.index);
    blocks++;
    unclosed = true;
  }
  return { text, blocks, unclosed };
}

const RULE = /^\s*(?:[-*_]\s*){3,}$/;
const FENCE_OPEN = PROSE_FENCE_OPEN;

const isBlank = (line: string) => line.trim() === "" || RULE.test(line);

/** "第二部分", "Section 3", "Part iv" with the stop after it. */
const PART_NUMBER = new RegExp(`^(?:${partMark()}|${SECTION_WORD})\\s*[:：、.]?\\s*`, "i");
/** "二、", "（二）", "3.", "2.1、", and as a model may also close them, "4)", "三）". */
const NUMBERING = new RegExp(`^(?:${bracketedMark({ digits: true })}|${zhNumber({ digits: true })}(?:\\.\\d+)*(?:${NUMERAL_STOP}|[)）]))\\s*`);

/** "## 二、项目背景与需求分析", "**Statement of Need**", "3. Budget:" → "项目背景与需求分析", "statement of need", "budget". */
export function headingCore(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s*/, "")
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .replace(/^__(.*)__$/, "$1")
    .replace(PART_NUMBER, "")
    .replace(NUMBERING, "")
    .replace(/[:：。.]$/, "")
    .replace(/\*\*/g, "")
    .trim()
    .toLowerCase();
}

/** Whether a line is the section's own heading written again (with any marks and numbering). */
function repeatsHeading(line: string, heading: string): boolean {
  const core = headingCore(line);
  const wanted = headingCore(heading);
  if (core.length === 0 || wanted.length === 0) return false;
  if (core === wanted) return true;
  // "## 二、项目背景与需求分析（草稿）": a marked heading that contains the title and little else.
  const marked = /^\s*(?:#{1,6}\s|\*\*)/.test(line);
  return marked && core.includes(wanted) && [...core].length <= [...wanted].length * 2;
}

export interface ProseCleaningOptions {
  /** Header rows (cells) of the tables the document renders under this section from the facts. */
  programTables?: readonly (readonly string[])[];
}

const isTableLine = (line: string) => /^\s*\|/.test(line);
const isHeadingLine = (line: string) => /^\s*(?:#{1,6}\s+\S|\*\*[^*]+\*\*[:：]?\s*$)/.test(line);

/** A header cell as compared: no placeholders, units in brackets, marks or spaces ("金额（{{currency}}）" → "金额"). */
function headerCellKey(cell: string): string {
  return cell
    .replace(/\{\{[^}]*\}\}/g, "")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[*_`\s]/g, "")
    .toLowerCase();
}

function cellsOf(row: string): string[] {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map(headerCellKey).filter(Boolean);
}

/**
 * Whether a model's header row is a program table's: the same cells, or (for wider tables) all but one
 * of them, since models drop a "序号" or "Notes" column. Two-column tables must match exactly.
 */
function repeatsProgramTable(header: string, programTables: readonly (readonly string[])[]): boolean {
  const cells = new Set(cellsOf(header));
  if (cells.size === 0) return false;
  return programTables.some((program) => {
    const wanted = new Set(program.map(headerCellKey).filter(Boolean));
    const shared = [...cells].filter((c) => wanted.has(c)).length;
    const widest = Math.max(cells.size, wanted.size);
    if (shared === widest) return true;
    return widest >= 3 && Math.min(cells.size, wanted.size) >= 3 && shared >= widest - 1;
  });
}

/**
 * Drops every table whose header row repeats a program table, with a heading that introduced only
 * that table ("### 资金来源" above a funding table the template draws again); other tables stay.
 */
function dropProgramTables(lines: string[], programTables: readonly (readonly string[])[]): { lines: string[]; dropped: number } {
  const out: string[] = [];
  let dropped = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!(isTableLine(line) && DELIMITER_ROW.test(lines[i + 1] ?? "") && repeatsProgramTable(line, programTables))) {
      out.push(line);
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && isTableLine(lines[end + 1]!)) end++;
    let next = end + 1;
    while (next < lines.length && lines[next]!.trim() === "") next++;
    const sectionEnds = next >= lines.length || isHeadingLine(lines[next]!);
    while (out.length > 0 && out[out.length - 1]!.trim() === "") out.pop();
    if (sectionEnds && out.length > 0 && isHeadingLine(out[out.length - 1]!)) out.pop();
    out.push("");
    dropped++;
    i = end;
  }
  return { lines: out, dropped };
}

/**
 * Cleans a prose answer (a draft section or a revision) to the text that goes under the template's
 * heading: reasoning, preambles, closings, a fence around the answer and the repeated heading removed;
 * headings of level 1 and 2 demoted to 3 (the template owns the levels above).
 */
export function cleanProseAnswer(raw: string, heading: string, options: ProseCleaningOptions = {}): CleanedAnswer {
  const removed: Removed = { ...NOTHING_REMOVED };
  const reasoning = stripReasoning(raw.replace(/\r\n?/g, "\n"));
  removed.reasoning = reasoning.blocks;
  let lines = reasoning.text.split("\n");

  const trimEdges = () => {
    while (lines.length > 0 && isBlank(lines[0]!)) lines.shift();
    while (lines.length > 0 && isBlank(lines[lines.length - 1]!)) lines.pop();
  };
  trimEdges();
  // Preambles and closings may stand around a fence, and a fence around the answer: peel in turn.
  for (let pass = 0; pass < 6; pass++) {
    let changed = false;
    if (lines.length > 1 && isPreamble(lines[0]!)) {
      lines.shift();
      removed.preambles++;
      changed = true;
    }
    if (lines.length > 1 && isClosing(lines[lines.length - 1]!)) {
      lines.pop();
      removed.closings++;
      changed = true;
    }
    trimEdges();
    const open = lines.length > 1 ? FENCE_OPEN.exec(lines[0]!) : null;
    if (open && lines[lines.length - 1]!.trim() === open[1]) {
      lines = lines.slice(1, -1);
      removed.fences++;
      changed = true;
      trimEdges();
    }
    if (!changed) break;
  }
  if (lines.length > 1 && repeatsHeading(lines[0]!, heading)) {
    lines.shift();
    removed.headings++;
    trimEdges();
  }
  if (options.programTables?.length) {
    const kept = dropProgramTables(lines, options.programTables);
    removed.tables = kept.dropped;
    lines = kept.lines;
  }
  const text = lines.map((line) => line.replace(/^#{1,2}(?=\s)/, "###")).join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { text, removed, unclosedReasoning: reasoning.unclosed };
}

/** Adds one answer's removals into a running tally. */
export function addRemoved(total: Removed, more: Readonly<Removed>): void {
  for (const key of Object.keys(total) as (keyof Removed)[]) total[key] += more[key];
}

const REMOVED_NAMES = {
  reasoning: "llm.removedReasoning",
  preambles: "llm.removedPreambles",
  closings: "llm.removedClosings",
  fences: "llm.removedFences",
  headings: "llm.removedHeadings",
  tables: "llm.removedTables",
} as const satisfies Record<keyof Removed, MessageKey>;

/** "cleaned: 10 reasoning blocks, 2 preambles" / "已清理：10 段推理内容、2 句开场白"; "" when nothing was removed. */
export function describeRemoved(removed: Readonly<Removed>, language: "zh" | "en"): string {
  const parts = (Object.keys(REMOVED_NAMES) as (keyof Removed)[])
    .filter((key) => removed[key] > 0)
    .map((key) => t(REMOVED_NAMES[key], { n: removed[key] }, language));
  if (parts.length === 0) return "";
  return t("llm.removed", { parts: parts.join(language === "zh" ? "、" : ", ") }, language);
}
