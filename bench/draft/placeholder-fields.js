// Which facts field a placeholder asks for, by the words in it, and whether the facts schema has that
// field: a placeholder a field could fill is one the user can clear by adding to the facts file; one
// no field could fill stays in every draft. The words-to-field list is revise's (src/revise/facts-fixes.ts),
// read from the build, so the benchmark and `revise`'s "fill in the facts" list agree.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { placeholderField: fieldFor } = await import(pathToFileURL(path.join(root, "dist/revise/facts-fixes.js")).href);

/** Whether a dotted path (through arrays) exists in a JSON Schema. */
function schemaHas(schema, dotted) {
  let node = schema;
  for (const key of dotted.split(".")) {
    node = step(node, key);
    if (!node) return false;
  }
  return true;
}

function step(node, key) {
  if (!node || typeof node !== "object") return undefined;
  if (node.properties?.[key]) return node.properties[key];
  for (const branch of [node.items, ...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) {
    const found = step(branch, key);
    if (found) return found;
  }
  return undefined;
}

/** The facts field a placeholder asks for, and whether the schema has it. */
export function placeholderField(text, schema) {
  const field = fieldFor(text);
  return field ? { field, exists: schemaHas(schema, field) } : { field: undefined, exists: false };
}
