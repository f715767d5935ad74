// Files a new user may hand the wrong command: a format grantsmith does not read, an empty file, a
// facts file saved as .txt. Each is one line saying what the file is and what to do, exit 2.
import { writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { looksLikeFacts } from "../../src/score/read/files.js";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";
import { linesOf } from "./project.js";

interface Case {
  name: string;
  file: string;
  content: string | (() => Promise<string>);
  args: (file: string) => string[];
  lang: "en" | "zh";
  line: RegExp;
}

const example = (name: string) => () => readFile(path.join(REPO_ROOT, "examples", name), "utf8");

const CASES: Case[] = [
  { name: "score a file of an unknown kind", file: "notes.xyz", content: "Our project", args: (f) => ["score", f], lang: "en", line: /notes\.xyz: grantsmith does not read \.xyz files; a proposal is one of \.md, \.markdown, \.txt, \.text, \.rst, \.Rmd, \.docx, \.pdf/ },
  { name: "score a file of an unknown kind (zh)", file: "申报书.pages", content: "项目", args: (f) => ["score", f], lang: "zh", line: /申报书\.pages：grantsmith 不读取 \.pages 文件；项目书应为 \.md、\.markdown、.*、\.pdf 之一/ },
  { name: "score an old Word file", file: "proposal.doc", content: "x", args: (f) => ["score", f], lang: "en", line: /proposal\.doc: an old Word document \(\.doc\); save it as \.docx/ },
  { name: "score an empty facts file", file: "facts.yaml", content: "", args: (f) => ["score", f], lang: "en", line: /facts\.yaml: the file is empty, so there is nothing to score; to start a facts file in it: grantsmith init .*facts\.yaml --force$/ },
  { name: "check an empty facts file", file: "facts.yaml", content: "", args: (f) => ["check", f], lang: "en", line: /facts\.yaml: the facts file is empty; fill it in, or start from a commented one: grantsmith init .*facts\.yaml --force$/ },
  { name: "check a facts file of comments only (zh)", file: "facts.yaml", content: "# 项目信息\n\n", args: (f) => ["check", f], lang: "zh", line: /facts\.yaml：项目信息文件是空的；请填写内容/ },
  { name: "draft an empty facts file", file: "facts.yaml", content: "\n", args: (f) => ["draft", f], lang: "en", line: /facts\.yaml: the facts file is empty/ },
  { name: "score facts saved as .txt", file: "facts.txt", content: example("en/girls-stem-clubs.yaml"), args: (f) => ["score", f], lang: "en", line: /facts\.txt: skipped, it holds project facts \(YAML\), not a proposal; save it as facts\.yaml and draft it: grantsmith draft facts\.yaml; nothing was scored$/ },
  { name: "score facts saved as .txt (zh)", file: "项目.txt", content: example("zh/elderly-meals.yaml"), args: (f) => ["score", f], lang: "zh", line: /项目\.txt：已跳过，其中是项目信息（YAML），不是项目书；请另存为 项目\.yaml 再起草/ },
];

describe("a file that is not what the command reads", () => {
  it.each(CASES)("$name", async (c) => {
    const dir = await tempDir();
    const file = path.join(dir, c.file);
    await writeFile(file, typeof c.content === "string" ? c.content : await c.content());
    const result = await runInProcess(c.args(file), { env: cleanEnv({ GRANTSMITH_LANG: c.lang, GRANTSMITH_PROVIDER: "offline" }) });
    expect(result.code, result.stderr).toBe(2);
    const lines = linesOf(result.stderr);
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(c.line);
    expect(result.stdout).toBe("");
  });

  it("tells facts typed into a text file from a proposal written as plain text", async () => {
    expect(looksLikeFacts(await example("zh/flood-relief.yaml")())).toBe(true);
    expect(looksLikeFacts("title: Reading corners\nneed:\n  problem: few books\n")).toBe(true);
    // A proposal that happens to start with a few "key: value" lines still has sentences at the margin.
    expect(looksLikeFacts("title: Reading corners\nbudget: 12,000\n\nWe will open reading corners in six schools.\n")).toBe(false);
    expect(looksLikeFacts(await readFile(path.join(REPO_ROOT, "test/fixtures/proposals/en-complete.md"), "utf8"))).toBe(false);
    expect(looksLikeFacts("title: x\n")).toBe(false);
  });
});
