// The placeholder syntax, written once: what grantsmith writes where a fact is missing
// (【待补充：…】 / [TODO: …]) and every template leftover the scorer looks for (TBD, XXX, {{…}},
// lorem ipsum…). The patterns, the quick hint and the per-character lookup tables below are all
// built from these named constants; the plain versions sit beside the fast ones, and a seeded
// test compares the two.
import { charClass, charTable } from "./chars.js";

/** What a draft writes where a fact is missing: an opening with the label after it, a closing. */
export const DRAFT_PLACEHOLDER = {
  zh: { open: "【", word: "待补充", colon: "：", close: "】" },
  en: { open: "[", word: "TODO", colon: ": ", close: "]" },
} as const;

/** 【待补充：预算总额】 / [TODO: total budget] */
export function placeholder(label: string, language: "zh" | "en"): string {
  const p = DRAFT_PLACEHOLDER[language];
  return `${p.open}${p.word}${p.colon}${label}${p.close}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (words: readonly string[]) => `(?:${words.map(escape).join("|")})`;

/** The words that make a bracketed text a placeholder: 【待补充：…】, [TBD …], <insert …>. */
export const FULL_BRACKET_WORDS = ["待补充", "待填写", "待定", "待完善"] as const;
export const SQUARE_BRACKET_WORDS = ["TODO", "TBD", "TBC", "待补充", "insert", "placeholder"] as const;
export const ANGLE_BRACKET_WORDS = ["insert", "项目名称", "机构名称", "请填写"] as const;
/**
 * Words that open a form field left unfilled, in square brackets that are no link (inline or by
 * reference): [Your Phone Number], [Enter amount], [您的电话], [请填写姓名]. An English word is
 * followed by a space; a Chinese one by the field's name.
 */
export const FORM_FIELD_WORDS = ["Your ", "Enter ", "您的", "请填写", "请输入"] as const;
/** A form field's bracket holds a few words at most. */
const FORM_FIELD_INSIDE = 40;
/** Marker words that are placeholders standing alone (whole words). */
export const MARKER_WORDS = ["TODO", "TBD", "TBC"] as const;
/** Letters that, three or more in a row, stand for a value to fill in (XXX, ＸＸＸ, ×××). */
export const FILLER_LETTERS = ["X", "Ｘ", "×"] as const;
/** Phrases that are leftovers by themselves. */
export const LEFTOVER_PHRASES = ["COMING SOON", "lorem ipsum"] as const;
/** "此处填写", "请在此处输入": instructions left in the text. */
export const INSTRUCTION_LEADS = { 此处: ["填写", "插入", "输入"], 请在此: ["填写", "输入"] } as const;
/** Chinese placeholders without brackets. */
export const BARE_PLACEHOLDERS = ["待补充", "（待定）", "(待定)"] as const;
/** A template variable left unrendered: {{name}}, at most this many characters inside. */
const MUSTACHE_INSIDE = 40;
/** The brackets of a placeholder: 【待补充：…】 and [TODO: …] as a draft writes them, {{name}}, <insert name>. */
export const BRACKETS = {
  full: [DRAFT_PLACEHOLDER.zh.open, DRAFT_PLACEHOLDER.zh.close],
  square: [DRAFT_PLACEHOLDER.en.open, DRAFT_PLACEHOLDER.en.close],
  mustache: ["{{", "}}"],
  angle: ["<", ">"],
} as const;
const { full, square, mustache, angle } = BRACKETS;

/** Every placeholder and template leftover. Case-insensitive: "todo" and "ｘｘｘ" count too. */
export const PLACEHOLDER = new RegExp(
  [
    `${escape(full[0])}\\s*${anyOf(FULL_BRACKET_WORDS)}[^${escape(full[1])}]*${escape(full[1])}`,
    `${escape(square[0])}\\s*${anyOf(SQUARE_BRACKET_WORDS)}[^${escape(square[1])}]*${escape(square[1])}`,
    `${escape(square[0])}\\s*${anyOf(FORM_FIELD_WORDS)}[^${escape(square[1])}${escape(square[0])}\\n]{1,${FORM_FIELD_INSIDE}}${escape(square[1])}(?![(\\[:])`,
    `${escape(mustache[0])}[^${escape(mustache[1][0])}]{0,${MUSTACHE_INSIDE}}${escape(mustache[1])}`,
    `${escape(angle[0])}\\s*${anyOf(ANGLE_BRACKET_WORDS)}[^${escape(angle[1])}]{0,${MUSTACHE_INSIDE}}${escape(angle[1])}`,
    ...MARKER_WORDS.map((w) => `\\b${w}\\b`),
    ...FILLER_LETTERS.map((x) => `${escape(x)}{3,}`),
    `\\b${LEFTOVER_PHRASES[0]}\\b`,
    LEFTOVER_PHRASES[1],
    `此处${anyOf(INSTRUCTION_LEADS.此处)}`,
    `请在此(?:处)?${anyOf(INSTRUCTION_LEADS.请在此)}`,
    ...BARE_PLACEHOLDERS.map(escape),
  ].join("|"),
  "gi",
);

/** The placeholders grantsmith itself writes (what revise must keep): 【待补充：…】 and [TODO: …]. */
export const DRAFTED_PLACEHOLDER = new RegExp(
  (["zh", "en"] as const)
    .map((language) => {
      const { open, word, colon, close } = DRAFT_PLACEHOLDER[language];
      // Either colon after the word: a hand-written 【待补充:…】 is one too.
      const colons = [...new Set([colon.trim(), ":"])].map(escape).join("");
      return `${escape(open + word)}[${colons}][^${escape(close)}\\n]*${escape(close)}`;
    })
    .join("|"),
  "g",
);

/** The label of a placeholder grantsmith wrote: 【待补充：预算总额】 → 预算总额, [TODO: total budget] → total budget. */
export function draftedPlaceholderLabel(raw: string): string {
  for (const { open, word, close } of Object.values(DRAFT_PLACEHOLDER)) {
    // The word is followed by one colon character (full-width or not) before the label.
    if (raw.startsWith(open + word) && raw.endsWith(close)) return raw.slice(open.length + word.length + 1, raw.length - close.length).trim();
  }
  return "";
}

/** A filler letter that is no hint by itself: an ASCII X is in ordinary words, so XXX is the hint. */
const isAsciiFiller = (x: string) => x < "\u0080";
/**
 * Characters that begin some placeholder by themselves: the first character of each opening
 * bracket and the filler letters that are not ASCII (ＸＸＸ, ×××).
 */
export const HINT_CHARACTERS: readonly string[] = [...Object.values(BRACKETS).map(([open]) => open[0]!), ...FILLER_LETTERS.filter((x) => !isAsciiFiller(x))];
/**
 * Words one of which every placeholder without a hint character contains, from the syntax above:
 * the marker words, an ASCII filler letter three times, the first word of each leftover phrase,
 * the instruction leads, and the bare placeholders without their brackets (（待定） → 待定).
 */
export const HINT_WORDS: readonly string[] = [
  ...MARKER_WORDS,
  ...FILLER_LETTERS.filter(isAsciiFiller).map((x) => x.repeat(3)),
  ...LEFTOVER_PHRASES.map((phrase) => phrase.split(" ")[0]!),
  ...Object.keys(INSTRUCTION_LEADS),
  ...new Set(BARE_PLACEHOLDERS.map((p) => p.replace(/[（）()]/g, ""))),
];

/** Text without any of these cannot hold a placeholder; a quick test before the full pattern. */
export const PLACEHOLDER_HINT = new RegExp(`[${HINT_CHARACTERS.map(escape).join("")}]|${HINT_WORDS.join("|")}`, "i");

export interface PlaceholderHit {
  raw: string;
  /** What it asks for: the label after the colon (【待补充：预算总额】 → 预算总额), else "". */
  what: string;
  index: number;
}

const NONE: readonly PlaceholderHit[] = Object.freeze([]);

/** The colons a drafted placeholder's word takes before its label, full-width or not. */
const LABEL_COLONS = [...new Set([DRAFT_PLACEHOLDER.zh.colon.trim(), DRAFT_PLACEHOLDER.en.colon.trim(), ":"])].map(escape).join("");
/** The closing brackets of 【…】 and […]. */
const LABEL_CLOSES = [full[1], square[1]].map(escape).join("");
/** The label after the colon at a placeholder's end: 【待补充：预算总额】 → 预算总额. */
const PLACEHOLDER_LABEL = new RegExp(`[${LABEL_COLONS}]\\s*([^${LABEL_CLOSES}]+)[${LABEL_CLOSES}]$`);
/** A text in 【…】 or […] brackets, whatever it says. */
export const BRACKETED_TEXT = new RegExp([full, square].map(([open, close]) => `${escape(open)}[^${escape(close)}]*${escape(close)}`).join("|"), "g");

/** The plain scan: every match of PLACEHOLDER. findPlaceholders gives the same, faster. */
export function scanPlaceholders(text: string): readonly PlaceholderHit[] {
  const out: PlaceholderHit[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m !== null; m = PLACEHOLDER.exec(text)) {
    const what = PLACEHOLDER_LABEL.exec(m[0])?.[1]?.trim() ?? "";
    out.push({ raw: m[0], what, index: m.index });
  }
  return out.length === 0 ? NONE : out;
}

// Checks ask about the same lines again and again; most lines have none, and a hit list is small.
const placeholderMemo = new Map<string, readonly PlaceholderHit[]>();

/** scanPlaceholders, with the hint tested first and short texts remembered. */
export function findPlaceholders(text: string): readonly PlaceholderHit[] {
  // A long text (a whole section) is asked about once; hashing it would cost as much as the scan.
  if (text.length > 400) return PLACEHOLDER_HINT.test(text) ? scanPlaceholders(text) : NONE;
  let hit = placeholderMemo.get(text);
  if (hit === undefined) {
    hit = PLACEHOLDER_HINT.test(text) ? scanPlaceholders(text) : NONE;
    // Small: a key may be a slice that keeps its whole file's text alive.
    if (placeholderMemo.size >= 512) placeholderMemo.clear();
    placeholderMemo.set(text, hit);
  }
  return hit;
}

/** Markdown's emphasis and code marks, which may split a hint word (**TB**D). */
const EMPHASIS_MARKS = "*_`";
const EMPHASIS = new RegExp(`[${charClass(EMPHASIS_MARKS)}]`, "g");

/** The plain pre-test of a line: the hint, with emphasis marks dropped (**TB**D is TBD). */
export function lineMayHoldPlaceholderPlain(line: string): boolean {
  return PLACEHOLDER_HINT.test(line.replace(EMPHASIS, ""));
}

// The fast pre-test, as table lookups per character: a regex with a dozen alternatives tries each
// of them at every position of a whole file, and a branch on every T, C and L of English prose is
// mispredicted too often.
const STARTS_HINT = 1;
const STARTS_WORD = 2;
/** Per character: STARTS_HINT for a hint character (in either case), STARTS_WORD for a non-ASCII first letter of a hint word. */
const HINT_START = new Uint8Array(65536);
/**
 * The pairs an ASCII hint word can begin with (its first two letters in either case, or the first
 * letter and an emphasis mark), indexed by the low 7 bits of both characters: a non-ASCII character
 * may alias an entry, which hintWordAt then rules out.
 */
const HINT_PAIR = new Uint8Array(1 << 14);
/** The rest of each hint word by its first character (ASCII letters lower-cased), both cases of ASCII. */
const WORD_RESTS = new Map<number, string[]>();
const isAsciiLetter = (ch: string) => /^[A-Za-z]$/.test(ch);
const cases = (ch: string) => [...new Set([ch, ch.toLowerCase(), ch.toUpperCase()])];

for (const ch of HINT_CHARACTERS) for (const c of cases(ch)) HINT_START[c.charCodeAt(0)] = STARTS_HINT;
for (const word of HINT_WORDS) {
  const [first, second] = [word[0]!, word[1]!];
  const rest = isAsciiLetter(first) ? word.slice(1).toLowerCase() : word.slice(1);
  for (const c of cases(first)) {
    const code = c.charCodeAt(0);
    const list = WORD_RESTS.get(code) ?? [];
    if (!list.includes(rest)) list.push(rest);
    WORD_RESTS.set(code, list);
    if (!isAsciiLetter(first)) HINT_START[code] = STARTS_WORD;
    else for (const b of [...cases(second), ...EMPHASIS_MARKS]) HINT_PAIR[((code & 0x7f) << 7) | (b.charCodeAt(0) & 0x7f)] = 1;
  }
}

/** lineMayHoldPlaceholderPlain, without building a string or running a regex. */
export function lineMayHoldPlaceholder(line: string): boolean {
  const n = line.length;
  let c = n > 0 ? line.charCodeAt(0) : 0;
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? line.charCodeAt(i + 1) : 0;
    const kind = HINT_START[c]! | (HINT_PAIR[((c & 0x7f) << 7) | (next & 0x7f)]! << 2);
    if (kind !== 0 && ((kind & STARTS_HINT) === STARTS_HINT || hintWordAt(line, i))) return true;
    c = next;
  }
  return false;
}

/** Whether a hint word begins at i. */
function hintWordAt(line: string, i: number): boolean {
  const rests = WORD_RESTS.get(line.charCodeAt(i));
  if (rests === undefined) return false;
  for (const rest of rests) if (follows(line, i, rest)) return true;
  return false;
}

const EMPHASIS_TABLE = charTable(1, EMPHASIS_MARKS);
const isEmphasis = (c: number) => EMPHASIS_TABLE[c] === 1;

/** Whether `rest` follows position at, emphasis marks skipped, ASCII letters in either case. */
function follows(line: string, at: number, rest: string): boolean {
  let j = at + 1;
  for (let k = 0; k < rest.length; k++) {
    while (j < line.length && isEmphasis(line.charCodeAt(j))) j++;
    if (j >= line.length) return false;
    const want = rest.charCodeAt(k);
    const c = line.charCodeAt(j);
    if (c !== want && !(want >= 0x61 && want <= 0x7a && (c | 0x20) === want)) return false;
    j++;
  }
  return true;
}
