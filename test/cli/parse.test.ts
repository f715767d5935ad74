// Argument parsing, command by command: the exact arguments and options each action receives for a
// command line (defaults included), and what a bad command line gets instead: exit 2 and one line.
// The actions are stubs, so no command runs.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildProgram, main, type CommandActions, type CommandName } from "../../src/cli.js";
import { KINDS } from "../../src/kinds/index.js";
import { setExplicitLanguage } from "../../src/i18n/index.js";

interface Call {
  command: CommandName;
  args: unknown[];
}

function recordingActions(calls: Call[]): CommandActions {
  const record =
    (command: CommandName) =>
    async (...args: unknown[]) =>
      void calls.push({ command, args });
  return {
    init: record("init"),
    check: record("check"),
    draft: record("draft"),
    score: record("score"),
    revise: record("revise"),
    export: record("export"),
    rubrics: record("rubrics"),
    templates: record("templates"),
    schema: record("schema"),
    cache: record("cache"),
    doctor: record("doctor"),
  };
}

let stderr: string;
let stdout: string;
beforeEach(() => {
  // The language of messages follows the locale when no flag says otherwise: these tables are English.
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG", "GRANTSMITH_LANG"]) vi.stubEnv(name, undefined);
  stderr = "";
  stdout = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
});
// main() takes --lang as the process's language; the next test file (files share a worker) must not inherit it.
afterEach(() => {
  vi.restoreAllMocks();
  setExplicitLanguage(undefined);
});

async function parse(line: string): Promise<{ code: number; calls: Call[] }> {
  const calls: Call[] = [];
  const code = await main(line.split(" ").filter((word) => word !== ""), recordingActions(calls));
  return { code, calls };
}

// Every endpoint command gets --cache true unless --no-cache is given.
const endpointDefaults = { cache: true };

const accepted: [string, CommandName, unknown[]][] = [
  ["init", "init", [undefined, { lang: "zh", kind: "standard" }]],
  ["init --interactive --org org.yaml", "init", [undefined, { lang: "zh", kind: "standard", interactive: true, org: "org.yaml" }]],
  ["init p.yaml -i --lang en", "init", ["p.yaml", { lang: "en", kind: "standard", interactive: true }]],
  ["init my.yaml --lang en --kind disaster-relief -f", "init", ["my.yaml", { lang: "en", kind: "disaster-relief", force: true }]],
  ["init --kind public-fundraising --lang zh --lang en", "init", [undefined, { lang: "en", kind: "public-fundraising" }]],
  ["check a.yaml", "check", [["a.yaml"], {}]],
  ["check a.yaml b.json -q", "check", [["a.yaml", "b.json"], { quiet: true }]],
  ["draft f.yaml", "draft", [["f.yaml"], { ...endpointDefaults, score: true, format: "text" }]],
  [
    "draft a.yaml b.yaml --offline --resume -f -q --no-score --concurrency 64",
    "draft",
    [["a.yaml", "b.yaml"], { ...endpointDefaults, offline: true, resume: true, force: true, quiet: true, score: false, concurrency: 64, format: "text" }],
  ],
  ["draft a.yaml b.yaml --batch --batch-id batch_1 --poll-interval 60", "draft", [["a.yaml", "b.yaml"], { ...endpointDefaults, score: true, batch: true, batchId: "batch_1", pollInterval: 60, format: "text" }]],
  [
    "draft f.yaml -o - --provider ollama --model a --model b --base-url http://127.0.0.1:8000/v1 --api-key-env MY_KEY --timeout 2.5 --max-retries 0 --no-cache",
    "draft",
    [
      ["f.yaml"],
      {
        output: "-",
        provider: "ollama",
        model: "b",
        baseUrl: "http://127.0.0.1:8000/v1",
        apiKeyEnv: "MY_KEY",
        timeout: 2.5,
        maxRetries: 0,
        cache: false,
        score: true,
        format: "text",
      },
    ],
  ],
  ["score p.md", "score", [["p.md"], { ...endpointDefaults, judgeSamples: 1, failOn: "never", format: "text" }]],
  [
    "score docs *.md --rubric zh-standard --facts f.yaml --min-score 60 --fail-on warning --format json -o r.json -f -q --concurrency 256",
    "score",
    [
      ["docs", "*.md"],
      {
        ...endpointDefaults,
        rubric: "zh-standard",
        facts: "f.yaml",
        minScore: 60,
        failOn: "warning",
        format: "json",
        output: "r.json",
        force: true,
        quiet: true,
        concurrency: 256,
        judgeSamples: 1,
      },
    ],
  ],
  [
    "score p.md --judge --judge-samples 9 --funder f.txt --format csv --format sarif",
    "score",
    [["p.md"], { ...endpointDefaults, judge: true, judgeSamples: 9, funder: "f.txt", failOn: "never", format: "sarif" }],
  ],
  [
    "score docs --judge --batch --batch-id batch_abc --poll-interval 0.5",
    "score",
    [["docs"], { ...endpointDefaults, judge: true, judgeSamples: 1, batch: true, batchId: "batch_abc", pollInterval: 0.5, failOn: "never", format: "text" }],
  ],
  ["export p.md --to docx", "export", ["p.md", { to: "docx" }]],
  [
    "export p.md --to docx -o out.docx --reference-doc s.docx -f",
    "export",
    ["p.md", { to: "docx", output: "out.docx", referenceDoc: "s.docx", force: true }],
  ],
  ["draft f.yaml --to docx --reference-doc s.docx", "draft", [["f.yaml"], { ...endpointDefaults, to: "docx", referenceDoc: "s.docx", score: true, format: "text" }]],
  ["score p.md --time-limit 30", "score", [["p.md"], { ...endpointDefaults, timeLimit: 30, judgeSamples: 1, failOn: "never", format: "text" }]],
  [
    "score dir --exclude 'drafts/**' --exclude *.old.md --sort name --summary --format jsonl --max-annotations 10 --max-annotations-per-file 0",
    "score",
    [["dir"], { ...endpointDefaults, exclude: ["'drafts/**'", "*.old.md"], sort: "name", summary: true, maxAnnotations: 10, maxAnnotationsPerFile: 0, judgeSamples: 1, failOn: "never", format: "jsonl" }],
  ],
  ["revise p.md --facts f.yaml", "revise", ["p.md", { ...endpointDefaults, facts: "f.yaml", rounds: 2, concurrency: 4, format: "text" }]],
  [
    "revise p.md --facts f.yaml --form call.docx -o out.docx",
    "revise",
    ["p.md", { ...endpointDefaults, facts: "f.yaml", form: "call.docx", output: "out.docx", rounds: 2, concurrency: 4, format: "text" }],
  ],
  ["draft f.yaml --form call.docx --format json", "draft", [["f.yaml"], { ...endpointDefaults, form: "call.docx", score: true, format: "json" }]],
  [
    "revise p.md --facts f.yaml --rubric r.yaml --rounds 10 --target 85.5 -o out.md -f --dry-run --concurrency 1 --format json -q",
    "revise",
    [
      "p.md",
      {
        ...endpointDefaults,
        facts: "f.yaml",
        rubric: "r.yaml",
        rounds: 10,
        target: 85.5,
        output: "out.md",
        force: true,
        dryRun: true,
        concurrency: 1,
        format: "json",
        quiet: true,
      },
    ],
  ],
  ["rubrics", "rubrics", [undefined, {}]],
  ["rubrics zh-standard --json", "rubrics", ["zh-standard", { json: true }]],
  ["templates", "templates", [{}]],
  ["templates --check", "templates", [{ check: true }]],
  ["schema", "schema", ["facts", {}]],
  ["schema rubric", "schema", ["rubric", {}]],
  ["cache clear", "cache", ["clear", {}]],
  ["doctor", "doctor", [{ ...endpointDefaults }]],
  [
    "doctor --ping --provider ollama --model qwen2.5:7b --base-url http://127.0.0.1:11434/v1 --api-key-env MY_KEY --timeout 5 --max-retries 0 --no-cache",
    "doctor",
    [{ ping: true, provider: "ollama", model: "qwen2.5:7b", baseUrl: "http://127.0.0.1:11434/v1", apiKeyEnv: "MY_KEY", timeout: 5, maxRetries: 0, cache: false }],
  ],
  // The global --lang, before or after the command: the program takes it; only init reads it too.
  ["--lang en check a.yaml", "check", [["a.yaml"], {}]],
  ["check a.yaml --lang zh", "check", [["a.yaml"], {}]],
  ["--lang en init", "init", [undefined, { lang: "en", kind: "standard" }]],
  ["doctor --lang=en --ping", "doctor", [{ ...endpointDefaults, ping: true }]],
];

describe("each command's action receives its arguments and options", () => {
  it("the table covers every command the program declares", () => {
    const declared = buildProgram(recordingActions([])).commands.map((command) => command.name());
    expect(new Set(accepted.map(([, command]) => command))).toEqual(new Set(declared));
  });

  it.each(accepted)("grantsmith %s", async (line, command, args) => {
    const { code, calls } = await parse(line);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.command).toBe(command);
    expect(calls[0]!.args).toEqual(args);
  });
});

// Bad values: exit 2, one line on stderr that names the flag and ends with the refusing command's
// --help, and no action runs.
const rejected: [string, string][] = [
  ["init --kind grant", `option '--kind <kind>' argument 'grant' is invalid. Allowed choices are ${KINDS.join(", ")}; see grantsmith init --help`],
  ["init --lang fr", "option '--lang <lang>' argument 'fr' is invalid. Allowed choices are zh, en; see grantsmith init --help"],
  ["draft f.yaml --concurrency 0", '--concurrency: expected a whole number from 1 to 64, got "0"; see grantsmith draft --help'],
  ["draft f.yaml --concurrency 2.5", '--concurrency: expected a whole number from 1 to 64, got "2.5"; see grantsmith draft --help'],
  ["draft f.yaml --timeout -1", '--timeout: expected a positive number, got "-1"; see grantsmith draft --help'],
  ["draft f.yaml --max-retries 11", '--max-retries: expected a whole number from 0 to 10, got "11"; see grantsmith draft --help'],
  ["score p.md --format xml", "option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json, jsonl, markdown, junit, sarif, github, csv; see grantsmith score --help"],
  ["score p.md --fail-on info", "option '--fail-on <level>' argument 'info' is invalid. Allowed choices are error, warning, never; see grantsmith score --help"],
  ["score p.md --min-score 101", '--min-score: expected a score from 0 to 100, got "101"; see grantsmith score --help'],
  ["score p.md --judge-samples 10", '--judge-samples: expected a whole number from 1 to 9, got "10"; see grantsmith score --help'],
  ["score p.md --concurrency 257", '--concurrency: expected a whole number from 1 to 256, got "257"; see grantsmith score --help'],
  ["score p.md --time-limit 0", '--time-limit: expected a positive number, got "0"; see grantsmith score --help'],
  ["score p.md --sort rank", "option '--sort <order>' argument 'rank' is invalid. Allowed choices are score, name; see grantsmith score --help"],
  ["score p.md --max-annotations -1", '--max-annotations: expected a whole number (0 for no limit), got "-1"; see grantsmith score --help'],
  ["revise p.md", "required option '--facts <file>' not specified; see grantsmith revise --help"],
  ["export p.md", "required option '--to <format>' not specified; see grantsmith export --help"],
  ["revise p.md --facts f.yaml --rounds 11", '--rounds: expected a whole number from 1 to 10, got "11"; see grantsmith revise --help'],
  ["revise p.md --facts f.yaml --target high", '--target: expected a score from 0 to 100, got "high"; see grantsmith revise --help'],
  ["revise p.md --facts f.yaml --format csv", "option '--format <format>' argument 'csv' is invalid. Allowed choices are text, json; see grantsmith revise --help"],
  ["draft f.yaml --format csv", "option '--format <format>' argument 'csv' is invalid. Allowed choices are text, json; see grantsmith draft --help"],
  ["check", "missing required argument 'facts'; see grantsmith check --help"],
  ["cache", "missing required argument 'action'; see grantsmith cache --help"],
  ["draft", "missing required argument 'facts'; see grantsmith draft --help"],
  ["doctor --timeout 0", '--timeout: expected a positive number, got "0"; see grantsmith doctor --help'],
  ["--lang fr check a.yaml", "option '--lang <lang>' argument 'fr' is invalid. Allowed choices are zh, en; see grantsmith check --help"],
  ["--lang fr", "option '--lang <lang>' argument 'fr' is invalid. Allowed choices are zh, en; see grantsmith --help"],
  ["draft f.yaml --model", "option '--model <name>' argument missing; see grantsmith draft --help"],
  ["draft f.yaml --forse", "error: unknown option '--forse' (did you mean --force?); see grantsmith draft --help"],
  ["scroe p.md", "error: unknown command 'scroe' (did you mean score?); see grantsmith --help"],
  ["rubrics a b", "too many arguments for 'rubrics': expected 1 argument but got 2; see grantsmith rubrics --help"],
];

// The same mistakes with --lang zh: commander's errors and the value errors in Chinese, one line each.
const rejectedInChinese: [string, string][] = [
  ["--lang zh drat f.yaml", "错误：未知命令 drat（您是不是想用 draft？）；请运行 grantsmith --help 查看用法"],
  ["draft f.yaml --bogus --lang zh", "错误：未知选项 --bogus；请运行 grantsmith draft --help 查看用法"],
  ["--lang zh draft f.yaml --forse", "错误：未知选项 --forse（您是不是想用 --force？）；请运行 grantsmith draft --help 查看用法"],
  ["--lang zh check", "错误：缺少必需的参数 facts；请运行 grantsmith check --help 查看用法"],
  ["--lang zh revise p.md", "错误：必须提供选项 --facts <file>；请运行 grantsmith revise --help 查看用法"],
  ["--lang zh draft f.yaml --model", "错误：选项 --model <name> 缺少取值；请运行 grantsmith draft --help 查看用法"],
  ["--lang zh score p.md --format xml", "错误：选项 --format <format> 的取值“xml”无效，可选值为 text、json、jsonl、markdown、junit、sarif、github、csv；请运行 grantsmith score --help 查看用法"],
  ["--lang zh rubrics a b", "错误：rubrics 的参数过多，应为 1 个，实际为 2 个；请运行 grantsmith rubrics --help 查看用法"],
  ["--lang zh draft f.yaml --timeout -1", "--timeout：应为正数，实际为“-1”；请运行 grantsmith draft --help 查看用法"],
  ["--lang zh draft f.yaml --concurrency 0", "--concurrency：应为 1 到 64 之间的整数，实际为“0”；请运行 grantsmith draft --help 查看用法"],
  ["--lang zh draft f.yaml --max-retries 11", "--max-retries：应为 0 到 10 之间的整数，实际为“11”；请运行 grantsmith draft --help 查看用法"],
  ["--lang zh score p.md --min-score 101", "--min-score：应为 0 到 100 之间的分数，实际为“101”；请运行 grantsmith score --help 查看用法"],
  ["init --lang zh --kind grant", `错误：选项 --kind <kind> 的取值“grant”无效，可选值为 ${KINDS.join("、")}；请运行 grantsmith init --help 查看用法`],
];

describe("a bad command line is told in the user's language", () => {
  it.each(rejectedInChinese)("grantsmith %s", async (line, message) => {
    const { code, calls } = await parse(line);
    expect(code).toBe(2);
    expect(calls).toEqual([]);
    expect(stderr).toBe(`${message}\n`);
  });

  it("follows the locale when no flag is given, and the flag over the locale", async () => {
    vi.stubEnv("LANG", "zh_CN.UTF-8");
    expect((await parse("check")).code).toBe(2);
    expect(stderr).toBe("错误：缺少必需的参数 facts；请运行 grantsmith check --help 查看用法\n");
    stderr = "";
    await parse("check --lang en");
    expect(stderr).toBe("error: missing required argument 'facts'; see grantsmith check --help\n");
  });
});

describe("a bad command line exits 2 with one line", () => {
  it.each(rejected)("grantsmith %s", async (line, message) => {
    const { code, calls } = await parse(line);
    expect(code).toBe(2);
    expect(calls).toEqual([]);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  // Every option with choices of every command, the program's --lang included (it is parsed by the
  // program wherever it stands): the hint names the command on the line, whose help lists the option.
  const program = buildProgram(recordingActions([]));
  const choiceOptions = program.commands.flatMap((command) => {
    const flags = [...command.options, ...program.options].filter((option) => option.argChoices).map((option) => option.long!);
    return [...new Set(flags)].map((flag) => [command.name(), flag] as const);
  });
  it.each(choiceOptions)("grantsmith %s %s bogus: the hint names the command's own --help", async (command, flag) => {
    const { code, calls } = await parse(`${command} ${flag} bogus`);
    expect(code).toBe(2);
    expect(calls).toEqual([]);
    expect(stderr).toMatch(new RegExp(`^error: option '${flag} <\\w+>' argument 'bogus' is invalid\\. .*; see grantsmith ${command} --help\\n$`));
  });

  it("a value the action refuses (an unknown schema) ends with that command's --help too, in zh and en", async () => {
    const { commandActions } = await import("../../src/commands/index.js");
    expect(await main(["schema", "form"], commandActions)).toBe(2);
    expect(stderr).toBe('schema: unknown schema "form"; choose facts, rubric, config or org; see grantsmith schema --help\n');
    stderr = "";
    expect(await main(["--lang", "zh", "schema", "form"], commandActions)).toBe(2);
    expect(stderr).toBe("schema：未知的 schema“form”；可选 facts、rubric、config 或 org；请运行 grantsmith schema --help 查看用法\n");
  });

  it("an unknown option or command exits 2 and says which", async () => {
    const option = await parse("draft f.yaml --bogus");
    expect(option.code).toBe(2);
    expect(stderr).toContain("unknown option '--bogus'");
    stderr = "";
    const command = await parse("drat f.yaml");
    expect(command.code).toBe(2);
    expect(stderr).toContain("unknown command 'drat'");
    expect([...option.calls, ...command.calls]).toEqual([]);
  });
});

describe("help and version", () => {
  it("print on stdout, exit 0 and run no action", async () => {
    const help = await parse("--help");
    expect(help.code).toBe(0);
    expect(stdout).toContain("Usage: grantsmith");
    expect(stdout).toContain("Exit codes:");
    stdout = "";
    const commandHelp = await parse("score --help");
    expect(commandHelp.code).toBe(0);
    expect(stdout).toContain("--fail-on <level>");
    stdout = "";
    const version = await parse("--version");
    expect(version.code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect([...help.calls, ...commandHelp.calls, ...version.calls]).toEqual([]);
  });
});

describe("help in the user's language", () => {
  it("translates commander's titles, notes and every description", async () => {
    await parse("--lang zh --help");
    expect(stdout).toMatch(/^用法：grantsmith /);
    for (const text of ["选项：", "命令：", "显示命令帮助", "显示版本号", "快速上手：", "退出码：", "doctor"]) expect(stdout).toContain(text);
    stdout = "";
    await parse("score --help --lang zh");
    for (const text of ["用法：grantsmith score", "参数：", "选项：", "全局选项："]) expect(stdout).toContain(text);
    // Wrapped between characters, as Chinese is.
    expect(stdout.replace(/\s+/g, "")).toContain("（可选：\"error\"、\"warning\"、\"never\"；默认：\"never\"）");
    expect(stdout).not.toMatch(/Usage:|Options:|Arguments:|display help|default:|choices:/);
  });

  it("keeps every line of every command's help within 80 columns, a Chinese character counting two", async () => {
    const { displayWidth } = await import("../../src/cli-help.js");
    const names = buildProgram(recordingActions([])).commands.map((command) => command.name());
    for (const lang of ["zh", "en"]) {
      for (const name of names) {
        stdout = "";
        await parse(`${name} --help --lang ${lang}`);
        for (const line of stdout.split("\n")) expect(displayWidth(line), `${lang} ${name}: ${line}`).toBeLessThanOrEqual(80);
      }
    }
  });

  it("shows init's own --lang in init's help, not the global one beside it", async () => {
    await parse("init --help");
    expect(stdout.match(/--lang <lang>/g)).toHaveLength(1);
    expect(stdout).toContain("language of the proposal (and of messages)");
  });
});

describe("the error boundary", () => {
  it("turns a command's UserError into its exit code and message, and anything else into 70", async () => {
    const { UserError } = await import("../../src/errors.js");
    const actions = recordingActions([]);
    actions.check = async () => {
      throw new UserError("facts.yaml:3:1: title: required", 2, ["facts.yaml:4:1: budget: expected a number"]);
    };
    expect(await main(["check", "facts.yaml"], actions)).toBe(2);
    expect(stderr).toBe("facts.yaml:3:1: title: required\nfacts.yaml:4:1: budget: expected a number\n");
    stderr = "";
    actions.check = async () => {
      throw new TypeError("boom");
    };
    expect(await main(["check", "facts.yaml"], actions)).toBe(70);
    expect(stderr).toContain("grantsmith: internal error: TypeError: boom");
  });
});
