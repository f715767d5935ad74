// scripts/build-stamp.js decides whether `npm test` builds first: it must never call a dist/ current
// that was built from other sources, in a package tree of its own made for each case.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { beginBuild, buildIsStale, endBuild } from "../../scripts/build-stamp.js";
import { tempDirSync } from "../helpers/temp.js";

/** A package tree with one file in each input folder, built (stamped) unless `built` is false. */
function packageTree(built = true): string {
  const root = tempDirSync("grantsmith-build-stamp-");
  for (const folder of ["src/score", "templates/zh", "prompts/en", "rubrics", "scripts"]) mkdirSync(path.join(root, folder), { recursive: true });
  writeFileSync(path.join(root, "src/score/engine.ts"), "export const a = 1;\n");
  writeFileSync(path.join(root, "templates/zh/project.md.hbs"), "# {{name}}\n");
  writeFileSync(path.join(root, "prompts/en/need.hbs"), "Write the need.\n");
  writeFileSync(path.join(root, "rubrics/project-zh.yaml"), "criteria: []\n");
  writeFileSync(path.join(root, "scripts/bundle.js"), "// bundle\n");
  writeFileSync(path.join(root, "package.json"), "{}\n");
  writeFileSync(path.join(root, "tsconfig.json"), "{}\n");
  if (built) {
    beginBuild(root);
    endBuild(root);
  }
  return root;
}

describe("build stamp", () => {
  it("calls dist/ current when nothing changed since the build", () => {
    expect(buildIsStale(packageTree())).toBe(false);
  });

  it("calls dist/ stale when there is no dist/", () => {
    expect(buildIsStale(packageTree(false))).toBe(true);
    const root = packageTree();
    rmSync(path.join(root, "dist"), { recursive: true });
    expect(buildIsStale(root)).toBe(true);
  });

  it.each([
    ["a source file's content changes", (root: string) => writeFileSync(path.join(root, "src/score/engine.ts"), "export const a = 2;\n")],
    ["a source file is added", (root: string) => writeFileSync(path.join(root, "src/score/new.ts"), "export {};\n")],
    ["a template is removed", (root: string) => rmSync(path.join(root, "templates/zh/project.md.hbs"))],
    ["a file moves to another folder", (root: string) => {
      rmSync(path.join(root, "prompts/en/need.hbs"));
      writeFileSync(path.join(root, "prompts/need.hbs"), "Write the need.\n");
    }],
    ["a rubric changes", (root: string) => writeFileSync(path.join(root, "rubrics/project-zh.yaml"), "criteria: [x]\n")],
    ["a build script changes", (root: string) => writeFileSync(path.join(root, "scripts/bundle.js"), "// bundle 2\n")],
    ["package.json changes", (root: string) => writeFileSync(path.join(root, "package.json"), '{"a":1}\n')],
    ["the installed packages change", (root: string) => {
      mkdirSync(path.join(root, "node_modules"));
      writeFileSync(path.join(root, "node_modules/.package-lock.json"), "{}\n");
    }],
  ])("calls dist/ stale when %s", (_what, change) => {
    const root = packageTree();
    change(root);
    expect(buildIsStale(root)).toBe(true);
  });

  it("leaves no stamp when a build began and did not end (it failed)", () => {
    const root = packageTree();
    beginBuild(root);
    expect(buildIsStale(root)).toBe(true);
  });

  it("stamps the inputs as the build began, so a change made during the build is built next time", () => {
    const root = packageTree(false);
    beginBuild(root);
    writeFileSync(path.join(root, "src/score/engine.ts"), "export const a = 3;\n");
    endBuild(root);
    expect(buildIsStale(root)).toBe(true);
  });
});
