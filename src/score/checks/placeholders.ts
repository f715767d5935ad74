// Finding placeholders and template leftovers: 【待补充：…】, [TODO: …], TBD, XXX, lorem ipsum. The
// checks ask about many lines and cells of a proposal; most proposals have none, so one test per
// proposal lets every later question be answered without a scan.
import type { Proposal } from "../proposal.js";

const PLACEHOLDER =
  /【\s*待(?:补充|填写|定|完善)[^】]*】|\[\s*(?:TODO|TBD|TBC|待补充|insert|placeholder)[^\]]*\]|\{\{[^}]{0,40}\}\}|<\s*(?:insert|项目名称|机构名称|请填写)[^>]{0,40}>|\bTODO\b|\bTBD\b|\bTBC\b|X{3,}|Ｘ{3,}|×{3,}|\bCOMING SOON\b|lorem ipsum|此处(?:填写|插入|输入)|请在此(?:处)?(?:填写|输入)|待补充|（待定）|\(待定\)/gi;

/** Text without any of these cannot hold a placeholder; a quick test before the full pattern. */
const PLACEHOLDER_HINT = /[【\[{<×Ｘ]|TODO|TBD|TBC|XXX|COMING|lorem|此处|请在此|待补充|待定/i;
const EMPHASIS = /[*_`]/g;

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
  proposal.mayHoldPlaceholders ??= PLACEHOLDER_HINT.test(proposal.lines.join("\n").replace(EMPHASIS, ""));
  return proposal.mayHoldPlaceholders ? findPlaceholders(text) : NONE;
}
