// The scorer's fast paths against the plain versions beside them in src/, on seeded inputs and on
// the fixture proposals.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { figureReader, figuresReference } from "../../src/score/analysis/analysis.js";
import { mayBeFormRow, mayBeFormRowReference } from "../../src/score/read/form-table.js";
import { findTables } from "../../src/score/read/markdown.js";
import { allLines, mayHoldContents, mayHoldContentsReference, outermostWithId, outermostWithIdReference, parseProposal, withEnds, withEndsReference, type Section } from "../../src/score/read/proposal.js";
import { outermostSectionAtReference, sectionAtReference, sectionOfEachLine } from "../../src/score/checks/prose.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";
import { longestClauseCjk, longestClauseCjkReference } from "../../src/score/checks/sentence-length.js";
import { seeded } from "../helpers/random.js";

const fixtures = path.join(import.meta.dirname, "../fixtures/proposals");
const texts = readdirSync(fixtures).sort().map((name) => readFileSync(path.join(fixtures, name), "utf8"));

/** Headings in line order with random ranks and ids, as parseProposal finds them before their ends. */
function randomHeadings(next: () => number, count: number): Omit<Section, "end">[] {
  const out: Omit<Section, "end">[] = [];
  let line = 1;
  for (let k = 0; k < count; k++) {
    line += 1 + Math.floor(next() * 4);
    const rank = [0, 1, 2, 3, 10][Math.floor(next() * 5)]!;
    const id = ["budget", "need", undefined][Math.floor(next() * 3)];
    out.push({ id, heading: `h${k}`, rank, line, start: line });
  }
  return out;
}

describe("sections: the one-pass versions give what the plain ones give", () => {
  it("section ends and the outermost sections with an id, on seeded heading lists", () => {
    const next = seeded(15);
    for (let n = 0; n < 3000; n++) {
      const found = randomHeadings(next, Math.floor(next() * 30));
      const lineCount = (found[found.length - 1]?.line ?? 0) + Math.floor(next() * 5);
      const sections = withEnds(found, lineCount);
      expect(sections).toEqual(withEndsReference(found, lineCount));
      for (const id of ["budget", "need", "risks"]) expect(outermostWithId(sections, id)).toEqual(outermostWithIdReference(sections, id));
    }
  });
  it("the innermost and outermost section of every line, from one table per proposal, on seeded heading lists and form rows", () => {
    const next = seeded(16);
    for (let n = 0; n < 3000; n++) {
      const found = randomHeadings(next, Math.floor(next() * 30));
      const lineCount = (found[found.length - 1]?.line ?? 0) + Math.floor(next() * 5);
      const sections = withEnds(found, lineCount);
      // A form row ends on its own line, so it holds no line (as parseProposal sets it).
      for (const s of sections) if (next() < 0.1) s.end = s.start + 1;
      const innermost = sectionOfEachLine(sections, "innermost");
      const outermost = sectionOfEachLine(sections, "outermost");
      for (let line = 0; line <= lineCount + 2; line++) {
        expect(innermost[line]).toBe(sectionAtReference(sections, line));
        expect(outermost[line]).toBe(outermostSectionAtReference(sections, line));
      }
    }
  });
});

describe("figures: read once per line or cell, the same as read every time", () => {
  it("every line of the fixtures, its cells and its halves, asked twice", () => {
    const matcher = buildSectionMatcher();
    const next = seeded(8);
    for (const text of texts) {
      const proposal = parseProposal(text, matcher);
      const figures = figureReader(proposal.lines);
      const refs = allLines(proposal).flatMap((ref) => {
        const cut = Math.floor(next() * ref.text.length);
        const cells = ref.text.split("|").map((cell) => ({ line: ref.line, text: cell.trim() }));
        return [ref, ...cells, { line: ref.line, text: ref.text.slice(0, cut) }, { line: ref.line, text: ref.text.slice(cut) }];
      });
      for (const round of [1, 2]) {
        for (const ref of refs) expect(figures(ref), `${round}: ${ref.text}`).toEqual(figuresReference(ref));
      }
    }
  });

  it("a text asked about with another line's number is read as itself", () => {
    const figures = figureReader(["预算 1,000 元", "服务 200 人"]);
    expect(figures({ line: 1, text: "预算 1,000 元" })[0]!.value).toBe(1000);
    expect(figures({ line: 1, text: "服务 200 人" })[0]!.value).toBe(200);
    expect(figures({ line: 2, text: "服务 200 人" })[0]!.value).toBe(200);
  });
});

describe("tables: parsed once per list of lines", () => {
  it("the analysis gives findTables of the lines, the same object when asked again", async () => {
    const { createAnalysis } = await import("../../src/score/analysis/analysis.js");
    const proposal = parseProposal(texts[0]!, buildSectionMatcher());
    const analysis = createAnalysis(proposal, undefined);
    const lines = allLines(proposal);
    const first = analysis.tables(lines);
    expect(first.length).toBeGreaterThan(0);
    expect(first).toEqual(findTables(lines));
    expect(analysis.tables(lines)).toBe(first);
  });
});

describe("sentence length: the one-pass clause count gives what splitting gives", () => {
  it("seeded sentences of Chinese, Latin, digits and both semicolons", () => {
    const next = seeded(21);
    const pieces = ["的", "项目", "；", ";", "a", "word ", "12", "，", "。", " ", "（", "服务"];
    for (let n = 0; n < 5000; n++) {
      let sentence = "";
      for (let k = Math.floor(next() * 40); k > 0; k--) sentence += pieces[Math.floor(next() * pieces.length)];
      expect(longestClauseCjk(sentence)).toBe(longestClauseCjkReference(sentence));
    }
  });
});

/**
 * A table line of random cells near the bounds of written text (about ten words or twenty Chinese
 * characters), with marks, tags, escaped pipes and odd spaces between them.
 */
function randomTableLine(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const han = [..."项目背景社区老人助餐服务需求分析志愿者预算"];
  // Mostly words, so that many lines have just ten or just short of it.
  const word = () => (next() < 0.8 ? pick(["budget", "the", "project", "élèves", "a-b", "项目"]) : pick(["3", "200", "$5,000", "😀", "：", "—", "**"]));
  const between = () => pick([" ", " ", " ", "  ", "", "\u3000", "\u00a0", "\t", "<br>", "<br/>", "**", "__", "`", "\\|", "|", " | ", "，"]);
  const words = () => Array.from({ length: 8 + Math.floor(next() * 5) }, () => word() + between()).join("");
  const chinese = () => Array.from({ length: 16 + Math.floor(next() * 7) }, () => pick(han) + (next() < 0.2 ? between() : "")).join("");
  const cell = () => pick([words, chinese, () => "", () => "200 元", () => pick(han)])();
  const cells = Array.from({ length: 1 + Math.floor(next() * 3) }, cell);
  const label = pick(["项目背景", "**实施计划**", "一、项目目标", "Need", "Budget", "", "项目名称", "A label longer than twenty characters", "2024", "3"]);
  return `${pick(["", " ", "  "])}|${[label, ...cells].join(pick(["|", " | "]))}${pick(["|", " |", ""])}`;
}

describe("form rows: a table line decided without splitting it, as the plain test decides it", () => {
  it("seeded table lines and every line of the fixtures", () => {
    const next = seeded(21);
    const lines = [...Array.from({ length: 20000 }, () => randomTableLine(next)), ...texts.flatMap((t) => t.split("\n"))];
    let rows = 0;
    for (const line of lines) {
      const expected = mayBeFormRowReference(line);
      expect(mayBeFormRow(line), line).toBe(expected);
      if (expected) rows++;
    }
    // The lines include form rows, so both answers are tested.
    expect(rows).toBeGreaterThan(500);
  });
});

describe("contents: a text ruled out by plain searches, as the pattern alone rules it out", () => {
  it("seeded texts around the pattern's pieces and the fixtures", () => {
    const next = seeded(33);
    const pieces = ["目", "录", "目 录", "目\n录", "Contents", "CONTENTS", "content", "..", "...", "... 3", "...x", "…", "……", "·", "··", "···", "项目", "预算", " ", "3", "a", "\n"];
    const inputs = [...Array.from({ length: 20000 }, () => Array.from({ length: Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]!).join("")), ...texts];
    let held = 0;
    for (const text of inputs) {
      const expected = mayHoldContentsReference(text);
      expect(mayHoldContents(text), JSON.stringify(text)).toBe(expected);
      if (expected) held++;
    }
    // Both answers are tested.
    expect(held).toBeGreaterThan(1000);
    expect(held).toBeLessThan(inputs.length - 1000);
  });
});
