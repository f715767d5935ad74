// What draft --batch and score --judge --batch share: the flags' checks and the question Ctrl-C asks.
import { InputError } from "../errors.js";
import { t } from "../i18n/index.js";

/** --batch-id and --poll-interval mean something only with --batch. */
export function batchFlags(options: { batch?: boolean; batchId?: string; pollInterval?: number }): void {
  if (options.batchId !== undefined && !options.batch) throw new InputError(t("batch.idNeedsBatch"));
  if (options.pollInterval !== undefined && !options.batch) throw new InputError(t("batch.pollNeedsBatch"));
}

/** On a terminal, asks whether to cancel a running batch job; elsewhere the job is left running. */
export async function confirmBatchCancel(id: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return false;
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await new Promise<boolean>((resolve) => {
      rl.on("SIGINT", () => resolve(false));
      rl.question(t("batch.cancelAsk", { id }), (answer) => resolve(/^(y|yes|是|好)$/i.test(answer.trim())));
    });
  } finally {
    rl.close();
  }
}
