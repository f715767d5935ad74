// A worker thread that failed is a bug: one line, and the exit code of any other internal failure.
import { EXIT, UserError } from "../../errors.js";
import { t } from "../../i18n/index.js";

export class WorkerFailedError extends UserError {
  constructor(what: string) {
    super(t("score.workerInternal", { what }), EXIT.internal);
    this.name = "WorkerFailedError";
  }
}
