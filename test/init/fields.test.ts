// The checks behind each question of `init --interactive`: a field of the facts schema, found by
// its path, reads a typed answer as `check` reads the file, with the schema's message otherwise.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { setExplicitLanguage } from "../../src/i18n/index.js";
import { factsSchema } from "../../src/facts/schema.js";
import { checkAnswer, fieldSchema } from "../../src/init/fields.js";
import { renderAnswers, templateParts, withProfile } from "../../src/init/render.js";
import { REPO_ROOT } from "../helpers/run-cli.js";

afterEach(() => setExplicitLanguage(undefined));

describe("checkAnswer", () => {
  it.each([
    [["title"], "社区老人助餐", "社区老人助餐"],
    [["period", "start"], "2025-03", "2025-03"],
    [["budget", "total"], "150000", 150000],
    [["budget", "items", "*", "amount"], "1234.5", 1234.5],
    [["beneficiaries", "*", "count"], "200", 200],
    [["organization", "registration_id"], "52110102MJ0A12345X", "52110102MJ0A12345X"],
  ])("%j reads %s", (at, typed, value) => {
    expect(checkAnswer(fieldSchema(at), typed)).toEqual({ ok: true, value });
  });

  it("gives the schema's message in the UI language", () => {
    setExplicitLanguage("en");
    expect(checkAnswer(fieldSchema(["period", "end"]), "2025-3")).toEqual({ ok: false, message: "expected a date as YYYY-MM-DD or YYYY-MM" });
    expect(checkAnswer(fieldSchema(["period", "end"]), "2025-02-30")).toEqual({ ok: false, message: "no such day in the calendar; check the day of the month" });
    expect(checkAnswer(fieldSchema(["budget", "total"]), "-1")).toEqual({ ok: false, message: "must not be negative" });
    expect(checkAnswer(fieldSchema(["beneficiaries", "*", "count"]), "2.5")).toEqual({ ok: false, message: "expected a whole number" });
    setExplicitLanguage("zh");
    expect(checkAnswer(fieldSchema(["period", "end"]), "2025-3")).toEqual({ ok: false, message: "日期请写作 YYYY-MM-DD 或 YYYY-MM，如 2025-03" });
    expect(checkAnswer(fieldSchema(["beneficiaries", "*", "count"]), "0")).toEqual({ ok: false, message: "必须大于 0" });
  });

  it("agrees with the whole schema: what an answer accepts, the facts file accepts", () => {
    const facts = (amount: unknown) => ({ title: "t", organization: { name: "o" }, need: { problem: "p" }, beneficiaries: [{ group: "g" }], budget: { total: amount } });
    for (const typed of ["150000", "15万", "150,000", "-3", "abc", "0"]) {
      const checked = checkAnswer(fieldSchema(["budget", "total"]), typed);
      const value = checked.ok ? checked.value : typed;
      expect(factsSchema.safeParse(facts(value)).success, typed).toBe(checked.ok);
    }
  });

  it("refuses a path the schema does not have", () => {
    expect(() => fieldSchema(["budget", "nothing"])).toThrow(/no field budget.nothing/);
  });
});

describe("the written file", () => {
  const template = readFileSync(path.join(REPO_ROOT, "templates/init/en/base.yaml"), "utf8").replaceAll("{{kind}}", "standard");

  it("takes each field's comment from the init template", () => {
    const { comments, blocks } = templateParts(template);
    expect(comments.get("title")).toMatch(/^The project's name/);
    expect(comments.get("organization.name")).toBeDefined();
    expect(comments.get("beneficiaries.group")).toBeDefined();
    expect(blocks.map((b) => b.key)).toEqual(expect.arrayContaining(["language", "title", "organization", "need", "beneficiaries", "budget", "risks"]));
  });

  it("writes the answers with their comments, then the fields not answered, commented out", () => {
    const facts = { language: "en", kind: "standard", title: "Clean water", organization: { name: "Clear Springs" }, need: { problem: "No safe water" }, beneficiaries: [{ group: "Villagers", direct: true }] };
    const text = renderAnswers({ facts, lang: "en", kind: "standard", template, schemaLine: "# yaml-language-server: $schema=x" });
    expect(parse(text)).toEqual(facts);
    expect(text).toMatch(/^title: Clean water # The project's name/m);
    expect(text).toContain("# More you can fill in later (remove the # to use a line):");
    expect(text).toMatch(/^# budget:$/m);
    expect(text).not.toMatch(/^# title:/m);
  });

  it("withProfile replaces the organization block by the profile's path", () => {
    const text = withProfile(template, "./org.yaml", "en");
    expect(text).toContain("organization: ./org.yaml    # the organisation profile:");
    expect(text).not.toMatch(/^\s+name: ""\s+# The organization/m);
    const data = parse(text);
    expect(data.organization).toBe("./org.yaml");
    expect(data.need).toBeDefined();
  });
});
