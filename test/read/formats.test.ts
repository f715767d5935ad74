// What the help and the commented facts file tell a new user grantsmith reads is what it reads:
// every proposal format in `score --help`, every material format in init's materials comment, and
// a file of each is accepted where the list says.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MATERIAL_FORMATS, PROPOSAL_FORMATS } from "../../src/read/formats.js";
import { isProposalFile } from "../../src/score/read/files.js";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";

describe("the formats grantsmith reads, as the user is told them", () => {
  it.each(["en", "zh"] as const)("score --help (%s) lists every proposal format", async (lang) => {
    const help = (await runInProcess(["score", "--help"], { env: cleanEnv({ GRANTSMITH_LANG: lang, COLUMNS: "400" }) })).stdout;
    for (const format of PROPOSAL_FORMATS) expect(help, format).toContain(format);
    for (const format of PROPOSAL_FORMATS) expect(isProposalFile(`proposal${format}`), format).toBe(true);
  });

  it.each(["en", "zh"] as const)("the materials comment of init's %s template lists every material format", (lang) => {
    const template = readFileSync(path.join(REPO_ROOT, "templates", "init", lang, "base.yaml"), "utf8");
    const comment = template.split("\n").find((line) => /^# materials:/.test(line))!;
    expect(comment).toBeDefined();
    for (const format of MATERIAL_FORMATS) expect(comment, format).toMatch(new RegExp(`\\${format}(?![a-z])`));
  });
});
