// The registry of document writers: a name, the file extensions that choose it, and the module that
// writes. A writer is loaded only when a document is written in its format, so a heavy library
// (Word's, in the next issue) costs nothing to `--help`, `score` or a Markdown draft. Adding a
// format is one module exporting `write(doc)` and one entry here.
import path from "node:path";
import type { ProposalDocument } from "./model.js";

/** A file's content: text for text formats, bytes for binary ones. */
export type WrittenDocument = string | Uint8Array;

export interface DocumentWriter {
  name: string;
  /** Extensions (lower case, with the dot) that choose this writer for an output path. */
  extensions: readonly string[];
  load(): Promise<(doc: ProposalDocument) => WrittenDocument | Promise<WrittenDocument>>;
}

export const WRITERS: readonly DocumentWriter[] = [
  { name: "markdown", extensions: [".md", ".markdown"], load: async () => (await import("./markdown/write.js")).writeMarkdown },
];

export const WRITER_NAMES = WRITERS.map((w) => w.name);

export function writerNamed(name: string): DocumentWriter | undefined {
  return WRITERS.find((w) => w.name === name);
}

/** The writer an output path's extension chooses; `-` (stdout) is Markdown. */
export function writerForPath(file: string): DocumentWriter | undefined {
  if (file === "-") return writerNamed("markdown");
  const ext = path.extname(file).toLowerCase();
  return WRITERS.find((w) => w.extensions.includes(ext));
}

/** Writes `doc` in the named format. */
export async function writeDocument(doc: ProposalDocument, name: string): Promise<WrittenDocument> {
  const writer = writerNamed(name);
  if (!writer) throw new Error(`no document writer named "${name}" (known: ${WRITER_NAMES.join(", ")})`);
  return (await writer.load())(doc);
}
