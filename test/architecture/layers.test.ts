// The source tree's import graph: no cycles, and the layers point one way (the templating layer
// and the document model know nothing of the commands above them). A cycle makes load order matter
// and hides a dependency that should have been a seam.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/run-cli.js";

const SRC = path.join(REPO_ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** file → the project files it imports (static, dynamic and type-only imports alike). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const specifier = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(specifier)].map((m) => path.resolve(path.dirname(file), m[1]!).replace(/\.js$/, ".ts"));
    graph.set(path.relative(SRC, file), targets.map((t) => path.relative(SRC, t)));
  }
  return graph;
}

/** Strongly connected groups of more than one file (Tarjan), each sorted. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return groups;
}

describe("the import graph of src/", () => {
  const graph = importGraph();

  it("has no cycles", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one (the finder itself works)", () => {
    const planted = new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]], ["d.ts", ["a.ts"]]]);
    expect(cycles(planted)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("keeps the lower layers free of the commands, the CLI and the scorer", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      /^(templating|document|text|util)\//.test(file)
        ? targets.filter((t) => /^(commands|cli|score|draft|revise|judge)[/.]/.test(t)).map((t) => `${file} → ${t}`)
        : [],
    );
    expect(upward).toEqual([]);
  });
});
