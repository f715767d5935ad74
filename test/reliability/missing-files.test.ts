// A file the command line or the facts name that is not there: one line naming it, saying there is
// no such file and to check the path, in the user's language; exit 2 and nothing written.
import { describe, expect, it } from "vitest";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { filesIn, linesOf, makeProject } from "./project.js";

interface Case {
  name: string;
  /** The command line; {facts} and {dir} are the project's facts file and folder. */
  args: string[];
  extra?: string;
  lang: "en" | "zh";
  line: RegExp;
}

const CASES: Case[] = [
  { name: "draft --form", args: ["draft", "{facts}", "--form", "{dir}/call-form.docx", "-o", "{dir}/out.docx"], lang: "en", line: /^--form .*call-form\.docx: no such file; check the path$/ },
  { name: "draft --form (zh)", args: ["draft", "{facts}", "--form", "{dir}/申报表.docx", "-o", "{dir}/out.docx"], lang: "zh", line: /^--form .*申报表\.docx：找不到文件；请检查路径$/ },
  { name: "draft --reference-doc", args: ["draft", "{facts}", "--reference-doc", "{dir}/styles.docx", "-o", "{dir}/out.docx"], lang: "en", line: /^--reference-doc .*styles\.docx: no such file; check the path$/ },
  { name: "draft --reference-doc (zh)", args: ["draft", "{facts}", "--reference-doc", "{dir}/样式.docx", "-o", "{dir}/out.docx"], lang: "zh", line: /^--reference-doc .*样式\.docx：找不到文件；请检查路径$/ },
  { name: "a material the facts name", args: ["draft", "{facts}", "-o", "{dir}/out.md"], extra: "materials:\n  - survey.md\n", lang: "en", line: /facts\.yaml:\d+:5: materials\[0\]: "survey\.md": no such file; check the path/ },
  { name: "a material the facts name (zh)", args: ["check", "{facts}"], extra: "materials:\n  - 调研报告.md\n", lang: "zh", line: /facts\.yaml:\d+:5: materials\[0\]: 找不到文件“调研报告\.md”；请检查路径/ },
  { name: "the facts file", args: ["draft", "{dir}/nope.yaml"], lang: "en", line: /^.*nope\.yaml: no such facts file; check the path$/ },
  { name: "the facts file (zh)", args: ["check", "{dir}/不存在.yaml"], lang: "zh", line: /^.*不存在\.yaml：找不到这个项目信息文件；请检查路径$/ },
];

describe("a file that is not there", () => {
  it.each(CASES)("$name", async (c) => {
    const p = await makeProject(c.extra ?? "");
    const before = await filesIn(p.dir);
    const args = c.args.map((a) => a.replace("{facts}", p.facts).replace("{dir}", p.dir));
    const result = await runInProcess(args, { env: cleanEnv({ GRANTSMITH_LANG: c.lang, GRANTSMITH_PROVIDER: "offline" }) });
    expect(result.code, result.stderr).toBe(2);
    const lines = linesOf(result.stderr);
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(c.line);
    expect(result.stdout).toBe("");
    expect(await filesIn(p.dir)).toEqual(before);
  });
});
