// The sections revise may rewrite, located in the proposal's own text: the outermost headings that
// name a known section. Their bodies are read from and spliced back into the original lines (not
// the scorer's blanked copy), so comments, front matter and line endings elsewhere stay as they were.
import { parseProposal } from "../score/read/proposal.js";
import type { SectionMatcher } from "../score/read/section-matcher.js";

export interface RewritableSection {
  /** Canonical id (need, budget…). */
  id: string;
  /** Heading text without marks or numbering, as the scorer reads it. */
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  /** 0-based index of the first body line and one past the last (nested headings included). */
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/**
 * Sections with a canonical id that no other such section contains: a `### 机构基本信息` inside
 * `## 执行机构介绍` is rewritten with its parent, never on its own.
 */
export function rewritableSections(text: string, matcher: SectionMatcher): RewritableSection[] {
  const { sections } = parseProposal(text, matcher);
  const out: RewritableSection[] = [];
  for (const s of sections) {
    if (s.id === undefined || s.rank === 0) continue;
    if (out.some((o) => s.line > o.line && s.line <= o.end)) continue;
    out.push({ id: s.id, heading: s.heading, line: s.line, start: s.start, end: s.end });
  }
  return out;
}

/** The section whose heading or body holds this 1-based line. */
export function sectionAt(sections: readonly RewritableSection[], line: number): RewritableSection | undefined {
  return sections.find((s) => line >= s.line && line <= s.end);
}

/** The body's lines without the blank lines around it. */
export function bodyLines(text: string, section: RewritableSection): { lines: string[]; firstLine: number } {
  const lines = splitLines(text).slice(section.start, section.end);
  let from = 0;
  let to = lines.length;
  while (from < to && lines[from]!.trim() === "") from++;
  while (to > from && lines[to - 1]!.trim() === "") to--;
  return { lines: lines.slice(from, to), firstLine: section.start + from + 1 };
}

export function sectionBody(text: string, section: RewritableSection): string {
  return bodyLines(text, section).lines.join("\n");
}

/** Replaces the section's body, keeping one blank line after the heading and before the next one. */
export function spliceBody(text: string, section: RewritableSection, body: string): string {
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const lines = splitLines(text);
  const before = lines.slice(0, section.start);
  const after = lines.slice(section.end);
  const middle = ["", ...splitLines(body.trim()), ""];
  // The last section runs to the end of the file: end it with one line break.
  if (after.length === 0) return [...before, ...middle].join(eol);
  return [...before, ...middle, ...after].join(eol);
}

/**
 * The same section in a text that has changed elsewhere: same id and heading, the same occurrence
 * when a heading repeats.
 */
export function relocate(sections: readonly RewritableSection[], target: RewritableSection, among: readonly RewritableSection[]): RewritableSection | undefined {
  const same = (a: RewritableSection) => a.id === target.id && a.heading === target.heading;
  const occurrence = among.filter(same).findIndex((s) => s.line === target.line);
  return sections.filter(same)[occurrence];
}
