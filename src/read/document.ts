// Reading any input a user hands over — a proposal to score, a material, the funder's priorities,
// a proposal to export — into text: Word and PDF documents by their readers, text files in
// whichever encoding they were saved. The document readers are loaded only for documents.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { decodeText, encodingNote } from "./decode.js";
import { DocumentReadError } from "./errors.js";
import { DOCUMENT_FORMATS, extensionSet } from "./formats.js";
import type { LocatedText } from "./located-text.js";
import type { Lang } from "../i18n/index.js";

export { DocumentReadError } from "./errors.js";
export type { LocatedText } from "./located-text.js";

const DOCUMENT_EXTENSIONS = extensionSet(DOCUMENT_FORMATS);

/** Word or PDF, read by the document readers (asynchronously, loaded only for them). */
export function isDocument(file: string): boolean {
  return DOCUMENT_EXTENSIONS.has(path.extname(file).toLowerCase());
}

export interface ReadText extends LocatedText {
  /** A line for stderr about how the file was read (a GBK file), when there is one to say. */
  note?: string;
}

/** Text bytes into text, or a DocumentReadError that says what the file is and what to do. */
export function textFromBytes(file: string, bytes: Uint8Array, lang?: Lang): ReadText {
  const decoded = decodeText(bytes);
  if (decoded.kind === "binary") throw new DocumentReadError("read.binary", true);
  if (decoded.kind === "undecodable") throw new DocumentReadError("read.undecodable");
  const note = encodingNote(file, decoded.encoding, lang);
  return note !== undefined ? { text: decoded.text, note } : { text: decoded.text };
}

/**
 * Any readable input as text. File-system errors are thrown as they are (the caller words them for
 * its own kind of file); a file that is not readable text is a DocumentReadError.
 */
export async function readDocumentText(file: string): Promise<ReadText> {
  return documentText(file, await readFile(file));
}

/** As readDocumentText, for bytes already read; `lang` words the note on stderr (default: the run's language). */
export async function documentText(file: string, bytes: Uint8Array, lang?: Lang): Promise<ReadText> {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".docx") return (await import("./docx.js")).readDocx(bytes);
  if (extension === ".pdf") return (await import("./pdf.js")).readPdf(bytes);
  if (extension === ".doc") throw new DocumentReadError("read.oldWord", true);
  return textFromBytes(file, bytes, lang);
}
