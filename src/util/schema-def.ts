// What the readers of a schema (the facts schema's walks, did-you-mean hints, init's questions) look
// at: its definition (type, fields, element, wrapped schema), the schema inside its wrappers
// (optional, default, nullable, prefault, pipe), and the schema of a field found by its path. A
// schema is a zod schema (its definition is `_zod.def`) or a plain shape (facts/shape.ts), which is
// its own definition: the readers walk either alike.

/** The parts of a schema's definition the readers use. */
export interface SchemaDef {
  type: string;
  innerType?: unknown;
  in?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
  entries?: Record<string, string>;
}

export function schemaDef(schema: unknown): SchemaDef | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  const zod = (schema as { _zod?: { def?: SchemaDef } })._zod;
  if (zod !== undefined) return zod.def;
  return typeof (schema as { type?: unknown }).type === "string" ? (schema as SchemaDef) : undefined;
}

const WRAPPERS = new Set(["optional", "default", "nullable", "prefault"]);

/** The schema inside its wrappers, or the first wrapper on the way that `stop` accepts (a schema marked for a reader). */
export function unwrapSchema(schema: unknown, stop: (schema: unknown) => boolean = () => false): unknown {
  let current = schema;
  for (let i = 0; i < 12 && current; i++) {
    if (stop(current)) return current;
    const def = schemaDef(current);
    if (def && WRAPPERS.has(def.type)) current = def.innerType;
    else if (def?.type === "pipe") current = def.in;
    else return current;
  }
  return current;
}

/**
 * The schema of the field at `path` inside `schema`, through wrappers: a key names an object's
 * field; in a list, any key (an index, or "*") names its items (["budget", "items", "*", "amount"]).
 * Undefined when the schema has no such field.
 */
export function schemaAt(schema: unknown, path: readonly PropertyKey[]): unknown {
  let current = schema;
  for (const key of path) {
    const def = schemaDef(unwrapSchema(current));
    if (def?.type === "object") current = def.shape?.[key as string];
    else if (def?.type === "array") current = def.element;
    else return undefined;
    if (current === undefined) return undefined;
  }
  return current;
}
