// Parsing a proposal into canonical sections. Front matter and HTML comments are not proposal
// text: they are blanked (not removed) so that every line number still points into the file.
import { formRows } from "./form-table.js";
import { headingOf, leadsIn, unescapedLine, type HeadingCandidate } from "./headings.js";
import { LIST_QUESTION_RANK, listQuestionOf } from "./list-questions.js";
import { isListItem, type LineRef } from "./markdown.js";
import type { SectionMatcher } from "./section-matcher.js";
import { sectionDefinition } from "../../kinds/sections.js";
import { MULTI_CELL_DELIMITER_ROW } from "../../text/tables.js";
import { bracketedMark, DOTTED_NUMBER, NUMBER_STOP, numeralMark, partMark } from "../../text/heading-marks.js";

export interface Section {
  /** Canonical id (need, budget…) or undefined for a heading that names no known section. */
  id: string | undefined;
  heading: string;
  rank: number;
  /** 1-based line of the heading. */
  line: number;
  /** 0-based index of the first body line and one past the last. */
  start: number;
  end: number;
}

export interface Proposal {
  /** The file's lines with hidden parts blanked. */
  lines: string[];
  sections: Section[];
  title: string | undefined;
  /** Sections named by field labels ("募捐目的：…") rather than headings, for telling the kind of document. */
  labelled: ReadonlySet<string>;
  /** Section lines already gathered, by ids (checks ask for the same sections again and again). */
  memo?: Map<string, LineRef[]>;
  /** Every line as a LineRef, built once. */
  all?: LineRef[];
  /** The outermost sections by id (see sectionsWithId). */
  byId?: Map<string, readonly Section[]>;
}

const FENCE = /^\s{0,3}(```+|~~~+)/;

/** Blanks front matter, HTML comments and fenced code, keeping the line count. */
export function visibleLines(text: string): { lines: string[]; fenced: boolean[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.includes("\r") ? body.split(/\r\n|\r|\n/) : body.split("\n");
  const fenced = new Array<boolean>(lines.length).fill(false);
  let i = 0;
  // Where line i begins in body, known when every line ends in \n alone.
  let offset = 0;
  if (lines[0]?.trim() === "---") {
    const close = lines.findIndex((l, k) => k > 0 && (l.trim() === "---" || l.trim() === "..."));
    if (close > 0 && close < 200) {
      for (let k = 0; k <= close; k++) {
        offset += lines[k]!.length + 1;
        lines[k] = "";
      }
      i = close + 1;
    }
  }
  let inComment = false;
  let fence: string | undefined;
  // Most texts have no fence and few comments: the whole text is searched once, and a line only
  // when the text holds a fence, or a comment begins in it (found by offset when it can be).
  const fences = body.includes("```") || body.includes("~~~");
  const byOffset = !body.includes("\r");
  let nextComment = body.indexOf("<!--", offset);
  for (; i < lines.length; i++) {
    let line = lines[i]!;
    const lineStart = offset;
    offset += line.length + 1;
    if (!inComment) {
      // A fence needs three backticks or tildes; most lines have neither.
      const f = fences && (line.includes("```") || line.includes("~~~")) ? FENCE.exec(line) : null;
      if (fence !== undefined) {
        if (f && f[1]!.startsWith(fence)) fence = undefined;
        fenced[i] = true;
        continue;
      }
      if (f) {
        fence = f[1]!;
        fenced[i] = true;
        continue;
      }
    }
    if (!inComment) {
      if (nextComment < 0) continue;
      if (byOffset) {
        if (nextComment < lineStart) nextComment = body.indexOf("<!--", lineStart);
        if (nextComment < 0 || nextComment >= offset) continue;
      } else if (!line.includes("<!--")) continue;
    }
    let out = "";
    let pos = 0;
    while (pos < line.length) {
      if (inComment) {
        const close = line.indexOf("-->", pos);
        if (close < 0) {
          pos = line.length;
        } else {
          inComment = false;
          pos = close + 3;
        }
      } else {
        const open = line.indexOf("<!--", pos);
        if (open < 0) {
          out += line.slice(pos);
          pos = line.length;
        } else {
          out += line.slice(pos, open);
          inComment = true;
          pos = open + 4;
        }
      }
    }
    line = out.trim() === "" ? "" : out;
    lines[i] = line;
  }
  return { lines, fenced };
}

/** A heading that names a table: 需求分析表, 预算明细, 活动一览, Budget table. */
const TABLE_CAPTION = /(?:表|表格|一览|明细|清单|\btable)$/i;

function nextLineIsTable(lines: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    const line = lines[k]!.trim();
    if (line === "") continue;
    return line.startsWith("|");
  }
  return false;
}

/** A # heading numbered as a section is one: "# 一、项目背景", "# 2. Budget", "# 第三部分 预算". */
const NUMBERED_ATX = new RegExp(`^\\s{0,3}#{1,6}\\s*(?:${numeralMark()}|${partMark()}|${bracketedMark({ digits: true })}|${DOTTED_NUMBER}${NUMBER_STOP}?\\s)`);

/** What a whole document is called, at the end of its title: 公开募捐方案, 项目申报书, Grant Proposal. */
const DOCUMENT_NAME = /(?:方案|项目书|申报书|申请书|计划书|策划书|建议书|申報書|計劃書|proposal|application)$/i;

function isLongTitle(text: string): boolean {
  const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return han > 8 || text.split(/\s+/).length > 4 || DOCUMENT_NAME.test(text);
}

/**
 * Whether a sub-heading naming `child` inside a section naming `parent` is part of the parent rather
 * than a section of its own: an overview (概述, Overview) inside another section, one of the parts
 * the parent's definition lists, or a caption over a table.
 */
function partOfParent(parent: string, child: string, caption: boolean): boolean {
  if (parent === child) return false;
  if (child === "summary" || caption) return true;
  return (sectionDefinition(parent)?.parts as readonly string[] | undefined)?.includes(child) ?? false;
}

/** A section about the technology: what its metrics and evaluation measure is the system, not the project. */
const TECHNICAL_SECTION = /技术|架构|研究方法|研究内容|实现方案|系统设计|算法|\barchitecture\b|\btechnical\b|\btechnology\b|\bimplementation details\b|\bsystem design\b|\bspecification\b|\bdesign details\b|\bmethodology\b/i;

/** A table of contents' title: 目录, Contents, Table of Contents. */
const TOC_TITLE = /^\s{0,3}(?:#{1,6}\s*)?(?:\*\*)?(?:目\s*录|contents|table of contents)(?:\*\*)?\s*[:：]?\s*$/i;
/** A table of contents' line: a list item or a numbered line, a link to a heading, or a leader to a page number. */
const TOC_LINE = new RegExp(`^\\s*(?:[-*+]\\s|${DOTTED_NUMBER}${NUMBER_STOP}?\\s|${numeralMark()}|${bracketedMark({ digits: true })}|\\[[^\\]]+\\]\\(#)`);
const PAGE_LEADER = /(?:\.{3,}|…{2,}|·{3,}|-{3,})\s*\d{1,3}\s*$/;

/**
 * The lines of a table of contents, which name sections without being them: the lines under a
 * 目录 / Contents title up to the first line that is not a contents line, and any line that ends
 * in a leader to a page number ("一、项目背景……3").
 */
function contentsLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length === 0) continue;
    if (PAGE_LEADER.test(line)) out.add(i);
    if (!TOC_TITLE.test(line)) continue;
    let k = i + 1;
    for (; k < lines.length; k++) {
      const next = lines[k]!;
      if (next.trim() === "") continue;
      if (!TOC_LINE.test(next) && !PAGE_LEADER.test(next)) break;
      out.add(k);
    }
    i = k - 1;
  }
  return out;
}

/** A contents title or a page leader somewhere in a text: only such a text is searched for a table of contents. */
const MAY_HOLD_CONTENTS = /目\s*录|contents|\.{3}\s*\d|…{2}|·{3}/i;
const CONTENTS_WORD = /contents/i;

/** Whether a text may hold a table of contents, as the pattern alone says (see mayHoldContents). */
export function mayHoldContentsReference(text: string): boolean {
  return MAY_HOLD_CONTENTS.test(text);
}

/**
 * mayHoldContentsReference, ruled out by plain searches for most texts: each alternative of the
 * pattern needs one of these strings, and "contents" searched alone is quicker than the five together.
 */
export function mayHoldContents(text: string): boolean {
  const maybe = text.includes("目") || text.includes("...") || text.includes("……") || text.includes("···") || CONTENTS_WORD.test(text);
  return maybe && MAY_HOLD_CONTENTS.test(text);
}

interface Scan {
  text: string;
  lines: string[];
  /** Lines that may be headings, whatever the rubric calls them, in order. */
  candidates: { i: number; candidate: HeadingCandidate }[];
}

// The engine parses a proposal once to pick its rubric and again with the rubric's aliases; the
// line scan is the same both times, so the last one is kept.
let lastScan: Scan | undefined;

/** A separator row opening without a pipe, somewhere in a text. */
const BARE_SEPARATOR = /^[ \t]*:?-{3,}:?[ \t]*\|/m;

/** A table row written with its outer pipes, as the readers expect: "a | b" → "| a | b |". */
function withOuterPipes(line: string): string {
  const t = line.trim();
  return `${t.startsWith("|") ? "" : "| "}${t}${t.endsWith("|") ? "" : " |"}`;
}

const isBare = (line: string) => line.includes("|") && !/^\s*\|.*\|\s*$/.test(line);
const cellCount = (line: string) => line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").length;

/**
 * Tables written without the outer pipes ("Item | Cost" over "--- | ---", as GFM allows) get them,
 * in place, so that every reader sees a table: a header row, its separator with as many cells, and
 * the rows with a pipe that follow up to a blank line.
 */
export function pipeBareTables(lines: string[], fenced: readonly boolean[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (fenced[i] || !line.includes("|") || !line.includes("---") || !MULTI_CELL_DELIMITER_ROW.test(line)) continue;
    const header = lines[i - 1]!;
    if (header.trim() === "" || (!isBare(header) && !isBare(line)) || cellCount(header) !== cellCount(line)) continue;
    lines[i - 1] = withOuterPipes(header);
    lines[i] = withOuterPipes(line);
    let k = i + 1;
    for (; k < lines.length && !fenced[k] && lines[k]!.includes("|") && lines[k]!.trim() !== ""; k++) lines[k] = withOuterPipes(lines[k]!);
    i = k - 1;
  }
}

function scan(text: string): Scan {
  if (lastScan && lastScan.text === text) return lastScan;
  const { lines, fenced } = visibleLines(text);
  // Only a text holding a contents title or a page leader is searched for a table of contents.
  const contents = mayHoldContents(text) ? contentsLines(lines) : undefined;
  // Only a text with a separator row that opens without a pipe ("--- | ---") is walked for a bare table.
  if (BARE_SEPARATOR.test(text)) pipeBareTables(lines, fenced);
  const candidates: Scan["candidates"] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (fenced[i] || line.length === 0) continue;
    // An exported form's "\#\# Budget" and "\- Rent" are the heading and the item to every reader.
    const unescaped = unescapedLine(line);
    if (unescaped !== undefined) line = lines[i] = unescaped;
    if (line.length > 200 || contents?.has(i)) continue;
    const candidate = headingOf(line, lines[i + 1], i === 0 || lines[i - 1]!.trim() === "") ?? listQuestionOf(lines, i);
    if (candidate) candidates.push({ i, candidate });
  }
  lastScan = { text, lines, candidates };
  return lastScan;
}

/** "- 募捐目的：…", "**Budget:** …": a field label at the start of a line, with its value after it. */
const FIELD_LABEL = /^\s*(?:[-*+]\s+|\d{1,2}[.、)]\s*)?(?:\*\*)?([^:：*|#]{2,24}?)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*\S/;

/** The sections that field labels name: a plan written as a list carries the same fields as one written with headings. */
function labelledIds(lines: readonly string[], matcher: SectionMatcher): Set<string> {
  const ids = new Set<string>();
  for (const line of lines) {
    if (line.length === 0 || line.length > 400) continue;
    // A label ends in a colon near the start of the line; most lines have none there.
    const colon = line.indexOf("：");
    const ascii = line.indexOf(":");
    if ((colon < 0 || colon > 40) && (ascii < 0 || ascii > 40)) continue;
    const m = FIELD_LABEL.exec(line);
    if (!m || m[1]!.trim().split(/\s+/).length > 4) continue;
    const id = matcher.match(m[1]!.trim());
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** A row of a form table is a section below every heading: rank past ATX ###### (60). */
const FORM_ROW_RANK = 65;

export function parseProposal(text: string, matcher: SectionMatcher): Proposal {
  const scanned = scan(text);
  const { candidates } = scanned;
  let lines = scanned.lines;
  const found: Array<Omit<Section, "end">> = [];
  /** For nestAnswerHeadings: the lines of Markdown headings, and of a form's questions (bold or alone in their paragraph) with their ranks. */
  const headings = new Set<number>();
  const asked = new Map<number, number>();
  let title: string | undefined;
  let skip = -1;
  /** Items answered on their own line, by line: one past the item's last line. */
  let answeredOnLine: Map<number, number> | undefined;
  // A document whose first-level headings are its sections (a Word form: 一、项目背景 as Heading 1)
  // has no title among them: three or more # headings that name sections say so.
  let sectionH1s = 0;
  for (const { candidate } of candidates) if (candidate.rank === 10 && matcher.match(candidate.text) !== undefined) sectionH1s++;
  const h1Sections = sectionH1s >= 3;
  for (const { i, candidate } of candidates) {
    if (i === skip) continue;
    const line = lines[i]!;
    // "### 需求分析表" over a table is the table's caption, not a section of its own: the table stays
    // in the section it sits in (a needs table inside the budget is not the need section). A form's
    // question or request over a table ("请上传活动经费预算表") asks for it: it heads a section.
    if (candidate.rank >= 30 && !candidate.question && TABLE_CAPTION.test(candidate.text) && nextLineIsTable(lines, i)) continue;
    const id = matcher.match(candidate.text, candidate.question === true);
    if (candidate.question && !candidate.strong && candidate.rank < LIST_QUESTION_RANK) asked.set(i + 1, candidate.rank);
    if (!candidate.strong && id === undefined) continue;
    if (candidate.needsAlias && id === undefined) continue;
    if (
      title === undefined &&
      found.length === 0 &&
      candidate.rank === 10 &&
      (id === undefined || (isLongTitle(candidate.text) && !NUMBERED_ATX.test(line) && !h1Sections))
    ) {
      // The document title (# 社区老人助餐送餐到家项目) is not a section even when it names one.
      title = candidate.text;
      found.push({ id: undefined, heading: candidate.text, rank: 0, line: i + 1, start: i + 1 });
      continue;
    }
    const setext = candidate.strong && !/^\s{0,3}#/.test(line);
    if (candidate.answer) {
      // Answered on its own line: the line reads as the answer (the scan's lines are shared, so they
      // are copied before one is rewritten), and the section is the item.
      if (lines === scanned.lines) lines = lines.slice();
      lines[i] = candidate.answer.text;
      (answeredOnLine ??= new Map()).set(i + 1, candidate.answer.end);
      found.push({ id, heading: candidate.text, rank: candidate.rank, line: i + 1, start: i });
      continue;
    }
    found.push({ id, heading: candidate.text, rank: candidate.rank, line: i + 1, start: setext ? i + 2 : i + 1 });
    if (candidate.strong) headings.add(i + 1);
    if (setext) skip = i + 1;
  }
  // A form table's rows are sections of one line each, read as their text (the scan's lines are
  // shared, so they are copied before a row is rewritten).
  const rows = formRows(lines, matcher);
  /** Where each form row's section ends (one past its last line, 0-based): its own line, or the last row its label spans. */
  let rowEnds: Map<number, number> | undefined;
  if (rows.length > 0) {
    if (lines === scanned.lines) lines = lines.slice();
    rowEnds = new Map();
    for (const row of rows) {
      lines[row.line - 1] = row.value;
      for (const more of row.more) lines[more.line - 1] = more.value;
      rowEnds.set(row.line, row.more.at(-1)?.line ?? row.line);
      found.push({ id: row.id, heading: row.label, rank: FORM_ROW_RANK, line: row.line, start: row.line - 1 });
    }
    found.sort((a, b) => a.line - b.line);
  }
  if (asked.size >= 2) nestAnswerHeadings(found, headings, asked, lines);
  // A sub-heading stays in the section it is in unless it starts a section of its own.
  const open: Array<Omit<Section, "end">> = [];
  for (const s of found) {
    while (open.length > 0 && s.rank <= open[open.length - 1]!.rank) open.pop();
    const parent = [...open].reverse().find((o) => o.id !== undefined);
    if (parent && s.id !== undefined && partOfParent(parent.id!, s.id, s.rank >= 30 && nextLineIsTable(lines, s.line - 1))) s.id = undefined;
    // "#### Metrics" or "实验评估" inside a technical section measures the system, not the project.
    if (s.id === "monitoring" && open.some((o) => TECHNICAL_SECTION.test(o.heading))) s.id = undefined;
    open.push(s);
  }
  const sections = withEnds(found, lines.length);
  if (rowEnds) for (const s of sections) if (s.rank === FORM_ROW_RANK) s.end = rowEnds.get(s.line) ?? s.start + 1;
  if (answeredOnLine) for (const s of sections) s.end = Math.min(s.end, answeredOnLine.get(s.line) ?? s.end);
  // A line leading into a list ("我们希望达到以下产出要求：", "Our goals are as follows:") heads that
  // list, not the text after it.
  for (const s of sections) {
    if (s.rank < 25 || s.rank === FORM_ROW_RANK || /^\s{0,3}#/.test(lines[s.line - 1]!) || !leadsIn(lines[s.line - 1]!)) continue;
    s.end = Math.min(s.end, listEnd(lines, s.start));
  }
  // Every cache is there from the start, so all proposals share one shape: properties added later,
  // in whichever order the checks ask, would give each proposal its own and slow every access.
  return {
    lines,
    sections,
    title,
    labelled: labelledIds(lines, matcher),
    memo: undefined,
    byId: undefined,
    all: undefined,
  };
}

/** A line nestAnswerHeadings reads: a found section (or a form's question that names none), and its shape. */
interface Mark {
  line: number;
  rank: number;
  start: number;
  shape: Shape | undefined;
  /** The section whose rank changes when the mark is a heading inside an answer. */
  section?: Omit<Section, "end">;
}

/** What a heading is to nestAnswerHeadings: one of a form's questions, or a Markdown heading. */
type Shape = "question" | "heading";

/** Whether a line from `from` (0-based) up to line `to` (1-based, excluded) holds text. */
function writtenBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to - 1 && k < lines.length; k++) if (lines[k]!.trim() !== "") return true;
  return false;
}

/** Whether a question comes after the heading at marks[k] before a heading that outranks it. */
function questionFollows(marks: readonly Mark[], k: number): boolean {
  const rank = marks[k]!.rank;
  for (let j = k + 1; j < marks.length; j++) {
    const shape = marks[j]!.shape;
    if (shape === "question") return true;
    if (shape === "heading" && marks[j]!.rank < rank) return false;
  }
  return false;
}

/**
 * A form's questions (bold, or alone in their paragraph) are the sections of an application copied
 * out of an online form, and what the applicant wrote under one is its answer, Markdown headings
 * included: "## Risks & How We Address Them" under "**Which risks do you see?**" heads part of that
 * answer, and the next question closes it. Read by rank alone, the ## heading (20) would close the
 * question (35) and run over every later question to the end of the document.
 *
 * A Markdown heading is read as inside the last question's answer, its rank put just below that
 * question's, when two or more questions came before it under the same parent (it is among the
 * form's questions, not above them), another question follows it before a heading that outranks it,
 * and text is written under it (a heading followed at once by a question titles the questions after
 * it). What follows it up to the next question keeps its order under it. Every
 * question counts, the ones that name no section too (`asked`: their lines and ranks).
 *
 * The questions of one form are siblings whatever their shape: a question alone in its paragraph
 * (25) asked while a bold one (35) is open takes its rank, and the other way round, so neither runs
 * over the questions after it.
 */
function nestAnswerHeadings(found: Array<Omit<Section, "end">>, headings: ReadonlySet<number>, asked: ReadonlyMap<number, number>, lines: readonly string[]): void {
  const marks: Mark[] = found.map((section) => ({ line: section.line, rank: section.rank, start: section.start, shape: asked.has(section.line) ? "question" : headings.has(section.line) ? "heading" : undefined, section }));
  const foundLines = new Set(found.map((s) => s.line));
  for (const [line, rank] of asked) if (!foundLines.has(line)) marks.push({ line, rank, start: line, shape: "question" });
  marks.sort((x, y) => x.line - y.line);
  /** The headings still open, as ranked so far, each with the last question asked directly under it and how many were. */
  const open: { rank: number; questions: number; last?: Mark; question?: boolean }[] = [{ rank: -1, questions: 0 }];
  /** While inside an answer: the rank of its question and of the Markdown heading that opened it there. */
  let answer: { rank: number; from: number } | undefined;
  const rankAs = (m: Mark, rank: number) => {
    m.rank = rank;
    if (m.section) m.section.rank = rank;
  };
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    if (m.shape === "question") {
      answer = undefined;
      // A question asked while another is open is the next one, bold or not: "How do you fund your
      // activities?" alone in its paragraph after "**Which risks do you see?**" is its sibling.
      const asked = open.findLast((o) => o.question === true);
      if (asked !== undefined && asked.rank !== m.rank) rankAs(m, asked.rank);
    }
    // Inside an answer, whatever the Markdown heading held before (its sub-headings, bold titles)
    // stays under it, in the same order; only a question or a heading that outranks it ends the
    // answer. (What ranks below the question already, a form table's rows, keeps its rank.)
    if (m.shape !== "question" && answer !== undefined) {
      if (m.rank < answer.from) answer = undefined;
      else if (m.rank <= answer.rank) rankAs(m, answer.rank + m.rank / 100);
    }
    while (open.length > 1 && m.rank <= open[open.length - 1]!.rank) open.pop();
    const parent = open[open.length - 1]!;
    if (m.shape === "question") {
      parent.questions++;
      parent.last = m;
    } else if (m.shape === "heading" && answer === undefined && parent.questions >= 2 && parent.last !== undefined && m.rank < parent.last.rank) {
      if (questionFollows(marks, k) && writtenBetween(lines, m.start, marks[k + 1]!.line)) {
        answer = { rank: parent.last.rank, from: m.rank };
        rankAs(m, parent.last.rank + m.rank / 100);
        // Back inside the question's answer: the question is open again, the heading under it.
        open.push({ rank: parent.last.rank, questions: 0, question: true });
      }
    }
    open.push(m.shape === "question" ? { rank: m.rank, questions: 0, question: true } : { rank: m.rank, questions: 0 });
  }
}

/** One past the last line of the list that starts at or after `from` (blank lines before it skipped). */
function listEnd(lines: readonly string[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k]!.trim() === "") k++;
  let end = k;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.trim() === "") continue;
    // An item, or a line indented under one, continues the list.
    if (!isListItem(line) && !/^\s{2,}\S/.test(line)) break;
    end = k + 1;
  }
  return end;
}

/** The sections with this id, outermost only (a nested heading with the same id is inside its parent). */
export function sectionsWithId(proposal: Proposal, id: string): readonly Section[] {
  proposal.byId ??= new Map();
  let known = proposal.byId.get(id);
  if (known === undefined) {
    known = outermostWithId(proposal.sections, id);
    proposal.byId.set(id, known);
  }
  return known;
}

/**
 * outermostWithIdReference in one pass: sections come in line order and the outermost ones do not
 * overlap, so a section is inside an earlier one with its id only when it is inside the last one
 * taken.
 */
export function outermostWithId(sections: readonly Section[], id: string): Section[] {
  const out: Section[] = [];
  let last: Section | undefined;
  for (const s of sections) {
    if (s.id !== id) continue;
    if (last !== undefined && s.line > last.line && s.line <= last.end) continue;
    out.push(s);
    last = s;
  }
  return out;
}

/** The plain version: each section compared with every one taken before it. */
export function outermostWithIdReference(sections: readonly Section[], id: string): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    if (s.id !== id) continue;
    if (out.some((o) => s.line > o.line && s.line <= o.end)) continue;
    out.push(s);
  }
  return out;
}

type Found = Omit<Section, "end">;

/**
 * withEndsReference in one pass: a section ends where the next heading of the same or a higher
 * rank begins, so a stack of the headings still open is closed by each heading in turn.
 */
export function withEnds(found: readonly Found[], lineCount: number): Section[] {
  const sections: Section[] = found.map((s) => ({ id: s.id, heading: s.heading, rank: s.rank, line: s.line, start: s.start, end: lineCount }));
  const open: Section[] = [];
  for (const s of sections) {
    while (open.length > 0 && s.rank <= open[open.length - 1]!.rank) open.pop()!.end = s.line - 1;
    open.push(s);
  }
  return sections;
}

/** The plain version: each section looks ahead for the first heading that closes it. */
export function withEndsReference(found: readonly Found[], lineCount: number): Section[] {
  return found.map((s, k) => {
    let end = lineCount;
    for (let j = k + 1; j < found.length; j++) {
      if (found[j]!.rank <= s.rank) {
        end = found[j]!.line - 1;
        break;
      }
    }
    return { id: s.id, heading: s.heading, rank: s.rank, line: s.line, start: s.start, end };
  });
}

/** The body lines of the sections with these ids, each with its 1-based line number. */
export function linesOf(proposal: Proposal, ids: readonly string[]): LineRef[] {
  const key = ids.length === 1 ? ids[0]! : ids.join(",");
  proposal.memo ??= new Map();
  const hit = proposal.memo.get(key);
  if (hit) return hit;
  const refs = gatherLines(proposal, ids);
  proposal.memo.set(key, refs);
  return refs;
}

/**
 * The sub-sections inside `s` that name another section: their lines (heading included) belong to
 * that section, not to `s` ("## Budget" inside "# Project Description").
 */
function otherSectionsInside(proposal: Proposal, s: Section): Section[] {
  const out: Section[] = [];
  const sections = proposal.sections;
  // Sections are in line order: the ones inside s follow it, found by a binary search for s.
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.line <= s.line) lo = mid + 1;
    else hi = mid;
  }
  let skipUntil = -1;
  for (let k = lo; k < sections.length && sections[k]!.line <= s.end; k++) {
    const o = sections[k]!;
    if (o.line <= skipUntil) continue;
    if (o.id !== undefined && o.id !== s.id) {
      out.push(o);
      skipUntil = o.end;
    }
  }
  return out;
}

function gatherLines(proposal: Proposal, ids: readonly string[]): LineRef[] {
  // The lines are the shared LineRefs of allLines, in line order, each once: one section is a slice.
  const all = allLines(proposal);
  const wanted = ids.flatMap((id) => sectionsWithId(proposal, id));
  if (wanted.length === 0) return [];
  const inside = wanted.map((s) => otherSectionsInside(proposal, s));
  if (wanted.length === 1 && inside[0]!.length === 0) return all.slice(wanted[0]!.start, wanted[0]!.end);
  const taken = new Uint8Array(all.length);
  let first = all.length;
  let last = 0;
  wanted.forEach((s, k) => {
    taken.fill(1, s.start, s.end);
    if (s.start < first) first = s.start;
    if (s.end > last) last = s.end;
    for (const o of inside[k]!) if (!ids.includes(o.id!)) taken.fill(0, o.line - 1, o.end);
  });
  const refs: LineRef[] = [];
  for (let i = first; i < last; i++) if (taken[i] === 1) refs.push(all[i]!);
  return refs;
}

/** Every line of the proposal body (hidden parts are blank). */
export function allLines(proposal: Proposal): LineRef[] {
  proposal.all ??= proposal.lines.map((text, i) => ({ line: i + 1, text }));
  return proposal.all;
}
