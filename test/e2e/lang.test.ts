// The built binary speaks the user's language: with a Chinese locale its help, commander's usage
// errors and the option-value errors are Chinese; --lang en (before or after the command) and
// GRANTSMITH_LANG win over the locale.
import { describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "../helpers/run-cli.js";

const ZH_LOCALE = { LANG: "zh_CN.UTF-8" };
const run = (args: string[], env: Record<string, string | undefined> = ZH_LOCALE) => runCli(args, { env: cleanEnv(env) });
const CHINESE = /[\u4e00-\u9fff]/;

describe("with LANG=zh_CN.UTF-8", () => {
  it("--help is Chinese, commander's titles included", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^用法：grantsmith \[options\] \[command\]\n/);
    for (const text of ["选项：", "命令：", "起草一份完整的项目书", "显示命令帮助", "快速上手：", "退出码：0 成功"]) expect(result.stdout).toContain(text);
    expect(result.stdout).not.toMatch(/Usage:|Options:|Commands:|display help|Quick start|Exit codes/);
  });

  it("score --help is Chinese", async () => {
    const result = await run(["score", "--help"]);
    expect(result.code).toBe(0);
    for (const text of ["用法：grantsmith score", "参数：", "选项：", "全局选项：", "报告格式", "默认："]) expect(result.stdout).toContain(text);
    expect(result.stdout).not.toMatch(/Arguments:|Options:|report format|default:|choices:/);
  });

  it("a usage error is one Chinese line, exit 2", async () => {
    const unknown = await run(["draft", "f.yaml", "--bogus"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("错误：未知选项 --bogus；请运行 grantsmith draft --help 查看用法\n");
    const command = await run(["scroe", "p.md"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe("错误：未知命令 scroe（您是不是想用 score？）；请运行 grantsmith --help 查看用法\n");
  });

  it("a bad option value is one Chinese line, exit 2", async () => {
    const result = await run(["score", "p.md", "--min-score", "101"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("--min-score：应为 0 到 100 之间的分数，实际为“101”；请运行 grantsmith score --help 查看用法\n");
    expect(result.stdout).toBe("");
  });
});

describe("with --lang en over a Chinese locale", () => {
  it("--help is English, the flag before or after the command", async () => {
    const before = await run(["--lang", "en", "--help"]);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/^Usage: grantsmith \[options\] \[command\]\n/);
    for (const text of ["Options:", "Commands:", "display help for command", "Quick start:"]) expect(before.stdout).toContain(text);
    // The one Chinese word in it is the name of what the program writes.
    expect(before.stdout.replace("公益项目书", "")).not.toMatch(CHINESE);
    const after = await run(["score", "--help", "--lang", "en"]);
    expect(after.code).toBe(0);
    for (const text of ["Usage: grantsmith score", "Arguments:", "Global Options:", "report format"]) expect(after.stdout).toContain(text);
    expect(after.stdout.replace(/\s+/g, " ")).toContain('(choices: "error", "warning", "never", default: "never")');
    expect(after.stdout).not.toMatch(CHINESE);
  });

  it("a usage error and a bad value are English", async () => {
    const unknown = await run(["draft", "f.yaml", "--bogus", "--lang=en"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("error: unknown option '--bogus'; see grantsmith draft --help\n");
    const missing = await run(["--lang", "en", "revise", "p.md"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("error: required option '--facts <file>' not specified; see grantsmith revise --help\n");
    const value = await run(["score", "p.md", "--lang", "en", "--min-score", "101"]);
    expect(value.code).toBe(2);
    expect(value.stderr).toBe('--min-score: expected a score from 0 to 100, got "101"; see grantsmith score --help\n');
  });
});

describe("the order of the language settings", () => {
  it("GRANTSMITH_LANG wins over the locale, and LC_ALL over LANG", async () => {
    const variable = await run(["check"], { LANG: "en_US.UTF-8", GRANTSMITH_LANG: "zh" });
    expect(variable.stderr).toBe("错误：缺少必需的参数 facts；请运行 grantsmith check --help 查看用法\n");
    const lcAll = await run(["check"], { LANG: "zh_CN.UTF-8", LC_ALL: "en_US.UTF-8" });
    expect(lcAll.stderr).toBe("error: missing required argument 'facts'; see grantsmith check --help\n");
  });

  it("init --lang en is the proposal's language and the messages' too", async () => {
    const result = await run(["init", "--lang", "en", "--kind", "grant"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: option '--kind <kind>' argument 'grant' is invalid\. Allowed choices are .+; see grantsmith init --help\n$/);
  });
});
