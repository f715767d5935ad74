// Assembly: the document template and the sections' narrative into a document. The template is
// rendered once with a marker in place of each section's narrative and read into blocks (the
// program's: headings, tables and notes from the facts); each marker is then replaced by the blocks
// of that section's narrative. The result is checked against the template rendered with the
// narrative in place, so the Markdown written is always what the template alone would give.
import type { Block, DocumentMeta, ProposalDocument } from "../document/model.js";
import { assignSections, headingText, numberLines } from "../document/build.js";
import { readBlockLines, readMarkdown } from "../document/markdown/read.js";
import { writeMarkdown } from "../document/markdown/write.js";
import type { SectionId } from "./plan.js";
import { tidy, type CompiledTemplates, type DocumentView } from "./templates.js";
import type { View } from "./view.js";

const marker = (id: string) => `\u0000narrative:${id}\u0000`;
const MARKER = /^\u0000narrative:([a-z-]+)\u0000$/;

/** The section whose narrative a lone marker paragraph stands for. */
function markerOf(block: Block): string | undefined {
  if (block.type !== "paragraph" || block.content.length !== 1 || block.content[0]!.type !== "text") return undefined;
  return MARKER.exec(block.content[0]!.text)?.[1];
}

/** The title block as data, for writers that set it apart (a Word title page). */
export function documentMeta(view: View, generator?: DocumentView["generator"]): DocumentMeta {
  const given = <T>(v: T | null) => v ?? undefined;
  const contact = view.contact.present
    ? { name: given(view.contact.name), role: given(view.contact.role), phone: given(view.contact.phone), email: given(view.contact.email) }
    : undefined;
  return {
    language: view.language,
    kind: view.kind,
    title: view.title,
    organization: view.organization.name,
    funder: given(view.funder.name),
    date: generator?.date,
    locale: view.locale,
    contact,
    generator: generator && { offline: generator.offline, provider: generator.provider, model: generator.model },
  };
}

/** The section a `##` heading opens: by its title, else by the narrative placed under it. */
function sectionNamer(view: View, blocks: readonly Block[], markers: (string | undefined)[]) {
  const byTitle = new Map(Object.values(view.sections).map((s) => [s.title, s.id as string]));
  return (heading: Block, index: number): string | undefined => {
    if (heading.type !== "heading" || heading.level === 1) return undefined;
    const named = byTitle.get(headingText(heading) ?? "");
    if (named) return named;
    for (let k = index + 1; k < blocks.length; k++) {
      const next = blocks[k]!;
      if (next.type === "heading" && next.level <= heading.level) break;
      if (markers[k]) return markers[k];
    }
    return undefined;
  };
}

/**
 * The draft's blocks, which every writer of a draft reads, Markdown's included. The Markdown they
 * write is `expected`, the document template's render of `view`, byte for byte
 * (test/document/drafts.test.ts holds the two together).
 */
export function assembleDocument(templates: CompiledTemplates, view: DocumentView, expected: string = templates.renderDocument(view)): ProposalDocument {
  const ids = Object.keys(view.sections) as SectionId[];
  const skeleton = readMarkdown(templates.renderDocument({ ...view, narrative: Object.fromEntries(ids.map((id) => [id, marker(id)])) }));
  const markers = skeleton.blocks.map(markerOf);
  assignSections(skeleton.blocks, 2, sectionNamer(view, skeleton.blocks, markers));

  const blocks: Block[] = [];
  skeleton.blocks.forEach((block, k) => {
    const id = markers[k];
    if (id === undefined) {
      blocks.push({ ...block, origin: "facts" });
      return;
    }
    // The narrative as the template would hold it: trimmed and tidied like the whole render.
    const text = tidy(view.narrative[id as SectionId]?.trim() ?? "");
    if (text === "") return;
    const narrative = readBlockLines(text.split("\n")).blocks;
    narrative.forEach((b, n) => {
      const placed: Block = { ...b, origin: "narrative" };
      if (block.section === undefined) delete placed.section;
      else placed.section = block.section;
      if (n === 0) {
        if (block.spacing === undefined) delete placed.spacing;
        else placed.spacing = block.spacing;
      }
      blocks.push(placed);
    });
  });
  const doc: ProposalDocument = { ...skeleton, blocks, meta: documentMeta(view, view.generator) };
  numberLines(doc);
  if (writeMarkdown(doc) === expected) return doc;

  // A template that places narrative inside a paragraph (or leaves no blank line around it): read
  // the whole render instead. The text is the same; the blocks then carry sections but no origins.
  const whole = readMarkdown(expected);
  assignSections(whole.blocks, 2, sectionNamer(view, whole.blocks, []));
  return { ...whole, meta: doc.meta };
}
