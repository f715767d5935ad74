// --help and --version must start as fast as Node itself: the CLI entry may import only commander
// and its own small modules statically; every command's dependencies are imported lazily.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/run-cli.js";

async function staticImports(file: string): Promise<string[]> {
  const text = await readFile(file, "utf8");
  return [...text.matchAll(/^import\s+(?:[^"']*?\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]!);
}

describe("start-up", () => {
  it("dist/cli.js statically imports only node built-ins, commander (with its typings), errors.js, the preset table, the report formats' names and the kinds", async () => {
    const imports = await staticImports(path.join(REPO_ROOT, "dist", "cli.js"));
    for (const specifier of imports) {
      expect(
        ["@commander-js/extra-typings", "./errors.js", "./llm/presets.js", "./report/formats.js", "./kinds/index.js", "./i18n/index.js", "./cli-help.js"].includes(specifier) ||
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
    // The registry loads each writer only when it is used.
    for (const light of ["errors.js", "llm/presets.js", "report/formats.js"]) expect(await staticImports(path.join(REPO_ROOT, "dist", light))).toEqual([]);
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
