// The CI recipes run as written: the composite action's shell steps (action.yml) and the
// pre-commit hooks (.pre-commit-hooks.yaml) are read with the yaml package, their inputs filled in
// as GitHub and pre-commit would, and their commands run against fixtures with the built CLI as
// `grantsmith` on the PATH. (Installing the package itself is test/ci/package.sh, run by .ci/run.)
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BIN, cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { tempDirSync } from "../helpers/temp.js";

interface Step { name?: string; id?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; if?: string }
interface Action { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } }
interface Hook { id: string; entry: string; args?: string[]; files: string; exclude?: string; language: string }

const fixtures = path.join(REPO_ROOT, "test", "fixtures", "proposals");
const action = parse(readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8")) as Action;
const hooks = parse(readFileSync(path.join(REPO_ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];

let shimDir: string;
beforeAll(() => {
  // `grantsmith` as the installed package gives it: the built CLI.
  shimDir = tempDirSync("grantsmith-shim-");
  const shim = path.join(shimDir, "grantsmith");
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
});

/** A repository with two proposals (one passes, one fails the gate) and a README. */
function repository(): string {
  const dir = tempDirSync("grantsmith-repo-");
  mkdirSync(path.join(dir, "proposals", "archive"), { recursive: true });
  copyFileSync(path.join(fixtures, "zh-complete.md"), path.join(dir, "proposals", "社区助餐.md"));
  copyFileSync(path.join(fixtures, "en-sparse.md"), path.join(dir, "proposals", "reading-corners.md"));
  copyFileSync(path.join(fixtures, "en-sparse.md"), path.join(dir, "proposals", "archive", "old.md"));
  writeFileSync(path.join(dir, "proposals", "README.md"), "# Proposals\n\nOne file per application.\n");
  return dir;
}

/** `${{ inputs.x }}`, `${{ github.action_path }}`, `${{ runner.temp }}` as the runner fills them. */
function expand(value: string, inputs: Record<string, string>, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_m, name: string) => {
    if (name.startsWith("inputs.")) {
      const key = name.slice("inputs.".length);
      return inputs[key] ?? action.inputs[key]?.default ?? "";
    }
    if (!(name in context)) throw new Error(`action.yml uses \${{ ${name} }}, which the test does not provide`);
    return context[name]!;
  });
}

function runStep(step: Step, inputs: Record<string, string>, cwd: string, { actionPath = REPO_ROOT, bin = [shimDir] } = {}) {
  const temp = tempDirSync("grantsmith-runner-");
  const files = { GITHUB_STEP_SUMMARY: path.join(temp, "summary.md"), GITHUB_OUTPUT: path.join(temp, "output") };
  for (const file of Object.values(files)) writeFileSync(file, "");
  const context = { "github.action_path": actionPath, "runner.temp": temp };
  const env = cleanEnv({ PATH: [...bin, process.env.PATH].join(path.delimiter), ...files, GITHUB_ACTION_PATH: actionPath });
  for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(String(value), inputs, context);
  const result = spawnSync("bash", ["-c", step.run!], { cwd, env, encoding: "utf8" });
  return { ...result, summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"), output: readFileSync(files.GITHUB_OUTPUT, "utf8") };
}

describe("action.yml", () => {
  const score = action.runs.steps.find((s) => s.id === "score")!;

  it("is a composite action: Node set up, grantsmith installed, scored, SARIF uploaded when asked", () => {
    expect(action.runs.using).toBe("composite");
    const steps = action.runs.steps;
    expect(steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(steps.find((s) => s.name === "Install grantsmith")?.run).toContain("npm install --global");
    expect(score.run).toContain("grantsmith score");
    expect(steps.at(-1)!.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(["paths", "rubric", "min-score", "fail-on", "format", "upload-sarif"]));
    // Every shell step names its shell (a composite action requires it).
    for (const step of steps.filter((s) => s.run)) expect(step.shell).toBe("bash");
  });

  it("installs grantsmith from the action's own checkout: built, packed and installed globally, no registry name", () => {
    const install = action.runs.steps.find((s) => s.name === "Install grantsmith")!;
    // The checkout `uses:` fetched, and an npm that records what it is asked.
    const checkout = tempDirSync("grantsmith-action-");
    const fake = tempDirSync("grantsmith-fake-npm-");
    const log = path.join(fake, "npm.log");
    writeFileSync(
      path.join(fake, "npm"),
      `#!/bin/sh\necho "$PWD|$*" >> "${log}"\n[ "$1" = pack ] && echo grantsmith-9.9.9.tgz\nexit 0\n`,
    );
    chmodSync(path.join(fake, "npm"), 0o755);
    const run = runStep(install, {}, repository(), { actionPath: checkout, bin: [fake, shimDir] });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).version);
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual([
      `${checkout}|ci --no-audit --no-fund`,
      `${checkout}|pack --ignore-scripts --silent`,
      `${checkout}|install --global --no-audit --no-fund ${checkout}/grantsmith-9.9.9.tgz`,
    ]);
  });

  it("gates the job, annotates the files, ranks them in the job summary and writes SARIF", () => {
    const repo = repository();
    const run = runStep(score, { paths: "proposals", "min-score": "60", exclude: "proposals/archive/**", "upload-sarif": "true" }, repo);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=proposals\/reading-corners\.md,title=grantsmith%3A quality gate failed::.*below --min-score 60/m);
    expect(run.stdout).not.toContain("archive/old.md");
    expect(run.stdout.trim().split("\n").at(-1)).toMatch(/^::notice title=grantsmith summary::2 files, 1 ready to submit, 1 gate passed, 1 gate failed/);
    expect(run.summary).toContain("## grantsmith ranking");
    expect(run.summary).toMatch(/\| 1 \| `proposals\/社区助餐\.md` \|.*✅/);
    expect(run.summary).toMatch(/\| 2 \| `proposals\/reading-corners\.md` \|.*❌/);
    expect(run.summary).toContain("`proposals/README.md`: the folder's README file, not a proposal");
    const sarifFile = /^sarif-file=(.+)$/m.exec(run.output)?.[1];
    expect(sarifFile && existsSync(sarifFile)).toBe(true);
    const sarif = JSON.parse(readFileSync(sarifFile!, "utf8"));
    expect(sarif.runs[0].tool.driver.version).toBe(JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).version);
  });

  it("passes when every proposal meets the gate, and splits paths given one per line", () => {
    const repo = repository();
    copyFileSync(path.join(fixtures, "en-complete.md"), path.join(repo, "proposals", "clean water.md"));
    const run = runStep(score, { paths: "proposals/社区助餐.md\n\nproposals/clean water.md\n", format: "text", summary: "false" }, repo);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("proposals/社区助餐.md");
    expect(run.stdout).toContain("proposals/clean water.md");
    expect(run.summary).toBe("");
  });

  it("stops with exit 2 on a path that does not exist", () => {
    const run = runStep(score, { paths: "nowhere" }, repository());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("nowhere: no such file or folder");
  });
});

describe(".pre-commit-hooks.yaml", () => {
  const hook = (id: string) => hooks.find((h) => h.id === id)!;
  /** The files pre-commit would pass: those `files` matches and `exclude` does not. */
  const selected = (h: Hook, files: string[]) => files.filter((f) => new RegExp(h.files).test(f) && !(h.exclude && new RegExp(h.exclude).test(f)));
  const runHook = (h: Hook, files: string[], cwd: string) => {
    const [command, ...entryArgs] = h.entry.split(" ");
    return spawnSync(command!, [...entryArgs, ...(h.args ?? []), ...files], { cwd, encoding: "utf8", env: cleanEnv({ PATH: `${shimDir}${path.delimiter}${process.env.PATH}` }) });
  };

  it("declares grantsmith-score and grantsmith-check as node hooks", () => {
    expect(hooks.map((h) => h.id)).toEqual(["grantsmith-score", "grantsmith-check"]);
    for (const h of hooks) expect(h.language).toBe("node");
  });

  it("grantsmith-score takes proposals, not the README, and fails on the sparse one", () => {
    const repo = repository();
    const staged = ["proposals/社区助餐.md", "proposals/reading-corners.md", "proposals/README.md", "package.json", "facts.yaml"];
    const files = selected(hook("grantsmith-score"), staged);
    expect(files).toEqual(["proposals/社区助餐.md", "proposals/reading-corners.md"]);
    expect(runHook(hook("grantsmith-score"), [files[0]!], repo).status).toBe(0);
    const failing = runHook(hook("grantsmith-score"), files, repo);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/proposals\/reading-corners\.md:\d+/);
  });

  it("grantsmith-check takes facts files and fails on a bad one with file:line:col", () => {
    const repo = repository();
    copyFileSync(path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml"), path.join(repo, "project.yaml"));
    mkdirSync(path.join(repo, "facts"));
    writeFileSync(path.join(repo, "facts", "bad.facts.yaml"), "title: 送餐\norganization:\n  name: 暖阳\nbudget:\n  total: 很多\n");
    const h = hook("grantsmith-check");
    expect(selected(h, ["project.yaml", "facts/bad.facts.yaml", ".github/workflows/ci.yml", "action.yml"])).toEqual(["project.yaml", "facts/bad.facts.yaml"]);
    expect(runHook(h, ["project.yaml"], repo).status).toBe(0);
    const bad = runHook(h, ["facts/bad.facts.yaml"], repo);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/facts\/bad\.facts\.yaml:\d+:\d+/);
  });
});

describe("examples/ci", () => {
  it("name grantsmith's repository only as OWNER/REPO, the one value the README says to fill in", () => {
    const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
    const workflow = parse(read("examples/ci/github-actions.yml")) as { jobs: Record<string, { steps: Step[] }> };
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses ?? "")).filter((u) => !/^actions\//.test(u) && u !== "");
    expect(uses).toEqual(["OWNER/REPO@main"]);
    const preCommit = parse(read("examples/ci/pre-commit-config.yml")) as { repos: { repo: string }[] };
    expect(preCommit.repos.map((r) => r.repo)).toEqual(["https://github.com/OWNER/REPO"]);
    const gitlab = parse(read("examples/ci/gitlab-ci.yml")) as { grantsmith: { variables: Record<string, string>; script: string[] } };
    expect(gitlab.grantsmith.variables.GRANTSMITH_REPO).toBe("https://github.com/OWNER/REPO.git");
    expect(gitlab.grantsmith.script[0]).toBe('npm install --global --no-audit --no-fund "git+$GRANTSMITH_REPO#$GRANTSMITH_REF"');
    // No guessed address anywhere: every GitHub repository named is OWNER/REPO or a well-known action.
    for (const file of ["action.yml", ".pre-commit-hooks.yaml", "examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml", "examples/ci/pre-commit-config.yml", "README.md", "README.zh-CN.md"]) {
      const named = [...read(file).matchAll(/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\b|uses: ([\w.-]+\/[\w.-]+)@/g)].map((m) => m[1] ?? m[2]);
      for (const repo of named) expect(repo, file).toMatch(/^(OWNER\/REPO|actions\/[\w-]+|github\/codeql-action)/);
    }
    // Each README explains the value, under a heading of its own.
    expect(read("README.md")).toContain("**Your copy: `OWNER/REPO`.**");
    expect(read("README.zh-CN.md")).toContain("**你的副本：`OWNER/REPO`。**");
  });

  it("are valid YAML whose grantsmith commands name real options", () => {
    const dir = path.join(REPO_ROOT, "examples", "ci");
    for (const name of ["github-actions.yml", "gitlab-ci.yml", "pre-commit-config.yml"]) {
      expect(statSync(path.join(dir, name)).size).toBeGreaterThan(0);
      const text = readFileSync(path.join(dir, name), "utf8");
      expect(() => parse(text), name).not.toThrow();
      const repo = repository();
      for (const line of text.split("\n").filter((l) => /^\s*(?:- |run: )?grantsmith score /.test(l.replace(/^\s*- /, "- ")))) {
        const command = line.replace(/^\s*(?:- |run: )/, "").replace(/ \|\| \[ \$\? -eq 1 \]$/, "");
        const result = spawnSync("bash", ["-c", command], { cwd: repo, encoding: "utf8", env: cleanEnv({ PATH: `${shimDir}${path.delimiter}${process.env.PATH}` }) });
        expect(result.status === 0 || result.status === 1, `${name}: ${command}: ${result.stderr}`).toBe(true);
      }
    }
  });
});
