// `grantsmith templates`: the document templates and prompts per language and kind, where they live,
// and (with --check) whether every one of them compiles.
import type { TemplatesOptions } from "../cli.js";
import path from "node:path";
import { KINDS, LANGUAGES } from "../facts/fields.js";
import { listTemplates, loadTemplates } from "../draft/templates.js";
import { UserError, EXIT } from "../errors.js";
import { loadJudgeTemplates } from "../judge/prompt.js";
import { loadReviseTemplates } from "../revise/prompt.js";
import { RETRY_PROMPTS, retryPromptFile, retryPromptTemplate } from "../draft/retry-prompts.js";
import { PACKAGE_ROOT } from "../util/paths.js";
import { t } from "../i18n/index.js";

/** Compiles everything one language uses; returns the files compiled. */
export async function compileLanguage(language: (typeof LANGUAGES)[number]): Promise<{ label: string; files: string[] }[]> {
  const out: { label: string; files: string[] }[] = [];
  for (const kind of KINDS) out.push({ label: `${language} ${kind}`, files: (await loadTemplates(language, kind)).files });
  out.push({ label: `${language} judge`, files: (await loadJudgeTemplates(language)).files });
  out.push({ label: `${language} revise`, files: [...(await loadReviseTemplates(language)).files] });
  for (const name of RETRY_PROMPTS) await retryPromptTemplate(name, language);
  out.push({ label: `${language} retry`, files: RETRY_PROMPTS.map((name) => retryPromptFile(name, language)) });
  return out;
}

export async function templatesCommand(options: TemplatesOptions): Promise<void> {
  const rel = (file: string) => path.relative(PACKAGE_ROOT, file).split(path.sep).join("/");
  const lines: string[] = [];
  for (const entry of listTemplates()) {
    lines.push(`${entry.language} ${entry.kind}`);
    lines.push(`  document  ${rel(entry.document)}`);
    lines.push(`  prompts   ${entry.prompts.map(rel).join(", ")}`);
    lines.push(`  offline   ${entry.offline.length} section templates in ${rel(path.dirname(entry.offline[0] ?? entry.document))}/`);
  }
  for (const language of LANGUAGES) {
    lines.push(`${language} judge, revise and retry prompts`);
    lines.push(`  judge     prompts/${language}/judge/system.md.hbs, prompts/${language}/judge/question.md.hbs`);
    lines.push(`  revise    prompts/${language}/revise/system.md.hbs, prompts/${language}/revise/section.md.hbs`);
    lines.push(`  retry     ${RETRY_PROMPTS.map((name) => retryPromptFile(name, language)).join(", ")}`);
  }
  process.stdout.write(lines.join("\n") + "\n");
  if (!options.check) return;
  let failed = 0;
  for (const language of LANGUAGES) {
    try {
      for (const { label, files } of await compileLanguage(language)) {
        process.stderr.write(`${t("output.templatesCompile", { label, n: files.length })}\n`);
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed++;
      process.stderr.write([error.message, ...error.details].join("\n") + "\n");
    }
  }
  if (failed > 0) throw new UserError("", EXIT.usage);
}
