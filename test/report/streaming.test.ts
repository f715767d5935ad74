// What lets a run over 100,000 files keep its memory flat: only text and markdown footers get a
// row per file, the CSV ranking keeps each row's text outside the heap, and late criteria columns
// still line up.
import { describe, expect, it } from "vitest";
import { createWriter, REPORT_FORMAT_NAMES, REPORT_FORMATS, renderReport } from "../../src/report/index.js";
import { RowStore } from "../../src/report/row-store.js";
import { footerBlocks, rowOf } from "../../src/report/writer.js";
import { scoreText } from "../../src/score/engine.js";
import { errorResult, summarize, summaryTotals } from "../../src/score/gate.js";
import type { ScoreResult } from "../../src/score/types.js";
import { fixture } from "../score/helpers.js";
import { readCsv } from "../helpers/csv.js";

async function results(): Promise<ScoreResult[]> {
  return [
    await scoreText(fixture("zh-complete.md"), { file: "proposals/good.md" }),
    await scoreText(fixture("en-sparse.md"), { file: "proposals/sparse.md" }),
    errorResult("proposals/broken.md", "not UTF-8 text"),
  ];
}

describe("footer rows", () => {
  it("a format that gets no rows writes the same footer with them", async () => {
    const list = await results();
    const summary = summarize(list);
    const run = { skipped: [{ file: "proposals/README.md", reason: { zh: "README 文件", en: "README" } }] };
    for (const format of REPORT_FORMAT_NAMES) {
      const footer = async (rows: ReturnType<typeof rowOf>[]) => {
        const writer = await createWriter(format);
        for (const r of list) writer.result(r);
        return [...footerBlocks(writer.footer(summary, rows, run))].join("");
      };
      const withRows = await footer(list.map(rowOf));
      if (REPORT_FORMATS[format].footerRows) expect(await footer([]), format).not.toBe(withRows);
      else expect(await footer([]), format).toBe(withRows);
    }
  });

  it("the totals counted one at a time are summarize's", async () => {
    const list = await results();
    const totals = summaryTotals();
    for (const r of list) totals.add(r);
    expect(totals.summary()).toEqual(summarize(list));
    expect(summaryTotals().summary()).toEqual(summarize([]));
  });
});

describe("csv ranking", () => {
  it("a criterion first seen in a later row leaves an empty cell in the rows before it", async () => {
    const [good, sparse] = await results();
    const extra = { ...sparse!, file: "proposals/extra.md", criteria: [...sparse!.criteria, { ...sparse!.criteria[0]!, id: "late_one", score: 3 }] };
    const csv = renderReport(await createWriter("csv", { sort: "name" }), [good!, extra], summarize([good!, extra]));
    const [header, ...rows] = readCsv(csv);
    const at = header!.indexOf("points_late_one");
    expect(at).toBeGreaterThan(0);
    const good_ = rows.find((r) => r.includes("proposals/good.md"))!;
    const extra_ = rows.find((r) => r.includes("proposals/extra.md"))!;
    expect(good_[at]).toBe("");
    expect(extra_[at]).toBe("3");
    // Apart from the new column, a row is what it is alone.
    const alone = readCsv(renderReport(await createWriter("csv"), [good!], summarize([good!])))[1]!;
    expect([...good_.slice(0, at), ...good_.slice(at + 1)]).toEqual(alone);
  });
});

describe("RowStore", () => {
  it("gives back every text as added: across blocks, in any script, and one larger than a block", () => {
    const store = new RowStore();
    const texts = Array.from({ length: 30000 }, (_, i) => (i % 3 === 0 ? `社区助餐 ${i} 🍚` : i % 3 === 1 ? `row,${i},"quoted"` : ""));
    texts.splice(12345, 0, "长".repeat(600 * 1024));
    const kept = texts.map((text) => store.add(text));
    expect(new Set(kept.map((k) => k.block)).size).toBeGreaterThan(2);
    expect(kept.map((k) => store.get(k))).toEqual(texts);
  });
});
