// Patterns a rubric writes run against every line of every proposal. A repeated group that itself
// repeats — (a+)+, (\w*)*, (x+y?){2,} — can backtrack for longer than any CI job waits, and so can a
// repeated group whose alternatives match the same text — (a|aa)+, (\w|\d)+, (x|y?)* — so such a
// pattern is refused where it is written instead of being run.
import { t } from "../../i18n/index.js";

interface Group {
  /** The group holds an unbounded quantifier (+, *, {n,}) somewhere inside. */
  repeats: boolean;
  /** Where the group opens, for the message. */
  start: number;
  /** Positions of the group's own top-level "|". */
  bars: number[];
}

/** Length of the quantifier at `i` (0 when none) and whether it is unbounded. */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean } {
  const c = source[i];
  if (c === "+" || c === "*") return { length: 1, unbounded: true };
  if (c === "?") return { length: 1, unbounded: false };
  if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (m) return { length: m[0].length, unbounded: m[2] !== undefined && (m[3] === "" || Number(m[3]) > 100) };
  }
  return { length: 0, unbounded: false };
}

/** The first nested repetition in `source` ("(a+)+"), or undefined when the pattern is safe. */
export function nestedQuantifier(source: string): string | undefined {
  const found = riskyGroup(source);
  return found?.kind === "nested" ? found.text : undefined;
}

/** The first repeated group whose alternatives can match the same text ("(a|aa)+"), if any. */
export function overlappingAlternation(source: string): string | undefined {
  const found = riskyGroup(source);
  return found?.kind === "alternation" ? found.text : undefined;
}

function riskyGroup(source: string): { kind: "nested" | "alternation"; text: string } | undefined {
  const stack: Group[] = [{ repeats: false, start: 0, bars: [] }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (c === "(") {
      stack.push({ repeats: false, start: i, bars: [] });
      continue;
    }
    if (c === "|") {
      stack[stack.length - 1]!.bars.push(i);
      continue;
    }
    if (c === ")" && stack.length > 1) {
      const group = stack.pop()!;
      const q = quantifierAt(source, i + 1);
      if (group.repeats && q.unbounded) {
        return { kind: "nested", text: source.slice(group.start, i + 1 + q.length) };
      }
      if (q.unbounded && group.bars.length > 0 && alternativesOverlap(alternatives(source, group, i))) {
        return { kind: "alternation", text: source.slice(group.start, i + 1 + q.length) };
      }
      // A repeated group makes its parent repeat too: ((a+)b)+ is as slow as (a+)+.
      if (group.repeats || q.unbounded) stack[stack.length - 1]!.repeats = true;
      i += q.length;
      continue;
    }
    if (quantifierAt(source, i).unbounded) stack[stack.length - 1]!.repeats = true;
  }
  return undefined;
}

/** The alternatives of a group that closes at `close`, without a leading ?: or ?<name>. */
function alternatives(source: string, group: Group, close: number): string[] {
  let start = group.start + 1;
  const head = /^\?(?::|<[A-Za-z_$][\w$]*>|=|!|<=|<!)/.exec(source.slice(start, close));
  if (head) start += head[0].length;
  const cuts = [start - 1, ...group.bars, close];
  return cuts.slice(0, -1).map((cut, k) => source.slice(k === 0 ? start : cut + 1, cuts[k + 1]));
}

interface Atom {
  /** The atom's own source: "a", "\\d", "[a-z]", "." — undefined for a group. */
  source?: string;
  /** Its quantifier may match it zero times. */
  optional: boolean;
  /** A plain character, with no quantifier. */
  literal?: string;
}

/** The atoms of an alternative, or undefined when it holds a group (not analysed further). */
function atomsOf(alternative: string): Atom[] | undefined {
  const atoms: Atom[] = [];
  for (let i = 0; i < alternative.length; ) {
    const c = alternative[i]!;
    let end = i + 1;
    if (c === "(" || c === ")") return undefined;
    if (c === "\\") end = i + 2;
    else if (c === "[") {
      end = i + 1;
      while (end < alternative.length && alternative[end] !== "]") end += alternative[end] === "\\" ? 2 : 1;
      end++;
    }
    const atomSource = alternative.slice(i, end);
    const q = quantifierAt(alternative, end);
    const quant = alternative.slice(end, end + q.length);
    const optional = quant === "?" || quant === "*" || /^\{0(,|\})/.test(quant);
    const plain = /^(\\[^dwsDWSbBpPuxc0-9]|[^\\[.^$])$/.test(atomSource) ? atomSource.replace(/^\\/, "") : undefined;
    atoms.push({ source: atomSource, optional, literal: q.length === 0 ? plain : undefined });
    i = end + q.length;
  }
  return atoms;
}

/** Characters tried against one-atom alternatives to see whether two of them match a common one. */
const SAMPLE_CHARACTERS = [..."aAzZ09_ -.,;:!?%/\\()[]{}+*#@&'\"\t\n元万人年月日，。：、（）"];

function alternativesOverlap(alts: string[]): boolean {
  const parsed = alts.map(atomsOf);
  // An alternative that can match nothing repeats for ever in place: (a|b?)+, (x|)*.
  if (parsed.some((atoms) => atoms !== undefined && atoms.every((atom) => atom.optional))) return true;
  const literals = parsed.flatMap((atoms) => (atoms && atoms.every((atom) => atom.literal !== undefined) ? [atoms.map((atom) => atom.literal).join("")] : []));
  // Two ways to spell the same text from the alternatives: (a|aa)+, (ab|a|b)+, (x|x)+.
  if (literals.some((word, k) => composable(word, literals.filter((_, j) => j !== k)) || literals.indexOf(word) !== k)) return true;
  // One-character alternatives that share a character: (\w|\d)+, (.|a)+, ([a-z]|x)+.
  const single = parsed.flatMap((atoms) => (atoms && atoms.length === 1 && !atoms[0]!.optional ? [atoms[0]!.source!] : []));
  for (let a = 0; a < single.length; a++) {
    for (let b = a + 1; b < single.length; b++) {
      const x = safeRegExp(single[a]!);
      const y = safeRegExp(single[b]!);
      const tried = [...SAMPLE_CHARACTERS, ...single[a]!, ...single[b]!];
      if (x && y && tried.some((ch) => x.test(ch) && y.test(ch))) return true;
    }
  }
  return false;
}

/** `word` is a concatenation of two or more of `parts` (each usable many times). */
function composable(word: string, parts: string[]): boolean {
  const usable = parts.filter((part) => part.length > 0 && part.length <= word.length);
  if (usable.length === 0) return false;
  const best = new Array<number>(word.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < word.length; i++) {
    if (best[i] === Infinity) continue;
    for (const part of usable) {
      if (word.startsWith(part, i)) best[i + part.length] = Math.min(best[i + part.length]!, best[i]! + 1);
    }
  }
  return best[word.length]! !== Infinity;
}

function safeRegExp(source: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${source})$`, "i");
  } catch {
    return undefined;
  }
}

/** The message for a refused pattern, or undefined when it may run. */
export function unsafePatternMessage(source: string): string | undefined {
  const found = riskyGroup(source);
  if (found === undefined) return undefined;
  if (found.kind === "alternation") return t("score.overlappingAlternation", { group: found.text });
  return t("score.nestedRepeat", { nested: found.text });
}
