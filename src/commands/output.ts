// The proposal a command writes: which writer (by -o's extension or --to), with the typesetting of
// grantsmith.config.yaml and a --reference-doc, written atomically or to stdout. Draft, revise and
// export share it, so a format is chosen, refused and written the same way everywhere.
import { InputError, UsageError } from "../errors.js";
import { readFlagFile } from "./flag-file.js";
import type { ProposalDocument } from "../document/model.js";
import { chooseWriter, writeDocument, type DocumentWriter, type WriteOptions } from "../document/writers.js";
import { loadConfigFiles } from "../llm/config-file.js";
import { writeFileAtomic, type WriteGuard } from "../util/write-file.js";
import { t } from "../i18n/index.js";

export interface OutputChoice {
  writer: DocumentWriter;
  options: WriteOptions;
}

/** Chooses the writer and reads its settings before any work is done; a wrong choice is exit 2. */
export async function chooseOutput(output: string | undefined, flags: { to?: string; referenceDoc?: string }): Promise<OutputChoice> {
  const chosen = chooseWriter(output, flags.to);
  if ("error" in chosen) throw new UsageError(chosen.error);
  const options: WriteOptions = {};
  if (chosen.writer.name !== "docx") {
    if (flags.referenceDoc) throw new InputError(t("output.referenceOnlyDocx", { file: flags.referenceDoc }));
    return { writer: chosen.writer, options };
  }
  const files = loadConfigFiles(process.env, process.cwd());
  const docx = files.project?.config.docx ?? files.user?.config.docx;
  if (docx) {
    options.typesetting = {
      bodyFont: docx.body_font,
      headingFont: docx.heading_font,
      latinFont: docx.latin_font,
      size: docx.size,
      lineSpacing: docx.line_spacing,
      firstLineIndent: docx.first_line_indent,
      paper: docx.paper,
    };
  }
  if (flags.referenceDoc) {
    const bytes = await readFlagFile("--reference-doc", flags.referenceDoc);
    const { referenceStyles } = await import("../document/docx/reference.js");
    const styles = referenceStyles(bytes);
    if ("error" in styles) throw new InputError(t("output.referenceBad", { file: flags.referenceDoc, reason: styles.error }));
    options.referenceStyles = styles.styles;
  }
  return { writer: chosen.writer, options };
}

/** Writes the document; returns the Markdown text when that is what was written (for scoring). */
export async function writeOutput(doc: ProposalDocument, output: string, choice: OutputChoice, guard: WriteGuard): Promise<string | undefined> {
  const content = await writeDocument(doc, choice.writer.name, choice.options);
  if (output === "-") {
    const text = String(content);
    process.stdout.write(text);
    return text;
  }
  await writeFileAtomic(output, content, guard);
  return typeof content === "string" ? content : undefined;
}
