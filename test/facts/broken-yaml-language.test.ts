// A facts file too broken or too short to tell its language from is answered in the user's locale:
// `title: "x` in a Chinese session used to get English ("syntax error: Missing closing "quote")
// because a text without Chinese characters was taken for English.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";

async function checkIn(locale: string, text: string) {
  const dir = await tempDir();
  const file = path.join(dir, "facts.yaml");
  await writeFile(file, text);
  return { file, result: await runInProcess(["check", file], { env: cleanEnv({ LANG: locale }) }) };
}

describe("the language of errors about a facts file with no words to go by", () => {
  it("follows a Chinese locale for an unclosed quote in an ASCII-only file", async () => {
    const { file, result } = await checkIn("zh_CN.UTF-8", 'title: "x\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1:8: 语法错误：这里的引号 " 没有配对`));
    expect(result.stderr).not.toContain("syntax error");
  });

  it("follows a Chinese locale for a broken flow sequence", async () => {
    const { result } = await checkIn("zh_CN.UTF-8", "title: [a\n  b: :\n");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("语法错误：");
  });

  it("stays English for an English file in a Chinese locale", async () => {
    const { result } = await checkIn("zh_CN.UTF-8", 'title: "Community meals for older people\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("syntax error: ");
  });

  it("stays English in an English locale", async () => {
    const { result } = await checkIn("en_US.UTF-8", 'title: "x\n');
    expect(result.stderr).toContain("syntax error: ");
  });
});
