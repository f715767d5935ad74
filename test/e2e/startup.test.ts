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
  it("dist/cli.js statically imports only node built-ins, commander and errors.js", async () => {
    const imports = await staticImports(path.join(REPO_ROOT, "dist", "cli.js"));
    for (const specifier of imports) {
      expect(["commander", "./errors.js", "./kinds/index.js"].includes(specifier) || specifier.startsWith("node:")).toBe(true);
    }
    // The kinds registry gives --kind its choices: plain data that imports nothing outside kinds/.
    for (const file of ["index.js", "sections.js", "types.js", "standard.js", "venture-grant.js"]) {
      for (const specifier of await staticImports(path.join(REPO_ROOT, "dist", "kinds", file))) expect(specifier).toMatch(/^\.\/[a-z-]+\.js$/);
    }
    const errors = await staticImports(path.join(REPO_ROOT, "dist", "errors.js"));
    expect(errors).toEqual([]);
  });

  it("every command is imported lazily", async () => {
    const text = await readFile(path.join(REPO_ROOT, "dist", "cli.js"), "utf8");
    const lazy = [...text.matchAll(/await import\("\.\/commands\/([a-z-]+)\.js"\)/g)].map((m) => m[1]);
    expect(lazy.sort()).toEqual(["cache", "check", "draft", "init", "revise", "rubrics", "schema", "score", "templates"]);
  });
});
