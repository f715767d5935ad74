// Patterns a rubric writes run against every line of every proposal. A repeated group that itself
// repeats — (a+)+, (\w*)*, (x+y?){2,} — can backtrack for longer than any CI job waits, so such a
// pattern is refused where it is written instead of being run.
import { t } from "../../i18n/index.js";

interface Group {
  /** The group holds an unbounded quantifier (+, *, {n,}) somewhere inside. */
  repeats: boolean;
  /** Where the group opens, for the message. */
  start: number;
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
  const stack: Group[] = [{ repeats: false, start: 0 }];
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
      stack.push({ repeats: false, start: i });
      continue;
    }
    if (c === ")" && stack.length > 1) {
      const group = stack.pop()!;
      const q = quantifierAt(source, i + 1);
      if (group.repeats && q.unbounded) {
        return source.slice(group.start, i + 1 + q.length);
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

/** The message for a refused pattern, or undefined when it may run. */
export function unsafePatternMessage(source: string): string | undefined {
  const nested = nestedQuantifier(source);
  if (nested === undefined) return undefined;
  return t("score.nestedRepeat", { nested });
}
