// The revised proposal as a document, for the writers. Rewrites are spliced into the proposal's own
// lines (so a hand-edited file keeps its spelling everywhere else); the result is then read into
// blocks, exactly (see document/markdown/read.ts), each block told the section the scorer finds it
// in. Origins are left unset: in a file someone edited, who wrote a block is not known.
import type { ProposalDocument } from "../document/model.js";
import { readMarkdown } from "../document/markdown/read.js";
import { documentMeta } from "../draft/assemble.js";
import { buildView } from "../draft/view.js";
import type { LoadedFacts } from "../facts/load.js";
import type { SectionMatcher } from "../score/read/section-matcher.js";
import { rewritableSections } from "./sections.js";

export function proposalDocument(text: string, matcher: SectionMatcher, facts?: LoadedFacts): ProposalDocument {
  const doc = readMarkdown(text);
  const sections = rewritableSections(text, matcher);
  for (const block of doc.blocks) {
    // A section runs from its heading's line to `end` (0-based, exclusive: its last 1-based line).
    const id = sections.find((s) => block.line! >= s.line && block.line! <= s.end)?.id;
    if (id !== undefined) block.section = id;
  }
  if (facts) doc.meta = documentMeta(buildView(facts));
  return doc;
}
