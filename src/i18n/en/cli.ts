// English text of the command line itself: the program's and every command's help, commander's own
// titles and errors, option-value errors and the internal-error line (src/cli.ts, src/cli-help.ts).
export const cli = {
  // The program.
  "cli.program.description":
    "Draft charity project proposals (公益项目书) from a small facts file with any OpenAI-compatible model, then score them against a rubric and list the improvements worth the most points.",
  "cli.program.after": `
Quick start:
  grantsmith init my-project.yaml --lang zh   write a commented facts file to fill in
  grantsmith check my-project.yaml            validate it
  grantsmith draft my-project.yaml            write my-project.proposal.md (offline unless a model is configured)
  grantsmith score my-project.proposal.md     total, grade and the improvements worth the most points

Exit codes: 0 ok, 1 quality gate failed, 2 bad input or usage, 3 model endpoint failed, 130 interrupted (143 on SIGTERM, 129 on SIGHUP).`,
  "cli.program.lang": "language of messages and help (default: GRANTSMITH_LANG, then the document's language, then the locale)",
  "cli.program.version": "output the version number",
  "cli.help.option": "display help for command",
  "cli.help.command": "display help for command",

  // commander's titles and the notes it adds to a description.
  "cli.title.usage": "Usage:",
  "cli.title.options": "Options:",
  "cli.title.globalOptions": "Global Options:",
  "cli.title.commands": "Commands:",
  "cli.title.arguments": "Arguments:",
  "cli.note.default": (p: { value: string }) => `default: ${p.value}`,
  "cli.note.choices": (p: { values: string[] }) => `choices: ${p.values.join(", ")}`,
  "cli.note.after": (p: { description: string; notes: string[] }) => (p.description ? `${p.description} (${p.notes.join(", ")})` : `(${p.notes.join(", ")})`),

  // The options of every model-calling command.
  "cli.endpoint.provider": (p: { presets: string }) => `${p.presets} or offline (default: from the environment or config)`,
  "cli.endpoint.model": "model name, e.g. qwen-plus, gpt-4o-mini, deepseek-chat, qwen2.5:7b",
  "cli.endpoint.baseUrl": "OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1",
  "cli.endpoint.apiKeyEnv": "read the API key from this environment variable",
  "cli.endpoint.timeout": "seconds before a request is abandoned (default: 120)",
  "cli.endpoint.maxRetries": "retries of a failed request: rate limit, server error (default: 2)",
  "cli.endpoint.noCache": "always ask the model, never reuse a cached response",

  // Options several commands share.
  "cli.option.referenceDoc":
    "a Word file whose styles part (document defaults and the Normal, Title and Heading 1-3 styles: fonts, sizes, spacing) the .docx takes; its page setup, headers and footers are not taken",
  "cli.option.quietProgress": "no progress on stderr",
  "cli.option.forceOutput": "overwrite an existing output file",
  "cli.option.factsFiles": "facts files (.yaml, .yml or .json)",
  "cli.option.rubric": "built-in rubric id or a rubric YAML file",

  "cli.init.description": "write a commented facts file to fill in",
  "cli.init.file": "where to write it (default: project.yaml; on a terminal, none asks the questions of --interactive)",
  "cli.init.lang": "language of the proposal (and of messages)",
  "cli.init.kind": "kind of proposal",
  "cli.init.interactive": "ask for the essentials one by one, check each answer, write the file and offer to draft it",
  "cli.init.org": "an organisation profile (org.yaml) the new file uses instead of its own organization block",
  "cli.init.force": "overwrite the file if it exists",

  "cli.check.description": "validate facts files and report every problem with file:line:col",
  "cli.check.fix": "rewrite values in canonical form (15万 → 150000), keeping comments; shows the changes and asks first",
  "cli.check.yes": "with --fix: write without asking",
  "cli.check.quiet": "print only problems",

  "cli.draft.description": "draft a complete proposal from a facts file, then score it",
  "cli.draft.output": (p: { writers: readonly { extension: string; title: string }[] }) =>
    `output file: ${p.writers.map((w) => `${w.extension} (${w.title})`).join(", ")}, or - for stdout (default: <facts name>.proposal.md beside the facts)`,
  "cli.draft.to": (p: { formats: readonly string[] }) => `${p.formats.join(" or ")} (default: from -o's extension, else md)`,
  "cli.draft.form": "the funder's own Word form (.docx) to fill in: {{tags}}, content controls, label cells and headings with space under them; writes .docx",
  "cli.score.batch": "with --judge: send the judge's questions as one provider batch job (OpenAI, DashScope: about half the price, answers within hours), then finish from the cache",
  "cli.score.batchId": "with --batch: pick up this batch job instead of sending a new one",
  "cli.score.pollInterval": "with --batch: seconds between checks of the job (default: 30)",
  "cli.draft.batch": "send every section as one provider batch job (OpenAI, DashScope: about half the price, answers within hours), then assemble the draft from the cache",
  "cli.draft.offline": "assemble the narrative from the facts with built-in sentences; no model, no network",
  "cli.draft.concurrency": "sections generated at most at once (default: every section, within the provider's limit)",
  "cli.draft.resume":
    "finish an interrupted draft, generating only the missing sections (a model's finished sections are kept in .grantsmith-state beside the output; with -o -, beside the facts and only once a draft stops)",
  "cli.draft.noScore": "do not score the draft after writing it",

  "cli.score.description": "score proposals (files, folders, globs) against a rubric and list the improvements worth the most points",
  "cli.score.paths": (p: { extensions: string }) => `proposal files (${p.extensions}), folders (searched recursively) or globs`,
  "cli.score.rubric": "built-in rubric id or a rubric YAML file (default: chosen by language and kind)",
  "cli.score.facts": "facts file: list figures the facts do not contain and check the key figures",
  "cli.score.judge": "also ask the configured model the rubric's llm criteria",
  "cli.score.judgeSamples": "ask each judge question n times and use the median",
  "cli.score.funder": "a text or YAML file with the funder's stated priorities, for the judge",
  "cli.score.minScore": "fail (exit 1) when a file scores below n",
  "cli.score.failOn":
    "fail (exit 1) on a finding at this level or above; never: findings do not gate, but a failed must criterion and --min-score still do",
  "cli.score.format": "report format",
  "cli.score.output": "write the report to a file instead of stdout",
  "cli.score.force": "overwrite an existing report file",
  "cli.score.concurrency": "files scored at once (default: the number of cores); with --judge, model requests at once (default 4)",
  "cli.score.timeLimit": "stop the whole run after this many seconds, with exit 124 (for CI)",

  "cli.revise.description": "rewrite the weakest sections with the model and keep a rewrite only if the score goes up",
  "cli.revise.proposal": "the proposal to improve",
  "cli.revise.facts": "the facts file the proposal was written from",
  "cli.revise.rounds": "rounds of rewriting at most",
  "cli.revise.target": "stop once the score reaches this",
  "cli.revise.output": (p: { writers: readonly { extension: string; title: string }[] }) =>
    `output file: ${p.writers.map((w) => w.extension).join(" or ")} (default: <name>.revised.md beside the proposal)`,
  "cli.revise.to": (p: { formats: readonly string[] }) => `${p.formats.join(" or ")} (default: from -o's extension)`,
  "cli.revise.offline": "revise rewrites with a model, so --offline works only with --dry-run (what would be rewritten, no model)",
  "cli.revise.dryRun": "show what would change without writing",
  "cli.revise.concurrency": "sections rewritten at once",
  "cli.revise.format": "summary format on stdout",

  "cli.export.description": "write a Markdown proposal as a Word document, typeset for Chinese or English funders",
  "cli.export.proposal": "the Markdown proposal (.md)",
  "cli.export.to": (p: { formats: readonly { format: string; title: string }[] }) => p.formats.map((f) => f.format).join(" or "),
  "cli.export.output": "output file (default: the proposal's name with .docx, beside it)",

  "cli.rubrics.description": "list the built-in rubrics, or show one",
  "cli.rubrics.id": "rubric id or rubric file",
  "cli.rubrics.json": "print as JSON",

  "cli.templates.description": "list the document templates and prompts, per language and kind",
  "cli.templates.check": "compile every template and prompt and report errors",

  "cli.schema.description": "print a JSON Schema: facts (default), rubric or config",
  "cli.schema.what": "facts, rubric or config",

  "cli.cache.description": "manage the cache of model responses",
  "cli.cache.action": "clear, or path to print where it lives",

  "cli.doctor.description": "show the model configuration and where each setting came from, and check templates and the cache (--ping: the endpoint too)",
  "cli.doctor.ping": "send one tiny request to check that the endpoint answers and the model exists",

  // Bad option values.
  "cli.value.retries": (p: { flag: string; value: string }) => `${p.flag}: expected a whole number from 0 to 10, got "${p.value}"`,
  "cli.value.score": (p: { flag: string; value: string }) => `${p.flag}: expected a score from 0 to 100, got "${p.value}"`,

  // commander's errors, in its own words.
  "cli.error.unknownOption": (p: { option: string }) => `error: unknown option '${p.option}'`,
  "cli.error.unknownCommand": (p: { command: string }) => `error: unknown command '${p.command}'`,
  "cli.error.didYouMean": (p: { suggestion: string }) => ` (did you mean ${p.suggestion}?)`,
  "cli.error.missingArgument": (p: { name: string }) => `error: missing required argument '${p.name}'`,
  "cli.error.optionMissingArgument": (p: { option: string }) => `error: option '${p.option}' argument missing`,
  "cli.error.missingMandatoryOption": (p: { option: string }) => `error: required option '${p.option}' not specified`,
  "cli.error.invalidChoice": (p: { option: string; value: string; choices: string }) =>
    `error: option '${p.option}' argument '${p.value}' is invalid. Allowed choices are ${p.choices}`,
  "cli.error.excessArguments": (p: { command: string; expected: number; got: number }) =>
    `error: too many arguments for '${p.command}': expected ${p.expected} argument${p.expected === 1 ? "" : "s"} but got ${p.got}`,
  "cli.error.seeHelp": (p: { help: string }) => `; see ${p.help}`,
  "cli.error.internal": (p: { stack: string }) =>
    `grantsmith: internal error: ${p.stack}\nThis is a bug in grantsmith; please report it with the command you ran.`,
};
