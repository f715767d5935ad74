// A grant template that asks its questions as list items, each answer indented below its item:
//
//   * What need(s) does your project meet?
//       Families in the district wait …
//   - 预算：
//       - 场地租金 2,000元
//
// The item heads its answer when it is a question or a field label alone on its line and the next
// written line is indented deeper than the item's mark. An ordinary list (objectives, activities, a
// question inside a sentence) has its next item at the same depth, or ends its item in a stop.
import { cleanHeadingText, questionLength, type HeadingCandidate } from "./headings.js";
import { LIST_MARKS } from "./markdown.js";

/** Below every Markdown heading (###### is 60) and above a form table's rows (65): the item heads its answer inside the section it is in. */
export const LIST_QUESTION_RANK = 62;

/** An item's mark (a bullet that opens no bold, or "1." "1)"), then its text. */
const ITEM = new RegExp(`^([ \\t]*)(?:(?!\\*\\*)${LIST_MARKS.bullet}|\\d{1,2}[.)])[ \\t]+(.+?)\\s*$`);
/** A question, its closing bold allowed after the mark: "What need(s) does it meet?", "**Why now？**". */
const QUESTION = /[?？](?:\*\*|__)?$/;
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

/** Whether the first written line after line `i` is indented deeper than `indent` columns. */
function answerIndentedBelow(lines: readonly string[], i: number, indent: number): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.trim() === "") continue;
    return indentOf(line) > indent;
  }
  return false;
}

/**
 * The heading a list item at line `i` is, when it asks a question or names a field and its answer is
 * indented below it; only one that names a known section counts (needsAlias).
 */
export function listQuestionOf(lines: readonly string[], i: number): HeadingCandidate | undefined {
  const line = lines[i]!;
  // Only a line whose first written character is a bullet or a digit can be an item.
  const lead = line.trimStart().charCodeAt(0);
  if (!(lead === 0x2d || lead === 0x2a || lead === 0x2b || lead === 0x2022 || (lead >= 0x30 && lead <= 0x39))) return undefined;
  const item = ITEM.exec(line);
  if (!item) return undefined;
  const text = item[2]!;
  if (!answerIndentedBelow(lines, i, indentOf(item[1]!))) return undefined;
  if (QUESTION.test(text)) {
    if (!questionLength(text)) return undefined;
    const asked = cleanHeadingText(text.replace(/[?？](?:\*\*|__)?$/, ""));
    return asked ? { text: asked, rank: LIST_QUESTION_RANK, strong: false, needsAlias: true, question: true } : undefined;
  }
  const label = LABEL.exec(text);
  if (!label) return undefined;
  const name = (label[1] ?? label[2]!).trim();
  if (name.split(/\s+/).length > 6) return undefined;
  const cleaned = cleanHeadingText(name);
  return cleaned ? { text: cleaned, rank: LIST_QUESTION_RANK, strong: false, needsAlias: true } : undefined;
}
