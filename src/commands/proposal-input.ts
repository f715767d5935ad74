// A proposal handed to `export` or `revise`, in whichever form it was saved: Markdown or text in
// UTF-8, UTF-16 or GBK (said on stderr), Word or PDF, read by the same readers as `score`.
// Never mojibake: text that cannot be decoded is exit 2 naming the file and the fix.
import { InputError } from "../errors.js";
import { readInputFile } from "../facts/load.js";
import { t } from "../i18n/index.js";

export async function readProposalInput(file: string): Promise<string> {
  const bytes = await readInputFile(file, "proposal");
  // The readers (and the Word and PDF libraries behind them) load only when a proposal comes.
  const { documentText, DocumentReadError } = await import("../read/document.js");
  let text: string;
  try {
    const read = await documentText(file, bytes);
    if (read.note !== undefined) process.stderr.write(`${read.note}\n`);
    text = read.text;
  } catch (error) {
    if (!(error instanceof DocumentReadError)) throw error;
    if (error.problem === "read.binary") throw new InputError(t("output.proposalBinary", { file }));
    throw new InputError(t("output.proposalUnreadable", { file, reason: error.message }));
  }
  if (text.trim() === "") throw new InputError(t("output.proposalEmpty", { file }));
  return text;
}
