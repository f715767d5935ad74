// A form is unzipped and parsed once per draft: the check before any work, the dry fill that finds
// the form's limits and the fill itself all read the same parsed tree (a copy for each fill).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";
import { plainFormZh } from "./sample-forms.js";

const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/document/docx/xml.js", async (importOriginal) => {
  const xml = await importOriginal<typeof import("../../src/document/docx/xml.js")>();
  return {
    ...xml,
    parseXml: (text: string) => {
      parsed.count++;
      return xml.parseXml(text);
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-form-once-");
  await writeFile(path.join(dir, "form.docx"), await plainFormZh());
});

describe("draft --form", () => {
  it("parses the form's document part once, and the fill still finds every place", async () => {
    const facts = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");
    const result = await runInProcess(["draft", facts, "--offline", "--form", path.join(dir, "form.docx"), "-o", path.join(dir, "out.docx"), "--no-score", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(parsed.count).toBe(1);
    const { form } = JSON.parse(result.stdout).drafts[0];
    expect(form.fields.length).toBeGreaterThan(8);
    expect(form.fields.find((f: { label: string }) => f.label === "二、项目目标（100字以内）").limit.max).toBe(100);
  });
});
