// `grantsmith export PROPOSAL.md --to docx`: a Markdown proposal (edited by hand, or drafted
// earlier; saved as UTF-8, UTF-16 or GBK, or a Word or PDF file) read through the document model and
// written as Word, beside it unless -o says otherwise.
import path from "node:path";
import type { ExportOptions } from "../cli.js";
import { FACTS_FILE } from "../score/read/files.js";
import { InputError } from "../errors.js";
import { readMarkdown } from "../document/markdown/read.js";
import { withWriterExtension } from "../document/writers.js";
import { readProposalInput } from "./proposal-input.js";
import { detectTextLanguage } from "../text/language.js";
import { assertWritable } from "../util/write-file.js";
import { chooseOutput, writeOutput } from "./output.js";
import { setDocumentLanguage, t } from "../i18n/index.js";

export async function exportCommand(file: string, options: ExportOptions): Promise<void> {
  if (FACTS_FILE.test(file)) throw new InputError(t("output.exportFactsFile", { file }));
  const choice = await chooseOutput(options.output, { to: options.to, referenceDoc: options.referenceDoc });
  if (choice.writer.name === "markdown") {
    throw new InputError(t("output.exportWritesWord", { to: String(options.to) }));
  }
  const output = options.output ?? withWriterExtension(path.join(path.dirname(file), path.basename(file)), choice.writer);
  const guard = { force: options.force, inputs: [file] };
  await assertWritable(output, guard);
  const text = await readProposalInput(file);
  const doc = readMarkdown(text);
  doc.meta.language = detectTextLanguage(text);
  setDocumentLanguage(doc.meta.language);
  await writeOutput(doc, output, choice, guard);
  process.stderr.write(`${t("output.wrote", { file: output })}\n`);
}
