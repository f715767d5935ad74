// A facts file that does not say its language (language:) is read in the language it is written
// in, by the one detector of text/language.ts: every example and every file `grantsmith init`
// writes, its language line taken out, is read in its own language, before validation (the
// messages' language) and after it (the draft's).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderInitFile } from "../../src/commands/init.js";
import { examineFacts, languageOf } from "../../src/facts/load.js";
import { KINDS } from "../../src/kinds/index.js";

const LANGUAGE_LINE = /^language: *(?:zh|en)\b.*\n/m;
const EXAMPLES = path.resolve(import.meta.dirname, "../../examples");

async function examples(): Promise<{ file: string; language: "zh" | "en" }[]> {
  const out: { file: string; language: "zh" | "en" }[] = [];
  for (const language of ["zh", "en"] as const) {
    // org.yaml is an organisation profile, read inside the facts files that name it.
    for (const name of (await readdir(path.join(EXAMPLES, language))).filter((n) => n.endsWith(".yaml") && n !== "org.yaml")) out.push({ file: path.join(EXAMPLES, language, name), language });
  }
  return out;
}

describe("a facts file's detected language", () => {
  it("is its own for every example, before and after validation", async () => {
    const files = await examples();
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const { file, language } of files) {
      const text = (await readFile(file, "utf8")).replace(LANGUAGE_LINE, "");
      expect(languageOf(parse(text), text), file).toBe(language);
      const examined = await examineFacts(file, text);
      expect(examined.problems, file).toEqual([]);
      expect(examined.loaded?.facts.language, file).toBe(language);
    }
  });

  it("is its own for every file init writes, blanks and comments only", async () => {
    for (const language of ["zh", "en"] as const) {
      for (const kind of KINDS) {
        const written = await renderInitFile("project.yaml", language, kind);
        const text = written.replace(LANGUAGE_LINE, "");
        expect(text, `${language} ${kind}`).not.toBe(written);
        expect(languageOf(parse(text), text), `${language} ${kind}`).toBe(language);
      }
    }
  });
});
