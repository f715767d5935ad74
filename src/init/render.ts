// The facts file `init --interactive` writes: the answers as YAML, each field commented in the
// chosen language with the comment the init template gives it (templates/init/<lang>/base.yaml, one
// source for both kinds of init), then the template's commented-out blocks of the fields not
// answered, so the file still shows everything that can be filled in.
import { Document, isMap, isPair, isScalar, isSeq, type Node } from "yaml";
import type { Kind, Language } from "../facts/schema.js";
import { t } from "../i18n/index.js";

interface TemplateParts {
  /** The comment lines above the first field. */
  header: string[];
  /** Each top-level field's lines (commented out or not), with the blank lines before it. */
  blocks: { key: string; commented: boolean; lines: string[] }[];
  /** The inline comment of each field, by its path without list indices ("need.evidence.fact"). */
  comments: Map<string, string>;
}

const FIELD_LINE = /^( *)(- )?([a-z_]+):(.*)$/;

/** Splits an init template into its header, its top-level blocks and its fields' comments. */
export function templateParts(template: string): TemplateParts {
  const lines = template.replace(/\n+$/, "").split("\n");
  const header: string[] = [];
  let i = 0;
  for (; i < lines.length && lines[i]!.startsWith("#") && !FIELD_LINE.test(lines[i]!.slice(2)); i++) header.push(lines[i]!);
  const blocks: TemplateParts["blocks"] = [];
  const comments = new Map<string, string>();
  const stack: { indent: number; key: string }[] = [];
  let pending: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const commented = line.startsWith("#");
    const body = commented ? line.replace(/^# ?/, "") : line;
    const field = FIELD_LINE.exec(body);
    if (field && field[1] === "" && !field[2]) {
      blocks.push({ key: field[3]!, commented, lines: [...pending, line] });
      pending = [];
    } else if (line.trim() === "" || blocks.length === 0) {
      pending.push(line);
    } else {
      blocks[blocks.length - 1]!.lines.push(...pending, line);
      pending = [];
    }
    if (!field) continue;
    const indent = field[1]!.length + (field[2] ? 2 : 0);
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    stack.push({ indent, key: field[3]! });
    const comment = /(?:^|\s)#\s+(.+)$/.exec(field[4]!)?.[1];
    const dotted = stack.map((s) => s.key).join(".");
    if (comment !== undefined && !comments.has(dotted)) comments.set(dotted, comment.trim());
  }
  return { header, blocks, comments };
}

/** Puts the template's comment on each field of `node` (the first item of a list only). */
function annotate(node: unknown, path: string[], comments: Map<string, string>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const childPath = [...path, String(pair.key.value)];
      const comment = comments.get(childPath.join("."));
      const value = pair.value as Node | null;
      if (comment !== undefined) {
        if (isScalar(value)) value.comment = ` ${comment}`;
        else (pair.key as Node).commentBefore = ` ${comment}`;
      }
      annotate(value, childPath, comments);
    }
  } else if (isSeq(node) && node.items.length > 0) {
    annotate(node.items[0], path, comments);
  }
}

export interface RenderInput {
  /** The answers, in the order the file shows them. */
  facts: Record<string, unknown>;
  lang: Language;
  kind: Kind;
  /** The base template and, for another kind, that kind's template. */
  template: string;
  kindTemplate?: string;
  /** The first line, pointing editors at the schema. */
  schemaLine: string;
}

export function renderAnswers(input: RenderInput): string {
  const parts = templateParts(input.template);
  const doc = new Document(input.facts);
  annotate(doc.contents, [], parts.comments);
  const body = doc.toString({ lineWidth: 0 });
  const rest = parts.blocks.filter((block) => block.commented && !(block.key in input.facts));
  const out = [input.schemaLine, ...parts.header, "", body.trimEnd()];
  if (input.kindTemplate) out.push(input.kindTemplate.trimEnd());
  if (rest.length > 0) {
    out.push("", `# ${t("init.moreFields", undefined, input.lang)}`);
    for (const block of rest) out.push(...block.lines);
  }
  return `${out.join("\n")}\n`;
}

/** The template with its organization block replaced by the path of a profile. */
export function withProfile(template: string, profilePath: string, lang: Language): string {
  const parts = templateParts(template);
  const lines: string[] = [...parts.header];
  for (const block of parts.blocks) {
    if (block.key !== "organization") {
      lines.push(...block.lines);
      continue;
    }
    const blanks = block.lines.filter((line, i) => line.trim() === "" && block.lines.slice(0, i).every((l) => l.trim() === ""));
    lines.push(...blanks, `organization: ${profilePath}    # ${t("init.orgComment", undefined, lang)}`);
  }
  return `${lines.join("\n")}\n`;
}
