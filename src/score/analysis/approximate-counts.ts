// Counts the facts give as estimates (约500户, about 500 households: `approximate: true`) must read
// as estimates in the proposal too: "500户" on its own claims an exact figure the facts do not hold.
// The facts-rendered tables write 约 / about themselves; this finds the prose that drops it.
import type { LoadedFacts } from "../../facts/load.js";
import { extractFigures, figureMatches, type Figure } from "../../text/numbers.js";
import { alternatives } from "../../text/currency.js";
import { BOUND_AFTER, BOUND_BEFORE, ESTIMATE_AFTER, ESTIMATE_BEFORE } from "../../text/estimates.js";
import type { Analysis } from "./analysis.js";
import { unitKind } from "./provenance.js";
import type { Proposal } from "../read/proposal.js";

/** A count the facts hold as an estimate, with the kind of its unit (people, households count as people). */
interface EstimatedCount {
  value: number;
  kind: string;
}

/** Hedges a proposal writes before a count, beyond those the facts reader takes: 将近, nearly, an estimated. */
const HEDGES_BEFORE = ["将近", "接近", "nearly", "almost", "some", "an estimated", "estimated", "c."];
/** Words before a figure that make it an estimate or a bound: 约, 近, 超过, about, nearly, over, ~. */
const ESTIMATE_BEFORE_FIGURE = new RegExp(`(?:${alternatives([...ESTIMATE_BEFORE, ...HEDGES_BEFORE, ...BOUND_BEFORE])})\\s*(?:\\*\\*)?$`, "i");
/** After it: 左右, 上下, 余, 多, 以上, "or so", "+". */
const ESTIMATE_AFTER_FIGURE = new RegExp(`^(?:\\*\\*)?\\s*(?:${alternatives([...ESTIMATE_AFTER, ...BOUND_AFTER, "or so", "or more"])})`, "i");

/**
 * The counts the facts write as estimates, and the totals an estimate goes into; less those the
 * facts' own text (or a material) states as exact, which a proposal may quote as they are.
 */
export function estimatedCounts(loaded: LoadedFacts): EstimatedCount[] {
  const groups = loaded.facts.beneficiaries ?? [];
  const kindOf = (unit: string | undefined) => unitKind({ kind: "number", unit: unit ?? "" }) || "people";
  const out: EstimatedCount[] = [];
  for (const g of groups) if (g.approximate === true && g.count !== undefined) out.push({ value: g.count, kind: kindOf(g.unit) });
  // A total with an estimate in it is an estimate: direct and indirect, each of one kind.
  for (const direct of [true, false]) {
    const side = groups.filter((g) => (g.direct !== false) === direct && g.count !== undefined);
    if (side.length < 2 || !side.some((g) => g.approximate === true)) continue;
    const kinds = new Set(side.map((g) => kindOf(g.unit)));
    if (kinds.size === 1) out.push({ value: side.reduce((sum, g) => sum + g.count!, 0), kind: [...kinds][0]! });
  }
  if (out.length === 0) return out;
  // Another group counted exactly with the same figure (200人 of parents beside 约200户 of children):
  // a proposal's exact "200人" may be that one, so it is not held to the estimate.
  const exactGroups = groups.filter((g) => g.approximate !== true && g.count !== undefined).map((g) => ({ value: g.count!, kind: kindOf(g.unit) }));
  const estimates = out.filter((e) => !exactGroups.some((x) => x.value === e.value && x.kind === e.kind));
  if (estimates.length === 0) return estimates;
  const { derived: _derived, ...written } = loaded.facts;
  const texts = [...stringsIn(written), ...loaded.materials.map((m) => m.text)];
  const exact = texts.flatMap((text) => extractFigures(text).filter((f) => writtenExact(text, f)));
  return estimates.filter((e) => !exact.some((f) => isCount(f, e)));
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** A figure with no 约 / about before it and no 左右 / or so after it (or after its unit). */
function writtenExact(text: string, f: Figure): boolean {
  const before = text.slice(0, f.index);
  // The figure's raw text is its number; the unit follows it (500户左右, 500 households or so).
  const after = text.slice(f.index + f.raw.length);
  const afterUnit = after.trimStart().startsWith(f.unit) ? after.trimStart().slice(f.unit.length) : after;
  return !ESTIMATE_BEFORE_FIGURE.test(before) && !ESTIMATE_AFTER_FIGURE.test(after) && !ESTIMATE_AFTER_FIGURE.test(afterUnit);
}

/** A count with a unit of the estimate's kind and its value. */
function isCount(f: Figure, e: EstimatedCount): boolean {
  return f.kind === "number" && f.unit.trim() !== "" && unitKind(f) === e.kind && figureMatches(f, e.value);
}

export interface ExactEstimate {
  line: number;
  /** The figure as the proposal writes it: 500户. */
  text: string;
}

/** Figures with a unit of the estimate's kind, equal to an estimated count, written with no 约 / about around them. */
export function estimatesStatedExactly(proposal: Proposal, analysis: Analysis, loaded: LoadedFacts): ExactEstimate[] {
  const estimates = estimatedCounts(loaded);
  if (estimates.length === 0) return [];
  const out: ExactEstimate[] = [];
  proposal.lines.forEach((text, i) => {
    if (!text || !/\d|[一二两三四五六七八九十百千万]/.test(text)) return;
    for (const f of analysis.figures({ line: i + 1, text })) {
      if (!estimates.some((e) => isCount(f, e)) || !writtenExact(text, f)) continue;
      const spaced = /^\s/.test(text.slice(f.index + f.raw.length));
      out.push({ line: i + 1, text: `${f.raw}${spaced ? " " : ""}${f.unit}` });
    }
  });
  return out;
}
