// The one reader of zod's definitions (src/util/schema-def.ts): the schema inside its wrappers and
// the schema of a field found by its path, as init's questions and the did-you-mean hints find them.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { schemaAt, schemaDef, unwrapSchema } from "../../src/util/schema-def.js";

const amount = z.number();
const schema = z.strictObject({
  title: z.string(),
  budget: z
    .strictObject({
      total: amount.optional(),
      items: z.array(z.strictObject({ amount: amount.default(0), code: z.union([z.string(), z.number()]).transform(String).optional() })).optional(),
    })
    .nullable(),
});

describe("schema definitions", () => {
  it("unwraps optional, default, nullable and pipe wrappers, or stops where asked", () => {
    expect(unwrapSchema(amount.optional().default(1))).toBe(amount);
    const marked = amount.optional();
    expect(unwrapSchema(marked.default(2), (s) => s === marked)).toBe(marked);
    expect(schemaDef(unwrapSchema(z.string().transform(Number).optional()))?.type).toBe("string");
    expect(schemaDef("not a schema")).toBeUndefined();
  });

  it("finds a field by its path, a list's items by '*' or an index, and nothing for a field it lacks", () => {
    expect(schemaAt(schema, ["budget", "items", 0, "amount"])).toBe(schemaAt(schema, ["budget", "items", "*", "amount"]));
    expect(unwrapSchema(schemaAt(schema, ["budget", "items", "*", "amount"]))).toBe(amount);
    expect(unwrapSchema(schemaAt(schema, ["budget", "total"]))).toBe(amount);
    expect(schemaDef(unwrapSchema(schemaAt(schema, ["budget", "items", "*", "code"])))?.type).toBe("union");
    expect(schemaAt(schema, [])).toBe(schema);
    expect(schemaAt(schema, ["budget", "nothing"])).toBeUndefined();
    expect(schemaAt(schema, ["title", "more"])).toBeUndefined();
  });
});
