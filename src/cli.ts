// Command wiring only. Each action lazy-imports its command module so that `--help`, `--version`
// and light commands load nothing heavy. One error boundary turns known errors into exit codes.
import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { EXIT, UserError } from "./errors.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

function endpointOptions(command: Command): Command {
  return command
    .option("--provider <name>", "openai, dashscope, deepseek, ollama, custom or offline (default: from the environment or config)")
    .option("--model <name>", "model name, e.g. qwen-plus, gpt-4o-mini, deepseek-chat, qwen2.5:7b")
    .option("--base-url <url>", "OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1")
    .option("--api-key-env <NAME>", "read the API key from this environment variable")
    .option("--timeout <seconds>", "seconds before a request is abandoned (default: 120)", parsePositive("--timeout"))
    .option("--max-retries <n>", "retries of a failed request: rate limit, server error (default: 2)", parseRetries)
    .option("--no-cache", "always ask the model, never reuse a cached response");
}

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

export function buildProgram(): Command {
  const program = new Command("grantsmith")
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

Exit codes: 0 ok, 1 quality gate failed, 2 bad input or usage, 3 model endpoint failed, 130 interrupted.`,
    );

  program
    .command("init")
    .description("write a commented facts file to fill in")
    .argument("[file]", "where to write it", "project.yaml")
    .addOption(new Option("--lang <lang>", "language of the proposal").choices(["zh", "en"]).default("zh"))
    .addOption(
      new Option("--kind <kind>", "kind of proposal")
        .choices(["standard", "disaster-relief", "public-fundraising"])
        .default("standard"),
    )
    .option("-f, --force", "overwrite the file if it exists")
    .action(async (file, options) => (await import("./commands/init.js")).initCommand(file, options));

  program
    .command("check")
    .description("validate facts files and report every problem with file:line:col")
    .argument("<facts...>", "facts files (.yaml, .yml or .json)")
    .option("-q, --quiet", "print only problems")
    .action(async (files, options) => (await import("./commands/check.js")).checkCommand(files, options));

  endpointOptions(
    program
      .command("draft")
      .description("draft a complete proposal from a facts file, then score it")
      .argument("<facts...>", "facts files (.yaml, .yml or .json)")
      .option("-o, --output <file>", "output file, or - for stdout (default: <facts name>.proposal.md beside the facts)")
      .option("--offline", "assemble the narrative from the facts with built-in sentences; no model, no network")
      .option("--concurrency <n>", "sections generated at once", parseCount("--concurrency"), 4)
      .option("-f, --force", "overwrite an existing output file")
      .option("--resume", "finish an interrupted draft, generating only the missing sections")
      .option("--no-score", "do not score the draft after writing it")
      .option("-q, --quiet", "no progress on stderr"),
  ).action(async (files, options) => (await import("./commands/draft.js")).draftCommand(files, options));

  endpointOptions(
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
          .choices(["text", "json", "markdown", "junit", "sarif", "github", "csv"])
          .default("text"),
      )
      .option("-o, --output <file>", "write the report to a file instead of stdout")
      .option("-f, --force", "overwrite an existing report file")
      .option(
        "--concurrency <n>",
        "files scored at once (default: the number of cores); with --judge, model requests at once (default 4)",
        parseCount("--concurrency", 256),
      )
      .option("-q, --quiet", "no progress on stderr"),
  ).action(async (paths, options) => (await import("./commands/score.js")).scoreCommand(paths, options));

  endpointOptions(
    program
      .command("revise")
      .description("rewrite the weakest sections with the model and keep a rewrite only if the score goes up")
      .argument("<proposal>", "the proposal to improve")
      .requiredOption("--facts <file>", "the facts file the proposal was written from")
      .option("--rubric <id|file>", "built-in rubric id or a rubric YAML file")
      .option("--rounds <n>", "rounds of rewriting at most", parseCount("--rounds", 10), 2)
      .option("--target <score>", "stop once the score reaches this", parseScore("--target"))
      .option("-o, --output <file>", "output file (default: <name>.revised.md beside the proposal)")
      .option("-f, --force", "overwrite an existing output file")
      .option("--dry-run", "show what would change without writing")
      .option("--concurrency <n>", "sections rewritten at once", parseCount("--concurrency"), 4)
      .addOption(new Option("--format <format>", "summary format on stdout").choices(["text", "json"]).default("text"))
      .option("-q, --quiet", "no progress on stderr"),
  ).action(async (file, options) => (await import("./commands/revise.js")).reviseCommand(file, options));

  program
    .command("rubrics")
    .description("list the built-in rubrics, or show one")
    .argument("[id]", "rubric id or rubric file")
    .option("--json", "print as JSON")
    .action(async (id, options) => (await import("./commands/rubrics.js")).rubricsCommand(id, options));

  program
    .command("templates")
    .description("list the document templates and prompts, per language and kind")
    .option("--check", "compile every template and prompt and report errors")
    .action(async (options) => (await import("./commands/templates.js")).templatesCommand(options));

  program
    .command("schema")
    .description("print a JSON Schema: facts (default), rubric or config")
    .argument("[what]", "facts, rubric or config", "facts")
    .action(async (what) => (await import("./commands/schema.js")).schemaCommand(what));

  program
    .command("cache")
    .description("manage the cache of model responses")
    .argument("<action>", "clear, or path to print where it lives")
    .action(async (action) => (await import("./commands/cache.js")).cacheCommand(action));

  return program;
}

function printError(error: UserError): void {
  const lines = [error.message, ...error.details].filter((line) => line.length > 0);
  if (lines.length > 0) process.stderr.write(lines.join("\n") + "\n");
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
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

// Exit explicitly: keep-alive sockets or timers of a finished command must not hold the process.
// stdout to a file or pipe is written synchronously on Linux and macOS, so nothing is cut short.
process.exit(await main(process.argv.slice(2)));
