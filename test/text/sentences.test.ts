import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const texts = (lines: string[]) => splitSentences(lines).map((s) => s.text);

describe("splitSentences", () => {
  it("ends a sentence at a full stop inside closing emphasis", () => {
    expect(texts(["**Key indicators.** The project will track attendance. It reports monthly."])).toEqual([
      "**Key indicators.**",
      "The project will track attendance.",
      "It reports monthly.",
    ]);
  });
  it("keeps abbreviations and decimals inside a sentence", () => {
    expect(texts(["We use e.g. surveys and 3.5 hours of training. Then we stop."])).toEqual([
      "We use e.g. surveys and 3.5 hours of training.",
      "Then we stop.",
    ]);
  });
  it("splits Chinese at 。 and keeps closing quotes", () => {
    expect(texts(["**核心指标。**项目重点监测“送餐准时率”。其次是满意度。"])).toEqual(["**核心指标。**", "项目重点监测“送餐准时率”。", "其次是满意度。"]);
  });
});
