// A document that cannot be read, with why and what to do, said to the user as it is: in the
// language of the run, or in the one its caller speaks (a material is named in the facts' language).
import { t, type Lang } from "../i18n/index.js";

/** The readers' reasons: one message each, without parameters. */
export type ReadProblem = "read.undecodable" | "read.binary" | "read.oldWord" | "read.badDocx" | "read.emptyDocx" | "read.badPdf" | "read.noTextLayer";

export class DocumentReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    /** True when the file is not a proposal at all, so a folder scan skips it rather than failing it. */
    readonly skip = false,
  ) {
    super(t(problem));
    this.name = "DocumentReadError";
  }

  /** The reason in the given language. */
  messageIn(lang: Lang): string {
    return t(this.problem, undefined, lang);
  }
}
