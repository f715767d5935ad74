// End-to-end tests of `grantsmith score`: in this process (runInProcess) unless GRANTSMITH_E2E_CLI
// names another build of the CLI to spawn; the workers case always spawns the built CLI
// (`node bin/grantsmith.js`, which imports dist/bundle/cli.js), whose worker threads are built files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDirSync } from "../helpers/temp.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = process.env.GRANTSMITH_E2E_CLI ?? path.join(root, "bin/grantsmith.js");
const built = existsSync(process.env.GRANTSMITH_E2E_CLI ?? path.join(root, "dist/bundle/cli.js"));
const fixtures = path.join(root, "test/fixtures/proposals");
const home = tempDirSync("grantsmith-e2e-");

async function grantsmith(args: string[], cwd = root, extraEnv: Record<string, string> = {}) {
  if (process.env.GRANTSMITH_E2E_CLI) return spawned(args, cwd, extraEnv);
  const env = cleanEnv({ XDG_CACHE_HOME: path.join(home, "cache"), ...extraEnv });
  const { code, stdout, stderr } = await runInProcess(args, { cwd, env });
  return { code, stdout, stderr };
}

function spawned(args: string[], cwd = root, extraEnv: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    // One cache for the file: the built-in rubrics are validated once, not per run.
    env: cleanEnv({ XDG_CACHE_HOME: path.join(home, "cache"), ...extraEnv }),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!built)("grantsmith score (built CLI)", () => {
  it("scores one file: total, criteria and improvements on stdout, exit 0", async () => {
    const { code, stdout } = await grantsmith(["score", path.join(fixtures, "zh-complete.md")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/zh-complete\.md {2}\d+(\.\d)?\/100 {2}A {2}standard-zh/);
    expect(stdout).toContain("改进建议");
  });

  it("--min-score fails the gate with exit 1", async () => {
    const { code, stderr } = await grantsmith(["score", path.join(fixtures, "en-sparse.md"), "--min-score", "70", "--format", "json"]);
    expect(code).toBe(1);
    expect(stderr).toContain("1 of 1 file failed the quality gate");
  });

  it("the closing lines are in Chinese when every file is Chinese", async () => {
    const { code, stderr } = await grantsmith(["score", path.join(fixtures, "zh-sparse.md"), path.join(fixtures, "zh-complete.md"), "--min-score", "70", "--format", "json"]);
    expect(code).toBe(1);
    expect(stderr).toContain("已评分 2 个文件：1 个可以提交；1 个门槛已通过，1 个未通过门槛");
    expect(stderr).toContain("2 个文件中有 1 个未通过质量门槛");
    expect(stderr).not.toMatch(/files?\b/);
  });

  it("a named binary file is skipped, said once, and nothing scored exits 2", async () => {
    const dir = mkdtempSync(path.join(home, "odd-"));
    writeFileSync(path.join(dir, "binary.md"), Buffer.from([0x61, 0x00, 0x62, 0x00]));
    const alone = await grantsmith(["score", path.join(dir, "binary.md")]);
    expect(alone.code).toBe(2);
    expect(alone.stderr.match(/binary\.md/g)).toHaveLength(1);
    expect(alone.stderr).toMatch(/binary\.md: skipped, a binary file .*; nothing was scored/);
    expect(alone.stderr).not.toContain("no proposal files found");
    const withOther = await grantsmith(["score", path.join(dir, "binary.md"), path.join(fixtures, "en-complete.md"), "--format", "csv"]);
    expect(withOther.code).toBe(0);
    expect(withOther.stderr.match(/binary\.md: skipped/g)).toHaveLength(1);
    expect(withOther.stderr).toContain("1 file scored: 1 ready to submit, 1 gate passed, 0 gate failed");
    expect(withOther.stderr).toContain("1 file skipped, not scored");
  });

  it("a proposal drafted in pounds is scored in pounds", async () => {
    const dir = mkdtempSync(path.join(home, "gbp-"));
    const facts = path.join(dir, "facts.yaml");
    writeFileSync(facts, readFileSync(path.join(root, "examples/en/girls-stem-clubs.yaml"), "utf8").replace(/currency: USD/, "currency: GBP"));
    const draft = await grantsmith(["draft", facts, "-o", "-", "--no-score", "--offline"]);
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain("£91,700.00");
    writeFileSync(path.join(dir, "p.md"), draft.stdout);
    const { code, stdout } = await grantsmith(["score", path.join(dir, "p.md"), "--facts", facts]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✓ Budget +14\.0 \/ 14/);
    expect(stdout).toContain("budget £91,700 · direct beneficiaries 240 · cost per beneficiary £382.08");
  });

  it("a folder with an unreadable file: reported, counted, exit 1; the JSON report is complete", async () => {
    const dir = mkdtempSync(path.join(home, "batch-"));
    writeFileSync(path.join(dir, "good.md"), readFileSync(path.join(fixtures, "en-complete.md")));
    symlinkSync(path.join(dir, "gone.md"), path.join(dir, "broken.md"));
    const out = path.join(dir, "report.json");
    const { code, stderr } = await grantsmith(["score", dir, "--format", "json", "-o", out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.md: cannot read \(ENOENT\)/);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.summary).toMatchObject({ files: 2, passed: 1, failed: 1 });
  });

  it("bad input exits 2 with the place and the fix", async () => {
    const missing = await grantsmith(["score", "no-such-proposal.md"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no-such-proposal.md: no such file or folder");
    const rubric = path.join(home, "bad-rubric.yaml");
    writeFileSync(rubric, "id: x\ntitle: { en: X }\ncriteria:\n  - id: a\n    title: { en: A }\n    weight: 100\n    checks: [{ type: nope }]\n");
    const bad = await grantsmith(["score", path.join(fixtures, "en-complete.md"), "--rubric", rubric]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-rubric\.yaml:7:\d+: criteria\[0\]\.checks\[0\]\.type: expected one of/);
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("github format prints annotations; --fail-on error fails on a placeholder", async () => {
    const { code, stdout } = await grantsmith(["score", path.join(fixtures, "en-sparse.md"), "--format", "github", "--fail-on", "error", "--max-annotations-per-file", "0"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=.*en-sparse\.md,line=5,title=grantsmith placeholders/m);
  });

  it("rubrics names itself in its errors; an unknown check field lists that check's fields", async () => {
    const nope = await grantsmith(["rubrics", "nope"]);
    expect(nope.code).toBe(2);
    expect(nope.stderr).toMatch(/^rubrics nope: no such built-in rubric or file; built-in: /m);
    expect(nope.stderr).not.toContain("--rubric");
    const rubric = path.join(home, "typo-rubric.yaml");
    writeFileSync(rubric, "id: x\ntitle: { en: X }\ncriteria:\n  - id: a\n    title: { en: A }\n    weight: 100\n    checks: [{ type: risks, mins: 2 }]\n");
    const typo = await grantsmith(["rubrics", rubric]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/typo-rubric\.yaml:7:\d+: criteria\[0\]\.checks\[0\]\.mins: unknown field; a risks check takes: type, weight, severity, sections, min_items/);
  });

  it("rubrics lists and shows the built-in rubrics", async () => {
    const list = await grantsmith(["rubrics"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^standard-zh\s+zh\s+standard/m);
    const one = await grantsmith(["rubrics", "public-fundraising-zh", "--json"]);
    expect(JSON.parse(one.stdout).criteria.find((c: { id: string }) => c.id === "art24").must).toBe(true);
  });

  it("a CSV report written to a file starts with a byte-order mark for Excel; on stdout it does not", async () => {
    const out = path.join(mkdtempSync(path.join(home, "csv-")), "scores.csv");
    const proposal = path.join(fixtures, "zh-complete.md");
    expect((await grantsmith(["score", proposal, "--format", "csv", "-o", out])).code).toBe(0);
    const written = readFileSync(out, "utf8");
    expect(written.startsWith("\uFEFFrank,file,title,organization,language,")).toBe(true);
    expect(written.split("\n")[1]).toMatch(/^1,.*zh-complete\.md,/);
    expect((await grantsmith(["score", proposal, "--format", "csv"])).stdout.startsWith("rank,file,title,")).toBe(true);
  });

  it("a folder of many files is scored with workers, in order", () => {
    const dir = mkdtempSync(path.join(home, "many-"));
    mkdirSync(path.join(dir, "sub"));
    for (let i = 0; i < 80; i++) writeFileSync(path.join(dir, "sub", `p${String(i).padStart(2, "0")}.md`), readFileSync(path.join(fixtures, i % 2 ? "en-complete.md" : "zh-complete.md")));
    // NODE_DEBUG=grantsmith says which threads scored how many files.
    const { code, stdout, stderr } = spawned(["score", dir, "--format", "jsonl"], root, { NODE_DEBUG: "grantsmith" });
    expect(code).toBe(0);
    const files = stdout.trim().split("\n").map((line) => path.basename((JSON.parse(line) as { file: string }).file));
    expect(files).toEqual(Array.from({ length: 80 }, (_, i) => `p${String(i).padStart(2, "0")}.md`));
    const threads = /batch: 80 files scored; this thread: (\d+); worker threads \((\d+)\)(?:: ([\d, ]+))?$/m.exec(stderr);
    expect(threads, stderr).not.toBeNull();
    const [here, workers, byWorker] = [Number(threads![1]), Number(threads![2]), threads![3]?.split(", ").map(Number) ?? []];
    const cores = os.availableParallelism();
    expect(workers).toBe(cores - 1);
    expect(byWorker).toHaveLength(workers);
    expect(here + byWorker.reduce((sum, n) => sum + n, 0)).toBe(80);
    if (cores > 1) expect(Math.max(...byWorker)).toBeGreaterThan(0);
    // The same report as one thread alone writes.
    const alone = spawned(["score", dir, "--format", "jsonl", "--concurrency", "1"], root, { NODE_DEBUG: "grantsmith" });
    expect(alone.stderr).toMatch(/batch: 80 files scored; this thread: 80; worker threads \(0\)$/m);
    expect(alone.stdout).toBe(stdout);
    // Written to a file through its buffer (several times its size here), the report is the same.
    const report = path.join(mkdtempSync(path.join(home, "report-")), "report.jsonl");
    const toFile = spawned(["score", dir, "--format", "jsonl", "-o", report, "--quiet"], root);
    expect(toFile.code).toBe(0);
    expect(stdout.length).toBeGreaterThan(3 * 64 * 1024);
    expect(readFileSync(report, "utf8")).toBe(stdout);
  });
});
