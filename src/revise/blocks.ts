// Blocks the program rendered from the facts (tables, with a `###` heading directly above them and a
import { DELIMITER_ROW } from "../text/tables.js";
// note directly below) and blocks a model must not touch (fenced code, whole-line HTML comments)
// travel to the model as markers such as `[[TABLE 1]]` and are put back afterwards, so a rewrite can
// neither alter nor lose them.

export interface ProtectedBlock {
  /** `[[TABLE 1]]` */
  marker: string;
  /** The block's lines, as they were. */
  content: string;
  /** 1-based lines of the block in the proposal. */
  fromLine: number;
  toLine: number;
}

export interface ProtectedBody {
  /** The body with each block replaced by its marker on a line of its own. */
  text: string;
  blocks: ProtectedBlock[];
}

const TABLE_LINE = /^\s*\|.*\|\s*$/;
const SUB_HEADING = /^ {0,3}#{3,6}\s+\S/;
const FENCE = /^\s{0,3}(```+|~~~+)/;
const MARKER = /\[\[(TABLE|BLOCK) (\d+)\]\]/g;

const isBlank = (line: string | undefined) => line === undefined || line.trim() === "";

/** Index one past the end of the block that starts at `i`, or -1 when no block starts there. */
function blockEnd(lines: readonly string[], i: number): { end: number; kind: "TABLE" | "BLOCK" } | undefined {
  const line = lines[i]!;
  if (TABLE_LINE.test(line) && DELIMITER_ROW.test(lines[i + 1] ?? "")) {
    let j = i + 2;
    while (j < lines.length && TABLE_LINE.test(lines[j]!)) j++;
    // A program note right under the table (a budget mismatch) belongs to it.
    const gap = isBlank(lines[j]) && j + 1 < lines.length ? j + 1 : j;
    if (/^\s*>/.test(lines[gap] ?? "")) {
      j = gap;
      while (j < lines.length && /^\s*>/.test(lines[j]!)) j++;
    }
    return { end: j, kind: "TABLE" };
  }
  const fence = FENCE.exec(line);
  if (fence) {
    let j = i + 1;
    while (j < lines.length && !(FENCE.exec(lines[j]!)?.[1]?.startsWith(fence[1]!))) j++;
    return { end: Math.min(j + 1, lines.length), kind: "BLOCK" };
  }
  if (/^\s*<!--/.test(line)) {
    let j = i;
    while (j < lines.length && !lines[j]!.includes("-->")) j++;
    if (j < lines.length && /-->\s*$/.test(lines[j]!)) return { end: j + 1, kind: "BLOCK" };
  }
  return undefined;
}

/** The sub-heading directly above line `i` (with at most one blank line between), if any. */
function headingAbove(lines: readonly string[], i: number, floor: number): number | undefined {
  const k = isBlank(lines[i - 1]) ? i - 2 : i - 1;
  return k >= floor && SUB_HEADING.test(lines[k]!) ? k : undefined;
}

/**
 * Replaces each protected block of a section body with a marker. `firstLine` is the 1-based line of
 * `lines[0]` in the proposal, so findings inside a block can be told apart.
 */
export function protectBlocks(lines: readonly string[], firstLine: number): ProtectedBody {
  const out: string[] = [];
  const blocks: ProtectedBlock[] = [];
  let floor = 0;
  for (let i = 0; i < lines.length; i++) {
    const found = blockEnd(lines, i);
    if (!found) {
      out.push(lines[i]!);
      continue;
    }
    let from = i;
    if (found.kind === "TABLE") {
      const heading = headingAbove(lines, i, floor);
      if (heading !== undefined) {
        from = heading;
        out.splice(out.length - (i - heading), i - heading);
      }
    }
    const marker = `[[${found.kind} ${blocks.length + 1}]]`;
    blocks.push({
      marker,
      content: lines.slice(from, found.end).join("\n").trimEnd(),
      fromLine: firstLine + from,
      toLine: firstLine + found.end - 1,
    });
    out.push(marker);
    i = found.end - 1;
    floor = found.end;
  }
  return { text: out.join("\n").trim(), blocks };
}

export interface RestoredBody {
  text: string;
  /** Markers the model dropped; their blocks were put back at the end. */
  dropped: string[];
}

/**
 * Puts the blocks back where the model left their markers. A marker alone on a line becomes its
 * block; one inside a sentence is taken out and its block follows that line. A marker the model
 * dropped puts its block back at the end; a repeated or unknown marker is removed.
 */
export function restoreBlocks(text: string, blocks: readonly ProtectedBlock[]): RestoredBody {
  const byMarker = new Map(blocks.map((b) => [b.marker, b]));
  const placed = new Set<string>();
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const found = [...line.matchAll(MARKER)].map((m) => m[0]);
    if (found.length === 0) {
      out.push(line);
      continue;
    }
    const rest = line.replace(/ ?\[\[(?:TABLE|BLOCK) \d+\]\]( ?)/g, "$1").replace(/\s+$/, "");
    const loneMarker = rest.replace(/[*_`>\-\s:：.。]/g, "") === "";
    if (!loneMarker) out.push(rest);
    for (const marker of found) {
      const block = byMarker.get(marker);
      if (!block || placed.has(marker)) continue;
      placed.add(marker);
      out.push("", block.content, "");
    }
  }
  const dropped = blocks.filter((b) => !placed.has(b.marker));
  for (const block of dropped) out.push("", block.content);
  const joined = out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text: joined, dropped: dropped.map((b) => b.marker) };
}
