// The kinds of file grantsmith reads, by extension, written once: every check of a file's name and
// every message or help text that lists them comes from here.

/** Word and PDF: read by the document readers, not decoded as text. */
export const DOCUMENT_FORMATS = [".docx", ".pdf"] as const;

/** Proposals `score`, `revise` and `export` read: Markdown, text, reStructuredText, R Markdown, Word, PDF. */
export const PROPOSAL_FORMATS = [".md", ".markdown", ".txt", ".text", ".rst", ".Rmd", ...DOCUMENT_FORMATS] as const;

/** Background materials a facts file may list (`materials:`), quoted by the draft. */
export const MATERIAL_FORMATS = [".md", ".markdown", ".txt", ...DOCUMENT_FORMATS] as const;

/** The lower-case extensions of a list, to test a name's `path.extname(…).toLowerCase()` against. */
export const extensionSet = (formats: readonly string[]): ReadonlySet<string> => new Set(formats.map((f) => f.toLowerCase()));

/** ".md, .txt, .docx" (en) or ".md、.txt、.docx" (zh), for messages and help. */
export function formatList(formats: readonly string[], lang: "zh" | "en"): string {
  return formats.join(lang === "zh" ? "、" : ", ");
}
