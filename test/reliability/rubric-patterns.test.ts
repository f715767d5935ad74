// A rubric's own regular expressions run on every line of every proposal: one that can backtrack
// for ever is refused where it is written (exit 2, file:line:col), before any file is scored; and
// `score --time-limit` bounds a whole run whatever it meets.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { nestedQuantifier, overlappingAlternation } from "../../src/score/rubric/regex-safety.js";
import { startLlmServer, type LlmServer } from "../helpers/llm-server.js";
import { cleanEnv, REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";
import { filesIn, linesOf } from "./project.js";

const PROPOSAL = path.join(REPO_ROOT, "test", "fixtures", "proposals", "en-complete.md");

describe("repeated alternatives that match the same text", () => {
  it.each([
    ["(a|aa)+$", "(a|aa)+"],
    ["^(ab|a|b)*c", "(ab|a|b)*"],
    ["(x|x)+", "(x|x)+"],
    ["(\\w|\\d)+!", "(\\w|\\d)+"],
    ["(.|a){2,}", "(.|a){2,}"],
    ["([a-z]|q)+", "([a-z]|q)+"],
    ["(?:元|b?)+", "(?:元|b?)+"],
    ["(a|)*", "(a|)*"],
  ])("%s is refused, naming %s", (pattern, group) => {
    expect(overlappingAlternation(pattern)).toBe(group);
    expect(nestedQuantifier(pattern)).toBeUndefined();
  });

  it.each(["(a|b)+", "(a|ab)+", "(\\d|x)+", "(万|元)+", "(?:budget|cost)s?", "(red|blue){1,3}", "(ab|cd)+"])("%s may run", (pattern) => {
    expect(overlappingAlternation(pattern)).toBeUndefined();
  });

  it("is refused with a message that says how to fix it", async () => {
    const { unsafePatternMessage } = await import("../../src/score/rubric/regex-safety.js");
    expect(unsafePatternMessage("(a|aa)+")).toMatch(/alternatives can match the same text \(\(a\|aa\)\+\).*exclusive/);
  });
});

describe("nested quantifiers", () => {
  it.each([
    ["(a+)+$", "(a+)+"],
    ["^(\\w*)*x", "(\\w*)*"],
    ["((a+)b)+", "((a+)b)+"],
    ["(?:x+y?){2,}", "(?:x+y?){2,}"],
    ["(\\d+\\s?)*%", "(\\d+\\s?)*"],
    ["(.*a){1,500}", "(.*a){1,500}"],
  ])("%s is refused, naming %s", (pattern, nested) => {
    expect(nestedQuantifier(pattern)).toBe(nested);
  });

  it.each(["(a|b)+", "a+b+", "[(a+)]+", "\\(a+\\)+", "(a+)?", "(ab){2,5}", "(?:budget|cost)s?", "\\d+(\\.\\d+)?%", "logistic|transport|warehous"])(
    "%s may run",
    (pattern) => {
      expect(nestedQuantifier(pattern)).toBeUndefined();
    },
  );
});

interface RubricCase {
  name: string;
  checks: string;
  /** line:col of the pattern in the rubric below. */
  at: string;
}

const rubricWith = (checks: string) => `id: custom
title: { en: Custom }
language: en
criteria:
  - id: need
    title: { en: Need }
    weight: 100
    sections: [need]
    checks:
${checks}
`;

const UNSAFE: RubricCase[] = [
  { name: "a pattern check", checks: "      - type: pattern\n        pattern: \"(a+)+$\"\n        message: { en: m }\n        suggestion: { en: s }", at: "11:18" },
  { name: "a pattern per language", checks: "      - type: pattern\n        pattern: { en: \"(x*)*y\" }\n        message: { en: m }\n        suggestion: { en: s }", at: "11:24" },
  { name: "a word list added to", checks: "      - type: vague\n        words: { vague: { add: [\"(very+)+\"] } }", at: "11:33" },
  { name: "an element's patterns", checks: "      - type: elements\n        items:\n          - { id: purpose, label: { en: purpose }, patterns: [ok, \"(\\\\w+\\\\s?)+:\"] }", at: "12:67" },
];

describe("user rubrics", () => {
  it.each(UNSAFE)("$name with a nested quantifier: exit 2 at file:line:col, nothing scored", async (c) => {
    const dir = await tempDir("grantsmith-rubric-");
    const rubric = path.join(dir, "rubric.yaml");
    await writeFile(rubric, rubricWith(c.checks));
    const report = path.join(dir, "report.json");
    const result = await runInProcess(["score", PROPOSAL, "--rubric", rubric, "--format", "json", "-o", report]);
    expect(result.code, result.stderr).toBe(2);
    const lines = linesOf(result.stderr);
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`rubric\\.yaml:${c.at}: .*: the pattern repeats a group that itself repeats \\(.+\\), which can take forever`));
    expect(result.stdout).toBe("");
    expect(await filesIn(dir)).toEqual(["rubric.yaml"]);
  });

  it("a rubric file over 1 MB: exit 2 with the size and the limit", async () => {
    const dir = await tempDir("grantsmith-rubric-");
    const rubric = path.join(dir, "rubric.yaml");
    await writeFile(rubric, `${rubricWith("      - { type: section, min: 10 }")}# ${"r".repeat(1_300_000)}\n`);
    const result = await runInProcess(["score", PROPOSAL, "--rubric", rubric]);
    expect(result.code).toBe(2);
    expect(linesOf(result.stderr)).toEqual([`${rubric}: the file is 1.2 MB, over the limit of 1.0 MB; is it the right file?`]);
    expect(result.stdout).toBe("");
  });

  it("a rubric with a safe pattern scores as before", async () => {
    const dir = await tempDir("grantsmith-rubric-");
    const rubric = path.join(dir, "rubric.yaml");
    await writeFile(rubric, rubricWith("      - type: pattern\n        pattern: \"(?:survey|interview)s?\"\n        message: { en: m }\n        suggestion: { en: s }"));
    const result = await runInProcess(["score", PROPOSAL, "--rubric", rubric, "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).results[0].file).toContain("en-complete.md");
  });
});

describe("score --time-limit", () => {
  let server: LlmServer | undefined;
  afterEach(async () => server?.close());

  it("a run that waits past the limit stops with exit 124 and one line, and leaves no report", async () => {
    // A judge that never answers in time: the run is still waiting when the limit comes.
    server = await startLlmServer(() => ({ text: '{"score": 3}', silent: true }));
    const dir = await tempDir("grantsmith-limit-");
    const report = path.join(dir, "report.json");
    const result = await runCli(
      ["score", PROPOSAL, "--judge", "--base-url", server.baseURL, "--model", "m", "--time-limit", "1", "--format", "json", "-o", report],
      { env: cleanEnv({ GRANTSMITH_MAX_RETRIES: "0", GRANTSMITH_CACHE: "none" }) },
    );
    expect(result.code, result.stderr).toBe(124);
    expect(linesOf(result.stderr).filter((l) => /did not finish within 1s \(--time-limit\); stopped$/.test(l))).toHaveLength(1);
    expect(await filesIn(dir)).toEqual([]);
  });

  it("a run stuck in one synchronous call is still stopped, by the watchdog", async () => {
    const dir = await tempDir("grantsmith-limit-");
    // Test-only code in the binary's process: once the watchdog thread is started (the time limit
    // is running), the main thread hangs for good, as in a pattern that never ends.
    const block = path.join(dir, "block.mjs");
    await writeFile(
      block,
      [
        'import threads from "node:worker_threads";',
        'import { syncBuiltinESMExports } from "node:module";',
        "const Original = threads.Worker;",
        "threads.Worker = class extends Original {",
        "  constructor(...args) { super(...args); if (args[1]?.eval) for (;;) {} }",
        "};",
        "syncBuiltinESMExports();",
        "",
      ].join("\n"),
    );
    const result = await runCli(["score", PROPOSAL, "--time-limit", "1"], { nodeArgs: ["--import", pathToFileURL(block).href] });
    expect(result.signal, `${result.code} ${result.stderr}`).toBe("SIGKILL");
    expect(linesOf(result.stderr).filter((l) => /did not finish within 1s \(--time-limit\); stopped$/.test(l))).toHaveLength(1);
  });

  it("a run that finishes in time is not touched", async () => {
    const result = await runCli(["score", PROPOSAL, "--time-limit", "60", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).results).toHaveLength(1);
  });
});
