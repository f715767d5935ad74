// Command wiring only, with no side effects: importing this module runs nothing, so tests can build
// the program with stub actions. Each command's argument and option types are inferred from its
// declaration below (extra-typings), so a command module cannot expect a flag that is not declared.
// The actions themselves are given by the caller (commands/index.ts lazy-imports each command), and
// bin/grantsmith.js exits with the code main() returns. One error boundary turns known errors into
// exit codes.
import { readFileSync } from "node:fs";
import { Command, CommanderError, Option, type OptionValues } from "@commander-js/extra-typings";
import { EXIT, UserError } from "./errors.js";
import { langFromArgv, parseLang, setExplicitLanguage } from "./i18n/index.js";
import { REPORT_FORMAT_NAMES } from "./report/formats.js";
import { PRESET_NAMES } from "./llm/presets.js";
import { KINDS } from "./kinds/index.js";

function endpointOptions<Args extends unknown[], Opts extends OptionValues>(command: Command<Args, Opts>) {
  return command
    .option("--provider <name>", `${PRESET_NAMES.join(", ")} or offline (default: from the environment or config)`)
    .option("--model <name>", "model name, e.g. qwen-plus, gpt-4o-mini, deepseek-chat, qwen2.5:7b")
    .option("--base-url <url>", "OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1")
    .option("--api-key-env <NAME>", "read the API key from this environment variable")
    .option("--timeout <seconds>", "seconds before a request is abandoned (default: 120)", parsePositive("--timeout"))
    .option("--max-retries <n>", "retries of a failed request: rate limit, server error (default: 2)", parseRetries)
    .option("--no-cache", "always ask the model, never reuse a cached response");
}

const REFERENCE_DOC_HELP =
  "a Word file whose styles part (document defaults and the Normal, Title and Heading 1-3 styles: fonts, sizes, spacing) the .docx takes; its page setup, headers and footers are not taken";

function parsePositive(flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new UserError(`${flag}: expected a positive number, got "${value}"`);
    return n;
  };
}

function parseRetries(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new UserError(`--max-retries: expected a whole number from 0 to 10, got "${value}"`);
  return n;
}

function parseCount(flag: string, max = 64) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new UserError(`${flag}: expected a whole number from 1 to ${max}, got "${value}"`);
    return n;
  };
}

function parseScore(flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || n > 100) throw new UserError(`${flag}: expected a score from 0 to 100, got "${value}"`);
    return n;
  };
}

function newProgram() {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return new Command("grantsmith")
    .description(
      "Draft charity project proposals (公益项目书) from a small facts file with any OpenAI-compatible model, then score them against a rubric and list the improvements worth the most points.",
    )
    .version(pkg.version, "-V, --version")
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      `
Quick start:
  grantsmith init my-project.yaml --lang zh   write a commented facts file to fill in
  grantsmith check my-project.yaml            validate it
  grantsmith draft my-project.yaml            write my-project.proposal.md (offline unless a model is configured)
  grantsmith score my-project.proposal.md     total, grade and the improvements worth the most points

Exit codes: 0 ok, 1 quality gate failed, 2 bad input or usage, 3 model endpoint failed, 130 interrupted (143 on SIGTERM, 129 on SIGHUP).`,
    );
}

/** Every command with its arguments and options, not yet given an action. */
function declareCommands(program: ReturnType<typeof newProgram>) {
  const init = program
    .command("init")
    .description("write a commented facts file to fill in")
    .argument("[file]", "where to write it", "project.yaml")
    .addOption(new Option("--lang <lang>", "language of the proposal").choices(["zh", "en"]).default("zh"))
    .addOption(
      new Option("--kind <kind>", "kind of proposal")
        .choices(KINDS)
        .default("standard"),
    )
    .option("-f, --force", "overwrite the file if it exists");

  const check = program
    .command("check")
    .description("validate facts files and report every problem with file:line:col")
    .argument("<facts...>", "facts files (.yaml, .yml or .json)")
    .option("-q, --quiet", "print only problems")
    .option("--fix", "rewrite values in canonical form (15万 → 150000), keeping comments; shows the changes and asks first")
    .option("-y, --yes", "with --fix: write without asking");

  const draft = endpointOptions(
    program
      .command("draft")
      .description("draft a complete proposal from a facts file, then score it")
      .argument("<facts...>", "facts files (.yaml, .yml or .json)")
      .option("-o, --output <file>", "output file: .md (Markdown), .docx (Word), or - for stdout (default: <facts name>.proposal.md beside the facts)")
      .option("--to <format>", "md or docx (default: from -o's extension, else md)")
      .option("--reference-doc <file>", REFERENCE_DOC_HELP)
      .option("--offline", "assemble the narrative from the facts with built-in sentences; no model, no network")
      .option("--concurrency <n>", "sections generated at once", parseCount("--concurrency"), 4)
      .option("-f, --force", "overwrite an existing output file")
      .option("--resume", "finish an interrupted draft, generating only the missing sections")
      .option("--no-score", "do not score the draft after writing it")
      .option("-q, --quiet", "no progress on stderr"),
  );

  const score = endpointOptions(
    program
      .command("score")
      .description("score proposals (files, folders, globs) against a rubric and list the improvements worth the most points")
      .argument("<paths...>", "proposal files (.md, .txt, .rst, .Rmd), folders (searched recursively) or globs")
      .option("--rubric <id|file>", "built-in rubric id or a rubric YAML file (default: chosen by language and kind)")
      .option("--facts <file>", "facts file: list figures the facts do not contain and check the key figures")
      .option("--judge", "also ask the configured model the rubric's llm criteria")
      .option("--judge-samples <n>", "ask each judge question n times and use the median", parseCount("--judge-samples", 9), 1)
      .option("--funder <file>", "a text or YAML file with the funder's stated priorities, for the judge")
      .option("--min-score <n>", "fail (exit 1) when a file scores below n", parseScore("--min-score"))
      .addOption(
        new Option(
          "--fail-on <level>",
          "fail (exit 1) on a finding at this level or above; never: findings do not gate, but a failed must criterion and --min-score still do",
        )
          .choices(["error", "warning", "never"])
          .default("never"),
      )
      .addOption(
        new Option("--format <format>", "report format")
          .choices(REPORT_FORMAT_NAMES)
          .default("text"),
      )
      .option("-o, --output <file>", "write the report to a file instead of stdout")
      .option("-f, --force", "overwrite an existing report file")
      .option(
        "--concurrency <n>",
        "files scored at once (default: the number of cores); with --judge, model requests at once (default 4)",
        parseCount("--concurrency", 256),
      )
      .option("--time-limit <seconds>", "stop the whole run after this many seconds, with exit 124 (for CI)", parsePositive("--time-limit"))
      .option("-q, --quiet", "no progress on stderr"),
  );

  const revise = endpointOptions(
    program
      .command("revise")
      .description("rewrite the weakest sections with the model and keep a rewrite only if the score goes up")
      .argument("<proposal>", "the proposal to improve")
      .requiredOption("--facts <file>", "the facts file the proposal was written from")
      .option("--rubric <id|file>", "built-in rubric id or a rubric YAML file")
      .option("--rounds <n>", "rounds of rewriting at most", parseCount("--rounds", 10), 2)
      .option("--target <score>", "stop once the score reaches this", parseScore("--target"))
      .option("-o, --output <file>", "output file: .md or .docx (default: <name>.revised.md beside the proposal)")
      .option("--to <format>", "md or docx (default: from -o's extension)")
      .option("--reference-doc <file>", REFERENCE_DOC_HELP)
      .option("-f, --force", "overwrite an existing output file")
      .option("--dry-run", "show what would change without writing")
      .option("--concurrency <n>", "sections rewritten at once", parseCount("--concurrency"), 4)
      .addOption(new Option("--format <format>", "summary format on stdout").choices(["text", "json"]).default("text"))
      .option("-q, --quiet", "no progress on stderr"),
  );

  const exportCommand = program
    .command("export")
    .description("write a Markdown proposal as a Word document, typeset for Chinese or English funders")
    .argument("<proposal>", "the Markdown proposal (.md)")
    .requiredOption("--to <format>", "docx")
    .option("-o, --output <file>", "output file (default: the proposal's name with .docx, beside it)")
    .option("--reference-doc <file>", REFERENCE_DOC_HELP)
    .option("-f, --force", "overwrite an existing output file");

  const rubrics = program
    .command("rubrics")
    .description("list the built-in rubrics, or show one")
    .argument("[id]", "rubric id or rubric file")
    .option("--json", "print as JSON");

  const templates = program
    .command("templates")
    .description("list the document templates and prompts, per language and kind")
    .option("--check", "compile every template and prompt and report errors");

  const schema = program
    .command("schema")
    .description("print a JSON Schema: facts (default), rubric or config")
    .argument("[what]", "facts, rubric or config", "facts");

  const cache = program
    .command("cache")
    .description("manage the cache of model responses")
    .argument("<action>", "clear, or path to print where it lives");

  return { init, check, draft, score, revise, export: exportCommand, rubrics, templates, schema, cache };
}

type Declared = ReturnType<typeof declareCommands>;
// Any option values: only the arguments are read.
type ArgumentsOf<C> = C extends Command<infer Args, any, any> ? Args : never;

/** What a command's action receives: its arguments, then its options, as the declaration says. */
export type CommandName = keyof Declared;
export type CommandArguments<K extends CommandName> = ArgumentsOf<Declared[K]>;
export type CommandOptions<K extends CommandName> = ReturnType<Declared[K]["opts"]>;

export type InitOptions = CommandOptions<"init">;
export type CheckOptions = CommandOptions<"check">;
export type DraftOptions = CommandOptions<"draft">;
export type ScoreOptions = CommandOptions<"score">;
export type ReviseOptions = CommandOptions<"revise">;
export type ExportOptions = CommandOptions<"export">;
export type RubricsOptions = CommandOptions<"rubrics">;
export type TemplatesOptions = CommandOptions<"templates">;

/** The action of every command; commands/index.ts has the real ones, tests pass stubs. */
export type CommandActions = {
  [K in CommandName]: (...args: [...CommandArguments<K>, CommandOptions<K>]) => Promise<void>;
};

export function buildProgram(actions: CommandActions) {
  const program = newProgram();
  const commands = declareCommands(program);
  commands.init.action((file, options) => actions.init(file, options));
  commands.check.action((files, options) => actions.check(files, options));
  commands.draft.action((files, options) => actions.draft(files, options));
  commands.score.action((paths, options) => actions.score(paths, options));
  commands.revise.action((file, options) => actions.revise(file, options));
  commands.export.action((file, options) => actions.export(file, options));
  commands.rubrics.action((id, options) => actions.rubrics(id, options));
  commands.templates.action((options) => actions.templates(options));
  commands.schema.action((what, options) => actions.schema(what, options));
  commands.cache.action((action, options) => actions.cache(action, options));
  return program;
}

function printError(error: UserError): void {
  const lines = [error.message, ...error.details].filter((line) => line.length > 0);
  if (lines.length > 0) process.stderr.write(lines.join("\n") + "\n");
}

/** Runs one command line and returns the exit code; never exits the process itself. */
export async function main(argv: string[], actions: CommandActions): Promise<number> {
  setExplicitLanguage(langFromArgv(argv) ?? parseLang(process.env.GRANTSMITH_LANG));
  const program = buildProgram(actions);
  program.exitOverride();
  program.configureOutput({ outputError: (text, write) => write(text) });
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") {
        return EXIT.ok;
      }
      return EXIT.usage;
    }
    if (error instanceof UserError) {
      printError(error);
      return error.exitCode;
    }
    process.stderr.write(
      `grantsmith: internal error: ${(error as Error)?.stack ?? String(error)}\nThis is a bug in grantsmith; please report it with the command you ran.\n`,
    );
    return 70;
  }
}
