// Built-in templates are compiled by the build step (scripts/compile-templates.js) and taken from
// dist/templates.compiled/ (a module per folder and language) at run time while their files are unchanged (needs `npm run build`
// first). Tried on a copy of the built package in a temp folder.
import { execFile } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { tempDirSync } from "../helpers/temp.js";

const FACTS = path.join(REPO_ROOT, "examples/en/girls-stem-clubs.yaml");
const OFFLINE_DRAFT = ["bin/grantsmith.js", "draft", FACTS, "--offline", "-o", "-", "--no-score"];
let copy: string;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: copy, env: cleanEnv(), encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  copy = tempDirSync("grantsmith-package-");
  for (const part of ["bin", "dist", "scripts", "templates", "prompts", "rubrics", "package.json"]) {
    cpSync(path.join(REPO_ROOT, part), path.join(copy, part), { recursive: true });
  }
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
});

describe("templates compiled at build time", () => {
  it("give the same draft as templates compiled at run time; a file changed since the build is compiled again", async () => {
    const built = await run(OFFLINE_DRAFT);
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(path.join(copy, "dist", "templates.compiled", "templates-en.js"), "utf8")).toContain('"templates/en/standard.md.hbs"');
    // The offline narratives are a module of their own, which a model's draft does not load.
    expect(readFileSync(path.join(copy, "dist", "templates.compiled", "templates-en-offline.js"), "utf8")).toContain('"templates/en/offline/need.md.hbs"');
    expect(readFileSync(path.join(copy, "dist", "templates.compiled", "templates-en.js"), "utf8")).not.toContain("/offline/");

    rmSync(path.join(copy, "dist", "templates.compiled"), { recursive: true });
    const unbuilt = await run(OFFLINE_DRAFT);
    expect(unbuilt.stdout).toBe(built.stdout);

    expect((await run(["scripts/compile-templates.js"])).code).toBe(0);
    const file = path.join(copy, "templates", "en", "standard.md.hbs");
    writeFileSync(file, readFileSync(file, "utf8").replace("\n## {{sections.summary.title}}\n", "\n## {{sections.summary.title}} (edited)\n"));
    const edited = await run(OFFLINE_DRAFT);
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toMatch(/^## 1\. \S.* \(edited\)$/m);
  });

  it("a template that does not compile fails the build with its file:line and leaves the compiled file as it was", async () => {
    const compiled = () => readdirSync(path.join(copy, "dist", "templates.compiled")).map((name) => [name, readFileSync(path.join(copy, "dist", "templates.compiled", name), "utf8")]);
    const before = compiled();
    const groups = ["prompts-en", "prompts-zh", "templates-en-offline", "templates-en", "templates-zh-offline", "templates-zh"];
    // Each group as an ES module and as the script the code cache runs (src/templating/template-file.ts).
    expect(before.map(([name]) => name).sort()).toEqual(groups.flatMap((group) => [`${group}.cjs`, `${group}.js`]).sort());
    const file = path.join(copy, "prompts", "zh", "system.md.hbs");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n{{#if language}}unclosed\n`);
    const build = await run(["scripts/compile-templates.js"]);
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/^prompts\/zh\/system\.md\.hbs:\d+(:\d+)?: template does not compile: /m);
    expect(build.stderr).toContain("build: the templates above do not compile");
    expect(compiled()).toEqual(before);
  });
});
