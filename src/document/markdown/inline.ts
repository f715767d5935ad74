// Inline Markdown: one line of text into inline nodes and back. The reader keeps a construct only
// when the writer gives back exactly the characters it was read from; anything else stays literal
// text. Lossy in meaning, never in text: backslash escapes (except `\|` in table cells), HTML tags,
// images and autolinks stay in text nodes as written, and a `*` or `_` pair is taken as emphasis
// without CommonMark's flanking rules.
import { DRAFT_PLACEHOLDER, DRAFTED_PLACEHOLDER, draftedPlaceholderLabel } from "../../text/placeholders.js";
import type { Inline } from "../model.js";

/** grantsmith's own placeholders, as the scorer and revise find them, at the start of the rest of a line. */
const PLACEHOLDER = new RegExp(`^(?:${DRAFTED_PLACEHOLDER.source})`);
/** The characters a placeholder of grantsmith's opens with: 【 and [. */
const PLACEHOLDER_OPENINGS: ReadonlySet<string> = new Set(Object.values(DRAFT_PLACEHOLDER).map((p) => p.open));
const LINK = /^\[([^\]\n]*)\]\(([^()\s]*)\)/;
const escapeClass = (c: string) => c.replace(/[\\\]^-]/g, "\\$&");
/** The characters an inline construct can open with (a cell's `\|` too); the text between them is read as it is. */
const OPENER_CHARS = [...PLACEHOLDER_OPENINGS, "[", "`", "*", "_"];
const NEXT_OPENER = new RegExp(`[${OPENER_CHARS.map(escapeClass).join("")}]`, "g");
const NEXT_OPENER_IN_CELL = new RegExp(`[${[...OPENER_CHARS, "\\"].map(escapeClass).join("")}]`, "g");

export interface InlineMode {
  /** In a table cell `|` is written `\|`. */
  cell?: boolean;
}

export function writeInlines(nodes: readonly Inline[], mode: InlineMode = {}): string {
  let out = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        out += mode.cell ? node.text.replace(/\|/g, "\\|") : node.text;
        break;
      case "strong":
      case "emphasis":
        out += node.delimiter + writeInlines(node.content, mode) + node.delimiter;
        break;
      case "code":
        out += `\`${node.text}\``;
        break;
      case "link":
        out += `[${writeInlines(node.content, mode)}](${node.href})`;
        break;
      case "placeholder":
        out += node.text;
        break;
      case "break":
        out += "\n";
        break;
    }
  }
  return out;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where a `delimiter` run opened at `from` closes, or -1. */
function closing(text: string, from: number, delimiter: string): number {
  const single = delimiter.length === 1;
  for (let j = text.indexOf(delimiter, from); j !== -1; j = text.indexOf(delimiter, j + 1)) {
    if (j === from) continue;
    // A single `*` must not be half of a `**`.
    if (single && (text[j + 1] === delimiter || text[j - 1] === delimiter)) continue;
    if (/\s/.test(text[j - 1]!)) continue;
    if (delimiter[0] === "_" && isWordChar(text[j + delimiter.length])) continue;
    return j;
  }
  return -1;
}

function parse(text: string, mode: InlineMode): Inline[] {
  const nodes: Inline[] = [];
  let plain = "";
  const flush = () => {
    if (plain !== "") nodes.push({ type: "text", text: plain });
    plain = "";
  };
  const next = mode.cell ? NEXT_OPENER_IN_CELL : NEXT_OPENER;
  let i = 0;
  while (i < text.length) {
    // Up to the next character that may open something, the text is plain.
    next.lastIndex = i;
    const at = next.exec(text)?.index ?? text.length;
    plain += text.slice(i, at);
    i = at;
    if (i === text.length) break;
    const c = text[i]!;
    if (mode.cell && c === "\\" && text[i + 1] === "|") {
      plain += "|";
      i += 2;
      continue;
    }
    if (PLACEHOLDER_OPENINGS.has(c) || c === "[") {
      const rest = text.slice(i);
      const p = PLACEHOLDER.exec(rest);
      if (p) {
        flush();
        nodes.push({ type: "placeholder", text: p[0], label: draftedPlaceholderLabel(p[0]) });
        i += p[0].length;
        continue;
      }
      const link = c === "[" ? LINK.exec(rest) : null;
      if (link) {
        flush();
        nodes.push({ type: "link", href: link[2]!, content: parse(link[1]!, mode) });
        i += link[0].length;
        continue;
      }
    }
    if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i + 1 && text[i + 1] !== "`") {
        flush();
        nodes.push({ type: "code", text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (c === "*" || c === "_") {
      const delimiter = text[i + 1] === c ? c + c : c;
      const opensWord = c === "_" && isWordChar(text[i - 1]);
      const inner = i + delimiter.length;
      if (!opensWord && inner < text.length && !/\s/.test(text[inner]!)) {
        const end = closing(text, inner, delimiter);
        if (end > inner) {
          flush();
          const content = parse(text.slice(inner, end), mode);
          nodes.push(
            delimiter.length === 2
              ? { type: "strong", delimiter: delimiter as "**" | "__", content }
              : { type: "emphasis", delimiter: delimiter as "*" | "_", content },
          );
          i = end + delimiter.length;
          continue;
        }
      }
      // An unmatched run stays text as a whole, so `**` is never split into two `*`.
      plain += delimiter;
      i += delimiter.length;
      continue;
    }
    plain += c;
    i++;
  }
  flush();
  return nodes;
}

/** One line (no line breaks) into inline nodes; a line the writer could not give back stays text. */
export function readInlines(line: string, mode: InlineMode = {}): Inline[] {
  if (line === "") return [];
  const nodes = parse(line, mode);
  if (writeInlines(nodes, mode) === line) return nodes;
  return [{ type: "text", text: mode.cell ? line.replace(/\\\|/g, "|") : line }];
}

/** The text a reader sees: marks dropped, placeholders kept. */
export function plainText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => (n.type === "text" || n.type === "code" || n.type === "placeholder" ? n.text : n.type === "break" ? "\n" : plainText(n.content)))
    .join("");
}
