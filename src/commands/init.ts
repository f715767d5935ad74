// `grantsmith init [FILE]`: write a commented facts file to fill in, pointing editors at the schema.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { InitOptions } from "../cli.js";
import type { Kind, Language } from "../facts/schema.js";
import { packagePath } from "../util/paths.js";
import { writeFileAtomic } from "../util/write-file.js";

/** The first line: editors with the YAML language server complete and check fields from it. */
export function schemaComment(file: string): string {
  const schema = packagePath("schema", "facts.schema.json");
  let relative = path.relative(path.dirname(path.resolve(file)), schema).split(path.sep).join("/");
  if (!relative.startsWith(".")) relative = `./${relative}`;
  return `# yaml-language-server: $schema=${relative}`;
}

export async function renderInitFile(file: string, lang: Language, kind: Kind): Promise<string> {
  const read = (name: string) => readFile(packagePath("templates", "init", lang, name), "utf8");
  let body = await read("base.yaml");
  if (kind !== "standard") body += await read(`${kind}.yaml`);
  body = body.replaceAll("{{kind}}", kind).replaceAll("{{file}}", path.basename(file));
  return `${schemaComment(file)}\n${body}`;
}

export async function initCommand(file: string, options: InitOptions): Promise<void> {
  const content = await renderInitFile(file, options.lang, options.kind);
  await writeFileAtomic(file, content, { force: options.force, elsewhere: "another file name" });
  const next =
    options.lang === "zh"
      ? `已写入 ${file}：填写后运行 grantsmith check ${file}，再运行 grantsmith draft ${file}`
      : `wrote ${file}: fill it in, then run grantsmith check ${file} and grantsmith draft ${file}`;
  process.stderr.write(`${next}\n`);
}
