// The code cache runs each command from a script that holds only that command's code
// (src/cached-main.ts): the script is picked from the line by commandOfLine before commander parses
// it, so for every line the action commander runs must be the command commandOfLine names. The
// actions are stubs, so no command runs.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main, type CommandActions } from "../../src/cli.js";
import { COMMAND_NAMES, commandOfLine } from "../../src/commands/names.js";
import { setExplicitLanguage } from "../../src/i18n/index.js";

beforeEach(() => {
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  setExplicitLanguage(undefined);
});

/** The command whose action main() ran for `argv`, "other" when none ran. */
async function commandRun(argv: string[]): Promise<string> {
  const ran: string[] = [];
  const actions = Object.fromEntries(COMMAND_NAMES.map((name) => [name, async () => void ran.push(name)])) as unknown as CommandActions;
  await main(argv, actions);
  expect(ran.length).toBeLessThanOrEqual(1);
  return ran[0] ?? "other";
}

const LINES: string[][] = [
  ["check", "facts.yaml"],
  ["--lang", "en", "score", "a.md"],
  ["--lang=zh", "draft", "f.yaml", "--offline"],
  ["score", "check", "draft"],
  ["init", "score.yaml", "--lang", "en"],
  ["draft", "--", "check"],
  ["--", "check", "f.yaml"],
  ["help", "score"],
  ["help"],
  ["score", "--help"],
  ["-h", "check"],
  ["-V", "draft"],
  ["nonsense", "check", "f.yaml"],
  ["--unknown", "check", "f.yaml"],
  ["--lang", "check", "f.yaml"],
  ["--lang", "fr", "score", "a.md"],
  ["rubrics", "standard-zh"],
  ["schema", "org"],
  ["templates", "--check"],
  ["cache", "path"],
  [],
];

describe("the script a line runs from", () => {
  it.each(LINES.map((argv) => [argv.join(" ") || "(nothing)", argv] as const))("%s: names the command whose action runs, if any", async (_name, argv) => {
    const ran = await commandRun(argv);
    if (ran !== "other") expect(commandOfLine(argv)).toBe(ran);
  });

  it("every command's own line picks its script", () => {
    for (const name of COMMAND_NAMES) expect(commandOfLine([name, "x"])).toBe(name);
    expect(commandOfLine(["--lang", "en"])).toBe("other");
  });
});
