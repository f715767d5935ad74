// English messages about what a command writes and the small commands (src/commands/{export,output,
// rubrics,templates,schema,cache}.ts, src/document/, src/templating/).
export const output = {
  // src/document/writers.ts and docx/reference.ts
  "output.unknownFormat": (p: { to: string; formats: string }) => `--to ${p.to}: unknown format; choose ${p.formats}`,
  "output.stdoutMarkdown": ", or - for stdout (Markdown)",
  "output.unknownExtension": (p: { file: string; formats: string }) => `${p.file}: grantsmith writes ${p.formats}; give -o a file name ending in one of these`,
  "output.notStdout": (p: { to: string; title: string; extension: string }) => `--to ${p.to} with -o -: ${p.title} cannot go to stdout; give -o a file name ending in ${p.extension}`,
  "output.disagree": (p: { to: string; file: string; extension: string }) =>
    `--to ${p.to} and -o ${p.file} disagree; leave out --to, or give -o a file name ending in ${p.extension}`,
  "output.notZip": "is not a Word .docx file (not a zip archive)",
  "output.noStyles": "has no styles part (word/styles.xml); save it from Word as a .docx",
  // src/commands/output.ts
  "output.referenceOnlyDocx": (p: { file: string }) => `--reference-doc ${p.file}: only Word output (.docx) takes a reference document`,
  "output.referenceBad": (p: { file: string; reason: string }) => `--reference-doc ${p.file}: ${p.reason}`,
  // src/commands/export.ts
  "output.exportWritesWord": (p: { to: string }) => `--to ${p.to}: export writes Word; give --to docx (a Markdown proposal is already Markdown)`,
  "output.proposalEmpty": (p: { file: string }) => `${p.file}: the proposal is empty`,
  "output.proposalBinary": (p: { file: string }) => `${p.file}: is a binary file, not a proposal; give a Markdown, text, Word (.docx) or PDF file`,
  "output.proposalUnreadable": (p: { file: string; reason: string }) => `${p.file}: ${p.reason}`,
  "output.wrote": (p: { file: string }) => `wrote ${p.file}`,
  // src/commands/rubrics.ts, templates.ts, schema.ts, cache.ts
  "output.rubricsHint": "Show one with `grantsmith rubrics ID`; use it with `grantsmith score --rubric ID`.",
  "output.noSuchRubric": (p: { id: string; ids: string }) => `rubrics ${p.id}: no such built-in rubric or file; built-in: ${p.ids}`,
  "output.templatesCompile": (p: { label: string; n: number }) => `ok ${p.label}: ${p.n} files compile`,
  "output.exportFactsFile": (p: { file: string }) => `${p.file}: a facts file, not a proposal; to get Word, draft it: grantsmith draft ${p.file} --to docx`,
  "output.unknownSchema": (p: { what: string }) => `schema: unknown schema "${p.what}"; choose facts, rubric, config or org`,
  "output.unknownCacheAction": (p: { action: string }) => `cache ${p.action}: unknown action; use "grantsmith cache clear" or "grantsmith cache path"`,
  "output.cacheOff": "the response cache is turned off (GRANTSMITH_CACHE=none)",
  "output.cacheEmpty": (p: { dir: string }) => `the response cache at ${p.dir} was already empty`,
  "output.cacheCleared": (p: { n: number; size: string; dir: string }) => `removed ${p.n} cached response${p.n === 1 ? "" : "s"} (${p.size}) from ${p.dir}`,
  "output.oldRubricsRemoved": (p: { dir: string }) => `removed ${p.dir}, where an older grantsmith kept copies of the built-in rubrics`,
  // src/templating/template-file.ts
  "output.templateSyntax": "syntax error",
  "output.templateUnexpected": (p: { got: string }) => ` (unexpected ${p.got})`,
  "output.templateUnclosed": "end of file: a block is not closed",
  "output.templateDoesNotCompile": "does not compile",
  "output.templateFailedToRender": "failed to render",
  "output.templateError": (p: { where: string; what: string; message: string }) => `${p.where}: template ${p.what}: ${p.message}`,
  "output.templateMissing": (p: { file: string }) => `${p.file}: template file is missing from the grantsmith package; reinstall grantsmith`,
};
