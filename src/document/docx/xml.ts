// Just enough XML for filling a funder's Word form in place: a tree of elements and raw text that
// serialises back to the bytes it was read from, so everything the form holds that grantsmith does
// not touch (styles, headers, logos, fields, revision marks) stays exactly as the funder wrote it.
// WordprocessingML has no DTD and no entities beyond the five predefined ones and character
// references, which is what this reads.

export interface XmlElement {
  type: "element";
  name: string;
  /** Attributes as written (values still escaped), in order. */
  attrs: [name: string, raw: string][];
  children: XmlNode[];
  /** Written as <x/>: written back that way while it has no children. */
  selfClosing: boolean;
}

/** Character data as written (escaped), or a comment, CDATA section or processing instruction kept verbatim. */
export interface XmlRaw {
  type: "raw";
  raw: string;
  /** Only character data counts as text; markup kept verbatim does not. */
  text: boolean;
}

export type XmlNode = XmlElement | XmlRaw;

export class XmlError extends Error {}

/** Parses a whole XML part. The prolog and anything around the root are kept as raw nodes. */
export function parseXml(source: string): XmlNode[] {
  const root: XmlElement = { type: "element", name: "#root", attrs: [], children: [], selfClosing: false };
  const stack: XmlElement[] = [root];
  let i = 0;
  const top = () => stack[stack.length - 1]!;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt < 0) {
      top().children.push({ type: "raw", raw: source.slice(i), text: true });
      break;
    }
    if (lt > i) top().children.push({ type: "raw", raw: source.slice(i, lt), text: true });
    if (source.startsWith("<!--", lt)) i = verbatim(source, lt, "-->", top());
    else if (source.startsWith("<![CDATA[", lt)) i = verbatim(source, lt, "]]>", top());
    else if (source.startsWith("<?", lt)) i = verbatim(source, lt, "?>", top());
    else if (source.startsWith("<!", lt)) i = verbatim(source, lt, ">", top());
    else if (source[lt + 1] === "/") {
      const gt = source.indexOf(">", lt);
      if (gt < 0) throw new XmlError(`unclosed end tag at ${lt}`);
      const name = source.slice(lt + 2, gt).trim();
      if (top().name !== name) throw new XmlError(`</${name}> at ${lt} closes <${top().name}>`);
      stack.pop();
      i = gt + 1;
    } else {
      const { element, end } = startTag(source, lt);
      top().children.push(element);
      if (!element.selfClosing) stack.push(element);
      i = end;
    }
  }
  if (stack.length > 1) throw new XmlError(`<${top().name}> is never closed`);
  return root.children;
}

function verbatim(source: string, at: number, close: string, parent: XmlElement): number {
  const end = source.indexOf(close, at + 2);
  if (end < 0) throw new XmlError(`unclosed markup at ${at}`);
  parent.children.push({ type: "raw", raw: source.slice(at, end + close.length), text: false });
  return end + close.length;
}

function startTag(source: string, lt: number): { element: XmlElement; end: number } {
  let i = lt + 1;
  while (i < source.length && !/[\s/>]/.test(source[i]!)) i++;
  const element: XmlElement = { type: "element", name: source.slice(lt + 1, i), attrs: [], children: [], selfClosing: false };
  for (;;) {
    while (/\s/.test(source[i] ?? "")) i++;
    const c = source[i];
    if (c === undefined) throw new XmlError(`unclosed <${element.name}>`);
    if (c === ">") return { element, end: i + 1 };
    if (c === "/" && source[i + 1] === ">") {
      element.selfClosing = true;
      return { element, end: i + 2 };
    }
    const eq = source.indexOf("=", i);
    if (eq < 0) throw new XmlError(`bad attribute in <${element.name}>`);
    const name = source.slice(i, eq).trim();
    let q = eq + 1;
    while (/\s/.test(source[q] ?? "")) q++;
    const quote = source[q];
    if (quote !== '"' && quote !== "'") throw new XmlError(`unquoted attribute ${name} in <${element.name}>`);
    const close = source.indexOf(quote, q + 1);
    if (close < 0) throw new XmlError(`unclosed attribute ${name} in <${element.name}>`);
    element.attrs.push([name, source.slice(q + 1, close)]);
    i = close + 1;
  }
}

export function serializeXml(nodes: readonly XmlNode[]): string {
  let out = "";
  const write = (node: XmlNode) => {
    if (node.type === "raw") {
      out += node.raw;
      return;
    }
    out += `<${node.name}`;
    for (const [name, raw] of node.attrs) out += ` ${name}="${raw.replace(/"/g, "&quot;")}"`;
    if (node.children.length === 0 && node.selfClosing) {
      out += "/>";
      return;
    }
    out += ">";
    for (const child of node.children) write(child);
    out += `</${node.name}>`;
  };
  for (const node of nodes) write(node);
  return out;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === "#") return String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref] ?? all;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function element(name: string, attrs: Record<string, string> = {}, children: XmlNode[] = []): XmlElement {
  return { type: "element", name, attrs: Object.entries(attrs).map(([k, v]) => [k, escapeXml(v)]), children, selfClosing: children.length === 0 };
}

export function textNode(text: string): XmlRaw {
  return { type: "raw", raw: escapeXml(text), text: true };
}

export function attr(node: XmlElement, name: string): string | undefined {
  const found = node.attrs.find(([k]) => k === name);
  return found ? unescapeXml(found[1]) : undefined;
}

export function childElements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => c.type === "element" && (name === undefined || c.name === name));
}

export function firstChild(node: XmlElement, name: string): XmlElement | undefined {
  return node.children.find((c): c is XmlElement => c.type === "element" && c.name === name);
}

/** Every element named `name` below `node`, in document order (not looking inside matches). */
export function findAll(node: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.name === name) out.push(child);
    else findAll(child, name, out);
  }
  return out;
}

/** A deep copy, for cloning a paragraph's or run's properties. */
export function clone<T extends XmlNode>(node: T): T {
  if (node.type === "raw") return { ...node };
  return { ...node, attrs: node.attrs.map(([k, v]) => [k, v] as [string, string]), children: node.children.map(clone) } as T;
}
