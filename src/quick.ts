// The answers that need no command line parser: `--version`, and `--help` as commander writes it
// at its default width. bin/grantsmith.js asks here first, so those two start as fast as Node:
// building the program (commander, every command's declaration, the message catalogs) costs more
// than Node's own start. The help is the program's own, written at build time for each language by
// scripts/write-help.js (dist/help.json); test/cli/quick.test.ts compares it with main()'s.
import { readFileSync } from "node:fs";
import { uiLang, type Lang } from "./i18n/lang.js";
import { packagePath, packageVersion } from "./util/paths.js";

/** The width commander wraps help at: the terminal's columns, or 80 when stdout is not a terminal. */
const HELP_WIDTH = 80;

/** What `grantsmith <argv>` writes to stdout when it is only --version or --help; else undefined. */
export function quickAnswer(argv: readonly string[], stdout: { isTTY?: boolean; columns?: number } = process.stdout): string | undefined {
  if (argv.length !== 1) return undefined;
  const [arg] = argv;
  if (arg === "--version" || arg === "-V") return `${packageVersion()}\n`;
  if (arg !== "--help" && arg !== "-h") return undefined;
  // main() takes the language from --lang (not given here), then GRANTSMITH_LANG, then the locale.
  if ((stdout.isTTY ? stdout.columns : HELP_WIDTH) !== HELP_WIDTH) return undefined;
  return builtHelp()?.[uiLang()];
}

function builtHelp(): Record<Lang, string> | undefined {
  try {
    return JSON.parse(readFileSync(packagePath("dist/help.json"), "utf8")) as Record<Lang, string>;
  } catch {
    return undefined;
  }
}
