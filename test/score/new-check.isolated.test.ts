// Adding a check type is one new file and one registry line: with contact-check.ts added to the
// registry (as its line in checks/registry.ts would), the rubric loader, the JSON Schema and the
// engine take it like a built-in one.
import { describe, expect, it, vi } from "vitest";
import { InputError } from "../../src/errors.js";
import { CHECKS } from "../../src/score/checks/registry.js";
import { scoreTextWith } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import { CHECK_TYPES, checkFields, rubricJsonSchema } from "../../src/score/rubric/schema.js";
import "./helpers.js";
import { runInProcessInEnglish } from "../helpers/run-in-process.js";

vi.mock("../../src/score/checks/registry.js", async (importOriginal) => {
  const registry = await importOriginal<typeof import("../../src/score/checks/registry.js")>();
  const { contactEmailCheck } = await import("./contact-check.js");
  return { CHECKS: [...registry.CHECKS, contactEmailCheck] };
});

const rubricText = (check: string) =>
  [
    "id: contacts",
    "title: { en: Contacts, zh: 联系 }",
    "sections:",
    "  contact: { en: [Contact], zh: [联系方式] }",
    "criteria:",
    "  - id: contact",
    "    title: { en: Contact, zh: 联系方式 }",
    "    weight: 100",
    "    sections: [contact]",
    "    checks:",
    `      - ${check}`,
    "",
  ].join("\n");

const score = async (text: string, check = "{ type: contact_email, min: 2 }") => {
  const rubric = await parseRubric("contacts.yaml", rubricText(check));
  return scoreTextWith(text, rubric, { file: "p.md" });
};

async function rubricError(check: string): Promise<string> {
  const error = await parseRubric("contacts.yaml", rubricText(check)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return [(error as InputError).message, ...(error as InputError).details].join("\n");
}

describe("a check type added to the registry", () => {
  it("is a check type of the rubric schema, with its own fields", () => {
    expect(CHECKS.map((m) => m.type)).toContain("contact_email");
    expect(CHECK_TYPES).toContain("contact_email");
    expect(checkFields("contact_email")).toEqual(["type", "weight", "severity", "sections", "min"]);
  });

  it("is in the rubric's JSON Schema with its options", () => {
    const schema = rubricJsonSchema() as { properties: { criteria: { items: { properties: { checks: { items: { oneOf: { properties: Record<string, { const?: string; description?: string }> }[] } } } } } } };
    const branches = schema.properties.criteria.items.properties.checks.items.oneOf;
    const mine = branches.find((b) => b.properties.type?.const === "contact_email");
    expect(mine?.properties.min?.description).toBe("Email addresses expected");
    expect(Object.keys(mine!.properties)).toEqual(["type", "weight", "severity", "sections", "min"]);
  });

  it("validates in a rubric and scores, in the proposal's language", async () => {
    const en = await score("# Project\n\n## Contact\n\nJane Doe, jane@example.org\n");
    expect(en.score).toBe(50);
    expect(en.improvements.map((i) => [i.line, i.message, i.suggestion, i.severity, i.section])).toEqual([
      [3, "The contact section gives 1 email addresses; 2 expected.", "Give the contact person's email address.", "warning", "contact"],
    ]);
    const zh = await score("# 社区项目\n\n## 联系方式\n\n负责人：王芳，wang@example.org，li@example.org\n");
    expect(zh.score).toBe(100);
    const zhShort = await score("# 社区项目\n\n## 联系方式\n\n负责人：王芳，电话 010-12345678\n", "{ type: contact_email, severity: error }");
    expect(zhShort.improvements.map((i) => [i.message, i.severity])).toEqual([["联系方式只有 0 个电子邮箱（至少 1 个）。", "error"]]);
  });

  it("gets the engine's missing-section finding from what it declares", async () => {
    const result = await score("# Project\n\n## Budget\n\nTotal: $5,000\n");
    expect(result.score).toBe(0);
    expect(result.improvements.map((i) => i.message)).toEqual(['The "contact" section is missing.']);
  });

  it("reports bad options with file:line:col", async () => {
    expect(await rubricError("{ type: contact_email, min: 0 }")).toMatch(/^contacts\.yaml:11:\d+: criteria\[0\]\.checks\[0\]\.min: .*/m);
    expect(await rubricError("{ type: contact_email, mni: 2 }")).toMatch(/^contacts\.yaml:11:\d+: criteria\[0\]\.checks\[0\]\.mni: unknown field; did you mean "min"\?/m);
  });

  it("is in what `grantsmith schema rubric` prints", async () => {
    const result = await runInProcessInEnglish(["schema", "rubric"]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { properties: { criteria: { items: { properties: { checks: { items: { oneOf: { properties: { type?: { const?: string } } }[] } } } } } } };
    const types = printed.properties.criteria.items.properties.checks.items.oneOf.map((b) => b.properties.type?.const);
    expect(types).toContain("contact_email");
  });
});
