// `grantsmith templates`: the document templates and prompts per language and kind, where they live,
// and (with --check) whether every one of them compiles.
import path from "node:path";
import { KINDS, LANGUAGES } from "../facts/schema.js";
import { listTemplates, loadTemplates } from "../draft/templates.js";
import { UserError, EXIT } from "../errors.js";
import { PACKAGE_ROOT } from "../util/paths.js";

export async function templatesCommand(options: { check?: boolean }): Promise<void> {
  const rel = (file: string) => path.relative(PACKAGE_ROOT, file).split(path.sep).join("/");
  const lines: string[] = [];
  for (const entry of listTemplates()) {
    lines.push(`${entry.language} ${entry.kind}`);
    lines.push(`  document  ${rel(entry.document)}`);
    lines.push(`  prompts   ${entry.prompts.map(rel).join(", ")}`);
    lines.push(`  offline   ${entry.offline.length} section templates in ${rel(path.dirname(entry.offline[0] ?? entry.document))}/`);
  }
  process.stdout.write(lines.join("\n") + "\n");
  if (!options.check) return;
  let failed = 0;
  for (const language of LANGUAGES) {
    for (const kind of KINDS) {
      try {
        const compiled = await loadTemplates(language, kind);
        process.stderr.write(`ok ${language} ${kind}: ${compiled.files.length} files compile\n`);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        failed++;
        process.stderr.write([error.message, ...error.details].join("\n") + "\n");
      }
    }
  }
  if (failed > 0) throw new UserError("", EXIT.usage);
}
