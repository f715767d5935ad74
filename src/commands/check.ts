// `grantsmith check FACTS... [--fix [--yes]]`: validate facts files; every problem of every file,
// then exit 2 if any. With --fix, values typed as people write them (15万, 2025年3月, 中) are
// rewritten in canonical form in place, after the changes are shown and confirmed.
import type { CheckOptions } from "../cli.js";
import { UserError, EXIT } from "../errors.js";
import { examineFacts, materialsPolicy, readDecodedText, type FactsExamination } from "../facts/load.js";
import { applyChanges, type FixLine } from "../facts/fix.js";
import type { Facts } from "../facts/derive.js";
import { t, uiLang, type Lang } from "../i18n/index.js";
import { formatDecimal } from "../text/decimal.js";
import { fixPunctuation } from "../util/yaml-hints.js";
import { writeFileAtomic } from "../util/write-file.js";

function describe(facts: Facts, lang: Lang): string {
  const parts: string[] = [facts.language, facts.kind];
  parts.push(t("check.groups", { n: facts.beneficiaries.length }, lang));
  const total = facts.derived.budgetTotal;
  if (total !== undefined) parts.push(`${formatDecimal(total, 0, 3)} ${facts.budget?.currency ?? ""}`.trim());
  const activities = facts.activities?.length ?? 0;
  if (activities > 0) parts.push(t("check.activities", { n: activities }, lang));
  return parts.join(lang === "zh" ? "，" : ", ");
}

function report(examined: FactsExamination, quiet: boolean | undefined): boolean {
  const { loaded } = examined;
  if (loaded === undefined) {
    process.stderr.write([...examined.problems, ...examined.hints].join("\n") + "\n");
    return false;
  }
  if (!quiet) process.stderr.write(`${t("check.ok", { file: examined.file, summary: describe(loaded.facts, examined.lang) }, examined.lang)}\n`);
  for (const warning of loaded.warnings) process.stderr.write(`${warning}\n`);
  return true;
}

async function confirmed(file: string, lang: Lang, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) throw new UserError(t("check.fix.notTerminal", { file }, lang), EXIT.usage);
  // Loaded here: only --fix at a terminal asks.
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(t("check.fix.ask", { file }, lang))).trim().toLowerCase();
    return t("check.fix.yesWords", undefined, lang).split(",").includes(answer);
  } finally {
    rl.close();
  }
}

function show(file: string, lines: FixLine[], lang: Lang): string {
  const body = lines.map((l) => (l.from === "" ? t("check.fix.added", { line: l.line, to: l.to }, lang) : t("check.fix.line", { line: l.line, from: l.from, to: l.to }, lang)));
  return [t("check.fix.header", { file, count: lines.length }, lang), ...body].join("\n") + "\n";
}

/** --fix on one file: the punctuation, then the values; true when the file is fine afterwards. */
async function fixFile(file: string, options: CheckOptions): Promise<boolean> {
  const policy = materialsPolicy();
  const { text: original } = await readDecodedText(file, "facts");
  const punctuation = fixPunctuation(original);
  const examined = await examineFacts(file, punctuation.text, policy);
  const lang = examined.lang;
  const values = applyChanges(file, punctuation.text, examined.typed.changes);
  const lines = [...punctuation.fixes, ...values.lines].sort((a, b) => a.line - b.line || Number(a.from === "") - Number(b.from === ""));
  if (lines.length === 0) {
    // "Nothing to fix" over a list of problems would read as "all fine": the problems say it alone.
    if (!options.quiet && examined.loaded !== undefined) process.stderr.write(`${t("check.fix.none", { file }, lang)}\n`);
    return report(examined, options.quiet);
  }
  process.stderr.write(show(file, lines, lang));
  if (!(await confirmed(file, lang, options.yes))) {
    process.stderr.write(`${t("check.fix.declined", { file }, lang)}\n`);
    return report(await examineFacts(file, original, policy), options.quiet);
  }
  await writeFileAtomic(file, values.text, { force: true });
  process.stderr.write(`${t("check.fix.written", { file }, lang)}\n`);
  // What is left is what could not be read with certainty, with its suggestion.
  return report(await examineFacts(file, values.text, policy), options.quiet);
}

export async function checkCommand(files: string[], options: CheckOptions): Promise<void> {
  let failed = 0;
  let lang: Lang | undefined;
  for (const file of files) {
    try {
      if (options.fix) {
        if (!(await fixFile(file, options))) failed++;
        continue;
      }
      const { text, encoding } = await readDecodedText(file, "facts");
      const examined = await examineFacts(file, text, undefined, encoding);
      lang ??= examined.lang;
      if (!report(examined, options.quiet)) failed++;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed++;
      process.stderr.write([error.message, ...error.details].join("\n") + "\n");
    }
  }
  if (failed > 0) {
    const summary = files.length > 1 ? t("check.failedFiles", { failed, total: files.length }, lang ?? uiLang()) : "";
    throw new UserError(summary, EXIT.usage);
  }
}
