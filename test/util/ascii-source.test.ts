// scripts/ascii-source.js writes the scripts run from the code cache in ASCII: each case must mean
// the same program once escaped, and the built command scripts must hold no other character.
import { readdirSync, readFileSync } from "node:fs";
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

  it("leaves every built command script (dist/bundle/main-*.cjs) with ASCII only", () => {
    const folder = new URL("../../dist/bundle/", import.meta.url);
    const scripts = readdirSync(folder).filter((name) => /^main-[\w-]+\.cjs$/.test(name));
    expect(scripts).toContain("main-score.cjs");
    for (const name of scripts) expect(readFileSync(new URL(name, folder), "utf8").match(/[^\x00-\x7f]/u)?.[0], name).toBeUndefined();
  });
});
