// --help and --version must start as fast as Node itself: the CLI entry may import only commander
// and its own small modules statically; every command's dependencies are imported lazily.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanEnv, preload, REPO_ROOT, runCli, type CliResult } from "../helpers/run-cli.js";
import { startLlmServer } from "../helpers/llm-server.js";
import { tempDir } from "../helpers/temp.js";

async function staticImports(file: string): Promise<string[]> {
  const text = await readFile(file, "utf8");
  return [...text.matchAll(/^import\s+(?:[^"']*?\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]!);
}

describe("start-up", () => {
  it("dist/cli.js statically imports only node built-ins, commander (with its typings), errors.js, the preset table, the report formats' names, the document writers' registry, the file formats and the kinds", async () => {
    const imports = await staticImports(path.join(REPO_ROOT, "dist", "cli.js"));
    for (const specifier of imports) {
      expect(
        ["@commander-js/extra-typings", "./errors.js", "./llm/presets.js", "./report/formats.js", "./kinds/index.js", "./i18n/index.js", "./cli-help.js", "./util/paths.js", "./read/formats.js", "./document/writers.js"].includes(specifier) ||
          specifier.startsWith("node:"),
        specifier,
      ).toBe(true);
    }
    // The help's language: the message catalogs (plain data) and commander.
    expect(await staticImports(path.join(REPO_ROOT, "dist", "cli-help.js"))).toEqual(["@commander-js/extra-typings", "./i18n/index.js"]);
    for (const file of ["index.js", "lang.js", "en/index.js", "zh/index.js"]) {
      for (const specifier of await staticImports(path.join(REPO_ROOT, "dist", "i18n", file))) expect(specifier).toMatch(/^\.\.?\/[a-z/-]+\.js$/);
    }
    // The kinds registry gives --kind its choices: plain data that imports nothing outside kinds/.
    for (const file of ["index.js", "sections.js", "types.js", "standard.js", "venture-grant.js"]) {
      for (const specifier of await staticImports(path.join(REPO_ROOT, "dist", "kinds", file))) expect(specifier).toMatch(/^\.\/[a-z-]+\.js$/);
    }
    // The registry loads each writer only when it is used (--to's help lists the writers).
    expect((await staticImports(path.join(REPO_ROOT, "dist", "document", "writers.js"))).sort()).toEqual(["../i18n/index.js", "node:path"]);
    // The file formats score --help lists: plain data too.
    for (const light of ["errors.js", "llm/presets.js", "report/formats.js", "read/formats.js"]) expect(await staticImports(path.join(REPO_ROOT, "dist", light))).toEqual([]);
    for (const specifier of await staticImports(path.join(REPO_ROOT, "dist", "util", "paths.js"))) expect(specifier).toMatch(/^node:/);
    // --version and --help are answered before the program is built: the language and the package's paths only.
    expect((await staticImports(path.join(REPO_ROOT, "dist", "quick.js"))).sort()).toEqual(["./i18n/lang.js", "./util/paths.js", "node:fs"]);
  });

  it("every command is imported lazily, and only when it runs", async () => {
    const file = path.join(REPO_ROOT, "dist", "commands", "index.js");
    expect(await staticImports(file)).toEqual([]);
    const text = await readFile(file, "utf8");
    const lazy = [...text.matchAll(/await import\("\.\/([a-z-]+)\.js"\)/g)].map((m) => m[1]);
    const { commandActions } = await import("../../src/commands/index.js");
    expect(lazy.sort()).toEqual(Object.keys(commandActions).sort());
    expect(lazy.length).toBeGreaterThan(0);
  });
});

describe("modules a command loads (the built binary)", () => {
  /**
   * What the binary loaded: each chunk of dist/bundle/ stands for the dist/ modules bundled in it
   * (scripts/bundle.js lists them in inputs.json), so a test can name the modules it means.
   */
  async function modulesOf(args: string[]): Promise<{ result: CliResult; urls: string[]; loaded: string[] }> {
    const out = path.join(await tempDir("grantsmith-modules-"), "modules.txt");
    // The cache off: the ES module bundle, whose chunks say what ran. With the cache on, the same
    // code runs from the command's script dist/bundle/main-<command>.cjs (test/e2e/code-cache.test.ts).
    const env = cleanEnv({ GRANTSMITH_TEST_MODULES_OUT: out, GRANTSMITH_CACHE: "none" });
    const result = await runCli(args, { env, nodeArgs: ["--import", preload("record-modules.mjs")] });
    const inputs = JSON.parse(await readFile(path.join(REPO_ROOT, "dist", "bundle", "inputs.json"), "utf8")) as Record<string, string[]>;
    const root = pathToFileURL(REPO_ROOT).href.replace(/\/$/, "");
    const loaded = (await readFile(out, "utf8")).split("\n").filter(Boolean);
    const chunks = loaded.filter((u) => u.startsWith(`${root}/dist/bundle/`));
    const urls = loaded.flatMap((u) => {
      const bundled = chunks.includes(u) ? inputs[u.slice(`${root}/dist/bundle/`.length)] : undefined;
      return bundled ? bundled.map((input) => `${root}/${input}`) : [u];
    });
    return { result, urls, loaded };
  }

  it("--version and --help load no parser and no catalog; a command runs from the bundle", async () => {
    for (const flag of ["--version", "--help"]) {
      const { result, urls } = await modulesOf([flag]);
      expect(result.code, result.stderr).toBe(0);
      expect(urls.filter((u) => /\/node_modules\/|\/dist\/(cli|i18n\/(en|zh)\/index)\.js$/.test(u)), flag).toEqual([]);
      expect(urls.some((u) => u.endsWith("/dist/quick.js")), flag).toBe(true);
    }
    const check = await modulesOf(["check", "examples/zh/elderly-meals.yaml"]);
    expect(check.result.code, check.result.stderr).toBe(0);
    // Of zod's locales only English is bundled: grantsmith says its messages itself. (The ES module
    // chunks and each command's script, the code-cached copies, hold them once each.)
    const inputs = JSON.parse(await readFile(path.join(REPO_ROOT, "dist", "bundle", "inputs.json"), "utf8")) as Record<string, string[]>;
    expect([...new Set(Object.values(inputs).flat().filter((input) => input.includes("/zod/v4/locales/")))].sort()).toEqual([
      expect.stringMatching(/\/zod\/v4\/locales\/en\.js$/),
      expect.stringMatching(/\/zod\/v4\/locales\/index\.js$/),
    ]);
    // zod and yaml are bundled: the command uses them, and not one of their files is loaded from node_modules.
    for (const pkg of ["zod", "yaml"]) {
      expect(check.urls.some((u) => u.includes(`/node_modules/${pkg}/`)), pkg).toBe(true);
      expect(check.loaded.filter((u) => u.includes(`/node_modules/${pkg}/`)), pkg).toEqual([]);
    }
  });

  it("an offline draft loads neither the openai client nor the Handlebars compiler; a model draft loads the client at its first request", async () => {
    const offline = await modulesOf(["draft", "examples/zh/elderly-meals.yaml", "--offline", "-o", "-", "--no-score"]);
    expect(offline.result.code, offline.result.stderr).toBe(0);
    expect(offline.urls.some((u) => u.includes("/dist/draft/templates.js"))).toBe(true);
    expect(offline.urls.filter((u) => u.includes("/node_modules/openai/") || u.includes("/dist/llm/client.js"))).toEqual([]);
    // The built-in templates come compiled from the build: Handlebars' runtime is loaded, its compiler is not.
    expect(offline.urls.some((u) => u.includes("/node_modules/handlebars/dist/cjs/handlebars.runtime.js"))).toBe(true);
    expect(offline.urls.filter((u) => u.includes("/node_modules/handlebars/dist/cjs/handlebars/compiler/"))).toEqual([]);

    const server = await startLlmServer(() => "The narrative written from the facts.");
    try {
      const args = ["draft", "examples/en/girls-stem-clubs.yaml", "-o", "-", "--no-score", "--base-url", server.baseURL, "--model", "m", "--no-cache"];
      const model = await modulesOf(args);
      expect(model.result.code, model.result.stderr).toBe(0);
      expect(model.urls.some((u) => u.includes("/node_modules/openai/"))).toBe(true);
      // Bundled into a lazy chunk: resolving its files one by one from node_modules cost more than the request's wait.
      expect(model.loaded.filter((u) => u.includes("/node_modules/openai/"))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
