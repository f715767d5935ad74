// Real models' habits in a draft, end to end: the built binary against a local OpenAI-compatible
// server whose answers carry reasoning, preambles, fences, closings and repeated headings, or are cut
// off or in the wrong language. None of it may reach the proposal; nothing cut off is passed off
// as finished.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcessInEnglish as runInProcess } from "../helpers/run-in-process.js";
import { startLlmServer, type LlmServer, type RecordedRequest } from "../helpers/llm-server.js";

let dir: string;
let server: LlmServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "grantsmith-e2e-habits-"));
  server = await startLlmServer();
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const NUMBERING = /^(?:\d+\.\s*|[一二三四五六七八九十]+、)/;

/** The section a drafting prompt asks for (without its number), from its first line. */
function sectionTitle(request: RecordedRequest): string {
  const user = request.body.messages?.find((m) => m.role === "user");
  const text = typeof user?.content === "string" ? user.content : "";
  return /请撰写项目书“(.+?)”部分的正文|Write the narrative of the section "(.+?)"/.exec(text)?.slice(1).find(Boolean)?.replace(NUMBERING, "") ?? "?";
}

const zhBody = (title: string) =>
  `本部分说明${title}的具体安排。项目团队将依据项目事实开展工作，并在执行中定期复盘。\n\n### 工作重点\n\n- 按计划落实各项服务\n- 记录服务过程，接受资助方监督`;
const enBody = (title: string) =>
  `This part sets out the ${title.toLowerCase()} of the project. The team works from the agreed facts and reviews progress every month.\n\n### Focus\n\n- Deliver each activity as planned\n- Keep records the funder can inspect`;

const env = () => cleanEnv({ GRANTSMITH_API_KEY: "sk-test-habits" });
const modelArgs = () => ["--base-url", server.baseURL, "--model", "habit-model", "--no-score", "--no-cache"];

describe("a draft from a model with bad habits", () => {
  it("removes reasoning, preambles, fences, closings and repeated headings, and says what it removed", async () => {
    server.setHandler((request) => {
      const title = sectionTitle(request);
      const zh = /[\u4e00-\u9fff]/.test(title);
      return zh
        ? `<think>\n用户要求撰写「${title}」。数字只能来自事实，我先列提纲……\n</think>\n\n好的，以下是「${title}」部分的正文：\n\n**${title}**\n\n${zhBody(title)}\n\n希望以上内容对您有所帮助！`
        : `<think>Plan: keep to the facts.</think>\nSure! Here is the ${title} section:\n\n\`\`\`markdown\n## ${title}\n\n${enBody(title)}\n\`\`\`\n\nLet me know if you'd like any changes.`;
    });
    for (const [example, lang] of [["examples/zh/elderly-meals.yaml", "zh"], ["examples/en/clean-water-wells.yaml", "en"]] as const) {
      const out = path.join(dir, `habits-${lang}.md`);
      const result = await runInProcess(["draft", example, "-o", out, ...modelArgs()], { env: env() });
      expect(result.code, result.stderr).toBe(0);
      const text = await readFile(out, "utf8");
      expect(text).not.toMatch(/<\/?think>|用户要求|Plan: keep|好的，以下是|Sure! Here|```|希望以上内容|Let me know/);
      // Each section's heading stands once: the template's, never the model's copy of it.
      for (const line of text.split("\n").filter((l) => /^## /.test(l))) {
        const title = line.replace(/^## /, "").replace(NUMBERING, "");
        const headingLines = text.split("\n").filter((l) => l === `**${title}**` || (/^#{1,6} /.test(l) && l.endsWith(title)));
        expect(headingLines, title).toEqual([line]);
      }
      expect(text).toContain(lang === "zh" ? "按计划落实各项服务" : "Deliver each activity as planned");
      const sections = server.chatRequests().length;
      expect(result.stderr).toMatch(/cleaned from the model's answers: \d+ reasoning blocks, \d+ preambles/);
      server.requests.length = 0;
      expect(sections).toBeGreaterThan(5);
    }
  });

  it("asks once more when an answer is cut off or in the wrong language, and keeps only the good answer", async () => {
    const seen = new Map<string, number>();
    server.setHandler((request) => {
      const title = sectionTitle(request);
      const n = (seen.get(title) ?? 0) + 1;
      seen.set(title, n);
      if (title === "Statement of Need" && n === 1) return { text: "Clean water is scarce in the district and", finishReason: "length" };
      if (title === "Budget" && n === 1) return "本项目预算由三部分组成。";
      return enBody(title);
    });
    const out = path.join(dir, "retried.md");
    const result = await runInProcess(["draft", "examples/en/clean-water-wells.yaml", "-o", out, ...modelArgs()], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`note: the answer for "Statement of Need" was cut off at the model's length limit; asking once more`);
    expect(result.stderr).toContain(`note: the answer for "Budget" was written in Chinese instead of English; asking once more`);
    const text = await readFile(out, "utf8");
    expect(text).not.toContain("scarce in the district and");
    expect(text).not.toContain("本项目预算");
    const retry = server.chatRequests().find((r) => sectionTitle(r) === "Budget" && (r.body.messages?.length ?? 0) > 2);
    expect(retry?.lastUser).toBe("Write this section in English.");
    server.requests.length = 0;
  });

  it("fails with exit 3 when the answer is cut off twice, keeping the finished sections for --resume", async () => {
    server.setHandler((request) => {
      const title = sectionTitle(request);
      if (title === "Sustainability") return { text: "The wells will be", finishReason: "length" };
      return enBody(title);
    });
    const out = path.join(dir, "cut.md");
    const args = ["draft", "examples/en/clean-water-wells.yaml", "-o", out, ...modelArgs(), "--concurrency", "1"];
    const first = await runInProcess(args, { env: env() });
    expect(first.code).toBe(3);
    expect(first.stderr).toContain(`the answer for the section "Sustainability" was cut off at the model's length limit, twice`);
    expect(first.stderr).toMatch(/kept \d+ finished sections; run the same command with --resume/);
    await expect(readFile(out, "utf8")).rejects.toThrow();
    server.requests.length = 0;

    server.setHandler((request) => enBody(sectionTitle(request)));
    const second = await runInProcess([...args, "--resume"], { env: env() });
    expect(second.code, second.stderr).toBe(0);
    expect(server.chatRequests().map(sectionTitle)).toContain("Sustainability");
    expect(server.chatRequests().map(sectionTitle)).not.toContain("Executive Summary");
    expect(await readFile(out, "utf8")).not.toContain("The wells will be");
    server.requests.length = 0;
  });
});
