// Progress on stderr: an ora spinner on a terminal, nothing otherwise (logs and CI stay clean).
import type { Ora } from "ora";

export interface Progress {
  update(text: string): void;
  /** A line that must stay visible (a warning); printed above the spinner. */
  note(line: string): void;
  stop(): void;
}

export async function createProgress(enabled: boolean): Promise<Progress> {
  const stream = process.stderr;
  // A pseudo-terminal that reports no width (some CI runners and editors) makes a spinner redraw
  // forever, so it gets plain lines too.
  if (!enabled || !stream.isTTY || process.env.CI || !(stream.columns > 0)) {
    return { update: () => undefined, note: (line) => stream.write(`${line}\n`), stop: () => undefined };
  }
  const { default: ora } = await import("ora");
  const spinner: Ora = ora({ stream, discardStdin: false }).start();
  return {
    update: (text) => {
      spinner.text = text;
    },
    note: (line) => {
      spinner.clear();
      stream.write(`${line}\n`);
      spinner.render();
    },
    stop: () => spinner.stop(),
  };
}
