// The document readers and their libraries load only for a document: --help, `score x.md` and a
// Markdown draft start without them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const HEAVY = ["mammoth", "pdfjs-dist", "iconv-lite"];

/** Every module an entry loads before it runs (static imports only) and the packages they import. */
async function loadedBy(entry: string): Promise<{ modules: string[]; packages: Set<string> }> {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = async (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const m of (await readFile(file, "utf8")).matchAll(/^(?:import|export)\s+(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)) {
      const specifier = m[1]!;
      if (specifier.startsWith(".")) await visit(path.resolve(path.dirname(file), specifier));
      else packages.add(specifier.split("/")[0]!.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!);
    }
  };
  await visit(path.join(DIST, entry));
  return { modules: [...modules].map((f) => path.relative(DIST, f).split(path.sep).join("/")), packages };
}

describe("document readers load lazily", () => {
  it.each(["cli.js", "commands/score.js", "commands/draft.js", "commands/check.js", "score/batch/worker.js"])("%s loads no document reader or its library", async (entry) => {
    const { modules, packages } = await loadedBy(entry);
    expect(modules.filter((m) => m === "read/docx.js" || m === "read/pdf.js")).toEqual([]);
    expect(HEAVY.filter((name) => packages.has(name))).toEqual([]);
  });

  it("iconv-lite is required only inside the function that decodes GBK", async () => {
    const text = await readFile(path.join(DIST, "read", "decode.js"), "utf8");
    expect(text).toMatch(/function decodeGb18030[\s\S]*createRequire\(import\.meta\.url\)\("iconv-lite"\)/);
  });
});
