// A grant template that asks its questions as list items, each answer indented below its item,
// written under it at the item's own depth, or after the question on the item's line:
//
//   * What need(s) does your project meet?
//       Families in the district wait …
//   * Are there similar projects?
//
//   None in the district …
//   * What need(s) does your project meet? : We provide …
//   - 预算：
//       - 场地租金 2,000元
//
// The item heads its answer when it is a question (or a Chinese request, "- 请简述项目的风险及应对
// 措施") or a field label alone on its line and the next written line is indented deeper than the
// item's mark, or is a paragraph of its own after a question that no item of the same list precedes.
// An ordinary list (objectives, activities, a question inside a sentence) has its next item at the
// same depth, or ends its item in a stop.
// An item that asks a question and answers it on the same line heads that answer: the item's line,
// read as its mark and the answer, and what is indented under it. (A label answered on its line is
// not one: "- **Staff turnover risk**: …" is an entry of a list far more often than a form's field.)
import { cleanHeadingText, questionLength, type HeadingCandidate } from "./headings.js";
import { isListItem, LIST_MARKS } from "./markdown.js";
import { zhRequestSentence } from "../../text/requests.js";

/** Below every Markdown heading (###### is 60) and above a form table's rows (65): the item heads its answer inside the section it is in. */
export const LIST_QUESTION_RANK = 62;

/** An item's indent and mark (a bullet that opens no bold, or "1." "1)"), then its text. */
const ITEM = new RegExp(`^([ \\t]*(?:(?!\\*\\*)${LIST_MARKS.bullet}|\\d{1,2}[.)])[ \\t]+)(.+?)\\s*$`);
/** A question, its closing bold allowed after the mark: "What need(s) does it meet?", "**Why now？**". */
const QUESTION = /[?？](?:\*\*|__)?$/;
/** An item's text opening with a Chinese character, after its bold if any. */
const HAN_FIRST = /^(?:\*\*|__)?[\u4e00-\u9fff]/;
/** A label: "Budget:", "**预算：**", "**Budget**:", "**Budget**" alone. */
const LABEL = /^(?:(?:\*\*|__)([^*_:：]{2,40})[:：]?(?:\*\*|__)[:：]?|([^*_:：]{2,40})[:：])$/;

/** Columns of a line's leading white space, a tab to the next multiple of four. */
function indentOf(line: string): number {
  let columns = 0;
  for (const ch of line) {
    if (ch === " ") columns++;
    else if (ch === "\t") columns += 4 - (columns % 4);
    else if (ch === "\u3000") columns += 2;
    else break;
  }
  return columns;
}

/** The first written line after line `i`, or -1. */
function nextWritten(lines: readonly string[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.trim() !== "") return k;
  return -1;
}

/** The last written line before line `i`, or -1. */
function previousWritten(lines: readonly string[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.trim() !== "") return k;
  return -1;
}

/** Whether the first written line after line `i` is indented deeper than `indent` columns. */
function answerIndentedBelow(lines: readonly string[], i: number, indent: number): boolean {
  const k = nextWritten(lines, i);
  return k >= 0 && indentOf(lines[k]!) > indent;
}

/**
 * Whether a question item at line `i` is answered by a paragraph under it at its own depth (or less):
 * the next written line is no item, heading or table row, and the item opens its list (no item at its
 * depth or deeper just before it), so it is not the last of a list of questions asked in the text.
 */
function answeredUnindented(lines: readonly string[], i: number, indent: number): boolean {
  const k = nextWritten(lines, i);
  if (k < 0) return false;
  const next = lines[k]!.trimStart();
  if (isListItem(next) || next.startsWith("#") || next.startsWith("|") || next.startsWith(">")) return false;
  const p = previousWritten(lines, i);
  return p < 0 || !(isListItem(lines[p]!) && indentOf(lines[p]!) >= indent);
}

/** How a question opens in English, or what asks it in Chinese: a question as a form asks it, not a rhetorical end of a sentence. */
const ASKS = /^(?:\*\*|__)?(?:what|why|how|who|whom|whose|where|when|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|please|describe|tell|explain|list)\b|什么|如何|怎样|怎么|哪|为什么|为何|是否|多少|[吗呢][?？]?$/i;

/** One past the last line of the item at line `i`: its line and the lines indented deeper below it. */
function itemEnd(lines: readonly string[], i: number, indent: number): number {
  let end = i + 1;
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.trim() === "") continue;
    if (indentOf(line) <= indent) break;
    end = k + 1;
  }
  return end;
}

/** A question on an item's line and its answer after it: "What need(s) does it meet? : We provide …". */
const QUESTION_THEN_ANSWER = /^(.+?[?？])(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*(\S.*)$/;
/** The heading an item is when it asks a question and answers it on its own line (see the file's comment). */
function answeredOnItsLine(lines: readonly string[], i: number, mark: string, text: string): HeadingCandidate | undefined {
  // Most items hold no question mark: the pattern cannot match them.
  if (!text.includes("?") && !text.includes("？")) return undefined;
  const asked = QUESTION_THEN_ANSWER.exec(text);
  if (!asked || !ASKS.test(asked[1]!.trim()) || !questionLength(asked[1]!)) return undefined;
  const heading = cleanHeadingText(asked[1]!.replace(/[?？]$/, ""));
  // The line keeps its mark, so that readers of lists still see an item: "* We provide …".
  return heading ? { text: heading, rank: LIST_QUESTION_RANK, strong: false, needsAlias: true, question: true, answer: { text: mark + asked[2]!, end: itemEnd(lines, i, indentOf(mark)) } } : undefined;
}

/**
 * The heading a list item at line `i` is, when it asks a question or names a field and its answer is
 * indented below it, written under it or on its line (see the file's comment); only one that names a
 * known section counts (needsAlias).
 */
export function listQuestionOf(lines: readonly string[], i: number): HeadingCandidate | undefined {
  const line = lines[i]!;
  // Only a line whose first written character is a bullet or a digit can be an item.
  const lead = line.trimStart().charCodeAt(0);
  if (!(lead === 0x2d || lead === 0x2a || lead === 0x2b || lead === 0x2022 || (lead >= 0x30 && lead <= 0x39))) return undefined;
  const item = ITEM.exec(line);
  if (!item) return undefined;
  const text = item[2]!;
  const indent = indentOf(item[1]!);
  // A Chinese request asks as a question does: "- 请简述项目的风险及应对措施" (only an item opening
  // with a Chinese character, bold or not, may be one: most are decided without cleaning their text).
  const asking = QUESTION.test(text) || (HAN_FIRST.test(text) && zhRequestSentence(cleanHeadingText(text)));
  if (!answerIndentedBelow(lines, i, indent)) {
    if (asking) return questionLength(text) && answeredUnindented(lines, i, indent) ? questionHeading(text) : undefined;
    return answeredOnItsLine(lines, i, item[1]!, text);
  }
  if (asking) {
    if (!questionLength(text)) return undefined;
    return questionHeading(text);
  }
  const label = LABEL.exec(text);
  if (!label) return answeredOnItsLine(lines, i, item[1]!, text);
  const name = (label[1] ?? label[2]!).trim();
  if (name.split(/\s+/).length > 6) return undefined;
  const cleaned = cleanHeadingText(name);
  return cleaned ? { text: cleaned, rank: LIST_QUESTION_RANK, strong: false, needsAlias: true } : undefined;
}

function questionHeading(text: string): HeadingCandidate | undefined {
  const asked = cleanHeadingText(text.replace(/[?？](?:\*\*|__)?$/, ""));
  return asked ? { text: asked, rank: LIST_QUESTION_RANK, strong: false, needsAlias: true, question: true } : undefined;
}
