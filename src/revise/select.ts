// Which sections a round rewrites: the score's improvements grouped by the section that holds them,
// ranked by the points they would recover. Findings inside a program-rendered block (a table from
// the facts) are not the model's to fix and do not count.
import type { Improvement, ScoreResult } from "../score/types.js";
import { sectionAt, type RewritableSection } from "./sections.js";

export interface RewriteCandidate {
  section: RewritableSection;
  /** Most points first. */
  findings: Improvement[];
  /** Sum of the findings' points, to one decimal. */
  points: number;
}

export interface SelectOptions {
  /** Sections per round. */
  max: number;
  /** True for a line inside a protected block. */
  isProtected?: (line: number) => boolean;
  /** Leave out a section (one whose rewrite was already rejected as it stands). */
  skip?: (section: RewritableSection) => boolean;
  /** True for a finding only the facts can fix (facts-fixes.ts): never sent to the model. */
  factsOnly?: (finding: Improvement) => boolean;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

/** The section a finding belongs to: the one holding its line, else the only one with its id. */
function owner(improvement: Improvement, sections: readonly RewritableSection[]): RewritableSection | undefined {
  const at = sectionAt(sections, improvement.line);
  if (at) return at;
  if (improvement.section === undefined) return undefined;
  const same = sections.filter((s) => s.id === improvement.section);
  return same.length === 1 ? same[0] : undefined;
}

export function groupFindings(result: ScoreResult, sections: readonly RewritableSection[], options: Omit<SelectOptions, "max"> = {}): RewriteCandidate[] {
  const groups = new Map<RewritableSection, Improvement[]>();
  for (const improvement of result.improvements) {
    if (improvement.points <= 0) continue;
    if (options.isProtected?.(improvement.line)) continue;
    if (options.factsOnly?.(improvement)) continue;
    const section = owner(improvement, sections);
    if (!section || options.skip?.(section)) continue;
    const list = groups.get(section) ?? [];
    list.push(improvement);
    groups.set(section, list);
  }
  return [...groups].map(([section, findings]) => ({
    section,
    findings: [...findings].sort((a, b) => b.points - a.points || a.line - b.line),
    points: round1(findings.reduce((sum, f) => sum + f.points, 0)),
  }));
}

/** The sections whose findings are worth the most points; ties go to the earlier section. */
export function pickCandidates(result: ScoreResult, sections: readonly RewritableSection[], options: SelectOptions): RewriteCandidate[] {
  return groupFindings(result, sections, options)
    .sort((a, b) => b.points - a.points || a.section.line - b.section.line)
    .slice(0, Math.max(0, options.max));
}
