// A fast reader for the plain block YAML that facts files are written in: mappings of simple keys,
// `- ` lists, one-line plain, "double-" and 'single-'quoted values, comments and blank lines. It
// builds the Document yaml's parseDocument would, as far as grantsmith reads one: the same nodes
// and values, each node starting where it does, each scalar ending where it does, so locate(),
// scalarText(), check --fix and toJS() read it unchanged. It keeps no comments, and a node's range
// ends at its last value, not after the line break and comment that follow (nothing reads those).
// It is some ten times faster on a cold start,
// where parseDocument's generators run uncompiled: for a 10 KB facts file about 30 ms of CPU, more
// than Node takes to start. Anything else (flow [ ] and { }, block scalars | and >, anchors, tags,
// multi-line values, tabs, CR line ends, errors of any kind) is not read here: the caller parses the
// text with parseDocument, which gives the values and every error as before.
// test/util/plain-yaml.test.ts holds the reader to parseDocument on generated documents.
import { Document, isScalar, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type ScalarTag } from "yaml";

/** Thrown inside the reader where the text leaves the subset: parseDocument takes over. */
class NotPlain extends Error {}

/** Characters the reader leaves to parseDocument wherever they appear. */
const UNSUPPORTED = /[\t\r\0-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
/** A simple key and its colon, followed by a space or the end of the line. */
const KEY = /^([A-Za-z_$][\w$.-]*):(?= |$)/;
/** yaml refuses an implicit key whose colon is more than 1024 characters after its start. */
const KEY_MAX_LENGTH = 1024;
/** Characters that begin something other than a plain scalar (an indicator), quotes aside. */
const INDICATOR = /^[-?:,[\]{}#&*!|>%@`]/;
/** What may follow a quoted value on its line: spaces, then a comment. */
const AFTER_QUOTE = /^(?: *| +#.*)$/;
/** Double-quoted escapes the reader knows; any other is left to parseDocument. */
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", n: "\n", t: "\t" };

interface Line {
  /** Offset of the line's first character in the text. */
  start: number;
  /** Spaces before the content. */
  indent: number;
  /** The line without its line break. */
  text: string;
}

/**
 * The Document and LineCounter parseDocument(text, options) would give, or undefined when the text
 * is not in the plain subset (then parse it with parseDocument).
 */
export function readPlainYaml(text: string, options: { uniqueKeys: boolean; prettyErrors: boolean }): { doc: Document.Parsed; lineCounter: LineCounter } | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const indent = spacesAt(line, 0);
    const first = line[indent];
    // Directives and document markers: not plain.
    if (indent === 0 && (first === "%" || /^(?:---|\.\.\.)(?: |$)/.test(line))) return undefined;
    // Blank and comment lines carry nothing the reader needs.
    if (first !== undefined && first !== "#") lines.push({ start, indent, text: line });
    if (newline === -1) break;
    start = newline + 1;
    lineCounter.addNewLine(start);
  }
  if (lines.length === 0) return undefined;
  const doc = new Document(undefined, options) as Document.Parsed;
  try {
    const reader = new Reader(doc, lines);
    doc.contents = reader.node(0) as Document.Parsed["contents"];
    if (reader.next < lines.length) return undefined;
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
  doc.range = [lines[0]!.start + lines[0]!.indent, text.length, text.length];
  return { doc, lineCounter };
}

class Reader {
  /** The index of the first line not read yet. */
  next = 0;

  constructor(
    private readonly doc: Document,
    private readonly lines: Line[],
  ) {}

  /** The block (a mapping or a list) that starts at the next line, indented at least `minIndent`. */
  node(minIndent: number): YAMLMap | YAMLSeq {
    const line = this.lines[this.next]!;
    if (line.indent < minIndent) throw new NotPlain();
    return isItem(line.text, line.indent) ? this.list(line.indent) : this.mapping(line.indent);
  }

  private mapping(indent: number): YAMLMap {
    const map = new YAMLMap(this.doc.schema);
    const first = this.lines[this.next]!;
    const start = first.start + indent;
    const keys = new Set<unknown>();
    let end = start;
    while (this.next < this.lines.length) {
      const line = this.lines[this.next]!;
      if (line.indent < indent) break;
      // Deeper than its keys: a value continued over several lines, or a mistake.
      if (line.indent > indent || isItem(line.text, indent)) throw new NotPlain();
      const entry = KEY.exec(line.text.slice(indent));
      if (!entry || entry[1]!.length >= KEY_MAX_LENGTH) throw new NotPlain();
      const keyStart = line.start + indent;
      const key = this.scalar(entry[1]!, keyStart, keyStart + entry[1]!.length, "PLAIN");
      // A key written twice is an error to parseDocument (uniqueKeys).
      if (keys.has(key.value)) throw new NotPlain();
      keys.add(key.value);
      this.next++;
      const value = this.value(line, indent + entry[0].length, indent, true);
      map.items.push(new Pair(key, value));
      end = rangeOf(value)[1];
    }
    map.range = [start, end, end];
    return map;
  }

  private list(indent: number): YAMLSeq {
    const seq = new YAMLSeq(this.doc.schema);
    const start = this.lines[this.next]!.start + indent;
    let end = start;
    while (this.next < this.lines.length) {
      const line = this.lines[this.next]!;
      if (line.indent < indent || !isItem(line.text, indent)) break;
      if (line.indent > indent) throw new NotPlain();
      const spaces = spacesAt(line.text, indent + 1);
      const content = line.text.slice(indent + 1 + spaces);
      let item: Node;
      if (KEY.test(content) || isItem(content, 0)) {
        // `- key: value` and `- - item` open a block where the content stands, as if the dash were a space.
        this.lines[this.next] = { ...line, indent: indent + 1 + spaces };
        item = this.node(indent + 1);
      } else {
        this.next++;
        item = this.value(line, indent + 1, indent, false);
      }
      seq.items.push(item);
      end = rangeOf(item)[1];
    }
    seq.range = [start, end, end];
    return seq;
  }

  /**
   * The value after a key's colon or an item's dash (at `column` of `line`): on the line itself, or
   * the block on the lines below, indented deeper than `parentIndent` (or, after a key, a list at
   * the key's own indentation); empty is null.
   */
  private value(line: Line, column: number, parentIndent: number, afterKey: boolean): Node {
    const spaces = spacesAt(line.text, column);
    const at = line.start + column + spaces;
    const content = line.text.slice(column + spaces);
    const below = this.lines[this.next];
    if (content === "" || content.startsWith("#")) {
      if (below !== undefined && below.indent > parentIndent) return this.node(parentIndent + 1);
      if (afterKey && below !== undefined && below.indent === parentIndent && isItem(below.text, parentIndent)) return this.list(parentIndent);
      return this.scalar("", at, at, "PLAIN");
    }
    const quote = content[0];
    if (quote === '"' || quote === "'") {
      const { value, length } = quote === '"' ? doubleQuoted(content) : singleQuoted(content);
      if (!AFTER_QUOTE.test(content.slice(length))) throw new NotPlain();
      const scalar = new Scalar(value);
      scalar.range = [at, at + length, at + length];
      scalar.source = value;
      scalar.type = quote === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE";
      return scalar;
    }
    if (INDICATOR.test(content)) throw new NotPlain();
    const comment = content.indexOf(" #");
    // Only spaces end a plain value: a full-width space (U+3000) is part of it.
    const plain = (comment === -1 ? content : content.slice(0, comment)).replace(/ +$/, "");
    // `a: b: c` is a nested mapping on one line, an error to parseDocument.
    if (plain.includes(": ") || plain.endsWith(":")) throw new NotPlain();
    return this.scalar(plain, at, at + plain.length, "PLAIN");
  }

  /** A plain scalar read by the schema's own tags (null, true, 12, 0x1F, 1.5e3…), as parseDocument does. */
  private scalar(source: string, start: number, end: number, type: Scalar.Type): Scalar {
    const tag = this.doc.schema.tags.find((tag): tag is ScalarTag => tag.default === true && !tag.collection && tag.test?.test(source) === true);
    let scalar: Scalar;
    if (tag === undefined) {
      scalar = new Scalar(source);
    } else {
      const resolved = tag.resolve(source, () => {
        throw new NotPlain();
      }, this.doc.options);
      scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
      if (tag.format) scalar.format = tag.format;
    }
    scalar.range = [start, end, end];
    scalar.source = source;
    scalar.type = type;
    return scalar;
  }
}

/** The number of spaces (U+0020 only, as YAML counts indentation) in `text` from `from` on. */
function spacesAt(text: string, from: number): number {
  let i = from;
  while (text[i] === " ") i++;
  return i - from;
}

/** True when `text` holds a list item (`-` then a space or the end) at `indent`. */
function isItem(text: string, indent: number): boolean {
  return text[indent] === "-" && (text.length === indent + 1 || text[indent + 1] === " ");
}

function rangeOf(node: Node): [number, number, number] {
  return node.range as [number, number, number];
}

/** A "…" value closed on its line, with the escapes ESCAPES lists; its length with the quotes. */
function doubleQuoted(content: string): { value: string; length: number } {
  let value = "";
  for (let i = 1; i < content.length; i++) {
    const ch = content[i]!;
    if (ch === '"') return { value, length: i + 1 };
    if (ch === "\\") {
      const escaped = ESCAPES[content[i + 1] ?? ""];
      if (escaped === undefined) throw new NotPlain();
      value += escaped;
      i++;
    } else {
      value += ch;
    }
  }
  throw new NotPlain();
}

/** A '…' value closed on its line ('' is a quote); its length with the quotes. */
function singleQuoted(content: string): { value: string; length: number } {
  let value = "";
  for (let i = 1; i < content.length; i++) {
    const ch = content[i]!;
    if (ch !== "'") {
      value += ch;
    } else if (content[i + 1] === "'") {
      value += "'";
      i++;
    } else {
      return { value, length: i + 1 };
    }
  }
  throw new NotPlain();
}
