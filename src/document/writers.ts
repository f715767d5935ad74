// The registry of document writers: a name, the file extensions that choose it, and the module that
// writes. A writer is loaded only when a document is written in its format, so a heavy library
// (Word's, in the next issue) costs nothing to `--help`, `score` or a Markdown draft. Adding a
// format is one module exporting `write(doc)` and one entry here.
import path from "node:path";
import type { ProposalDocument } from "./model.js";
import type { TypesettingSettings } from "./docx/typeset.js";
import { t, uiLang, type Lang } from "../i18n/index.js";

/** A file's content: text for text formats, bytes for binary ones. */
export type WrittenDocument = string | Uint8Array;

/** What a typesetting writer may be given; a text writer ignores it. */
export interface WriteOptions {
  /** The `docx:` block of grantsmith.config.yaml. */
  typesetting?: TypesettingSettings;
  /** word/styles.xml of a --reference-doc. */
  referenceStyles?: string;
}

export interface DocumentWriter {
  name: string;
  /** What the format is called, in messages and help: "Word". */
  title: Record<Lang, string>;
  /** Extensions (lower case, with the dot) that choose this writer for an output path. */
  extensions: readonly string[];
  /** Whether it may write to stdout (`-o -`): text a terminal or a pipe can take. */
  stdout: boolean;
  load(): Promise<(doc: ProposalDocument, options?: WriteOptions) => WrittenDocument | Promise<WrittenDocument>>;
}

export const WRITERS: readonly DocumentWriter[] = [
  { name: "markdown", title: { zh: "Markdown", en: "Markdown" }, extensions: [".md", ".markdown"], stdout: true, load: async () => (await import("./markdown/write.js")).writeMarkdown },
  { name: "docx", title: { zh: "Word 文档", en: "Word" }, extensions: [".docx"], stdout: false, load: async () => (await import("./docx/write.js")).writeDocx },
];

export const WRITER_NAMES = WRITERS.map((w) => w.name);

/** A writer as `--to` names it in help and messages: its first extension without the dot (md, docx). */
export const formatOf = (writer: DocumentWriter): string => writer.extensions[0]!.slice(1);

/** What `export` writes: every format but the Markdown it reads. */
export const EXPORT_WRITERS = WRITERS.filter((w) => w.name !== "markdown");

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
export async function writeDocument(doc: ProposalDocument, name: string, options: WriteOptions = {}): Promise<WrittenDocument> {
  const writer = writerNamed(name);
  if (!writer) throw new Error(`no document writer named "${name}" (known: ${WRITER_NAMES.join(", ")})`);
  return (await writer.load())(doc, options);
}

/** `--to` names a format by its writer or its extension: md, markdown, docx. */
function writerForFormat(format: string): DocumentWriter | undefined {
  const name = format.toLowerCase().replace(/^\./, "");
  return WRITERS.find((w) => w.name === name || w.extensions.includes(`.${name}`));
}

const formatsLine = () => WRITERS.map((w) => w.extensions.join("/")).join(", ") + t("output.stdoutMarkdown");

/**
 * The writer for an output: chosen by `-o`'s extension, or by `--to`; both given must agree. A path
 * whose extension names no writer is refused, so Markdown never lands in a file named .docx (or .pdf).
 */
export function chooseWriter(output: string | undefined, to: string | undefined): { writer: DocumentWriter } | { error: string } {
  const named = to === undefined ? undefined : writerForFormat(to);
  if (to !== undefined && !named) return { error: t("output.unknownFormat", { to, formats: WRITERS.map(formatOf).join(t("util.or")) }) };
  if (output === undefined) return { writer: named ?? writerNamed("markdown")! };
  const byPath = writerForPath(output);
  if (!byPath) return { error: t("output.unknownExtension", { file: output, formats: formatsLine() }) };
  if (named && output === "-" && !named.stdout) return { error: t("output.notStdout", { to: to!, title: named.title[uiLang()], extension: named.extensions[0]! }) };
  if (named && named !== byPath) return { error: t("output.disagree", { to: to!, file: output, extension: named.extensions[0]! }) };
  return { writer: byPath };
}

/** The path `file` would have with the chosen writer's extension (`x.proposal.md` → `x.proposal.docx`). */
export function withWriterExtension(file: string, writer: DocumentWriter): string {
  const ext = path.extname(file);
  return writer.extensions.includes(ext.toLowerCase()) ? file : `${file.slice(0, file.length - ext.length)}${writer.extensions[0]}`;
}
