// `grantsmith schema [facts|rubric|config|org]`: print a JSON Schema for editors and validators.
import { UsageError } from "../errors.js";
import { t } from "../i18n/index.js";

export async function schemaCommand(what: string): Promise<void> {
  let schema: Record<string, unknown>;
  switch (what) {
    case "facts":
      schema = (await import("../facts/schema.js")).factsJsonSchema();
      break;
    case "rubric":
      schema = (await import("../score/rubric/schema.js")).rubricJsonSchema();
      break;
    case "config":
      schema = (await import("../llm/config.js")).configJsonSchema();
      break;
    case "org":
      schema = (await import("../facts/org-profile.js")).orgProfileJsonSchema();
      break;
    default:
      throw new UsageError(t("output.unknownSchema", { what }));
  }
  process.stdout.write(JSON.stringify(schema, null, 2) + "\n");
}
