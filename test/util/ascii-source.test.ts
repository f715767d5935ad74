// scripts/ascii-source.js writes the scripts run from the code cache in ASCII: each case must mean
// the same program once escaped, and the built main.cjs must hold no other character.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asciiSource } from "../../scripts/ascii-source.js";

const CASES = [
  '"预算：" + "a"',
  "'引号\\'里'",
  "`模板 ${1 + 1} 行`",
  "/^(?:人次|人·次)$/.test('人·次')",
  "'x。'.replace(/[。.]$/, '')",
  "/\\：/.test('：')",
  "'\\\\。'",
  "/[😀]/u.test('😀')",
  "'😀'.length",
  "'a😀b'.match(/./gu).length",
  "/\\p{Script=Han}/u.test('汉')",
];

describe("asciiSource", () => {
  it.each(CASES)("%s means the same written in ASCII", (source) => {
    const ascii = asciiSource(source);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect((0, eval)(ascii)).toEqual((0, eval)(source));
  });

  it("leaves the built main.cjs with ASCII only", () => {
    const text = readFileSync(new URL("../../dist/bundle/main.cjs", import.meta.url), "utf8");
    expect(text.match(/[^\x00-\x7f]/u)?.[0]).toBeUndefined();
  });
});
