// `draft FACTS --form call-form.docx -o 申报书.docx` (and `revise … --form`): the funder's own Word form, read before any
// model is asked (a bad form is exit 2, and the limits it states shape the prompts), filled with the
// draft after, and every place in it reported as filled or left empty.
import { InputError } from "../errors.js";
import { readFlagFile } from "./flag-file.js";
import type { ProposalDocument } from "../document/model.js";
import type { FormField, FormProblem, OpenedForm } from "../document/docx/form.js";
import type { Facts } from "../facts/derive.js";
import type { LengthTarget } from "../kinds/sections.js";
import { t, uiLang } from "../i18n/index.js";
import { sectionTitle } from "../score/aliases.js";

export interface LoadedForm {
  file: string;
  /** Unzipped and parsed once: the limits it states and the fill both read this. */
  opened: OpenedForm;
}

/**
 * What --form asks of the rest of the command line, checked before any work: one facts file or
 * proposal, and an output that is a .docx file (a filled form is Word, never stdout).
 */
export function checkFormOutput(output: string | undefined, inputs = 1): void {
  if (inputs > 1) throw new InputError(t("form.oneOutput"));
  if (output === "-") throw new InputError(t("form.notStdout"));
  if (output !== undefined && !/\.docx$/i.test(output)) throw new InputError(t("form.needsDocx", { output }));
}

/** Reads the form and checks it is a Word document, before any work is done. */
export async function readForm(file: string): Promise<LoadedForm> {
  const bytes = await readFlagFile("--form", file);
  const { openForm } = await import("../document/docx/form.js");
  const opened = openForm(bytes);
  if ("problem" in opened) throw formError(file, opened);
  return { file, opened };
}

/** One line for a form that cannot be read, with what to do. */
function formError(file: string, found: FormProblem): InputError {
  const why =
    found.problem === "not-zip" ? t("form.whyNotZip") : found.problem === "no-document" ? t("form.whyNoDocument") : t("form.whyBadXml", { detail: found.detail });
  return new InputError(t("form.notWord", { file, why }));
}

/**
 * The length limits the form states for sections (项目概述（500字以内）), as length targets for the
 * prompts: a limit in the proposal's own unit (字 for zh, words for en) caps the section.
 */
export async function formLimits(form: LoadedForm, facts: Facts): Promise<Map<string, LengthTarget>> {
  const [{ formFields }, { fieldForLabel }, { buildSectionMatcher }] = await Promise.all([
    import("../document/docx/form.js"),
    import("../forms/content.js"),
    import("../score/read/section-matcher.js"),
  ]);
  const matcher = buildSectionMatcher();
  // A dry fill in which every section has text: the places the form asks a section for, with their limits.
  const fields = formFields(form.opened, {
    language: facts.language,
    fieldFor: fieldForLabel,
    value: () => undefined,
    path: (field) => field,
    sectionFor: (heading) => matcher.match(heading),
    section: () => [{ type: "paragraph", content: [{ type: "text", text: "" }] }],
    length: () => 0,
  });
  const limits = new Map<string, LengthTarget>();
  const unit = facts.language === "zh" ? "chars" : "words";
  for (const field of fields) {
    if (!field.limit || field.limit.unit !== unit || !field.from?.startsWith("section:")) continue;
    const id = field.from.slice("section:".length);
    const max = Math.min(field.limit.max, limits.get(id)?.max ?? Infinity);
    limits.set(id, { min: Math.round(max * 0.6), max });
  }
  return limits;
}

export interface FilledFormReport {
  file: string;
  fields: FormField[];
}

/**
 * Fills the form with a proposal (a draft, or a revised one); prints what was filled and what was
 * left empty on stderr; returns the .docx and the report for --format json.
 */
export async function fillFormWith(
  form: LoadedForm,
  doc: ProposalDocument,
  facts: Facts,
  quiet: boolean | undefined,
): Promise<{ bytes: Uint8Array; report: FilledFormReport }> {
  const [{ fillForm }, { formContent }] = await Promise.all([import("../document/docx/form.js"), import("../forms/content.js")]);
  const filled = fillForm(form.opened, formContent(facts, doc));
  const lines = describeFields(form.file, filled.fields, facts.language);
  for (const line of quiet ? lines.filter((l) => !l.startsWith("  ")) : lines) process.stderr.write(`${line}\n`);
  return { bytes: filled.bytes, report: { file: form.file, fields: filled.fields } };
}

/** The form's report for --format json: every place, filled from what or empty and why, and each limit. */
export function formJson(report: FilledFormReport) {
  const filled = report.fields.filter((f) => f.from !== undefined).length;
  return {
    file: report.file,
    filled,
    empty: report.fields.length - filled,
    fields: report.fields.map((f) => ({
      label: f.label,
      kind: f.how,
      place: f.place,
      filled: f.from !== undefined,
      // A facts path (organization.name), or section:<id> for a section of the proposal.
      from: f.from ?? null,
      reason: f.reason ?? null,
      wants: f.wants ?? null,
      limit: f.limit ? { max: f.limit.max, unit: f.limit.unit, written: f.limit.written, exceeded: f.limit.written > f.limit.max } : null,
    })),
  };
}

/** The report of a filled form: a summary line, one line per place, a warning per limit passed. */
export function describeFields(file: string, fields: readonly FormField[], language: "zh" | "en"): string[] {
  const lang = uiLang(language);
  if (fields.length === 0) return [t("form.none", { file }, lang)];
  const filledCount = fields.filter((f) => f.from).length;
  const lines = [t("form.summary", { file, filled: filledCount, empty: fields.length - filledCount }, lang)];
  const warnings: string[] = [];
  for (const field of fields) {
    const at = { label: field.label, place: field.place };
    if (field.from) {
      const from = field.from.startsWith("section:") ? t("form.fromSection", { title: sectionTitle(field.from.slice(8), lang) }, lang) : field.from;
      lines.push(t("form.filled", { ...at, from }, lang));
      if (field.limit && field.limit.written > field.limit.max) {
        const unit = t(field.limit.unit === "chars" ? "form.unitChars" : "form.unitWords", undefined, lang);
        warnings.push(t("form.overLimit", { label: field.label, written: field.limit.written, max: field.limit.max, unit }, lang));
      }
      continue;
    }
    if (field.reason === "no-value") lines.push(t("form.noValue", { ...at, field: field.wants ?? field.label }, lang));
    else if (field.reason === "no-section") lines.push(t("form.noSection", { ...at, section: field.label }, lang));
    else if (field.reason === "duplicate") lines.push(t("form.duplicate", at, lang));
    else lines.push(t("form.noMatch", at, lang));
  }
  return [...lines, ...warnings];
}
