// Files a new user may hand the wrong command: a format grantsmith does not read, an empty file, a
// facts file saved as .txt. Each is one line saying what the file is and what to do, exit 2.
import { writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { orgProfileSchema } from "../../src/facts/org-profile.js";
import { factsInText, ORG_PROFILE_KEYS } from "../../src/score/read/files.js";
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
  { name: "score an organisation profile saved as .txt", file: "org.txt", content: example("en/org.yaml"), args: (f) => ["score", f], lang: "en", line: /org\.txt: skipped, it holds an organisation profile \(YAML, as org\.yaml\), not a proposal; save it as org\.yaml and name it in a facts file: organization: \.\/org\.yaml; nothing was scored$/ },
  { name: "score an organisation profile saved as .txt (zh)", file: "机构.txt", content: example("zh/org.yaml"), args: (f) => ["score", f], lang: "zh", line: /机构\.txt：已跳过，其中是机构档案（YAML，即 org\.yaml），不是项目书；请另存为 机构\.yaml，并在项目信息文件中写 organization: \.\/机构\.yaml 引用它/ },
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
    expect(factsInText(await example("zh/flood-relief.yaml")())).toBe("project");
    expect(factsInText("title: Reading corners\nneed:\n  problem: few books\n")).toBe("project");
    expect(factsInText(await example("zh/org.yaml")())).toBe("organization");
    expect(factsInText(await example("en/org.yaml")())).toBe("organization");
    // A proposal that happens to start with a few "key: value" lines still has sentences at the margin.
    expect(factsInText("title: Reading corners\nbudget: 12,000\n\nWe will open reading corners in six schools.\n")).toBeUndefined();
    expect(factsInText("name: Reading Trust\nfounded: 2012\n\nWe will open reading corners in six schools.\n")).toBeUndefined();
    expect(factsInText(await readFile(path.join(REPO_ROOT, "test/fixtures/proposals/en-complete.md"), "utf8"))).toBeUndefined();
    expect(factsInText("title: x\n")).toBeUndefined();
  });

  it("a folder run skips an organisation profile saved as .txt, with its reason, and scores the proposal beside it", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "org.txt"), await example("en/org.yaml")());
    await writeFile(path.join(dir, "proposal.md"), await readFile(path.join(REPO_ROOT, "test/fixtures/proposals/en-complete.md"), "utf8"));
    const result = await runInProcess(["score", dir, "--format", "csv"], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${path.join(dir, "org.txt")}: skipped, it holds an organisation profile (YAML, as org.yaml), not a proposal`);
    const rows = result.stdout.trim().split("\n").slice(1);
    expect(rows.map((row) => [path.basename(row.split(",")[1]!), row.split(",")[9]])).toEqual([["proposal.md", "ready"], ["org.txt", "skipped"]]);
  });

  it("knows an organisation profile by the keys of its schema", () => {
    expect([...ORG_PROFILE_KEYS].sort()).toEqual(Object.keys(orgProfileSchema.shape).filter((key) => key !== "$schema").sort());
  });
});
