// Command wiring only, with no side effects: importing this module runs nothing, so tests can build
// the program with stub actions. Each command's argument and option types are inferred from its
// declaration below (extra-typings), so a command module cannot expect a flag that is not declared.
// The actions themselves are given by the caller (commands/index.ts lazy-imports each command), and
// bin/grantsmith.js exits with the code main() returns. One error boundary turns known errors into
// exit codes.
import { Command, CommanderError, InvalidArgumentError, Option, type OptionValues } from "@commander-js/extra-typings";
import { commanderMessage, localizedHelp } from "./cli-help.js";
import { EXIT, UsageError, UserError } from "./errors.js";
import { langFromArgv, LANGS, parseLang, setExplicitLanguage, t, uiLang } from "./i18n/index.js";
import { REPORT_FORMAT_NAMES } from "./report/formats.js";
import { formatList, PROPOSAL_FORMATS } from "./read/formats.js";
import { EXPORT_WRITERS, formatOf, WRITERS } from "./document/writers.js";
import { PRESET_NAMES } from "./llm/presets.js";
import { KINDS } from "./kinds/index.js";
import { packageVersion } from "./util/paths.js";

/** Each writer's file extension and name, for the -o help. */
const writerList = () => WRITERS.map((w) => ({ extension: w.extensions[0]!, title: w.title[uiLang()] }));

function endpointOptions<Args extends unknown[], Opts extends OptionValues>(command: Command<Args, Opts>) {
  return command
    .option("--provider <name>", t("cli.endpoint.provider", { presets: PRESET_NAMES.join(", ") }))
    .option("--model <name>", t("cli.endpoint.model"))
    .option("--base-url <url>", t("cli.endpoint.baseUrl"))
    .option("--api-key-env <NAME>", t("cli.endpoint.apiKeyEnv"))
    .option("--timeout <seconds>", t("cli.endpoint.timeout"), parsePositive("--timeout"))
    .option("--max-retries <n>", t("cli.endpoint.maxRetries"), parseRetries)
    .option("--no-cache", t("cli.endpoint.noCache"));
}

// The parsers throw commander's InvalidArgumentError, so commander names the command that refused
// the value and the message ends with that command's --help (commanderMessage).
function parsePositive(flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(t("common.expectedPositive", { flag, value }));
    return n;
  };
}

function parseRetries(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new InvalidArgumentError(t("cli.value.retries", { flag: "--max-retries", value }));
  return n;
}

function parseCount(flag: string, max = 64) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(t("common.expectedCount", { flag, max, value }));
    return n;
  };
}

function parseScore(flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(t("cli.value.score", { flag, value }));
    return n;
  };
}

/** A limit where 0 means none: --max-annotations. */
function parseLimit(flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(t("report.expectedLimit", { flag, value }));
    return n;
  };
}

/** A repeatable option's values, in the order given. */
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

// Built after the run's language is known (main() sets it first): every description is in it.
function newProgram() {
  return new Command("grantsmith")
    .description(t("cli.program.description"))
    .version(packageVersion(), "-V, --version", t("cli.program.version"))
    .helpOption("-h, --help", t("cli.help.option"))
    .helpCommand("help [command]", t("cli.help.command"))
    .configureHelp(localizedHelp)
    // The language of messages; main() has read it from argv already. Before or after the command.
    .addOption(new Option("--lang <lang>", t("cli.program.lang")).choices(LANGS))
    .showSuggestionAfterError()
    .addHelpText("after", t("cli.program.after"));
}

/** Every command with its arguments and options, not yet given an action. */
function declareCommands(program: ReturnType<typeof newProgram>) {
  // The program's --lang takes the value wherever it is on the line (see buildProgram); this one
  // declares init's meaning of it (the proposal's language) and its default.
  const init = program
    .command("init")
    .description(t("cli.init.description"))
    .argument("[file]", t("cli.init.file"))
    .addOption(new Option("--lang <lang>", t("cli.init.lang")).choices(["zh", "en"]).default("zh"))
    .addOption(
      new Option("--kind <kind>", t("cli.init.kind"))
        .choices(KINDS)
        .default("standard"),
    )
    .option("-f, --force", t("cli.init.force"))
    .option("-i, --interactive", t("cli.init.interactive"))
    .option("--org <file>", t("cli.init.org"));

  const check = program
    .command("check")
    .description(t("cli.check.description"))
    .argument("<facts...>", t("cli.option.factsFiles"))
    .option("-q, --quiet", t("cli.check.quiet"))
    .option("--fix", t("cli.check.fix"))
    .option("-y, --yes", t("cli.check.yes"));

  const draft = endpointOptions(
    program
      .command("draft")
      .description(t("cli.draft.description"))
      .argument("<facts...>", t("cli.option.factsFiles"))
      .option("-o, --output <file>", t("cli.draft.output", { writers: writerList() }))
      .option("--to <format>", t("cli.draft.to", { formats: WRITERS.map(formatOf) }))
      .option("--reference-doc <file>", t("cli.option.referenceDoc"))
      .option("--form <file>", t("cli.draft.form"))
      .option("--offline", t("cli.draft.offline"))
      .option("--concurrency <n>", t("cli.draft.concurrency"), parseCount("--concurrency"))
      .option("-f, --force", t("cli.option.forceOutput"))
      .option("--resume", t("cli.draft.resume"))
      .option("--batch", t("cli.draft.batch"))
      .option("--batch-id <id>", t("cli.score.batchId"))
      .option("--poll-interval <seconds>", t("cli.score.pollInterval"), parsePositive("--poll-interval"))
      .option("--no-score", t("cli.draft.noScore"))
      .addOption(new Option("--format <format>", t("cli.draft.format")).choices(["text", "json"]).default("text"))
      .option("-q, --quiet", t("cli.option.quietProgress")),
  );

  const score = endpointOptions(
    program
      .command("score")
      .description(t("cli.score.description"))
      .argument("<paths...>", t("cli.score.paths", { extensions: formatList(PROPOSAL_FORMATS, uiLang()) }))
      .option("--rubric <id|file>", t("cli.score.rubric"))
      .option("--facts <file>", t("cli.score.facts"))
      .option("--judge", t("cli.score.judge"))
      .option("--judge-samples <n>", t("cli.score.judgeSamples"), parseCount("--judge-samples", 9), 1)
      .option("--funder <file>", t("cli.score.funder"))
      .option("--min-score <n>", t("cli.score.minScore"), parseScore("--min-score"))
      .addOption(
        new Option("--fail-on <level>", t("cli.score.failOn"))
          .choices(["error", "warning", "never"])
          .default("never"),
      )
      .addOption(
        new Option("--format <format>", t("cli.score.format"))
          .choices(REPORT_FORMAT_NAMES)
          .default("text"),
      )
      .option("-o, --output <file>", t("cli.score.output"))
      .option("-f, --force", t("cli.score.force"))
      .option("--concurrency <n>", t("cli.score.concurrency"), parseCount("--concurrency", 256))
      .option("--time-limit <seconds>", t("cli.score.timeLimit"), parsePositive("--time-limit"))
      .option("--batch", t("cli.score.batch"))
      .option("--batch-id <id>", t("cli.score.batchId"))
      .option("--poll-interval <seconds>", t("cli.score.pollInterval"), parsePositive("--poll-interval"))
      .option("--exclude <glob>", t("report.help.exclude"), collect)
      .addOption(new Option("--sort <order>", t("report.help.sort")).choices(["score", "name"]))
      .option("--summary", t("report.help.summary"))
      .option("--max-annotations <n>", t("report.help.maxAnnotations"), parseLimit("--max-annotations"))
      .option("--max-annotations-per-file <n>", t("report.help.maxAnnotationsPerFile"), parseLimit("--max-annotations-per-file"))
      .option("-q, --quiet", t("cli.option.quietProgress")),
  );

  const revise = endpointOptions(
    program
      .command("revise")
      .description(t("cli.revise.description"))
      .argument("<proposal>", t("cli.revise.proposal"))
      .requiredOption("--facts <file>", t("cli.revise.facts"))
      .option("--rubric <id|file>", t("cli.option.rubric"))
      .option("--rounds <n>", t("cli.revise.rounds"), parseCount("--rounds", 10), 2)
      .option("--target <score>", t("cli.revise.target"), parseScore("--target"))
      .option("-o, --output <file>", t("cli.revise.output", { writers: writerList() }))
      .option("--to <format>", t("cli.revise.to", { formats: WRITERS.map(formatOf) }))
      .option("--reference-doc <file>", t("cli.option.referenceDoc"))
      .option("--form <file>", t("cli.revise.form"))
      .option("-f, --force", t("cli.option.forceOutput"))
      .option("--dry-run", t("cli.revise.dryRun"))
      .option("--offline", t("cli.revise.offline"))
      .option("--concurrency <n>", t("cli.revise.concurrency"), parseCount("--concurrency"), 4)
      .addOption(new Option("--format <format>", t("cli.revise.format")).choices(["text", "json"]).default("text"))
      .option("-q, --quiet", t("cli.option.quietProgress")),
  );

  const exportCommand = program
    .command("export")
    .description(t("cli.export.description"))
    .argument("<proposal>", t("cli.export.proposal"))
    .requiredOption("--to <format>", t("cli.export.to", { formats: EXPORT_WRITERS.map((w) => ({ format: formatOf(w), title: w.title[uiLang()] })) }))
    .option("-o, --output <file>", t("cli.export.output"))
    .option("--reference-doc <file>", t("cli.option.referenceDoc"))
    .option("-f, --force", t("cli.option.forceOutput"));

  const rubrics = program
    .command("rubrics")
    .description(t("cli.rubrics.description"))
    .argument("[id]", t("cli.rubrics.id"))
    .option("--json", t("cli.rubrics.json"));

  const templates = program
    .command("templates")
    .description(t("cli.templates.description"))
    .option("--check", t("cli.templates.check"));

  const schema = program
    .command("schema")
    .description(t("cli.schema.description"))
    .argument("[what]", t("cli.schema.what"), "facts");

  const cache = program
    .command("cache")
    .description(t("cli.cache.description"))
    .argument("<action>", t("cli.cache.action"));

  const doctor = endpointOptions(
    program
      .command("doctor")
      .description(t("cli.doctor.description"))
      .option("--ping", t("cli.doctor.ping")),
  );

  return { init, check, draft, score, revise, export: exportCommand, rubrics, templates, schema, cache, doctor };
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
export type DoctorOptions = CommandOptions<"doctor">;

/** The action of every command; commands/index.ts has the real ones, tests pass stubs. */
export type CommandActions = {
  [K in CommandName]: (...args: [...CommandArguments<K>, CommandOptions<K>]) => Promise<void>;
};

export function buildProgram(actions: CommandActions) {
  const program = newProgram();
  const commands = declareCommands(program);
  // The program's --lang takes the value wherever it stands, `init --lang en` included.
  commands.init.action((file, options) => actions.init(file, { ...options, lang: program.opts().lang ?? options.lang }));
  commands.check.action((files, options) => actions.check(files, options));
  commands.draft.action((files, options) => actions.draft(files, options));
  commands.score.action((paths, options) => actions.score(paths, options));
  commands.revise.action((file, options) => actions.revise(file, options));
  commands.export.action((file, options) => actions.export(file, options));
  commands.rubrics.action((id, options) => actions.rubrics(id, options));
  commands.templates.action((options) => actions.templates(options));
  commands.schema.action((what, options) => actions.schema(what, options));
  commands.cache.action((action, options) => actions.cache(action, options));
  commands.doctor.action((options) => actions.doctor(options));
  return program;
}

function printError(error: UserError): void {
  const lines = [error.message, ...error.details].filter((line) => line.length > 0);
  if (lines.length > 0) process.stderr.write(lines.join("\n") + "\n");
}

/** The first word of the line that names a command (or its alias), if any. */
function commandOnLine(program: Command, argv: readonly string[]): string | undefined {
  const names = new Map(program.commands.flatMap((c) => [c.name(), ...c.aliases()].map((name) => [name, c.name()] as const)));
  for (const word of argv) if (names.has(word)) return names.get(word);
  return undefined;
}

/** Runs one command line and returns the exit code; never exits the process itself. */
export async function main(argv: string[], actions: CommandActions): Promise<number> {
  setExplicitLanguage(langFromArgv(argv) ?? parseLang(process.env.GRANTSMITH_LANG));
  const program = buildProgram(actions);
  // commander's messages are printed below, in the user's language, from their code.
  // Which command refused the line, so its message can name that command's --help.
  let refusedBy: string | undefined;
  // Which command ran, so a value its action refuses (UsageError) names that command's --help too.
  let running: string | undefined;
  program.hook("preAction", (_program, actionCommand) => void (running = actionCommand.name()));
  for (const command of [program, ...program.commands]) {
    command.exitOverride((error) => {
      // The program refuses its own --lang wherever it stands (`init --lang fr`): the command on the
      // line is still the one whose --help lists it.
      refusedBy = command === program ? commandOnLine(program, argv) : command.name();
      throw error;
    });
    command.configureOutput({ outputError: () => undefined });
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") {
        return EXIT.ok;
      }
      process.stderr.write(`${commanderMessage(error, refusedBy)}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError && running !== undefined) {
      process.stderr.write(`${error.message}${t("cli.error.seeHelp", { help: `grantsmith ${running} --help` })}\n`);
      return error.exitCode;
    }
    if (error instanceof UserError) {
      printError(error);
      return error.exitCode;
    }
    process.stderr.write(`${t("cli.error.internal", { stack: (error as Error)?.stack ?? String(error) })}\n`);
    return 70;
  }
}
