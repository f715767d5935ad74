// `npm run facts-shape:write` (after `npm run build`): writes src/facts/facts-shape.ts, the plain
// shape of the facts schema (facts/shape.ts), from the built zod schema. Run it after changing
// src/facts/schema.ts and build again; test/facts/shape.test.ts fails while the two differ.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const { factsSchema } = await import("../dist/facts/schema.js");
const { shapeOf } = await import("../dist/facts/shape.js");
/** JSON, with each value that fits on a line of 100 characters on one line. */
function print(value, indent = "") {
  const flat = JSON.stringify(value);
  if (flat.length + indent.length <= 100 || value === null || typeof value !== "object") return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((item) => `${inner}${print(item, inner)}`)
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${print(item, inner)}`);
  return `${Array.isArray(value) ? "[" : "{"}\n${items.join(",\n")}\n${indent}${Array.isArray(value) ? "]" : "}"}`;
}
const header = [
  "// Written by `npm run facts-shape:write` from facts/schema.ts's zod schema: do not edit. The plain",
  "// shape of the facts schema (facts/shape.ts), read by the start-up path without building the zod",
  "// schema; test/facts/shape.test.ts holds it to shapeOf(factsSchema).",
  'import type { PlainNode } from "./shape.js";',
  "",
];
const text = `${header.join("\n")}\nexport const FACTS_SHAPE: PlainNode = ${print(shapeOf(factsSchema))};\n`;
writeFileSync(path.join(root, "src/facts/facts-shape.ts"), text);
process.stderr.write(`wrote src/facts/facts-shape.ts (${text.length} characters)\n`);
