// What a YAML syntax error means for the person who typed the file, and how to fix it. The parser
// names what it met where it gave up (`title: [` is "Flow sequence in block collection must be
// sufficiently indented" on the next line); an unclosed [ or { or quote is named instead where it
// was opened, and every other error by its code, with the fix, in the user's language.
import type { LineCounter, YAMLError } from "yaml";
import { t, type Lang } from "../i18n/index.js";

export interface YamlProblem {
  line: number;
  col: number;
  message: string;
}

const CLOSE_OF = { "[": "]", "{": "}" } as const;
type Open = keyof typeof CLOSE_OF;

interface Opening {
  char: Open | '"' | "'";
  offset: number;
  /** The key whose value it opens (`title` for `title: [`), for the example of the fix. */
  key: string;
}

/** Before a flow collection or a quoted text can begin: a line's start, `key:`, `- `, `[`, `{` or `,`. */
const VALUE_START = /(?:^|[:\-[{,])[ \t]*$/;

/**
 * The bracket or quote still open at `end` (an offset into text): the innermost [ or { not closed,
 * or a quote not closed. Comments are skipped; a [ inside a plain text (`note: a [b`) opens nothing.
 */
export function openAt(text: string, end: number): Opening | undefined {
  const stack: Opening[] = [];
  let quote: Opening | undefined;
  let lineStart = 0;
  let key = "";
  for (let i = 0; i < Math.min(end, text.length); i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      lineStart = i + 1;
      if (stack.length === 0) key = "";
      continue;
    }
    if (quote) {
      if (ch === "\\" && quote.char === '"') i++;
      else if (ch === quote.char) {
        // '' inside a single-quoted text is a quote, not its end.
        if (ch === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    const before = text.slice(lineStart, i);
    if (ch === "#" && (i === lineStart || /[ \t]$/.test(before))) {
      const next = text.indexOf("\n", i);
      i = (next < 0 ? text.length : next) - 1;
      continue;
    }
    if (stack.length === 0) {
      const named = /^[ \t]*(?:-[ \t]+)?([^\s:#][^:#]*?)[ \t]*:[ \t]*$/.exec(before);
      if (named) key = named[1]!;
    }
    const starts = stack.length > 0 || VALUE_START.test(before);
    if ((ch === '"' || ch === "'") && starts) quote = { char: ch, offset: i, key };
    else if ((ch === "[" || ch === "{") && starts) stack.push({ char: ch, offset: i, key });
    else if ((ch === "]" || ch === "}") && stack.length > 0 && CLOSE_OF[stack[stack.length - 1]!.char as Open] === ch) stack.pop();
  }
  return quote ?? stack[stack.length - 1];
}

/** The parser's message without its own position ("at line 2, column 1"). */
const ownWords = (error: YAMLError) => error.message.split("\n")[0]!.replace(/ at line \d+, column \d+.*$/, "");

/** One syntax error as the user should read it: where the cause is, what it is, how to fix it. */
export function describeYamlError(text: string, error: YAMLError, lineCounter: LineCounter, lang: Lang): YamlProblem {
  const at = (offset: number) => lineCounter.linePos(offset);
  const words = ownWords(error);
  // An unclosed [ { or quote: the parser notices it lines later, at whatever comes next.
  const unclosed = /must be sufficiently indented and end with a [\]}]|^Missing closing ["']quote|end with [\]}]/.test(words) ? openAt(text, error.pos[0]) : undefined;
  if (unclosed) {
    const pos = at(unclosed.offset);
    const key = unclosed.key || "title";
    const message =
      unclosed.char === "[" || unclosed.char === "{"
        ? t("facts.yaml.unclosedFlow", { open: unclosed.char, close: CLOSE_OF[unclosed.char], key }, lang)
        : t("facts.yaml.unclosedQuote", { quote: unclosed.char, key }, lang);
    return { line: pos.line, col: pos.col, message: t("facts.yaml.syntax", { message }, lang) };
  }
  const pos = at(error.pos[0]);
  const stray = /Unexpected flow-(seq|map)-end token/.exec(words);
  const message = stray
    ? t("facts.yaml.strayClose", { close: stray[1] === "seq" ? "]" : "}" }, lang)
    : t("facts.yaml.problem", { code: error.code, message: words }, lang);
  return { line: pos.line, col: pos.col, message: t("facts.yaml.syntax", { message }, lang) };
}
