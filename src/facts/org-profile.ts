// The schema of an organisation profile (org.yaml, facts/include.ts): the organisation block of a
// facts file, with its team and the profiles it extends. Loaded when a facts file names a profile,
// or for `grantsmith schema org`; a facts file without one never builds it.
import { z } from "zod";
import { organizationSchema, personSchema } from "./schema.js";

const includeList = z.union([z.string(), z.array(z.string())]);

export const orgProfileSchema = organizationSchema
  .extend({
    $schema: z.string().optional().describe("Points editors at the JSON Schema; ignored by grantsmith"),
    extends: includeList.optional().describe("Other profiles this one builds on, relative to this file; this file's fields win"),
    name: organizationSchema.shape.name.optional(),
    team: z.array(personSchema).optional().describe("The team, used as the facts file's team unless it lists its own"),
  })
  .describe("grantsmith organisation profile");

/** The JSON Schema of a profile, for editors (`grantsmith schema org`). */
export function orgProfileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(orgProfileSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, title: "grantsmith organisation profile" };
}
