import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { KINDS, LANGUAGES } from "../../src/facts/schema.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { listTemplates, loadTemplates } from "../../src/draft/templates.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const temps: string[] = [];
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A copy of the package's templates and prompts that a test may break. */
async function copyRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "grantsmith-templates-"));
  temps.push(dir);
  await cp(path.join(ROOT, "templates"), path.join(dir, "templates"), { recursive: true });
  await cp(path.join(ROOT, "prompts"), path.join(dir, "prompts"), { recursive: true });
  return dir;
}

async function failure(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected loadTemplates to fail");
}

describe("templates", () => {
  for (const language of LANGUAGES) {
    for (const kind of KINDS) {
      it(`every ${language} ${kind} template and prompt compiles`, async () => {
        const templates = await loadTemplates(language, kind);
        expect(templates.files).toContain(`templates/${language}/${kind}.md.hbs`);
        expect(templates.files).toContain(`prompts/${language}/system.md.hbs`);
        // A section is written from its own id's templates unless the kind names its own.
        for (const spec of sectionPlan(kind)) {
          const name = spec.template ?? spec.id;
          expect(templates.files).toContain(`prompts/${language}/sections/${name}.md.hbs`);
          expect(templates.files).toContain(`templates/${language}/offline/${name}.md.hbs`);
        }
      });
    }
  }

  it("listTemplates names files that exist, for every language and kind", () => {
    const list = listTemplates();
    expect(list).toHaveLength(LANGUAGES.length * KINDS.length);
    for (const entry of list) {
      for (const file of [entry.document, ...entry.prompts, ...entry.offline]) {
        expect(path.isAbsolute(file)).toBe(true);
        expect(existsSync(file), file).toBe(true);
      }
    }
  });

  it("a syntax error fails with the template's file and line", async () => {
    const root = await copyRoot();
    const file = path.join(root, "templates/zh/offline/risks.md.hbs");
    await writeFile(file, "第一行\n第二行 {{#if risks}}没有结束\n");
    const error = await failure(loadTemplates("zh", "standard", root));
    expect(error.message).toMatch(/^templates\/zh\/offline\/risks\.md\.hbs(:\d+)?: template does not compile: syntax error/);
  });

  it("an unknown helper fails with the template's file and line", async () => {
    const root = await copyRoot();
    const file = path.join(root, "prompts/en/sections/budget.md.hbs");
    const text = await readFile(file, "utf8");
    await writeFile(file, `${text}\n{{shout title}}\n`);
    const error = await failure(loadTemplates("en", "standard", root));
    const line = text.split("\n").length + 1;
    expect(error.message).toContain(`prompts/en/sections/budget.md.hbs:${line}:1: template does not compile`);
    expect(error.message).toContain("unknown helper shout");
  });

  it("a missing field fails at render time with the partial's file and line", async () => {
    const root = await copyRoot();
    const file = path.join(root, "templates/en/partials/tables-risks.md.hbs");
    await writeFile(file, "### Risk Register\n\n{{organization.nickname}}\n");
    const templates = await loadTemplates("en", "standard", root);
    const { buildView } = await import("../../src/draft/view.js");
    const { loadFacts } = await import("../../src/facts/load.js");
    const loaded = await loadFacts(path.join(ROOT, "examples/en/girls-stem-clubs.yaml"));
    const view = buildView(loaded);
    expect(() => templates.renderDocument({ ...view, narrative: {}, generator: { offline: true, date: "2025-01-01" } })).toThrow(
      /templates\/en\/partials\/tables-risks\.md\.hbs:3:\d+: template failed to render: "nickname" not defined/,
    );
  });

  it("a missing template file is reported by name", async () => {
    const root = await copyRoot();
    await rm(path.join(root, "templates/zh/offline/fundraising.md.hbs"));
    const error = await failure(loadTemplates("zh", "public-fundraising", root));
    expect(error.message).toContain("templates/zh/offline/fundraising.md.hbs");
  });
});

describe("renderDocument", () => {
  it("places the model's narrative under its heading, before the tables rendered from the facts, and names the model", async () => {
    const { buildView } = await import("../../src/draft/view.js");
    const { loadFacts } = await import("../../src/facts/load.js");
    const loaded = await loadFacts(path.join(ROOT, "examples/zh/elderly-meals.yaml"));
    const view = buildView(loaded);
    const templates = await loadTemplates("zh", "standard");
    const narrative = Object.fromEntries(sectionPlan("standard").map((s) => [s.id, `（${s.id} 的正文）`]));
    const doc = templates.renderDocument({ ...view, narrative, generator: { offline: false, provider: "dashscope", model: "qwen-plus", date: "2025-02-01" } });
    expect(doc.split("\n")[0]).toBe("<!-- grantsmith: drafted by dashscope / qwen-plus; tables rendered from the facts; check the narrative before submitting; 2025-02-01 -->");
    const budget = doc.slice(doc.indexOf("## 六、项目预算"), doc.indexOf("## 七、"));
    expect(budget.indexOf("（budget 的正文）")).toBeGreaterThan(0);
    expect(budget.indexOf("（budget 的正文）")).toBeLessThan(budget.indexOf("### 预算明细"));
    expect(budget).toContain("| 1 | 午餐餐费补贴 | 直接项目费用 | 12.00 | 46,000份 | 552,000.00 |");
    expect(budget).toContain("**1,167,000.00**");
    expect(budget).not.toContain("（risks 的正文）");
  });
});
