// A template's questions asked as list items, each answer indented below its item, written under it
// at its own depth or after the question on its line: the item heads its answer; an ordinary list
// stays a list.
import { describe, expect, it } from "vitest";
import { listQuestionOf, LIST_QUESTION_RANK } from "../../src/score/read/list-questions.js";
import { parseProposal } from "../../src/score/read/proposal.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";
import "./helpers.js";

const matcher = buildSectionMatcher();
const ids = (text: string) => parseProposal(text, matcher).sections.filter((s) => s.id).map((s) => [s.id, s.line]);
const at = (text: string, i: number) => listQuestionOf(text.split("\n"), i);

describe("listQuestionOf", () => {
  it.each([
    ["a question over an indented paragraph", "* Why does the town need this?\n\n    Two clinics closed last spring.", "Why does the town need this"],
    ["a question over a nested list", "- How will you measure success?\n  - 40 families attend", "How will you measure success"],
    ["a numbered question", "2. What are the risks?\n   Rain on the fair day.", "What are the risks"],
    ["a bold question with a full-width mark", "* **社区面临什么问题？**\n  老人午餐没有着落。", "社区面临什么问题"],
    ["a label with a colon", "- 项目预算：\n    - 场地租金 2,000元", "项目预算"],
    ["a bold label", "* **Budget**\n    - Hall hire $300", "Budget"],
    ["a tab-indented answer", "* What will it cost?\n\tAbout $900.", "What will it cost"],
    ["a question over a paragraph at its own depth", "* What are the risks?\n\nRain on the fair day.", "What are the risks"],
    ["a bold question over a paragraph", "* **Who will benefit?**\nForty families on the estate.", "Who will benefit"],
  ])("%s heads its answer", (_, text, heading) => {
    expect(at(text, 0)).toMatchObject({ text: heading, rank: LIST_QUESTION_RANK, needsAlias: true });
  });

  it("a question is marked as one, a label is not", () => {
    expect(at("* What are the risks?\n  Rain.", 0)?.question).toBe(true);
    expect(at("* Risks:\n  Rain.", 0)?.question).toBeUndefined();
  });

  it.each([
    ["the next item at the same depth", "- Why do children leave school?\n- How can tutors help?"],
    ["a question inside a sentence", "- We ask parents what works? and write it down\n    notes follow"],
    ["an item that ends in a stop", "- Run four workshops.\n    Each lasts two hours."],
    ["an item with its answer on the line", "- 预算：6万元\n    - 场地 2万元"],
    ["no line after it", "* What are the risks?"],
    ["a long sentence as a label", "- We will spend the grant on these items over the year:\n    - hall"],
    ["a line that is no item", "What are the risks?\n    Rain."],
    ["a question over another item", "* What are the risks?\n\n* Rain on the fair day."],
    ["a question over a table", "* What will it cost?\n\n| Hall | $300 |"],
    ["a statement with a question inside it", "- We ask parents what works? and write it down"],
    ["a label answered on its line", "- **Staff turnover risk**: a coordinator may leave mid-year, so two volunteers shadow her every week."],
  ])("%s is no heading", (_, text) => {
    expect(at(text, 0)).toBeUndefined();
  });

  it("the last of several questions asked in the text, a paragraph after it, is no heading", () => {
    const text = "We asked the parents:\n\n- Why do children leave school?\n- How can tutors help?\n\nMost said the bus fare.";
    expect(at(text, 3)).toBeUndefined();
  });

  it.each([
    ["a question, a colon, its answer", "* What need(s) does your project meet? : We provide a lending library for the estate.", "What need(s) does your project meet", "* We provide a lending library for the estate."],
    ["a question and its answer", "- Where does your project fit? It lends books where no library is.", "Where does your project fit", "- It lends books where no library is."],
    ["a bold question and its answer", "1. **Who will benefit?** Forty families.", "Who will benefit", "1. Forty families."],
    ["a Chinese question and its answer", "- 本项目要解决什么问题？辖区独居老人120人，午餐无人照看。", "本项目要解决什么问题", "- 辖区独居老人120人，午餐无人照看。"],
  ])("%s on one line heads the answer, the line read as the item's answer", (_, text, heading, answer) => {
    expect(at(text, 0)).toMatchObject({ text: heading, rank: LIST_QUESTION_RANK, question: true, answer: { text: answer, end: 1 } });
  });
});

describe("list questions in a proposal", () => {
  it("each question of an English template heads its answer, mapped by the section matcher", () => {
    const text = [
      "# Reading corner",
      "",
      "## Our answers",
      "",
      "* What need(s) does your project meet?",
      "",
      "    Children in the estate have no library within 5 km.",
      "",
      "* How will you measure success?",
      "    - 30 children borrow a book each week",
      "    - a reading check every term",
      "",
      "* What are the risks?",
      "    Volunteers may leave; two stand-ins are named.",
    ].join("\n");
    expect(ids(text)).toEqual([
      ["need", 5],
      ["monitoring", 9],
      ["risks", 13],
    ]);
    const need = parseProposal(text, matcher).sections.find((s) => s.id === "need")!;
    // The need section is its answer, up to the next question.
    expect(need.end).toBeLessThan(9);
  });

  it("a Chinese template's questions and labels head their answers", () => {
    const text = [
      "# 社区助老项目",
      "",
      "- 本项目要解决的社区问题是什么？",
      "  辖区独居老人120人，午餐无人照看。",
      "- 项目如何评估成效？",
      "  - 每月回访老人",
      "- 项目经费预算：",
      "  - 餐食补贴 12,000元",
    ].join("\n");
    expect(ids(text)).toEqual([
      ["need", 3],
      ["monitoring", 5],
      ["budget", 7],
    ]);
  });

  it("an ordinary list of objectives and activities gets no headings", () => {
    const text = [
      "## 项目目标",
      "",
      "- 为什么孩子放学后无人看护？我们走访了40户家庭。",
      "- 社区面临什么问题？",
      "- 建立课后托管点2个",
      "  每周开放5天",
      "",
      "## Activities",
      "",
      "- Weekly homework club (what do pupils need most?)",
      "- How will you measure success?",
      "- Budget workshops for parents",
      "  held in the library",
    ].join("\n");
    expect(ids(text)).toEqual([
      ["objectives", 1],
      ["activities", 8],
    ]);
  });

  it("a question answered on its line opens the section it names, which ends with the item", () => {
    const text = [
      "## Ecosystem fit",
      "",
      "* Where does your project fit? It lends books where no library is.",
      "* What need(s) does your project meet? : Children in the estate have no library within 5 km,",
      "  and the school lends no books home.",
      "* Are there similar projects in the district?",
      "  None.",
    ].join("\n");
    const proposal = parseProposal(text, matcher);
    const need = proposal.sections.find((s) => s.id === "need")!;
    expect(need).toMatchObject({ line: 4, start: 3, end: 5 });
    // The section reads as the answer, not the question.
    expect(proposal.lines.slice(need.start, need.end)).toEqual(["* Children in the estate have no library within 5 km,", "  and the school lends no books home."]);
  });

  it("questions written as items with their answers at the item's depth head their answers", () => {
    const text = [
      "### Ecosystem Fit",
      "",
      "* What need(s) does your project meet?",
      "",
      "Children in the estate have no library within 5 km.",
      "",
      "* How will you measure success?",
      "",
      "We count the books borrowed each week.",
    ].join("\n");
    expect(ids(text)).toEqual([
      ["need", 3],
      ["monitoring", 7],
    ]);
  });

  it("a question that names no known section heads nothing", () => {
    expect(ids("## Budget\n\n* Who is your favourite author?\n    Nobody in particular.\n")).toEqual([["budget", 1]]);
  });
});
