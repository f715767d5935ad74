// Drives a command through a real pseudo-terminal: util-linux `script` runs it on a pty whose
// output comes back on stdout and whose keyboard is our stdin. `expect` waits for text on the
// screen (colours and cursor moves stripped) and `type` sends keys, so a prompt library reads
// answers exactly as it does from a person at a terminal, raw mode and wide characters included.
import { spawn } from "node:child_process";
import { stripVTControlCharacters } from "node:util";

export interface Pty {
  /** Resolves once `text` appears on the screen after the previous match, whitespace aside; rejects after a while. */
  expect(text: string | RegExp): Promise<void>;
  /** Sends keys: "\r" is Enter. */
  type(keys: string): void;
  /** Everything shown so far, without escape sequences. */
  screen(): string;
  /** The command's exit code. */
  exit: Promise<number | null>;
}

/** How long one expected text may take to appear: a slow shared machine, not a timing check. */
const WAIT_MS = 20_000;

export function spawnPty(command: string[], options: { cwd: string; env: NodeJS.ProcessEnv; columns?: number }): Pty {
  const quoted = command.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(" ");
  const shell = `stty cols ${options.columns ?? 100} rows 40 2>/dev/null; exec ${quoted}`;
  const child = spawn("script", ["-qefc", shell, "/dev/null"], { cwd: options.cwd, env: { SHELL: "/bin/sh", TERM: "xterm", ...options.env } });
  let raw = "";
  let seen = 0;
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    raw += chunk;
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    raw += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const screen = () => stripVTControlCharacters(raw);
  const flat = () => screen().replace(/\s+/g, "");
  return {
    screen,
    exit,
    type: (keys) => {
      child.stdin.write(keys);
    },
    expect: (text) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`never shown: ${String(text)}\n--- screen ---\n${screen().slice(-1500)}`)), WAIT_MS);
        // The prompt library wraps long lines itself: text is looked for with all whitespace removed.
        const wanted = typeof text === "string" ? text.replace(/\s+/g, "") : text;
        const look = () => {
          const shown = flat().slice(seen);
          const at = typeof wanted === "string" ? shown.indexOf(wanted) : shown.search(wanted);
          if (at >= 0) {
            const length = typeof wanted === "string" ? wanted.length : (shown.slice(at).match(wanted)?.[0].length ?? 0);
            seen += at + length;
            clearTimeout(timer);
            resolve();
            return;
          }
          waiters.push(look);
        };
        look();
      }),
  };
}
