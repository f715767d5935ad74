// init → check → schema, as a new user runs them.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { factsJsonSchema } from "../../src/facts/schema.js";
import { cleanEnv, REPO_ROOT, runCliInEnglish as runCli } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-e2e-facts-");
});

describe("grantsmith --help and --version", () => {
  it("prints help with every command and exits 0", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const command of ["init", "check", "draft", "score", "revise", "rubrics", "templates", "schema"]) {
      expect(result.stdout).toContain(command);
    }
  });
  it("prints the version from package.json", async () => {
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, "package.json"), "utf8"));
    const result = await runCli(["--version"]);
    expect(result.stdout.trim()).toBe(pkg.version);
  });
  it("rejects an unknown option with exit 2", async () => {
    const result = await runCli(["draft", "--bogus", "x.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--bogus'");
  });
});

describe("grantsmith init and check", () => {
  it("writes a commented file whose first line points at the schema, which check then explains", async () => {
    const file = path.join(dir, "my-project.yaml");
    const init = await runInProcess(["init", file, "--lang", "zh"]);
    expect(init.code).toBe(0);
    const text = await readFile(file, "utf8");
    const first = text.split("\n")[0]!;
    // grantsmith is not installed inside this folder: no path to this machine's copy, but how to get the schema.
    expect(first).toBe("# 编辑器补全与检查：运行 grantsmith schema facts > facts.schema.json，再把本行改为 # yaml-language-server: $schema=./facts.schema.json");

    const check = await runInProcess(["check", file]);
    expect(check.code).toBe(2);
    // The file is Chinese, so check answers in Chinese.
    expect(check.stderr).toContain(`${file}:10:8: title: 必填，但为空；请填写`);
    expect(check.stderr).toMatch(/organization\.name: 必填，但为空/);
    expect(check.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("refuses a file name that is not YAML, naming the one to use, and writes nothing", async () => {
    const file = path.join(dir, "notes.txt");
    const result = await runInProcess(["init", file, "--lang", "zh"], { env: cleanEnv({ GRANTSMITH_LANG: "zh" }) });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`${file}：项目信息文件是 YAML 格式，文件名须以 .yaml 或 .yml 结尾；请运行 grantsmith init ${path.join(dir, "notes.yaml")}`);
    expect(existsSync(file)).toBe(false);
  });

  it("says where else to write in the user's language when the file exists", async () => {
    const file = path.join(dir, "taken.yaml");
    await writeFile(file, "mine\n");
    const again = await runInProcess(["init", file], { env: cleanEnv({ GRANTSMITH_LANG: "zh" }) });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("如要覆盖请加 --force，或用 另一个文件名 写到别处");
  });

  it("refuses to overwrite without --force", async () => {
    const file = path.join(dir, "keep.yaml");
    await writeFile(file, "mine\n");
    const again = await runInProcess(["init", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists; pass --force");
    expect(await readFile(file, "utf8")).toBe("mine\n");
    expect((await runInProcess(["init", file, "--force", "--lang", "en", "--kind", "public-fundraising"])).code).toBe(0);
    expect(await readFile(file, "utf8")).toContain("fundraising:");
  });

  it("passes a filled-in init file for every language and kind", async () => {
    for (const lang of ["zh", "en"]) {
      for (const kind of ["standard", "disaster-relief", "public-fundraising"]) {
        const file = path.join(dir, `filled-${lang}-${kind}.yaml`);
        expect((await runInProcess(["init", file, "--lang", lang, "--kind", kind])).code).toBe(0);
        const filled = (await readFile(file, "utf8"))
          .replace(/^title: ""/m, "title: Test project")
          .replace(/^  name: ""/m, "  name: Test org")
          .replace(/^  problem: ""/m, "  problem: A real problem")
          .replace(/^  - group: ""/m, "  - group: families");
        expect(parse(filled).kind).toBe(kind);
        await writeFile(file, filled);
        const check = await runInProcess(["check", file]);
        expect(check.stderr).toBe(lang === "zh" ? `通过 ${file}（zh，${kind}，1 类受益对象）\n` : `ok ${file} (en, ${kind}, 1 beneficiary group)\n`);
        expect(check.code).toBe(0);
      }
    }
  });

  it("reports errors of several files and exits 2", async () => {
    const good = path.join(dir, "good.yaml");
    await writeFile(good, "title: t\norganization: {name: o}\nneed: {problem: p}\nbeneficiaries: [{group: g, count: 5}]\n");
    const bad = path.join(dir, "bad.yaml");
    await writeFile(bad, "title: t\norganization: {name: o}\nneed: {problem: p}\nbeneficiaries: [{group: g, count: five}]\n");
    const result = await runInProcess(["check", good, bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`ok ${good}`);
    expect(result.stderr).toContain(`${bad}:4:35: beneficiaries[0].count: "five" is not a count; write a number such as 30`);
    expect(result.stderr).toContain("1 of 2 facts files have problems");
  });
});

describe("grantsmith score -o", () => {
  it("refuses an existing report without --force, the proposal itself always, and a folder", async () => {
    const proposal = path.join(dir, "p.md");
    await writeFile(proposal, "# Project\n\n## Statement of Need\n\nChildren need help.\n");
    const report = path.join(dir, "report.json");
    await writeFile(report, "old\n");
    const existing = await runInProcess(["score", proposal, "--format", "json", "-o", report]);
    expect(existing.code).toBe(2);
    expect(existing.stderr).toContain(`${report}: already exists; pass --force`);
    expect(await readFile(report, "utf8")).toBe("old\n");
    const forced = await runInProcess(["score", proposal, "--format", "json", "-o", report, "--force"]);
    expect(JSON.parse(await readFile(report, "utf8")).version).toBe(1);
    expect(forced.stderr).not.toContain("already exists");
    const self = await runInProcess(["score", proposal, "-o", proposal, "--force"]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("is one of this command's input files");
    expect(await readFile(proposal, "utf8")).toContain("Children need help.");
    const folder = await runInProcess(["score", proposal, "-o", dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`${dir}: is a folder; give a file name`);
    expect(folder.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe("grantsmith schema", () => {
  it("prints the facts JSON Schema, which matches the file editors are pointed at", async () => {
    const result = await runInProcess(["schema", "facts"]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.properties.budget).toBeDefined();
    const committed = JSON.parse(await readFile(path.join(REPO_ROOT, "schema", "facts.schema.json"), "utf8"));
    expect(committed).toEqual(factsJsonSchema());
    expect(printed).toEqual(committed);
  });
});

describe("grantsmith templates", () => {
  it("lists the templates and prompts and compiles every one with --check", async () => {
    const result = await runInProcess(["templates", "--check"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("templates/zh/public-fundraising.md.hbs");
    expect(result.stdout).toContain("prompts/en/revise/section.md.hbs");
    for (const label of ["zh standard", "en disaster-relief", "zh judge", "en revise"]) {
      expect(result.stderr).toMatch(new RegExp(`^ok ${label}: \\d+ files compile$`, "m"));
    }
  });
});
