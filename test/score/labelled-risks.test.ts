// A risk written as a labelled paragraph ("Risk: …", "风险：…") with no mitigation label after it is
// paired by the words a listed risk's mitigation is told by, written after the risk's own first
// clause, as well as by a conditional.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";

const unmitigated = async (text: string) =>
  (await scoreText(text, { file: "p.md" })).improvements.filter((i) => i.criterion === "risks" && /has no mitigation|没有对应的应对措施/.test(i.message)).map((i) => i.line);

const proposal = (title: string, heading: string, risks: readonly string[]) => [`# ${title}`, "", `## ${heading}`, "", ...risks.flatMap((r) => [r, ""])].join("\n");

describe("a labelled risk without a mitigation label", () => {
  it("is paired by the mitigation words after its statement (en)", async () => {
    const text = proposal("Repair café network", "Risks", [
      "Risk: volunteers drift away after the first season. We will keep a reserve list of six trained fixers.",
      "Risk: the library withdraws the room on Saturdays. The parish hall is our contingency, agreed in writing.",
    ]);
    expect(await unmitigated(text)).toEqual([]);
  });

  it("is paired by the mitigation words after its statement (zh)", async () => {
    const text = proposal("社区助餐项目", "风险", [
      "风险：冬季送餐员人手不足。通过与两所高校志愿者协会签约，储备十名后备送餐员。",
      "风险：食材价格上涨，超出餐费预算。已与两家供应商签订全年固定价格协议，并建立每月比价记录。",
    ]);
    expect(await unmitigated(text)).toEqual([]);
  });

  it("a risk whose own statement holds such a word is still unmitigated", async () => {
    const en = proposal("Repair café network", "Risks", ["Risk: the landlord will raise the rent after the first year.", "Risk: volunteers drift away by the end of the first season."]);
    expect(await unmitigated(en)).toEqual([5, 7]);
    const zh = proposal("社区助餐项目", "风险", ["风险：通过街道招募的志愿者流失。", "风险：建立在老街区的食堂场地被收回。"]);
    expect(await unmitigated(zh)).toEqual([5, 7]);
  });

  it("more of the risk's description, in other words, leaves it unmitigated", async () => {
    const text = proposal("Repair café network", "Risks", [
      "Risk: volunteers drift away after the first season. Most of them are students who move away in June.",
      "Risk: the library withdraws the room on Saturdays. It has done so twice in the last three years.",
    ]);
    expect(await unmitigated(text)).toEqual([5, 7]);
  });

  it("pairs as the same risks written as list items do", async () => {
    const risks = ["volunteers drift away after the first season; we will keep a reserve list of six trained fixers.", "the library withdraws the room on Saturdays; no other room has been offered yet."];
    const listed = await unmitigated(proposal("Repair café network", "Risks", risks.map((r) => `- ${r}`)));
    const labelled = await unmitigated(proposal("Repair café network", "Risks", risks.map((r) => `Risk: ${r}`)));
    expect(listed).toEqual([7]);
    expect(labelled).toEqual([7]);
  });
});
