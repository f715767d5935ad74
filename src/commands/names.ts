// The commands' names, for what must know them without building the program (the code cache
// keeps one file per command: src/cached-main.ts). test/util/code-cache.test.ts holds it to commands/index.ts.
export const COMMAND_NAMES: readonly string[] = ["init", "check", "draft", "score", "revise", "export", "rubrics", "templates", "schema", "cache", "doctor"];
