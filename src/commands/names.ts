// The commands' names, for what must know them without building the program: the code cache runs
// check, draft and score from scripts of their own, and keeps a cache file for each command
// (src/cached-main.ts, scripts/bundle.js). test/util/code-cache.test.ts holds the list to commands/index.ts.
export const COMMAND_NAMES: readonly string[] = ["init", "check", "draft", "score", "revise", "export", "rubrics", "templates", "schema", "cache", "doctor"];

/** Run without the code cache: `cache clear` removes it, and saving its own afterwards would make the folder again. */
export const CACHELESS_COMMANDS: readonly string[] = ["cache"];

/**
 * The command whose action `argv` runs, "other" for a line that runs none: the first word that
 * names a command. Commander dispatches on the first word that is not an option, and what may
 * stand before it (--lang zh|en, -h, -V, --) names no command; a line where some other word comes
 * first runs no action (an unknown command or option, `help <command>`). test/cli/script-command.test.ts
 * holds this to what commander runs.
 */
export function commandOfLine(argv: readonly string[]): string {
  return argv.find((arg) => COMMAND_NAMES.includes(arg)) ?? "other";
}

/**
 * The commands whose start-up counts most, each with a script of its own that holds only its code;
 * every other command, and a line without one, runs from main-other.cjs, the whole program.
 */
export const OWN_SCRIPT_COMMANDS: readonly string[] = ["check", "draft", "score"];

/** The built script (dist/bundle/) that runs `command` ("other": a line without one) from V8's code cache. */
export function scriptName(command: string): string {
  return OWN_SCRIPT_COMMANDS.includes(command) ? `main-${command}.cjs` : "main-other.cjs";
}
