// A folder as a funder receives it: the README, CHANGELOG and LICENSE, editor backups and Word lock
// files are left out and named with why; --exclude leaves out files and whole folders.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { proposalFiles, resolveRoots, type SkippedFile } from "../../src/score/read/files.js";
import { tempDirSync } from "../helpers/temp.js";

async function scan(dir: string, exclude?: string[]) {
  const scored: string[] = [];
  const skipped: SkippedFile[] = [];
  for await (const item of proposalFiles(await resolveRoots([dir]), exclude ? { exclude } : {})) {
    if (typeof item === "string") scored.push(path.relative(dir, item));
    else skipped.push({ file: path.relative(dir, item.file), reason: item.reason });
  }
  return { scored, skipped };
}

function folder(): string {
  const dir = tempDirSync("grantsmith-folder-");
  for (const name of ["a.md", "README.md", "README.zh-CN.md", "CHANGELOG.md", "LICENSE", "notes.md~", "#b.md#", "~$申报书.docx", "readme-first-proposal.md", "drafts/x.md", "drafts/y.md", "2025/c.old.md", "2025/c.md"]) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), "# x\n");
  }
  return dir;
}

describe("folder scan", () => {
  it("leaves out the folder's own papers, backups and lock files, each named with why", async () => {
    const { scored, skipped } = await scan(folder());
    expect(scored).toEqual(["2025/c.md", "2025/c.old.md", "a.md", "drafts/x.md", "drafts/y.md", "readme-first-proposal.md"]);
    const why = Object.fromEntries(skipped.map((s) => [s.file, s.reason.en]));
    expect(why["README.md"]).toMatch(/README file, not a proposal/);
    expect(why["README.zh-CN.md"]).toMatch(/README file/);
    expect(why["CHANGELOG.md"]).toMatch(/CHANGELOG file/);
    expect(why["LICENSE"]).toMatch(/LICENSE file/);
    expect(why["notes.md~"]).toMatch(/backup/);
    expect(why["#b.md#"]).toMatch(/backup/);
    expect(why["~$申报书.docx"]).toMatch(/Word lock file/);
  });

  it("--exclude leaves out matching files anywhere and whole folders, named once", async () => {
    const { scored, skipped } = await scan(folder(), ["drafts", "*.old.md"]);
    expect(scored).toEqual(["2025/c.md", "a.md", "readme-first-proposal.md"]);
    // (path.relative drops the trailing separator the report shows: "drafts/".)
    expect(skipped).toContainEqual({ file: "drafts", reason: { en: "excluded by --exclude drafts", zh: "已按 --exclude drafts 排除" } });
    expect(skipped).toContainEqual({ file: path.join("2025", "c.old.md"), reason: { en: "excluded by --exclude *.old.md", zh: "已按 --exclude *.old.md 排除" } });
    expect((await scan(folder(), ["drafts/**"])).scored).not.toContain("drafts/x.md");
  });
});

describe("each file once", () => {
  /** Every file the roots give, relative to dir (a skipped folder or file too). */
  async function listed(dir: string, args: string[]) {
    const out: string[] = [];
    for await (const item of proposalFiles(await resolveRoots(args.map((a) => path.join(dir, a))))) out.push(path.relative(dir, typeof item === "string" ? item : item.file));
    return out;
  }

  it("a folder named twice, a folder and one inside it, a file and its folder", async () => {
    const dir = folder();
    const all = await listed(dir, ["."]);
    expect(await listed(dir, [".", "."])).toEqual(all);
    expect(await listed(dir, ["drafts", "."])).toEqual(["drafts/x.md", "drafts/y.md", ...all.filter((f) => !f.startsWith("drafts/"))]);
    expect(await listed(dir, [".", "drafts"])).toEqual(all);
    expect(await listed(dir, ["a.md", "."])).toEqual(["a.md", ...all.filter((f) => f !== "a.md")]);
    expect(await listed(dir, [".", "a.md"])).toEqual(all);
    // Folders side by side share nothing, and are listed whole.
    expect(await listed(dir, ["drafts", "2025"])).toEqual(["drafts/x.md", "drafts/y.md", "2025/c.md", "2025/c.old.md"]);
  });
});
