// Recognizing headings whatever their form: ATX (## 预算) and setext Markdown, bold-only lines
// (**Budget**), Chinese numbering (第一部分, 一、, （一）, 1., 1.1) and numbered or capitalized English
// headings. Forms that also occur in prose (1. …, **…**) count only when short and unpunctuated,
// and numbered ones only when they name a known section.
import { isSpace } from "../../text/count.js";
import { isRequest, zhRequestSentence } from "../../text/requests.js";
import { bracketedMark, DOTTED_NUMBER, FULL_WIDTH_STOP, NUMBER_STOP, NUMERAL_STOP, numeralMark, partMark, ROMAN_MARK, SECTION_WORD, SUB_NUMBER } from "../../text/heading-marks.js";

export interface HeadingCandidate {
  /** Heading text without marks or numbering. */
  text: string;
  /** Nesting rank: smaller is higher (ATX # = 10, ## = 20; 一、 = 20; （一） = 30…). */
  rank: number;
  /** Whether the form is unambiguous (ATX, setext); other forms need a known alias or must be short. */
  strong: boolean;
  /** Numbered in a way that is also common in lists: needs a known alias to count. */
  needsAlias: boolean;
  /** Asked as a question (a form's "What are the risks…?"): matched by its first meaning word. */
  question?: boolean;
  /**
   * Answered on the heading's own line ("* What need does it meet? : We provide …"): the line reads
   * as `text`, and the section is that line up to `end` (0-based, one past its last line).
   */
  answer?: { text: string; end: number };
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const BOLD_ONLY = /^\s*(?:\*\*|__)([^*_]{1,160}?)(?:\*\*|__)\s*[:：]?\s*$/;
/** A form's question on a line of its own: "Why is this project important to your organization?" */
const QUESTION_END = /[?？]$/;
const ZH_PART = new RegExp(`^\\s*${partMark()}\\s*[、:：.．]?\\s*(.*)$`);
const ZH_TOP = new RegExp(`^\\s*${numeralMark({ spaced: true })}\\s*(.+)$`);
const ZH_PAREN = new RegExp(`^\\s*${bracketedMark()}\\s*${NUMERAL_STOP}?\\s*(.+)$`);
const DIGIT_SUB = new RegExp(`^\\s*${SUB_NUMBER}\\.?\\s+(.+)$`);
const DIGIT_TOP = new RegExp(`^\\s*\\d{1,2}\\s*${NUMBER_STOP}\\s*(.+)$`);
const ROMAN = new RegExp(`^\\s*${ROMAN_MARK}\\s+(.+)$`);
const SECTION = new RegExp(`^\\s*${SECTION_WORD}\\s*[:.\\-–]?\\s*(.+)$`, "i");
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const BULLET = /^\s*[-*+]\s/;
const CAPITALS = /^[A-Z][A-Z &/,-]{2,40}$/;
const LABEL_EN = /^[A-Za-z][A-Za-z &/,-]{2,40}:$/;
/** A short line that may title a plain-text form's paragraph: a capital or a Han character, no markup. */
const PLAIN_TITLE = /^(?:[A-Z][A-Za-z &/'’-]{2,48}|[\u4e00-\u9fff][\u4e00-\u9fff、与和及]{1,11})$/;
const LABEL_ZH = /^[\u4e00-\u9fff、与和及]{2,12}[:：]$/;
/** What ends a sentence, as the last character of a trimmed line (a `…$` regex would try every position). */
const SENTENCE_END = new Set([..."。；;，,！？!?."].map((ch) => ch.charCodeAt(0)));
const endsSentence = (trimmed: string) => SENTENCE_END.has(trimmed.charCodeAt(trimmed.length - 1));

/**
 * Whether a heading's text asks: it ends in a question mark, or it is a form's request
 * (requests.ts), read as a question so that it names the section of what it asks for, not of the
 * longest name it mentions on the way.
 */
function asks(written: string, text: string): boolean {
  return /[?？][\s*_]*$/.test(written) || isRequest(text);
}

/** A numbered title is up to 30 characters; a form's request after its number up to 60 ("一、请简述项目实施过程中可能出现的风险及应对措施（不超过300字）"). */
function titleLength(text: string): boolean {
  return text.length <= 30 || zhRequestSentence(text.trim());
}

/** An answer to a yes/no question: "Yes", "no, not yet", "是，已在民政局登记", "否". */
const YES_NO_ANSWER = /^\s*(?:(?:yes|no|not yet)(?![\p{L}\p{N}'’-])|(?:是|否|有|没有|無|无)(?=$|[\s，,、；;。（(]))/iu;
const EMPHASIS = /\*\*|__|`/g;
/** Numbering and a closing colon or stop, removed in this order. */
const NUMBERING = [
  new RegExp(`^${numeralMark({ spaced: true })}\\s*`),
  new RegExp(`^${bracketedMark({ digits: true })}\\s*${NUMERAL_STOP}?\\s*`),
  new RegExp(`^${DOTTED_NUMBER}\\s*${NUMBER_STOP}?\\s+`),
  new RegExp(`^${DOTTED_NUMBER}\\s*${FULL_WIDTH_STOP}\\s*`),
  new RegExp(`^${ROMAN_MARK}\\s+`),
  new RegExp(`^${SECTION_WORD}\\s*[:.\\-–]?\\s*`, "i"),
  /[:：.。]\s*$/,
];

/** Strips numbering and emphasis from heading text: "二、项目背景与需求分析：" → "项目背景与需求分析". */
export function cleanHeadingText(text: string): string {
  let t = text.replace(EMPHASIS, "").trim();
  const zhPart = ZH_PART.exec(t);
  if (zhPart) t = zhPart[1]!;
  for (const numbering of NUMBERING) t = t.replace(numbering, "");
  return t.trim();
}

/** A question as long as forms ask them: up to 160 characters or 25 words. */
export function questionLength(text: string): boolean {
  return text.length > 0 && text.length <= 160 && text.split(/\s+/).length <= 25;
}

function shortEnough(text: string): boolean {
  if (text.length === 0 || text.length > 60) return false;
  const words = text.split(/\s+/).length;
  return words <= 10;
}

/** A line leading into a list rather than naming a section: "本项目拟重点解决以下问题：", "Our goals are as follows:". */
const LEAD_IN = /以下|如下|下列|\bas follows\b|\bthe following\b|\bbelow\b/i;

/** Whether a heading that is not a Markdown one leads into a list: "…以下问题：", "Our goals are as follows:". */
export function leadsIn(line: string): boolean {
  return LEAD_IN.test(line) && /[:：]\s*(?:\*\*|__)?\s*$/.test(line);
}

/** The heading on this line, if it is one. `next` is the following line (for setext headings). */
export function headingOf(line: string, next: string | undefined, previousBlank: boolean): HeadingCandidate | undefined {
  // The first and last characters that are not spaces decide most lines without a trimmed copy.
  let first = 0;
  while (first < line.length && isSpace(line.charCodeAt(first))) first++;
  if (first === line.length) return undefined;
  const lead = line.charCodeAt(first);
  if (lead === 0x23) {
    // Only a line whose first character is # can be an ATX heading.
    const atx = ATX.exec(line);
    if (atx) {
      const text = cleanHeadingText(atx[2]!.replace(/[?？]+(?=[\s*_]*$)/, ""));
      if (!text) return undefined;
      const heading: HeadingCandidate = { text, rank: atx[1]!.length * 10, strong: true, needsAlias: false };
      if (asks(atx[2]!, text)) heading.question = true;
      return heading;
    }
  }
  if (lead === 0x7c || lead === 0x3e) return undefined; // | >
  // "Budget *", "**Who are you? ✅**": a form's required mark or a progress tick after its label.
  const bare = withoutFormMarks(line);
  if (bare !== undefined) return headingOf(bare.line, next, previousBlank) ?? (bare.required ? formFieldOf(bare.line) : undefined);
  const setext = next !== undefined && previousBlank && SETEXT_UNDERLINE.test(next) && !BULLET.test(line);
  const trimmed = line.trim();
  // A question alone in its paragraph names the section its answer is, when it names a known one; so
  // does a Chinese request asked with 请 ("请简述项目的风险及应对措施："), ending in a colon, a stop or nothing.
  if (!setext && previousBlank && (QUESTION_END.test(trimmed) || zhRequestSentence(trimmed, false)) && !BULLET.test(line) && questionLength(trimmed)) {
    return { text: cleanHeadingText(trimmed.replace(/[?？]+$/, "")), rank: 25, strong: false, needsAlias: true, question: true };
  }
  if (!setext) {
    let last = line.length - 1;
    while (isSpace(line.charCodeAt(last))) last--;
    if (SENTENCE_END.has(line.charCodeAt(last))) return undefined;
  }
  if (setext) {
    if (shortEnough(trimmed) && !endsSentence(trimmed)) {
      return { text: cleanHeadingText(trimmed), rank: next.trim().startsWith("=") ? 10 : 20, strong: true, needsAlias: false };
    }
  }
  if (endsSentence(trimmed)) return undefined;
  const bold = BOLD_ONLY.exec(line);
  // "**yes, but with a different group**": the answer to a form's yes/no question, not a heading.
  if (bold && YES_NO_ANSWER.test(bold[1]!)) return undefined;
  if (bold) {
    const text = cleanHeadingText(bold[1]!.replace(/[?？]+\s*$/, ""));
    const question = asks(bold[1]!, text);
    // A long bold line is a heading only as a form's question that names a known section.
    if (shortEnough(text)) return question ? { text, rank: 35, strong: false, needsAlias: false, question } : { text, rank: 35, strong: false, needsAlias: false };
    return questionLength(text) ? { text, rank: 35, strong: false, needsAlias: true, question } : undefined;
  }
  let m = ZH_PART.exec(line);
  if (m && titleLength(m[1]!)) return { text: cleanHeadingText(trimmed), rank: 15, strong: false, needsAlias: false };
  m = ZH_TOP.exec(line);
  if (m && titleLength(m[1]!)) return { text: cleanHeadingText(trimmed), rank: 20, strong: false, needsAlias: false };
  m = ZH_PAREN.exec(line);
  if (m && titleLength(m[1]!)) return { text: cleanHeadingText(trimmed), rank: 30, strong: false, needsAlias: false };
  m = DIGIT_SUB.exec(line);
  if (m && shortEnough(m[1]!)) return { text: cleanHeadingText(trimmed), rank: 50, strong: false, needsAlias: true };
  m = DIGIT_TOP.exec(line) ?? ROMAN.exec(line) ?? SECTION.exec(line);
  if (m && shortEnough(m[1]!)) return { text: cleanHeadingText(trimmed), rank: 40, strong: false, needsAlias: true };
  // "Project Description" opening a paragraph of a plain-text form, its answer on the next line:
  // only when it names a known section.
  if (previousBlank && next !== undefined && next.trim().length > 0 && PLAIN_TITLE.test(trimmed) && trimmed.split(/\s+/).length <= 6) {
    return { text: cleanHeadingText(trimmed), rank: 25, strong: false, needsAlias: true };
  }
  // BUDGET, or "Budget:" alone on a line: only when it names a known section, and a label is a
  // few words ("Project budgets:"), not a sentence leading into a list ("We will track the following:").
  if (CAPITALS.test(trimmed) || (LABEL_EN.test(trimmed) && trimmed.split(/\s+/).length <= 4) || LABEL_ZH.test(trimmed)) {
    return { text: cleanHeadingText(trimmed), rank: 25, strong: false, needsAlias: true };
  }
  return undefined;
}

// Shapes that forms exported from an online tool or a word processor give their labels. Each is a
// recogniser of its own, apart from the number marks above.

/** A Markdown heading whose marks an export escaped: "\#\# Budget" (Google Docs, form tools). */
const ESCAPED_ATX = /^( {0,3})((?:\\#){1,6})(?=[ \t])/;

/** A list item whose mark an export escaped: "\- Rent: €400", "2\. Risk: …". */
const ESCAPED_ITEM = /^(\s*)(?:\\([-*+])|(\d{1,3})\\([.)]))(?=[ \t])/;

/**
 * The line as it was before an export escaped its marks, if it was a heading or a list item:
 * "\#\# Risks" → "## Risks", "\- Rent" → "- Rent", "2\. Risk" → "2. Risk".
 */
export function unescapedLine(line: string): string | undefined {
  let k = 0;
  while (k < line.length && isSpace(line.charCodeAt(k))) k++;
  const c = line.charCodeAt(k);
  // Only a line opening with a backslash or a digit can hold an escaped mark.
  if (c !== 0x5c && (c < 0x30 || c > 0x39)) return undefined;
  const atx = ESCAPED_ATX.exec(line);
  if (atx) return atx[1]! + "#".repeat(atx[2]!.length / 2) + line.slice(atx[0].length);
  const item = ESCAPED_ITEM.exec(line);
  if (item) return item[1]! + (item[2] ?? item[3]! + item[4]!) + line.slice(item[0].length);
  return undefined;
}

/**
 * What an online form puts after a label, at the end of the line or inside its closing bold: the
 * required mark (an escaped "\*", or a "*" after a space) and progress ticks (✅ ⏳ ✔ ✓ ☑ ❌).
 */
const FORM_MARK_TAIL = /(?:\s*\\\*|\s+\*(?!\*)|\s*[\u2705\u23f3\u2714\u2713\u2611\u274c]\ufe0f?)+((?:\s*(?:\*\*|__))?)\s*$/u;
const MARK_CHARS = new Set([0x2705, 0x23f3, 0x2714, 0x2713, 0x2611, 0x274c, 0xfe0f]);

/** The line without a form's marks after its label, and whether one was a required mark; undefined when it has none. */
export function withoutFormMarks(line: string): { line: string; required: boolean } | undefined {
  let last = line.length - 1;
  while (last >= 0 && isSpace(line.charCodeAt(last))) last--;
  const c = line.charCodeAt(last);
  // Most lines end in neither a mark nor "*": one look at the last character decides them.
  if (!MARK_CHARS.has(c)) {
    if (c !== 0x2a && c !== 0x5f) return undefined;
    // Inside a closing ** or __: what stands before it decides.
    let before = last;
    while (before > 0 && (line.charCodeAt(before) === 0x2a || line.charCodeAt(before) === 0x5f)) before--;
    const b = line.charCodeAt(before);
    if (!MARK_CHARS.has(b) && !isSpace(b) && !line.includes("\\*")) return undefined;
  }
  const m = FORM_MARK_TAIL.exec(line);
  if (!m) return undefined;
  const marks = m[1] ? m[0].slice(0, m[0].lastIndexOf(m[1])) : m[0];
  return { line: line.slice(0, m.index) + m[1]!, required: marks.includes("*") };
}

/** A form's field label alone on its line, its answer below: "Amount requested (€)". Only when it names a known section. */
const FORM_FIELD = /^[\p{L}][\p{L}\p{N} &/'’()（）€$£¥%.,-]{1,60}$/u;

function formFieldOf(line: string): HeadingCandidate | undefined {
  const trimmed = line.trim();
  if (!FORM_FIELD.test(trimmed) || trimmed.split(/\s+/).length > 8) return undefined;
  // Ranked as a form's bold questions are: the fields and questions of one form are siblings.
  return { text: cleanHeadingText(trimmed.replace(/\s*[(（][^)）]*[)）]\s*/g, " ")), rank: 35, strong: false, needsAlias: true };
}
