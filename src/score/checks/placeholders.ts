// Finding placeholders and template leftovers: 【待补充：…】, [TODO: …], TBD, XXX, lorem ipsum. The
// checks ask about many lines and cells of a proposal; most proposals have none, so one test per
// proposal lets every later question be answered without a scan.
import type { Proposal } from "../read/proposal.js";

const PLACEHOLDER =
  /【\s*待(?:补充|填写|定|完善)[^】]*】|\[\s*(?:TODO|TBD|TBC|待补充|insert|placeholder)[^\]]*\]|\{\{[^}]{0,40}\}\}|<\s*(?:insert|项目名称|机构名称|请填写)[^>]{0,40}>|\bTODO\b|\bTBD\b|\bTBC\b|X{3,}|Ｘ{3,}|×{3,}|\bCOMING SOON\b|lorem ipsum|此处(?:填写|插入|输入)|请在此(?:处)?(?:填写|输入)|待补充|（待定）|\(待定\)/gi;

/** Text without any of these cannot hold a placeholder; a quick test before the full pattern. */
export const PLACEHOLDER_HINT = /[【\[{<×Ｘ]|TODO|TBD|TBC|XXX|COMING|lorem|此处|请在此|待补充|待定/i;

export interface PlaceholderHit {
  raw: string;
  what: string;
  index: number;
}

const NONE: readonly PlaceholderHit[] = Object.freeze([]);
// Checks ask about the same lines again and again; most lines have none, and a hit list is small.
const placeholderMemo = new Map<string, readonly PlaceholderHit[]>();

export function findPlaceholders(text: string): readonly PlaceholderHit[] {
  // A long text (a whole section) is asked about once; hashing it would cost as much as the scan.
  if (text.length > 400) return scanPlaceholders(text);
  let hit = placeholderMemo.get(text);
  if (hit === undefined) {
    hit = scanPlaceholders(text);
    // Small: a key may be a slice that keeps its whole file's text alive.
    if (placeholderMemo.size >= 512) placeholderMemo.clear();
    placeholderMemo.set(text, hit);
  }
  return hit;
}

function scanPlaceholders(text: string): readonly PlaceholderHit[] {
  if (!PLACEHOLDER_HINT.test(text)) return NONE;
  const out: PlaceholderHit[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m !== null; m = PLACEHOLDER.exec(text)) {
    const what = /[:：]\s*([^】\]]+)[】\]]$/.exec(m[0])?.[1]?.trim() ?? "";
    out.push({ raw: m[0], what, index: m.index });
  }
  return out;
}

/**
 * The placeholders in a text taken from this proposal's lines (a line, a cell, a row's cells, a
 * section). Such a text is the lines' characters with emphasis marks, tags or pipes dropped or
 * spaces added, so when the lines hold no hint even with the emphasis marks dropped, it holds none.
 */
export function placeholdersIn(proposal: Proposal, text: string): readonly PlaceholderHit[] {
  proposal.mayHoldPlaceholders ??= proposal.lines.some(lineMayHoldPlaceholder);
  return proposal.mayHoldPlaceholders ? findPlaceholders(text) : NONE;
}

/** 1: a character that is a hint by itself; 2: a Chinese character that begins a hint word. */
const HINT_START = new Uint8Array(65536);
for (const ch of "【[{<×Ｘｘ") HINT_START[ch.charCodeAt(0)] = 1;
for (const ch of "此请待") HINT_START[ch.charCodeAt(0)] = 2;
/**
 * The pairs an English hint word can begin with (To Tb Xx Co Lo in either case, or the letter
 * and an emphasis mark), indexed by the low 7 bits of both characters: a non-ASCII character
 * may alias an entry, which hintWordAt then rules out.
 */
const HINT_PAIR = new Uint8Array(1 << 14);
for (const [first, seconds] of [["Tt", "OoBb"], ["Xx", "Xx"], ["Cc", "Oo"], ["Ll", "Oo"]] as const) {
  for (const a of first) for (const b of seconds + "*_`") HINT_PAIR[(a.charCodeAt(0) << 7) | b.charCodeAt(0)] = 1;
}

/**
 * PLACEHOLDER_HINT.test(line with its emphasis marks dropped), as table lookups per character:
 * a regex with a dozen alternatives tries each of them at every position of a whole file, and
 * a branch on every T, C and L of English prose is mispredicted too often.
 */
export function lineMayHoldPlaceholder(line: string): boolean {
  const n = line.length;
  let c = n > 0 ? line.charCodeAt(0) : 0;
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? line.charCodeAt(i + 1) : 0;
    const kind = HINT_START[c]! | (HINT_PAIR[((c & 0x7f) << 7) | (next & 0x7f)]! << 2);
    if (kind !== 0 && ((kind & 1) === 1 || hintWordAt(line, i))) return true;
    c = next;
  }
  return false;
}

/** TODO, TBD, TBC, XXX, COMING, lorem, 此处, 请在此, 待补充 or 待定 beginning at i. */
function hintWordAt(line: string, i: number): boolean {
  switch (line.charCodeAt(i)) {
    case 0x54: // T
    case 0x74:
      return follows(line, i, "odo") || follows(line, i, "bd") || follows(line, i, "bc");
    case 0x58: // X
    case 0x78:
      return follows(line, i, "xx");
    case 0x43: // C
    case 0x63:
      return follows(line, i, "oming");
    case 0x4c: // L
    case 0x6c:
      return follows(line, i, "orem");
    case 0x6b64: // 此
      return follows(line, i, "处");
    case 0x8bf7: // 请
      return follows(line, i, "在此");
    case 0x5f85: // 待
      return follows(line, i, "补充") || follows(line, i, "定");
    default:
      return false;
  }
}

const isEmphasis = (c: number) => c === 0x2a || c === 0x5f || c === 0x60; // * _ `

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
