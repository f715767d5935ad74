// The reminder an answer that cannot be kept is asked again with (cut off, stopped by a content
// filter, only reasoning or nothing, the wrong language, far too long) comes from
// prompts/<lang>/retry/, in the proposal's language, and reads as it did when it was written inline
// in writers.ts (the strings below are those).
import { describe, expect, it } from "vitest";
import { answerProblem, problemReminder } from "../../src/draft/writers.js";
import { RETRY_PROMPTS, retryPromptFile } from "../../src/draft/retry-prompts.js";
import { runInProcess } from "../helpers/run-in-process.js";

const target = { min: 300, max: 500 };
type Answer = { finishReason?: string; text: string; unclosedReasoning?: boolean };

const CASES: [what: string, answer: Answer, zh: string, en: string][] = [
  ["cut off", { finishReason: "length", text: "写到一半" }, "上一次回答在长度上限处被截断。请写得更精炼，在篇幅要求之内完整写完本部分。", "Your last answer was cut off at the length limit. Write more concisely and finish the section within the length asked for."],
  ["stopped by the content filter", { finishReason: "content_filter", text: "" }, "请只写项目书本部分的正文。", "Write only the text of this section of the proposal."],
  ["only reasoning", { text: "", unclosedReasoning: true }, "请直接输出本部分的正文，不要输出思考过程。", "Output the section's text directly, without your reasoning."],
  ["no text", { text: "" }, "请直接输出本部分的正文，不要输出思考过程。", "Output the section's text directly, without your reasoning."],
];

describe("the reminder an unusable answer is asked again with", () => {
  it.each(CASES)("%s", async (_what, answer, zh, en) => {
    const cleaned = { text: answer.text, unclosedReasoning: answer.unclosedReasoning ?? false };
    for (const [language, expected] of [["zh", zh], ["en", en]] as const) {
      const problem = answerProblem({ finishReason: answer.finishReason ?? "stop" }, cleaned, language, target)!;
      expect(await problemReminder(problem, language)).toBe(expected);
    }
  });

  it("the wrong language: asks for the proposal's", async () => {
    const english = answerProblem({ finishReason: "stop" }, { text: "This section is written in English for the people of the estate.", unclosedReasoning: false }, "zh", target)!;
    expect(await problemReminder(english, "zh")).toBe("请用简体中文撰写本部分的正文。");
    const chinese = answerProblem({ finishReason: "stop" }, { text: "本部分用中文写成，说明社区老人的需求和我们的服务。", unclosedReasoning: false }, "en", target)!;
    expect(await problemReminder(chinese, "en")).toBe("Write this section in English.");
  });

  it("far too long: states the answer's length and the target", async () => {
    const zh = answerProblem({ finishReason: "stop" }, { text: "老".repeat(2001), unclosedReasoning: false }, "zh", target)!;
    expect(await problemReminder(zh, "zh")).toBe("上一次回答约2001字，远超本部分300至500字的篇幅要求。请只写本部分的正文，控制在要求的篇幅之内。");
    const en = answerProblem({ finishReason: "stop" }, { text: Array(2001).fill("water").join(" "), unclosedReasoning: false }, "en", target)!;
    expect(await problemReminder(en, "en")).toBe("Your last answer was about 2001 words, far beyond the 300–500 words asked for this section. Write only this section's text, within that length.");
  });

  it("grantsmith templates lists every retry prompt of each language, and --check compiles them", async () => {
    const result = await runInProcess(["templates", "--check"]);
    expect(result.code).toBe(0);
    for (const language of ["zh", "en"] as const) {
      expect(result.stdout).toContain(`  retry     ${RETRY_PROMPTS.map((name) => retryPromptFile(name, language)).join(", ")}\n`);
      expect(result.stderr).toContain(`${language} retry`);
    }
  });
});
