// YAML as a Chinese keyboard types it: a full-width colon after a key (title："…"), full-width
// spaces in the indentation, a full-width comma between the items of a [ ] list, Chinese quotes
// “…” meant to quote a value. yaml reports what these cause ("Implicit keys need to be on a single
// line"); these hints name the character, its line and column, and the fix.
import { t, type Lang } from "../i18n/index.js";

export interface Hint {
  line: number;
  col: number;
  message: string;
}

export interface PunctuationHints {
  /** What makes the file wrong: a full-width colon after a key, a full-width space in the indentation. */
  errors: Hint[];
  /** What may be meant otherwise: a full-width comma in a [ ] list. */
  warnings: Hint[];
  /** The Chinese quote that opens the value on `line`, when one does (for a syntax error there). */
  quoteOn(line: number): Hint | undefined;
}

const KEY_COLON = /^([ \t\u3000]*(?:-[ \t\u3000]+)?)([A-Za-z_$][\w$.-]*)[ \t]*：/;
const BLOCK_START = /(?:^|:|-)[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/;
const FLOW_LIST = /(?:^[ \t]*-?[ \t]*|:[ \t]*)\[([^\]]*)\][ \t]*(?:#.*)?$/;
const OPENING_QUOTE = /(?:^[ \t]*-[ \t]+|:[ \t]+)([“‘])/;

interface Line {
  number: number;
  text: string;
}

/** The lines that YAML reads as structure: not comments, not the content of a | or > block. */
function structuralLines(text: string): Line[] {
  const out: Line[] = [];
  let blockIndent: number | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const indent = /^[ \t\u3000]*/.exec(raw)![0].length;
    if (blockIndent !== undefined) {
      if (raw.trim() === "" || indent > blockIndent) return;
      blockIndent = undefined;
    }
    if (/^[ \t\u3000]*#/.test(raw) || raw.trim() === "") return;
    out.push({ number: index + 1, text: raw });
    if (BLOCK_START.test(raw)) blockIndent = indent;
  });
  return out;
}

export function punctuationHints(text: string, lang: Lang): PunctuationHints {
  const errors: Hint[] = [];
  const warnings: Hint[] = [];
  const quotes = new Map<number, Hint>();
  for (const { number, text: line } of structuralLines(text)) {
    const space = /^[ \t]*\u3000/.exec(line);
    if (space) errors.push({ line: number, col: space[0].length, message: t("facts.yaml.fullWidthSpace", undefined, lang) });
    const colon = KEY_COLON.exec(line);
    if (colon) errors.push({ line: number, col: colon[0].length, message: t("facts.yaml.fullWidthColon", { key: colon[2]! }, lang) });
    const list = FLOW_LIST.exec(line);
    if (list && list[1]!.includes("，") && !/["']/.test(list[1]!)) {
      const col = line.indexOf("[", list.index) + 1 + list[1]!.indexOf("，") + 1;
      warnings.push({ line: number, col, message: t("facts.yaml.fullWidthComma", undefined, lang) });
    }
    const quote = OPENING_QUOTE.exec(line);
    if (quote) quotes.set(number, { line: number, col: quote.index + quote[0].length, message: t("facts.yaml.chineseQuote", { quote: quote[1]! }, lang) });
  }
  return { errors, warnings, quoteOn: (line) => quotes.get(line) };
}

/** A key with a value on its line and fields indented below it: the lines yaml fails on, and the one fix. */
export interface ValueWithFields extends Hint {
  /** The last line of the fields below: yaml's errors up to it are what the one mistake caused. */
  until: number;
}

/** `key: value` (not a | or > block, a flow list, an anchor or a tag) followed by indented `field:` lines. */
const KEY_WITH_VALUE = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_$][\w$.-]*):[ \t]+(?![|>&*!\[{#])(\S.*?)[ \t]*$/;
// Indented with spaces: a tab in the indentation is its own mistake, told as such.
const FIELD_LINE = /^ *([A-Za-z_$][\w$.-]*):(?:[ \t]|$)/;
const LIST_ITEM = /^ *- /;

/**
 * `organization: 晨光社工` with `name:` and `founded:` indented below it: yaml says "implicit keys
 * need to be on a single line" at every one of them; this names the key, the value and the fields.
 */
export function valueWithFieldsHints(text: string, lang: Lang): ValueWithFields[] {
  const lines = structuralLines(text);
  const out: ValueWithFields[] = [];
  const indentOf = (line: string) => /^ */.exec(line)![0].length;
  for (let i = 0; i < lines.length - 1; i++) {
    const m = KEY_WITH_VALUE.exec(lines[i]!.text);
    if (!m) continue;
    const keyIndent = m[1]!.length;
    const fields: string[] = [];
    let j = i + 1;
    // The fields are the lines as deep as the first one below; deeper lines are theirs (contact: name:).
    const fieldIndent = indentOf(lines[i + 1]!.text);
    for (; j < lines.length && indentOf(lines[j]!.text) > keyIndent; j++) {
      const field = indentOf(lines[j]!.text) === fieldIndent ? FIELD_LINE.exec(lines[j]!.text) : null;
      if (field && !fields.includes(field[1]!)) fields.push(field[1]!);
    }
    const value = m[3]!.replace(/[ \t]+#.*$/, "");
    const col = lines[i]!.text.indexOf(m[3]!, m[0].indexOf(":")) + 1;
    const next = lines[i + 1]!.text;
    // objectives: 送餐 with "- text: …" below it (as deep as the key, or deeper): a list below the value.
    if (LIST_ITEM.test(next) && indentOf(next) >= keyIndent && !/^[ \t]*-/.test(lines[i]!.text)) {
      let k = i + 1;
      while (k + 1 < lines.length && (indentOf(lines[k + 1]!.text) > keyIndent || (LIST_ITEM.test(lines[k + 1]!.text) && indentOf(lines[k + 1]!.text) === keyIndent))) k++;
      out.push({ line: lines[i]!.number, col, until: lines[k]!.number, message: t("facts.yaml.syntax", { message: t("facts.yaml.valueWithItems", { key: m[2]!, value }, lang) }, lang) });
      i = k;
      continue;
    }
    if (!FIELD_LINE.test(next) || indentOf(next) <= keyIndent) continue;
    out.push({
      line: lines[i]!.number,
      col,
      until: lines[j - 1]!.number,
      message: t("facts.yaml.syntax", { message: t("facts.yaml.valueWithFields", { key: m[2]!, value, fields: fields.slice(0, 4).join(", ") + (fields.length > 4 ? ", …" : "") }, lang) }, lang),
    });
    i = j - 1;
  }
  return out;
}

export interface PunctuationFix {
  line: number;
  from: string;
  to: string;
}

/**
 * The text with each full-width colon after a key made `: ` and each full-width space of an
 * indentation made two spaces (it is as wide as two); the lines changed, for the user to see.
 */
export function fixPunctuation(text: string): { text: string; fixes: PunctuationFix[] } {
  const structural = new Set(structuralLines(text).map((l) => l.number));
  const fixes: PunctuationFix[] = [];
  const lines = text.split(/(\r?\n)/);
  for (let i = 0; i < lines.length; i += 2) {
    const number = i / 2 + 1;
    const before = lines[i]!;
    if (!structural.has(number)) continue;
    let after = before.replace(/^[ \t\u3000]+/, (indent) => indent.replace(/\u3000/g, "  "));
    const colon = KEY_COLON.exec(after);
    if (colon) {
      const rest = after.slice(colon[0].length);
      after = `${after.slice(0, colon[0].length - 1).replace(/[ \t]+$/, "")}:${rest === "" || /^[ \t]/.test(rest) ? "" : " "}${rest}`;
    }
    if (after !== before) {
      lines[i] = after;
      fixes.push({ line: number, from: before.trim(), to: after.trim() });
    }
  }
  return { text: lines.join(""), fixes };
}
