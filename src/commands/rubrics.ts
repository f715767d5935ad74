// `grantsmith rubrics [ID]`: list the built-in rubrics, or show one (a built-in id or a file).
import type { RubricsOptions } from "../cli.js";
import { InputError } from "../errors.js";
import { checkModule } from "../score/checks/run.js";
import { builtinRubricIds, listBuiltinRubrics, looksLikeFile, pick, resolveRubric, type Rubric } from "../score/rubric/rubric.js";
import { t } from "../i18n/index.js";

function describeRubric(r: Rubric): Record<string, unknown> {
  const { matcher: _m, sectionOrder: _o, file: _f, builtin: _b, ...data } = r;
  return data;
}

function checkSummary(check: Rubric["criteria"][number]["checks"][number]): string {
  return checkModule(check.type)?.judged ? `${check.type} (needs --judge)` : check.type;
}

export async function rubricsCommand(id: string | undefined, options: RubricsOptions): Promise<void> {
  if (id === undefined) {
    const rubrics = await listBuiltinRubrics();
    if (options.json) {
      process.stdout.write(JSON.stringify(rubrics.map((r) => ({ id: r.id, language: r.language, kind: r.kind, title: r.title, criteria: r.criteria.length })), null, 2) + "\n");
      return;
    }
    const idWidth = Math.max(...builtinRubricIds().map((x) => x.length), 2);
    const lines = rubrics.map((r) => `${r.id.padEnd(idWidth)}  ${r.language.padEnd(3)} ${r.kind.padEnd(19)} ${pick(r.title, r.language === "en" ? "en" : "zh")}`);
    process.stdout.write(`${lines.join("\n")}\n`);
    process.stderr.write(`${t("output.rubricsHint")}\n`);
    return;
  }
  // Named the way the user asked for it (`rubrics nope`), not as the score command's --rubric.
  if (!builtinRubricIds().includes(id) && !looksLikeFile(id)) {
    throw new InputError(t("output.noSuchRubric", { id, ids: builtinRubricIds().join(", ") }));
  }
  const rubric = await resolveRubric(id, "zh");
  if (options.json) {
    process.stdout.write(JSON.stringify(describeRubric(rubric), null, 2) + "\n");
    return;
  }
  const lang = rubric.language === "en" ? "en" : "zh";
  const out = [`${rubric.id} — ${pick(rubric.title, lang)}`, `language: ${rubric.language}, kind: ${rubric.kind}${rubric.builtin ? ", built in" : `, file ${rubric.file}`}`];
  const description = pick(rubric.description, lang);
  if (description) out.push(description);
  out.push("");
  for (const c of rubric.criteria) {
    out.push(`${String(c.weight).padStart(3)}  ${c.id}${c.must ? " [must]" : ""} — ${pick(c.title, lang)}`);
    out.push(`     sections: ${c.sections.length > 0 ? c.sections.join(", ") : "(whole document)"}; checks: ${c.checks.map(checkSummary).join(", ")}`);
  }
  process.stdout.write(out.join("\n") + "\n");
}
