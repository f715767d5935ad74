// The report-format registry is the one list of formats: `--format` accepts exactly its names,
// every one of them writes a report, and `-o` treats each as its entry says.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createWriter, REPORT_FORMAT_NAMES, REPORT_FORMATS, renderReport } from "../../src/report/index.js";
import { scoreText } from "../../src/score/engine.js";
import { summarize } from "../../src/score/gate.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { fixture } from "../score/helpers.js";

const built = existsSync(path.join(REPO_ROOT, "dist", "cli.js"));
const proposal = path.join(REPO_ROOT, "test", "fixtures", "proposals", "zh-complete.md");
const dir = mkdtempSync(path.join(os.tmpdir(), "grantsmith-formats-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("report formats registry", () => {
  it.skipIf(!built)("--format accepts exactly the registered formats, in their order", async () => {
    const { code, stderr } = await runInProcess(["score", proposal, "--format", "no-such-format"]);
    expect(code).toBe(2);
    const allowed = /Allowed choices are (.+); see /.exec(stderr)?.[1]?.split(", ");
    expect(allowed).toEqual(REPORT_FORMAT_NAMES);
  });

  it("every registered format writes a report that names the file scored", async () => {
    const results = [await scoreText(fixture("zh-complete.md"), { file: "proposals/good.md" }), await scoreText(fixture("en-sparse.md"), { file: "proposals/sparse.md" })];
    for (const format of REPORT_FORMAT_NAMES) {
      const report = renderReport(await createWriter(format), results, summarize(results));
      expect(report, format).toContain("good.md");
      expect(report, format).toContain("sparse.md");
    }
  });

  it("a per-file format's chunk for a file is the same whatever came before it", async () => {
    const good = await scoreText(fixture("zh-complete.md"), { file: "good.md" });
    const sparse = await scoreText(fixture("en-sparse.md"), { file: "sparse.md" });
    for (const format of REPORT_FORMAT_NAMES.filter((f) => REPORT_FORMATS[f].unit === "file")) {
      const alone = (await createWriter(format)).result(sparse);
      const writer = await createWriter(format);
      writer.result(good);
      expect(writer.result(sparse), format).toBe(alone);
    }
  });

  it.skipIf(!built)("-o writes the format's report, with a byte-order mark only where the format asks for one", async () => {
    // One format of each kind keeps the spawns few; the report itself is compared with one rendered here.
    const formats = [true, false].map((bom) => REPORT_FORMAT_NAMES.find((f) => REPORT_FORMATS[f].byteOrderMark === bom)!);
    const result = await scoreText(readFileSync(proposal, "utf8"), { file: proposal });
    for (const format of formats) {
      const file = path.join(dir, `report-${format}.${REPORT_FORMATS[format].extension}`);
      expect((await runInProcess(["score", proposal, "--format", format, "-o", file])).code, format).toBe(0);
      const written = readFileSync(file, "utf8");
      expect(written.startsWith("\uFEFF"), format).toBe(REPORT_FORMATS[format].byteOrderMark);
      expect(written.replace(/^\uFEFF/, ""), format).toBe(renderReport(await createWriter(format), [result], summarize([result])));
    }
  });
});
