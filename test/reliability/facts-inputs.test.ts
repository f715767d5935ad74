// Hostile or mistaken facts files and config files: each is refused before any work with exit 2 and
// one line that points into the file, and nothing is written. `check` is the command under test
// because it reads exactly what `draft` reads before its first request.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { file, filesIn, link, linesOf, makeProject, replaceLine, type Project } from "./project.js";

interface Case {
  name: string;
  /** Appended to the example facts file. */
  extra?: string;
  setup?: (p: Project) => Promise<void>;
  /** Environment for the binary beyond cleanEnv(). */
  env?: (p: Project) => Record<string, string>;
  code: number;
  /** The one line of stderr, when the run fails; {facts} is the facts file's path. */
  line?: RegExp;
}

const BOMB = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f"].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${"abcdef"[i]}`).join(", ")}]`)].join("\n");

const CASES: Case[] = [
  { name: "a material above the facts folder (../)", extra: "materials:\n  - ../outside/secret.txt\n", setup: async (p) => writeFile(path.join(p.outside, "secret.txt"), "secret"), code: 2, line: /:\d+:5: materials\[0\]: "\.\.\/outside\/secret\.txt" lies outside the facts file's folder/ },
  { name: "a material given as an absolute path outside the project", setup: async (p) => { await writeFile(path.join(p.outside, "abs.txt"), "secret"); await writeFile(p.facts, `${await (await import("node:fs/promises")).readFile(p.facts, "utf8")}materials:\n  - ${path.join(p.outside, "abs.txt")}\n`); }, code: 2, line: /materials\[0\]: ".*abs\.txt" lies outside/ },
  { name: "a symlink inside the project that points outside", extra: "materials:\n  - notes.md\n", setup: async (p) => { await writeFile(path.join(p.outside, "real.md"), "secret"); await link(path.join(p.outside, "real.md"), path.join(p.dir, "notes.md")); }, code: 2, line: /materials\[0\]: "notes\.md" lies outside/ },
  { name: "a symlinked folder inside the project that points outside", extra: "materials:\n  - docs/a.md\n", setup: async (p) => { await writeFile(path.join(p.outside, "a.md"), "secret"); await link(p.outside, path.join(p.dir, "docs")); }, code: 2, line: /materials\[0\]: "docs\/a\.md" lies outside/ },
  { name: "the second of two materials outside, named by its index", extra: "materials:\n  - ok.md\n  - ../outside/b.md\n", setup: async (p) => { await file(p, "ok.md", "fine"); await writeFile(path.join(p.outside, "b.md"), "secret"); }, code: 2, line: /materials\[1\]: "\.\.\/outside\/b\.md" lies outside/ },
  { name: "a symlink inside the project to a file inside it", extra: "materials:\n  - alias.md\n", setup: async (p) => { await file(p, "real.md", "notes"); await link(path.join(p.dir, "real.md"), path.join(p.dir, "alias.md")); }, code: 0 },
  { name: "a material in a subfolder", extra: "materials:\n  - notes/a.md\n", setup: async (p) => { await mkdir(path.join(p.dir, "notes")); await file(p, "notes/a.md", "notes"); }, code: 0 },
  { name: "a folder outside allowed by materials_root", extra: "materials:\n  - ../outside/shared.md\n", setup: async (p) => { await writeFile(path.join(p.outside, "shared.md"), "shared"); await writeFile(path.join(p.dir, "grantsmith.config.yaml"), "materials_root: ../outside\n"); }, env: (p) => ({ GRANTSMITH_CONFIG: path.join(p.dir, "grantsmith.config.yaml") }), code: 0 },
  { name: "materials_root does not open other folders", extra: "materials:\n  - ../elsewhere.md\n", setup: async (p) => { await writeFile(path.join(p.dir, "..", "elsewhere.md"), "x"); await writeFile(path.join(p.dir, "grantsmith.config.yaml"), "materials_root: ../outside\n"); }, env: (p) => ({ GRANTSMITH_CONFIG: path.join(p.dir, "grantsmith.config.yaml") }), code: 2, line: /lies outside the facts file's folder or materials_root/ },
  { name: "a material that does not exist", extra: "materials:\n  - missing.md\n", code: 2, line: /materials\[0\]: "missing\.md": no such file; check the path/ },
  { name: "a material that is not a document", extra: "materials:\n  - photo.png\n", setup: (p) => file(p, "photo.png", "\u0089PNG"), code: 2, line: /materials\[0\]: "photo\.png" is not a file grantsmith reads as a material \(\.md, \.markdown, \.txt, \.docx, \.pdf\)/ },
  { name: "a PDF that is not one", extra: "materials:\n  - report.pdf\n", setup: (p) => file(p, "report.pdf", "%PDF"), code: 2, line: /materials\[0\]: "report\.pdf": not a PDF that can be read/ },
  { name: "a material over 512 KB", extra: "materials:\n  - big.md\n", setup: (p) => file(p, "big.md", "x".repeat(600 * 1024)), code: 2, line: /materials\[0\]: "big\.md" holds 600 KB of text, over the 512 KB a material may hold/ },
  { name: "a facts file over 1 MB", setup: async (p) => writeFile(p.facts, `title: x\n# ${"y".repeat(1_600_000)}\n`), code: 2, line: /facts\.yaml: the file is 1\.5 MB, over the limit of 1\.0 MB/ },
  { name: "a facts file just under 1 MB", setup: async (p) => writeFile(p.facts, `${await (await import("node:fs/promises")).readFile(p.facts, "utf8")}# ${"y".repeat(900_000)}\n`), code: 0 },
  { name: "an alias bomb (billion laughs)", extra: `x_bomb:\n${BOMB.split("\n").map((l) => `  ${l}`).join("\n")}\n`, code: 2, line: /facts\.yaml:\d+:\d+: too many alias expansions \(over 100\)/ },
  { name: "a few aliases are fine", setup: async (p) => replaceLine(p, /^period:\n  start: 2025-09\n  end: 2026-08\n/m, "period: &p\n  start: 2025-09\n  end: 2026-08\n"), code: 0 },
  { name: "a !!js/function tag", extra: "x_script: !!js/function 'function () { return 1 }'\n", code: 2, line: /facts\.yaml:\d+:11: unknown tag !!js\/function; remove it/ },
  { name: "a custom !tag", extra: "x_value: !secret hidden\n", code: 2, line: /facts\.yaml:\d+:10: unknown tag !secret/ },
  { name: "February 30th", setup: (p) => replaceLine(p, /^  start: 2025-09$/m, "  start: 2025-02-30"), code: 2, line: /facts\.yaml:24:10: period\.start: no such day in the calendar/ },
  { name: "February 29th of a common year", setup: (p) => replaceLine(p, /^  start: 2025-09$/m, "  start: 2025-02-29"), code: 2, line: /period\.start: no such day in the calendar/ },
  { name: "April 31st", setup: (p) => replaceLine(p, /^  end: 2026-08$/m, "  end: 2026-04-31"), code: 2, line: /facts\.yaml:25:8: period\.end: no such day in the calendar/ },
  { name: "February 29th of a leap year", setup: (p) => replaceLine(p, /^  start: 2025-09$/m, "  start: 2024-02-29"), code: 0 },
  { name: "a month without a day", setup: (p) => replaceLine(p, /^  start: 2025-09$/m, "  start: 2025-02"), code: 0 },
  { name: "a config file over 1 MB", setup: (p) => file(p, "big.config.yaml", `# ${"z".repeat(1_200_000)}\n`), env: (p) => ({ GRANTSMITH_CONFIG: path.join(p.dir, "big.config.yaml"), GRANTSMITH_PROVIDER: "openai" }), code: 2, line: /big\.config\.yaml: the file is 1\.1 MB, over the limit of 1\.0 MB/ },
  { name: "a config file with an unknown tag", setup: (p) => file(p, "tag.config.yaml", "model: !!js/function x\n"), env: (p) => ({ GRANTSMITH_CONFIG: path.join(p.dir, "tag.config.yaml") }), code: 2, line: /tag\.config\.yaml:1:8: unknown tag !!js\/function/ },
];

describe("facts and config inputs", () => {
  it.each(CASES)("$name", async (c) => {
    const p = await makeProject(c.extra ?? "", c.setup);
    const before = await filesIn(p.dir);
    const result = await runInProcess(["check", p.facts], { env: cleanEnv(c.env?.(p) ?? {}) });
    expect(result.code, result.stderr).toBe(c.code);
    if (c.line) {
      const lines = linesOf(result.stderr);
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(c.line);
      expect(lines[0]).not.toContain("secret\n");
      expect(result.stdout).toBe("");
    }
    // check never writes: the project holds what the case put there.
    expect(await filesIn(p.dir)).toEqual(before);
  });
});
