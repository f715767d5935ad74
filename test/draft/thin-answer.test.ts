// Thin model answers, in both languages: refusals, text with nothing of the section, a line where a
// section was asked for; and the concise but genuine sections that must pass. Then what the model
// writer does with them: ask once more, keep the better answer, never fail the draft for it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { loadTemplates } from "../../src/draft/templates.js";
import { buildView } from "../../src/draft/view.js";
import { modelWriter } from "../../src/draft/writers.js";
import { THIN_SHARE, thinAnswer, thinReason, thinReminder } from "../../src/draft/thin-answer.js";
import { lengthTarget } from "../../src/kinds/sections.js";
import { UsageMeter } from "../../src/llm/types.js";
import { scriptedProvider } from "../helpers/scripted-provider.js";
import { REPO_ROOT } from "../helpers/run-cli.js";

const need = sectionPlan("standard").find((s) => s.id === "need")!;
const target = { zh: lengthTarget(need, "zh"), en: lengthTarget(need, "en") };
const heading = { zh: need.heading.zh, en: need.heading.en };
const kindOf = (text: string, language: "zh" | "en") => thinAnswer(text, heading[language], language, target[language])?.kind;

/** A concise need statement: a few sentences with figures and a source, under a quarter of the lower target. */
const CONCISE = {
  en: [
    "In Nakuru East and Njoro, girls drop out of science early: according to the county education office's 2024 report, only 18% of girls in Grade 8 chose a STEM subject, against 41% of boys.",
    "None of the 12 partner schools runs a science club, and a survey we ran in March 2025 (n = 310 pupils) found that 64% of girls had never used a circuit or robotics kit.",
    "Teachers want to run hands-on sessions but have neither the training nor the equipment.",
  ].join(" "),
  zh: [
    "西城区德胜、新街口两个街道共有独居、高龄和失能老人1,036名。据本中心2024年10月的入户调查，41%的老人表示自己做饭困难，23%的老人每周至少有两天不能按时吃上午饭。",
    "现有4处社区老年餐桌只提供堂食，行动不便的老人走不到。2024年辖区独居老人居家意外17起，其中6起在24小时后才被发现，送餐上门同时也是一次探访。",
  ].join(""),
};

describe("thinAnswer", () => {
  it.each([
    ["en", "I cannot write this section without more information about the project."],
    ["en", "I'm sorry, but I can't help with writing this proposal."],
    ["en", "As an AI language model, I do not have access to your survey data."],
    ["en", "Sorry, I am unable to draft the statement of need."],
    ["zh", "作为一个AI语言模型，我无法替您撰写这部分内容。"],
    ["zh", "作为AI助手，我不能编造调查数据。"],
    ["zh", "抱歉，我无法完成这一部分的撰写。"],
    ["zh", "我无法根据现有信息撰写需求分析。"],
  ] as const)("a refusal (%s): %s", (language, text) => {
    expect(kindOf(text, language)).toBe("refusal");
  });

  it.each([
    ["en", "[TODO: statement of need]"],
    ["en", "[replay] no prepared answers for this project"],
    ["en", "Statement of Need"],
    ["en", '{"score":6,"reasons":["The objectives follow from the need."],"suggestions":[]}'],
    ["en", "**Statement of Need**\n\n[TODO: evidence of the need]"],
    ["zh", "【待补充：需求分析】"],
    ["zh", "【项目背景】"],
    ["en", " [Statement of Need] "],
    ["zh", "【】"],
    ["zh", "项目背景与需求分析"],
    ["zh", "……"],
  ] as const)("nothing of the section (%s): %s", (language, text) => {
    expect(kindOf(text, language)).toBe("empty");
  });

  it.each([
    ["en", "See the attached documents for this section."],
    ["en", "Girls in Nakuru need STEM clubs because schools have none."],
    ["zh", "本部分内容详见附件。"],
    ["zh", "辖区老人吃饭难，需要送餐服务。"],
    // Two bracketed labels with text between them are not one bare label.
    ["zh", "【现状】老人吃饭难【需求】送餐"],
    ["en", "Meals for [Need], then [Plan]"],
  ] as const)("far below the length target (%s): %s", (language, text) => {
    expect(kindOf(text, language)).toBe("short");
  });

  it.each(["en", "zh"] as const)("a concise but genuine section is not thin (%s)", (language) => {
    expect(thinAnswer(CONCISE[language], heading[language], language, target[language])).toBeUndefined();
  });

  it("passes every prepared answer of the replay fixtures, as a strong model writes them", () => {
    for (const [example, language] of [["elderly-meals", "zh"], ["clean-water-wells", "en"]] as const) {
      const folder = path.join(REPO_ROOT, "test/fixtures/replay", example);
      for (const spec of sectionPlan("standard")) {
        const answer = readFileSync(path.join(folder, `${spec.id}.md`), "utf8").trim();
        expect(thinAnswer(answer, spec.heading[language], language, lengthTarget(spec, language)), `${example}/${spec.id}`).toBeUndefined();
      }
    }
  });

  it("is not fooled by content that opens like a refusal or a tag", () => {
    const longEnough = (first: string, language: "zh" | "en") => `${first}${language === "zh" ? "" : " "}${CONCISE[language]}`;
    expect(kindOf(longEnough("We cannot reach every household in the first year, so we start where the need is greatest.", "en"), "en")).toBeUndefined();
    expect(kindOf(longEnough("作为人工智能教育试点，本项目面向社区老人开设数字助餐课程。", "zh"), "zh")).toBeUndefined();
    expect(kindOf(longEnough("我们无法覆盖全部社区，因此先从需求最集中的两个街道开始。", "zh"), "zh")).toBeUndefined();
    expect(kindOf(`【现状】${CONCISE.zh}`, "zh")).toBeUndefined();
  });

  it("draws the line at a quarter of the lower target, for a line or two", () => {
    const words = (n: number) => Array.from({ length: n }, () => "water").join(" ");
    const edge = Math.ceil(target.en.min * THIN_SHARE);
    expect(kindOf(`${words(edge)}.`, "en")).toBeUndefined();
    expect(kindOf(`${words(edge - 1)}.`, "en")).toBe("short");
    expect(kindOf(`${words(10)}. ${words(10)}.`, "en")).toBe("short");
    expect(kindOf(`${words(10)}. ${words(10)}. ${words(10)}.`, "en")).toBeUndefined();
    expect(CONCISE.en.split(" ").length).toBeLessThan(edge);
  });

  it("says why, and reminds the model in the proposal's language", async () => {
    const short = thinAnswer("辖区老人吃饭难，需要送餐服务。", heading.zh, "zh", target.zh)!;
    expect(thinReason(short, "zh", target.zh)).toBe("was only 13 Chinese characters, far below the 600–900 asked for");
    expect(await thinReminder(short, "zh", target.zh)).toBe("上一次回答只有约13字，没有写出本部分的正文。请根据所给事实写出本部分完整的正文，篇幅600至900字；缺少的事实写【待补充：…】。");
    const refusal = thinAnswer("I cannot write this section.", heading.en, "en", target.en)!;
    expect(thinReason(refusal, "en", target.en)).toBe(`declined to write the section ("I cannot write this section.")`);
    expect(await thinReminder(refusal, "en", target.en)).toContain("where a fact is missing, write [TODO: …] and go on, without declining or explaining.");
  });

  // The reminders as they read when they were written in thin-answer.ts, before they moved to prompts/<lang>/retry/.
  it.each([
    ["zh", "refusal", "这是公益机构根据自己的项目信息撰写的项目书。请直接写出本部分的正文，篇幅600至900字；缺少的事实写【待补充：…】，不要拒绝或解释。"],
    ["zh", "short", "上一次回答只有约13字，没有写出本部分的正文。请根据所给事实写出本部分完整的正文，篇幅600至900字；缺少的事实写【待补充：…】。"],
    ["zh", "empty", "上一次回答只有约13字，没有写出本部分的正文。请根据所给事实写出本部分完整的正文，篇幅600至900字；缺少的事实写【待补充：…】。"],
    ["en", "refusal", "This is a charity's own proposal, written from its own facts. Write this section's text, 600–900 words; where a fact is missing, write [TODO: …] and go on, without declining or explaining."],
    ["en", "short", "Your last answer was only about 13 words and did not give the section's text. Write this section in full from the facts given, 600–900 words; where a fact is missing, write [TODO: …]."],
    ["en", "empty", "Your last answer was only about 13 words and did not give the section's text. Write this section in full from the facts given, 600–900 words; where a fact is missing, write [TODO: …]."],
  ] as const)("the %s reminder after a %s answer", async (language, kind, expected) => {
    expect(await thinReminder({ kind, length: 13, opening: "" }, language, { min: 600, max: 900 })).toBe(expected);
  });
});

describe("the model writer with a thin answer", () => {
  async function writerAnswering(answers: readonly { text: string; finishReason?: string }[]) {
    const loaded = await loadFacts(path.join(REPO_ROOT, "examples/zh/elderly-meals.yaml"));
    const templates = await loadTemplates("zh", "standard");
    const { provider, requests } = scriptedProvider(answers);
    const retries: string[] = [];
    const writer = modelWriter(provider, templates, buildView(loaded), loaded, new UsageMeter(), { onRetry: (_spec, reason, thin) => retries.push(`${thin?.kind ?? "problem"}: ${reason}`) });
    return { write: () => writer.write(need, new AbortController().signal), requests, retries };
  }

  it("asks once more with a reminder and keeps a good second answer", async () => {
    const w = await writerAnswering([{ text: "作为一个AI语言模型，我无法替您撰写这部分内容。" }, { text: CONCISE.zh }]);
    expect(await w.write()).toBe(CONCISE.zh);
    expect(w.retries).toEqual([`refusal: declined to write the section ("作为一个AI语言模型，我无法替您撰写这部分内容。")`]);
    expect(w.requests[1]!.messages.at(-1)!.content).toContain("不要拒绝或解释");
  });

  it("keeps the better of two thin answers rather than failing the section", async () => {
    const w = await writerAnswering([{ text: "辖区老人吃饭难，需要送餐服务。" }, { text: "抱歉，我无法完成。" }]);
    expect(await w.write()).toBe("辖区老人吃饭难，需要送餐服务。");
    expect(w.requests).toHaveLength(2);
  });

  it("keeps a thin first answer when the second is cut off, instead of failing the draft", async () => {
    const w = await writerAnswering([{ text: "辖区老人吃饭难，需要送餐服务。" }, { text: "辖区内独居", finishReason: "length" }]);
    expect(await w.write()).toBe("辖区老人吃饭难，需要送餐服务。");
  });

  it("asks nothing more for a concise but genuine answer", async () => {
    const w = await writerAnswering([{ text: CONCISE.zh }]);
    expect(await w.write()).toBe(CONCISE.zh);
    expect(w.requests).toHaveLength(1);
    expect(w.retries).toEqual([]);
  });
});
