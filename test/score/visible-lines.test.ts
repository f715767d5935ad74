import { describe, expect, it } from "vitest";
import { visibleLines } from "../../src/score/read/proposal.js";
import { seeded } from "../helpers/random.js";

/** The rule, line by line: front matter blanked, fenced lines marked, comments cut out of each line. */
function reference(text: string): { lines: string[]; fenced: boolean[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/);
  const fenced = lines.map(() => false);
  let i = 0;
  if (lines[0]?.trim() === "---") {
    const close = lines.findIndex((l, k) => k > 0 && (l.trim() === "---" || l.trim() === "..."));
    if (close > 0 && close < 200) {
      for (let k = 0; k <= close; k++) lines[k] = "";
      i = close + 1;
    }
  }
  let inComment = false;
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!inComment) {
      const f = /^\s{0,3}(```+|~~~+)/.exec(line);
      if (fence !== undefined || f) {
        fence = fence === undefined ? f![1] : f && f[1]!.startsWith(fence) ? undefined : fence;
        fenced[i] = true;
        continue;
      }
      if (!line.includes("<!--")) continue;
    }
    let out = "";
    for (let pos = 0; pos < line.length; ) {
      const next = line.indexOf(inComment ? "-->" : "<!--", pos);
      if (!inComment) out += line.slice(pos, next < 0 ? line.length : next);
      if (next < 0) break;
      pos = next + (inComment ? 3 : 4);
      inComment = !inComment;
    }
    lines[i] = out.trim() === "" ? "" : out;
  }
  return { lines, fenced };
}

describe("visibleLines", () => {
  it("hides front matter, comments and fences as the line-by-line rule does, on generated text", () => {
    const pieces = ["<!--", "-->", "```", "~~~", "---", "...", "\n", "\n", "\r\n", "\r", "  ", "text", "# 标题", "\uFEFF", "x", " ", "<!-- c -->", "\n---\n"];
    const next = seeded(1);
    for (let n = 0; n < 30000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 14);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
      expect(visibleLines(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
