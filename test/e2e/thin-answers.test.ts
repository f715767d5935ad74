// Thin model answers: a project the replay endpoint has no answers for (every section comes back as
// "[replay] no prepared answers…"), a refusal, one line where a section was asked for. The draft asks
// once more, keeps what it got, names each thin section in one warning and all of them once more at
// the end, and its score says "not ready" with the reason, never grade A or B.
import { existsSync } from "node:fs";
import { copyFile, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionPlan } from "../../src/draft/plan.js";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess, runInProcessInEnglish } from "../helpers/run-in-process.js";
import { startLlmServer } from "../helpers/llm-server.js";
import { startReplayServer, THIN_ANSWERS, type ReplayServer } from "../helpers/replay-server.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
let replay: ReplayServer;
beforeAll(async () => {
  dir = await tempDir("grantsmith-e2e-thin-");
  replay = await startReplayServer();
});
afterAll(() => replay.close());

const PLAN = sectionPlan("standard");
const env = () => cleanEnv({ GRANTSMITH_API_KEY: "sk-test-replay" });
const lines = (text: string, start: string) => text.split("\n").filter((l) => l.startsWith(start));

describe("a draft whose model answers hold nothing", () => {
  it("warns per section and at the end, keeps every section, and scores as not ready", async () => {
    replay.setHabit(undefined);
    const before = replay.llm.requests.length;
    const out = path.join(dir, "girls.md");
    const result = await runInProcessInEnglish(["draft", "examples/en/girls-stem-clubs.yaml", "-o", out, "--base-url", replay.baseURL, "--model", "replay", "--no-cache"], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    // Each section asked once more, then kept.
    expect(replay.llm.requests.length - before).toBe(PLAN.length * 2);
    const warnings = lines(result.stderr, "warning: the answer for ");
    expect(warnings).toHaveLength(PLAN.length);
    expect(warnings).toContain(
      `warning: the answer for "Statement of Need" had none of the section's text ("[replay] no prepared answers for this project"), even when asked again; it is kept as drafted: rewrite the section before submitting`,
    );
    expect(result.stderr).not.toMatch(/asking once more/);
    expect(result.stderr).toContain(`warning: ${PLAN.length} of ${PLAN.length} sections came back thin (Executive Summary, Statement of Need, Goals and Objectives,`);
    expect(result.stderr).toContain(`not ready to submit: "Statement of Need" is near-empty (7 words, no figures)`);
    expect(result.stderr).toMatch(/^Score: [\d.]+\/100 \(C\)/m);
    // Nothing is lost: every section and every table from the facts is there.
    const draft = await readFile(out, "utf8");
    expect(lines(draft, "## ")).toHaveLength(PLAN.length);
    expect(draft).toContain("| 1 | Teacher training | September 2025 | October 2025 |");
    expect(existsSync(path.join(dir, ".grantsmith-state"))).toBe(false);

    const scored = await runInProcessInEnglish(["score", out], { env: cleanEnv() });
    expect(scored.stdout.split("\n")[0]).toMatch(/ C {2}standard-en {2}not ready to submit · gate passed$/);
    expect(scored.stdout).toContain(`not ready to submit: "Statement of Need" is near-empty (7 words, no figures)`);
  });
});

describe("two drafts in one run whose model answers hold nothing", () => {
  it("names the facts file in each warning", async () => {
    replay.setHabit(undefined);
    // memory-cafe is a venture grant of 11 sections; the replay answers its prompts with a judge's JSON verdict.
    const files = { "girls-stem-clubs.yaml": PLAN.length, "memory-cafe.yaml": sectionPlan("venture-grant").length };
    for (const f of [...Object.keys(files), "org.yaml"]) await copyFile(path.join("examples/en", f), path.join(dir, f));
    const result = await runInProcessInEnglish(["draft", ...Object.keys(files), "-o", "-", "--base-url", replay.baseURL, "--model", "replay", "--no-cache", "--no-score"], { env: env(), cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    // Eleven sections in flight at once print no warning of Node's about abort listeners.
    expect(result.stderr).not.toContain("MaxListenersExceededWarning");
    const warnings = lines(result.stderr, "");
    for (const [f, n] of Object.entries(files)) {
      const named = warnings.filter((l) => l.startsWith(`${f}: warning: the answer for "`));
      expect(named, result.stderr).toHaveLength(n);
      expect(named.every((l) => l.includes("had none of the section's text")), result.stderr).toBe(true);
    }
  });
});

describe("a Chinese draft with a refusal or one-line answers", () => {
  it("asks again and keeps a good retry without a warning", async () => {
    // The first answer of each is spoiled only: the retries are the prepared answers.
    replay.setHabit({ bySection: { need: "refusal", summary: "one-line" } });
    try {
      const out = path.join(dir, "elderly.md");
      const result = await runInProcess(["draft", "examples/zh/elderly-meals.yaml", "-o", out, "--base-url", replay.baseURL, "--model", "replay", "--no-cache"], {
        env: env(),
      });
      expect(result.code, result.stderr).toBe(0);
      expect(lines(result.stderr, "警告：")).toEqual([]);
      const draft = await readFile(out, "utf8");
      expect(draft).toContain(replay.answer("elderly-meals", "need").split("\n")[0]);
      expect(draft).toContain(replay.answer("elderly-meals", "summary").split("\n")[0]);
      expect(draft).not.toContain(THIN_ANSWERS.refusal.zh);
      expect(draft).not.toContain(THIN_ANSWERS["one-line"].zh);
      // Each retry was told what went wrong, in the proposal's language.
      const reminders = replay.llm.requests.map((r) => r.lastUser);
      expect(reminders.filter((m) => m.includes("不要拒绝或解释"))).toHaveLength(1);
      expect(reminders.filter((m) => m.startsWith("上一次回答只有约9字，没有写出本部分的正文。"))).toHaveLength(1);
    } finally {
      replay.setHabit(undefined);
    }
  });

  it("keeps a refusal that comes back twice, names it in Chinese, and the score says 尚不能提交 with the reason", async () => {
    replay.setHabit({ bySection: { need: "refusal" }, always: true });
    try {
      const out = path.join(dir, "elderly-refused.md");
      const result = await runInProcess(["draft", "examples/zh/elderly-meals.yaml", "-o", out, "--base-url", replay.baseURL, "--model", "replay", "--no-cache"], {
        env: env(),
      });
      expect(result.code, result.stderr).toBe(0);
      expect(lines(result.stderr, "警告：")).toEqual([
        `警告：“项目背景与需求分析”的回答拒绝撰写本部分（“${THIN_ANSWERS.refusal.zh}”），再次请求后仍是如此；已原样保留，提交前请重写这一部分`,
        `警告：${PLAN.length} 个章节中有 1 个内容单薄（项目背景与需求分析）；提交前请重写：手动修改，或加 --no-cache 重新起草，或换一个模型`,
      ]);
      // The other sections, genuine answers, are not flagged and are kept as prepared.
      const draft = await readFile(out, "utf8");
      expect(draft).toContain(THIN_ANSWERS.refusal.zh);
      expect(draft).toContain(replay.answer("elderly-meals", "objectives").split("\n")[0]);
      // 一个 in the refusal is no figure: the need is near-empty, and the draft cannot show A or B.
      expect(result.stderr).toMatch(/^尚不能提交：.*「项目背景与需求分析」几乎是空的（只有 20 个汉字，没有数据）/m);
      expect(result.stderr).toMatch(/^评分：[\d.]+\/100（C）/m);
      expect(result.stderr).toMatch(/^按分数为 [AB] 级；尚不能提交的项目书最高显示为 C 级$/m);
    } finally {
      replay.setHabit(undefined);
    }
  });

  it("one line for every section: each named, and the score says 尚不能提交 because the need is near-empty", async () => {
    const oneLine = await startLlmServer((request) => (request.lastUser.startsWith("请撰写项目书") || request.lastUser.startsWith("上一次回答") ? THIN_ANSWERS["one-line"].zh : "{}"));
    try {
      const out = path.join(dir, "sparse.md");
      const result = await runInProcess(["draft", "examples/zh/sparse.yaml", "-o", out, "--base-url", oneLine.baseURL, "--model", "one-line", "--no-cache", "--format", "json"], {
        env: env(),
      });
      expect(result.code, result.stderr).toBe(0);
      // --format json lists them too, in the plan's order.
      expect(JSON.parse(result.stdout).drafts[0].thin).toEqual(PLAN.map((s) => s.id));
      const warnings = lines(result.stderr, "警告：");
      expect(warnings).toHaveLength(PLAN.length + 1);
      expect(warnings).toContain("警告：“项目背景与需求分析”的回答只有 9 字，远少于要求的 600至900字，再次请求后仍是如此；已原样保留，提交前请重写这一部分");
      expect(warnings[PLAN.length]).toMatch(/^警告：10 个章节中有 10 个内容单薄（项目概述、项目背景与需求分析、/);
      expect(result.stderr).toMatch(/^尚不能提交：.*「项目背景与需求分析」几乎是空的（只有 9 个汉字，没有数据）/m);
      expect(result.stderr).toMatch(/^评分：[\d.]+\/100（[CDF]）/m);
      expect(await readFile(out, "utf8")).toContain(THIN_ANSWERS["one-line"].zh);
    } finally {
      await oneLine.close();
    }
  });

  it("a thin section saved by an interrupted draft is reused by --resume and named again", async () => {
    // The need comes back one line twice and is kept; the work plan is cut off twice, which stops the draft.
    replay.setHabit({ bySection: { need: "one-line", activities: "length" }, always: true });
    try {
      const out = path.join(dir, "elderly-resumed.md");
      const args = ["draft", "examples/zh/elderly-meals.yaml", "-o", out, "--base-url", replay.baseURL, "--model", "replay", "--no-cache", "--no-score", "--concurrency", "1"];
      const first = await runInProcess(args, { env: env() });
      expect(first.code).toBe(3);
      expect(first.stderr).toContain("已保留 4 个完成的章节");
      expect(lines(first.stderr, "警告：“项目背景与需求分析”的回答只有 9 字")).toHaveLength(1);

      replay.setHabit(undefined);
      const asked = replay.answers.length;
      const second = await runInProcess([...args, "--resume"], { env: env() });
      expect(second.code, second.stderr).toBe(0);
      expect(replay.answers.slice(asked).map((a) => a.section)).toEqual(["activities", "budget", "monitoring", "risks", "sustainability", "organization"]);
      expect(lines(second.stderr, "警告：")).toEqual([
        "警告：“项目背景与需求分析”的回答只有 9 字，远少于要求的 600至900字，再次请求后仍是如此；已原样保留，提交前请重写这一部分",
        `警告：${PLAN.length} 个章节中有 1 个内容单薄（项目背景与需求分析）；提交前请重写：手动修改，或加 --no-cache 重新起草，或换一个模型`,
      ]);
      expect(await readFile(out, "utf8")).toContain(THIN_ANSWERS["one-line"].zh);
    } finally {
      replay.setHabit(undefined);
    }
  });
});
