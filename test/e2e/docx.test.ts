// Word output end to end: the built binary drafts the examples offline to .docx, exports a Markdown
// proposal, refuses formats it does not write, and takes typesetting from grantsmith.config.yaml.
// Where LibreOffice is installed, one draft is also converted to PDF (optional; CI does not need it).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcessInEnglish as runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";
import { docxParts, paragraphs, textOf } from "../helpers/zip.js";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-e2e-docx-");
});

const FORMATS_LINE = "grantsmith writes .md/.markdown, .docx, or - for stdout (Markdown); give -o a file name ending in one of these";

describe("draft to Word", () => {
  it("drafts the zh example to a .docx typeset for a Chinese funder, the score still reported", async () => {
    const out = path.join(dir, "申报书.docx");
    const result = await runInProcess(["draft", "examples/zh/elderly-meals.yaml", "-o", out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`wrote ${out}: 10 sections`);
    expect(result.stderr).toMatch(/\d+(\.\d)?\/100/);
    const { document } = docxParts(out);
    const paras = paragraphs(document);
    expect(textOf(paras[0]!)).toBe("社区老人送餐到家项目（西城区试点）");
    expect(paras.some((p) => textOf(p) === "申请对象：北京银龄公益基金会")).toBe(true);
    expect(paras.find((p) => textOf(p) === "一、项目概述")).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain("<w:tblHeader/>");
    expect(document).toMatch(/w:eastAsia="SimSun"/);
    expect(document).toMatch(/w:firstLineChars="200"/);
    expect(document).not.toContain("<!--");
  });

  it("scores the .docx as written: each improvement names the paragraph a Word reader counts, not a Markdown line", async () => {
    const out = path.join(dir, "sparse.docx");
    const result = await runInProcess(["draft", "examples/zh/sparse.yaml", "-o", out]);
    expect(result.code, result.stderr).toBe(0);
    const top = result.stderr.split("\n").filter((line) => line.includes(out));
    expect(top.filter((line) => /^\s+\+\d/.test(line)).length).toBeGreaterThan(0);
    for (const line of top.filter((l) => /^\s+\+\d/.test(l))) expect(line).toMatch(new RegExp(`${out.replace(/[.\\]/g, "\\$&")} 第\\d+段 `));
    expect(result.stderr).not.toMatch(/sparse\.docx:\d/);
    // The cover's date is the document's own, not a figure the facts should hold.
    expect(result.stderr).not.toMatch(/找不到，例如 \d{4}-\d{2}-\d{2}|not in the facts, e\.g\. \d{4}-\d{2}-\d{2}/);
  });

  it("--to docx writes <facts>.proposal.docx beside the facts, and never overwrites it without --force", async () => {
    const facts = path.join(dir, "wells.yaml");
    await copyFile(path.join(REPO_ROOT, "examples/en/clean-water-wells.yaml"), facts);
    const first = await runInProcess(["draft", facts, "--to", "docx", "--no-score"]);
    expect(first.code, first.stderr).toBe(0);
    const out = path.join(dir, "wells.proposal.docx");
    const { document } = docxParts(out);
    expect(document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(document).toMatch(/w:ascii="Calibri"/);
    const again = await runInProcess(["draft", facts, "--to", "docx", "--no-score"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${out}: already exists; pass --force to overwrite it`);
    expect((await runInProcess(["draft", facts, "--to", "docx", "--no-score", "--force"])).code).toBe(0);
  });

  it.each([
    [["-o", "x.pdf"], `x.pdf: ${FORMATS_LINE}`],
    [["-o", "x.md", "--to", "docx"], "--to docx and -o x.md disagree; leave out --to, or give -o a file name ending in .docx"],
    [["--to", "pdf"], "--to pdf: unknown format; choose md or docx"],
    [["-o", "-", "--to", "docx"], "--to docx with -o -: Word cannot go to stdout; give -o a file name ending in .docx"],
  ])("refuses %j with exit 2 and one line", async (flags, line) => {
    const result = await runInProcess(["draft", "examples/zh/elderly-meals.yaml", ...flags], { cwd: REPO_ROOT });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${line}; see grantsmith draft --help\n`);
    expect(result.stdout).toBe("");
  });

  it("takes fonts and paper from grantsmith.config.yaml, and points at a bad key by file:line:col", async () => {
    const project = await tempDir("grantsmith-e2e-docx-config-");
    await copyFile(path.join(REPO_ROOT, "examples/zh/sparse.yaml"), path.join(project, "p.yaml"));
    const env = cleanEnv({ GRANTSMITH_CONFIG: undefined });
    await writeFile(path.join(project, "grantsmith.config.yaml"), "docx:\n  body_font: FangSong\n  paper: Letter\n");
    const ok = await runInProcess(["draft", "p.yaml", "-o", "p.docx", "--no-score"], { cwd: project, env });
    expect(ok.code, ok.stderr).toBe(0);
    const { document } = docxParts(path.join(project, "p.docx"));
    expect(document).toMatch(/w:eastAsia="FangSong"/);
    expect(document).toMatch(/<w:pgSz w:w="12240"/);
    await writeFile(path.join(project, "grantsmith.config.yaml"), "docx:\n  size: 40\n");
    const bad = await runInProcess(["draft", "p.yaml", "-o", "q.docx", "--no-score"], { cwd: project, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("grantsmith.config.yaml:2:9: docx.size:");
  });
});

describe("export", () => {
  it("writes a Markdown proposal as Word beside it, with the placeholders highlighted", async () => {
    const md = path.join(dir, "draft.md");
    const drafted = await runInProcess(["draft", "examples/zh/sparse.yaml", "-o", md, "--no-score"]);
    expect(drafted.code, drafted.stderr).toBe(0);
    const result = await runInProcess(["export", md, "--to", "docx"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(`wrote ${path.join(dir, "draft.docx")}\n`);
    const { document } = docxParts(path.join(dir, "draft.docx"));
    const gaps = (await readFile(md, "utf8")).match(/【待补充：[^】]*】/g) ?? [];
    expect(gaps.length).toBeGreaterThan(0);
    expect(document.match(/<w:highlight w:val="yellow"\/>/g)?.length).toBe(gaps.length);
    expect((await runInProcess(["export", md, "--to", "docx"])).code).toBe(2);
    const wrong = await runInProcess(["export", md, "--to", "docx", "-o", path.join(dir, "x.pdf")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`${path.join(dir, "x.pdf")}: ${FORMATS_LINE}; see grantsmith export --help\n`);
  });
});

/** soffice on the search path; looked up, not run, since running it writes a profile into HOME. */
function hasLibreOffice(): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((d) => d !== "" && existsSync(path.join(d, "soffice")));
}

describe.runIf(hasLibreOffice())("LibreOffice (optional)", () => {
  it("opens the zh draft and converts it to a PDF of several A4 pages", async () => {
    const out = path.join(dir, "lo.docx");
    expect((await runInProcess(["draft", "examples/zh/elderly-meals.yaml", "-o", out, "--no-score"])).code).toBe(0);
    // LibreOffice keeps a profile and caches under HOME and XDG folders: all inside this test's folder;
    // the headless plugin (svp) loads no GTK, whose dconf would write to the real home.
    const home = await tempDir("grantsmith-e2e-lo-home-");
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, "config"), XDG_CACHE_HOME: path.join(home, "cache"), SAL_USE_VCLPLUGIN: "svp" };
    execFileSync("soffice", [`-env:UserInstallation=${pathToFileURL(path.join(home, "profile")).href}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out], { stdio: "ignore", env });
    const pdf = await readFile(path.join(dir, "lo.pdf"), "latin1");
    const pages = Number(pdf.match(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]/);
  }, 120_000);
});
