// Joins each language's message catalog into one module at build time. The sources keep one file
// per area (src/i18n/<lang>/<area>.ts, so helpers and merges touch their own), listed in
// src/i18n/<lang>/areas.ts, but loading them as 20 modules per language cost every command's
// start-up; dist/i18n/<lang>/index.js is rewritten to hold every area itself, in the list's order,
// each in a scope of its own inside the function that builds the catalog (called only for a
// language the run speaks). An area file that imports anything at run time is
// refused: it would not survive the join.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist", "i18n");

for (const lang of ["en", "zh"]) {
  const folder = path.join(dist, lang);
  const index = path.join(folder, "index.js");
  const list = path.join(folder, "areas.js");
  const imports = [...readFileSync(list, "utf8").matchAll(/^export \{ (\w+) \} from "\.\/([\w-]+)\.js";$/gm)];
  if (imports.length === 0) throw new Error(`${list}: no areas found`);
  // The catalog is a function that builds it (src/i18n/index.ts calls it for a language in use).
  const exported = /^export function (\w+)\(\) \{$/m.exec(readFileSync(index, "utf8"));
  if (!exported) throw new Error(`${index}: no "export function …Messages() {" found`);
  const areas = [];
  const parts = [`// Joined at build time by scripts/join-catalogs.js from src/i18n/${lang}/*.ts (one file per area).`];
  for (const [, name, file] of imports) {
    let text = readFileSync(path.join(folder, `${file}.js`), "utf8");
    if (/^import\s/m.test(text)) throw new Error(`${file}.js: an area catalog may not import at run time`);
    text = text.replace(new RegExp(`^export const ${name} = `, "m"), `const ${name} = `).replace(/^\/\/# sourceMappingURL=.*$/m, "");
    // Each area in a scope of its own: areas keep their own little helpers (plural, …).
    areas.push(`const ${name} = (() => {\n${text.trim()}\nreturn ${name};\n})();`);
  }
  // Inside the function: a language nobody speaks in a run is never built.
  parts.push(`export function ${exported[1]}() {\n${areas.join("\n\n")}\n\nreturn {\n${imports.map(([, name]) => `    ...${name},`).join("\n")}\n};\n}`);
  writeFileSync(index, parts.join("\n\n") + "\n");
  const known = new Set(["index", "areas", ...imports.map(([, , file]) => file)]);
  for (const file of readdirSync(folder)) {
    if (file.endsWith(".js") && !known.has(file.slice(0, -3))) throw new Error(`${file}: an area catalog areas.ts does not list`);
  }
}
