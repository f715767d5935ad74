// A worker thread that failed is a bug: one line, and the exit code of any other internal failure.
import { EXIT, UserError } from "../../errors.js";

export class WorkerFailedError extends UserError {
  constructor(what: string) {
    super(`grantsmith: internal error: a scoring worker ${what}; this is a bug in grantsmith, please report it with the command you ran`, EXIT.internal);
    this.name = "WorkerFailedError";
  }
}
