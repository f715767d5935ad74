// The writer registry: a name and extensions per format, loaded only when a document is written.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/document/markdown/read.js";
import { chooseWriter, formatOf, WRITER_NAMES, WRITERS, writeDocument, writerForPath } from "../../src/document/writers.js";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

describe("the writer registry", () => {
  it.each([
    ["申报书.md", "markdown"],
    ["out/Proposal.MD", "markdown"],
    ["notes.markdown", "markdown"],
    ["-", "markdown"],
    ["申报书.docx", "docx"],
    ["申报书.DOCX", "docx"],
    ["申报书.pdf", undefined],
    ["dir.md/proposal", undefined],
  ])("chooses the writer of %s: %s", (file, name) => {
    expect(writerForPath(file)?.name).toBe(name);
  });

  it.each(WRITERS.map((w) => [formatOf(w), w] as const))("with -o -, --to %s is written to stdout only by a writer that can", (format, writer) => {
    const chosen = chooseWriter("-", format);
    if (writer.stdout) expect(chosen).toEqual({ writer });
    else expect(chosen).toEqual({ error: `--to ${format} with -o -: ${writer.title.en} cannot go to stdout; give -o a file name ending in ${writer.extensions[0]}` });
  });

  it("writes Markdown by name", async () => {
    const text = "# 标题\n\n| a | b |\n| --- | ---: |\n| 1 | 2 |\n";
    expect(await writeDocument(readMarkdown(text), "markdown")).toBe(text);
    expect(WRITER_NAMES).toContain("markdown");
    await expect(writeDocument(readMarkdown(text), "pdf")).rejects.toThrow(/no document writer named "pdf"/);
  });
});

/** Every module `entry` loads before running, following static imports (lazy `import()` excluded). */
async function staticClosure(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = await readFile(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)\s+(?:[^"';]*?\s+from\s+)?["'](\.[^"']+)["']/gm)) {
      await visit(path.resolve(path.dirname(file), m[1]!));
    }
  };
  await visit(path.join(DIST, entry));
  return seen;
}

describe("start-up", () => {
  it("cli.js loads the writer registry, for the formats --to's help lists, and nothing else of the document model", async () => {
    const loaded = [...(await staticClosure("cli.js"))].map((f) => path.relative(DIST, f).split(path.sep).join("/"));
    expect(loaded.filter((f) => f.startsWith("document/"))).toEqual(["document/writers.js"]);
  });

  it("commands/score.js loads nothing of the document model", async () => {
    const loaded = [...(await staticClosure("commands/score.js"))].map((f) => path.relative(DIST, f));
    expect(loaded.filter((f) => f.startsWith(`document${path.sep}`))).toEqual([]);
  });

  it("draft writes every format from the document; Word's writer only when Word is asked for", async () => {
    const loaded = [...(await staticClosure("commands/draft.js"))].map((f) => path.relative(DIST, f).split(path.sep).join("/"));
    expect(loaded).toContain("document/writers.js");
    // A Markdown draft is written from the assembled blocks, as a Word file is.
    expect(loaded).toContain("draft/assemble.js");
    expect(loaded).toContain("document/markdown/write.js");
    expect(loaded.filter((f) => f.startsWith("document/docx/"))).toEqual([]);
  });
});
