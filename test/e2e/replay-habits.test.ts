// Every habit of real models, end to end: the built binary drafts the zh and en examples against the
// replay endpoint, which answers the real prompts with prepared answers and wraps or spoils them on
// request. The assembled proposal holds the real answer under the right heading and none of the
// habit; a spoilt answer is asked for once more; spoilt twice, the draft exits 3 and --resume asks
// only for what is missing; the judge takes the final verdict, not the one inside reasoning.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionPlan } from "../../src/draft/plan.js";
import { programTableHeaders } from "../../src/draft/program-tables.js";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcessInEnglish as runInProcess } from "../helpers/run-in-process.js";
import { FAILING_HABITS, habitWrapping, startReplayServer, withoutNumbering, WRAPPING_HABITS, type Habit, type ReplayServer } from "../helpers/replay-server.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
let replay: ReplayServer;
beforeAll(async () => {
  dir = await tempDir("grantsmith-e2e-replay-");
  replay = await startReplayServer();
});
afterAll(() => replay.close());

const EXAMPLES = [
  { name: "elderly-meals", file: "examples/zh/elderly-meals.yaml", language: "zh" as const },
  { name: "clean-water-wells", file: "examples/en/clean-water-wells.yaml", language: "en" as const },
];
const PLAN = sectionPlan("standard");
const env = () => cleanEnv({ GRANTSMITH_API_KEY: "sk-test-replay" });

async function draft(example: (typeof EXAMPLES)[number], out: string, extra: string[] = []) {
  const args = ["draft", example.file, "-o", out, "--base-url", replay.baseURL, "--model", "replay", "--no-score", "--no-cache", ...extra];
  return runInProcess(args, { env: env() });
}

/** The document's sections by canonical id: what stands between a `## ` heading and the next. */
function sectionsOf(document: string, language: "zh" | "en"): Map<string, { heading: string; body: string }> {
  const parts = document.split(/^(?=## )/m).slice(1);
  const out = new Map<string, { heading: string; body: string }>();
  for (const part of parts) {
    const heading = part.slice(3, part.indexOf("\n")).trim();
    const spec = PLAN.find((s) => s.heading[language] === withoutNumbering(heading));
    if (spec) out.set(spec.id, { heading, body: part.slice(part.indexOf("\n") + 1) });
  }
  return out;
}

/** The prepared answer's paragraphs (its own subheadings aside), which must all be in the section. */
const paragraphs = (answer: string) =>
  answer
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith("#"));

function expectRealAnswers(document: string, example: (typeof EXAMPLES)[number]) {
  const sections = sectionsOf(document, example.language);
  expect([...sections.keys()]).toEqual(PLAN.map((s) => s.id));
  for (const spec of PLAN) {
    const body = sections.get(spec.id)!.body;
    for (const paragraph of paragraphs(replay.answer(example.name, spec.id))) {
      expect(body, `${example.name} ${spec.id}`).toContain(paragraph);
      // Exactly once: a runaway answer's copies are not kept.
      expect(document.split(paragraph).length - 1, `${example.name} ${spec.id}: ${paragraph.slice(0, 30)}`).toBe(1);
    }
  }
}

/** A header cell without its unit in brackets: "金额（{{currency}}）" and "金额（元）" → "金额". */
const cellKey = (cell: string) => cell.replace(/[（(][^）)]*[）)]/g, "").trim();

/** How many table header rows in the document have the cells of `header`. */
function headerRows(document: string, header: string[]): number {
  const wanted = header.map(cellKey).join("|");
  const lines = document.split("\n");
  return lines.filter((line, i) => /^\|/.test(line) && /^\|\s*:?-{3}/.test(lines[i + 1] ?? "") && line.replace(/^\||\|$/g, "").split("|").map(cellKey).join("|") === wanted).length;
}

const REMOVAL: Partial<Record<Habit, RegExp>> = {
  "think-closed": /\d+ reasoning blocks?/,
  "think-close-only": /\d+ reasoning blocks?/,
  preamble: /\d+ preambles?/,
  closing: /\d+ closing remarks?/,
  fence: /\d+ code fences?/,
  "heading-bold": /\d+ repeated headings?/,
  "heading-hash": /\d+ repeated headings?/,
  "program-table": /\d+ repeated program tables?/,
};

/**
 * Habits spread over the sections of one draft, so that every habit is tried in few runs of the
 * binary: round r gives the i-th section the habit (i + r × sections) of the list, round by round
 * until each habit has had a section.
 */
function spread(habits: readonly Habit[]): Record<string, Habit>[] {
  const rounds: Record<string, Habit>[] = [];
  for (let start = 0; start < habits.length; start += PLAN.length) {
    const assigned = PLAN.map((_, i) => habits[(start + i) % habits.length]!);
    // A repeated program table needs a section that has one: swap it onto the first such section.
    const at = assigned.indexOf("program-table");
    if (at !== -1 && !PLAN[at]!.tables?.length) {
      const to = PLAN.findIndex((spec) => spec.tables?.length);
      [assigned[at], assigned[to]] = [assigned[to]!, assigned[at]!];
    }
    rounds.push(Object.fromEntries(PLAN.map((spec, i) => [spec.id, assigned[i]!])));
  }
  return rounds;
}

describe.each(EXAMPLES)("a draft of $name from a model with habits", (example) => {
  it.each(spread(WRAPPING_HABITS).map((bySection, round) => ({ round, bySection })))(
    "round $round: each section's habit is removed, the answer kept under its heading, exit 0",
    async ({ round, bySection }) => {
      replay.setHabit({ bySection });
      replay.answers.length = 0;
      const out = path.join(dir, `${example.name}-wrapping-${round}.md`);
      const result = await draft(example, out);
      expect(result.code, result.stderr).toBe(0);
      expect(replay.answers.every((a) => a.habit === bySection[a.section])).toBe(true);
      const document = await readFile(out, "utf8");
      expectRealAnswers(document, example);
      const sections = sectionsOf(document, example.language);
      for (const spec of PLAN) {
        const habit = bySection[spec.id]!;
        const title = spec.heading[example.language];
        for (const wrapping of habitWrapping(habit, example.language, title)) expect(document, `${spec.id}: ${habit}`).not.toContain(wrapping.slice(0, 12));
        // The model's copy of the heading is gone; the template's stands once.
        const headingLines = document.split("\n").filter((line) => /^(?:#+\s|\*\*)/.test(line) && withoutNumbering(line.replace(/^#+\s*|\*\*/g, "").trim()) === title);
        expect(headingLines, `${spec.id}: ${habit}`).toHaveLength(1);
        // A program table stands once in its section: the template's.
        const header = programTableHeaders(example.language, spec.tables)[0];
        if (header) expect(headerRows(sections.get(spec.id)!.body, header), `${spec.id} table (${habit})`).toBe(1);
        if (REMOVAL[habit]) expect(result.stderr, habit).toMatch(REMOVAL[habit]!);
      }
      expect(document).not.toMatch(/<\/?think>|```|reasoning_content/);
    },
  );

  it("a failing habit in every section once: each is asked for once more and the good answer kept, exit 0", async () => {
    const bySection = Object.fromEntries(PLAN.map((spec, i) => [spec.id, FAILING_HABITS[i % FAILING_HABITS.length]!]));
    replay.setHabit({ bySection });
    replay.answers.length = 0;
    const out = path.join(dir, `${example.name}-failing-once.md`);
    const result = await draft(example, out);
    expect(result.code, result.stderr).toBe(0);
    expect(replay.answers.filter((a) => a.attempt === 1).map((a) => a.section).sort()).toEqual(PLAN.map((s) => s.id).sort());
    expect(result.stderr.match(/; asking once more/g)).toHaveLength(PLAN.length);
    const document = await readFile(out, "utf8");
    expectRealAnswers(document, example);
    for (const spec of PLAN) {
      for (const wrapping of habitWrapping(bySection[spec.id]!, example.language, spec.heading[example.language])) expect(document).not.toContain(wrapping.slice(0, 12));
    }
  });
});

it("reasoning_content alone: nothing of it reaches the draft, and there is nothing to clean", async () => {
  replay.setHabit({ habit: "reasoning-content" });
  const out = path.join(dir, "reasoning-content-only.md");
  const result = await draft(EXAMPLES[0]!, out);
  expect(result.code, result.stderr).toBe(0);
  expectRealAnswers(await readFile(out, "utf8"), EXAMPLES[0]!);
  expect(result.stderr).not.toContain("cleaned from");
});

describe("a section spoilt twice", () => {
  // Alternating languages keeps the run short; every failing habit is tried once.
  const cases = FAILING_HABITS.map((habit, i) => ({ habit, example: EXAMPLES[i % 2]! }));
  it.each(cases)("$habit ($example.name): exit 3, finished sections kept, --resume asks only for the rest", async ({ habit, example }) => {
    replay.setHabit({ habit, sections: ["budget"], always: true });
    replay.answers.length = 0;
    const out = path.join(dir, `${example.name}-${habit}-twice.md`);
    const first = await draft(example, out, ["--concurrency", "1"]);
    expect(first.code, first.stderr).toBe(3);
    const heading = PLAN.find((s) => s.id === "budget")!.heading[example.language];
    expect(first.stderr).toContain(`the answer for the section "${heading}"`);
    expect(first.stderr).toContain("twice; run the draft again with --resume");
    expect(existsSync(out)).toBe(false);
    const finished = replay.answers.filter((a) => a.section !== "budget").map((a) => a.section);
    expect(first.stderr).toContain(`kept ${finished.length} finished section`);
    const saved = (await readdir(path.join(dir, ".grantsmith-state", path.basename(out)))).map((f) => f.replace(/\.json$/, "")).sort();
    expect(saved).toEqual([...finished].sort());

    replay.setHabit(undefined);
    replay.answers.length = 0;
    const second = await draft(example, out, ["--concurrency", "1", "--resume"]);
    expect(second.code, second.stderr).toBe(0);
    expect(replay.answers.map((a) => a.section).sort()).toEqual(PLAN.map((s) => s.id).filter((id) => !finished.includes(id)).sort());
    expectRealAnswers(await readFile(out, "utf8"), example);
  });
});

describe("score --judge against a model that reasons", () => {
  it.each(["think-closed", "reasoning-content"] as const)("%s: the final verdict is taken, not the draft one", async (habit) => {
    replay.setHabit(undefined);
    const out = path.join(dir, `judged-${habit}.md`);
    expect((await draft(EXAMPLES[1]!, out)).code).toBe(0);
    replay.setHabit({ habit });
    const result = await runInProcess(["score", out, "--judge", "--base-url", replay.baseURL, "--model", "replay", "--format", "json"], {
      env: cleanEnv({ GRANTSMITH_API_KEY: "sk-test-replay", GRANTSMITH_CACHE: "none" }),
    });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { results: { criteria: { id: string; judge?: { score: number }[] }[] }[] };
    const coherence = report.results[0]!.criteria.find((c) => c.id === "coherence")!;
    expect(coherence.judge![0]!.score).toBe(6);
  });
});

// The fixtures stay beside the examples they answer for.
it("has a prepared answer for every section of both examples", async () => {
  for (const example of EXAMPLES) {
    const files = await readdir(path.join(REPO_ROOT, "test/fixtures/replay", example.name));
    expect(files.map((f) => f.replace(/\.md$/, "")).sort()).toEqual(PLAN.map((s) => s.id).sort());
  }
});
