// `grantsmith draft FACTS...`: facts → plan → prompts → model (or offline) → document → file → score.
import { mkdir, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DraftOptions } from "../cli.js";
import { InputError } from "../errors.js";
import { setDocumentLanguage, t, uiLang } from "../i18n/index.js";
import { loadFacts, type LoadedFacts } from "../facts/load.js";
import { generateSections, sectionConcurrency, type SectionWriter } from "../draft/generate.js";
import { sectionPlan, type SectionId, type SectionSpec } from "../draft/plan.js";
import { DraftState } from "../draft/state.js";
import { loadTemplates, type DocumentView } from "../draft/templates.js";
import { buildView } from "../draft/view.js";
import { modelWriter, offlineWriter } from "../draft/writers.js";
import { withWriterExtension } from "../document/writers.js";
import { writeMarkdown } from "../document/markdown/write.js";
import { assembleDocument } from "../draft/assemble.js";
import { createProvider } from "../llm/provider.js";
import { isPresetName, PRESETS } from "../llm/presets.js";
import { openModelSession } from "../llm/session.js";
import { addRemoved, describeRemoved, NOTHING_REMOVED, type Removed } from "../llm/answer.js";
import { assertWritable } from "../util/write-file.js";
import { chooseOutput, writeOutput } from "./output.js";
import { batchFlags, confirmBatchCancel } from "./batch-flags.js";
import { checkFormOutput, fillFormWith, formJson, formLimits, readForm, type FilledFormReport, type LoadedForm } from "./form.js";
import { writeFileAtomic } from "../util/write-file.js";
import { lengthTarget, sectionDefinition } from "../kinds/sections.js";
import { thinAnswer, thinReason } from "../draft/thin-answer.js";

/** False for this machine (localhost, 127.0.0.0/8, ::1): materials sent there leave nothing. */
function isRemote(endpoint: string): boolean {
  try {
    const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, "");
    return !(host === "localhost" || host === "::1" || /^127\./.test(host));
  } catch {
    return true;
  }
}

/** Creates `folder` if needed and writes a probe file there, leaving nothing behind; exit 2 naming the folder if it cannot. */
async function probeWritable(folder: string, output: string): Promise<void> {
  let made: string | undefined;
  try {
    made = await mkdir(folder, { recursive: true });
    const probe = path.join(folder, `.grantsmith-probe-${process.pid}`);
    await writeFile(probe, "", { flag: "wx" });
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError(t("draft.cannotWriteIn", { output, folder, code }));
  } finally {
    if (made !== undefined) await removeEmptyUpTo(folder, made);
  }
}

/**
 * Removes the folders the probe made, from `folder` up to `made`, each only while it is empty: another
 * draft may already be saving its sections in the same state folder, and they are not ours to remove.
 */
export async function removeEmptyUpTo(folder: string, made: string): Promise<void> {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
    if (dir === path.resolve(made) || path.dirname(dir) === dir) return;
  }
}

/**
 * Claims `output` for this run with a lock file beside it, so that two drafts to one file do not
 * share (and clear) one state folder; a lock whose process is gone is taken over. Returns the lock.
 */
async function lockOutput(output: string): Promise<string> {
  const target = path.resolve(output);
  const lock = path.join(path.dirname(target), `.${path.basename(target)}.grantsmith-lock`);
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lock, String(process.pid), { flag: "wx" });
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
    }
    const pid = Number((await readFile(lock, "utf8").catch(() => "")).trim());
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
      throw new InputError(t("draft.locked", { output, pid }));
    }
    await rm(lock, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** `<facts name>.proposal.md` beside the facts file. */
export function defaultOutput(factsFile: string): string {
  const base = path.basename(factsFile).replace(/\.(ya?ml|json)$/i, "");
  return path.join(path.dirname(factsFile), `${base}.proposal.md`);
}

async function loadAll(files: string[]): Promise<LoadedFacts[]> {
  const loaded: LoadedFacts[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      loaded.push(await loadFacts(file));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message, ...error.details);
    }
  }
  if (problems.length > 0) throw new InputError(problems[0]!, problems.slice(1));
  return loaded;
}

export async function draftCommand(files: string[], options: DraftOptions): Promise<void> {
  if (options.output !== undefined && options.output !== "-" && files.length > 1) {
    throw new InputError(t("draft.oneOutput", { output: options.output, n: files.length }));
  }
  // stdout holds one product: the JSON report, or a Markdown draft.
  if (options.format === "json" && options.output === "-") throw new InputError(t("draft.jsonAndStdout"));
  // Everything that can be wrong with the input is found before any model is asked anything.
  let form: LoadedForm | undefined;
  if (options.form !== undefined) {
    checkFormOutput(options.output, files.length);
    form = await readForm(options.form);
  }
  const choice = await chooseOutput(options.output, { to: form ? "docx" : options.to, referenceDoc: options.referenceDoc });
  const drafts = await loadAll(files);
  // From here on, messages speak the facts' language when every facts file has the same one
  // (unless --lang or GRANTSMITH_LANG say otherwise).
  const languages = new Set(drafts.map((d) => d.facts.language));
  if (languages.size === 1) setDocumentLanguage(drafts[0]!.facts.language);
  const outputs = drafts.map((d) => options.output ?? withWriterExtension(defaultOutput(d.file), choice.writer));
  const inputs = drafts.flatMap((d) => [d.file, ...d.materials.map((m) => path.resolve(path.dirname(d.file), m.path))]);
  if (form) inputs.push(path.resolve(form.file));
  for (const output of outputs) if (output !== "-") await assertWritable(output, { force: options.force, inputs });
  const endpoint = options.offline ? createProvider({ ...options, provider: "offline" }) : createProvider(options);
  batchFlags(options);
  if (options.batch && endpoint.kind !== "model") throw new InputError(t("batch.needsModel"));
  if (options.batch && endpoint.kind === "model" && endpoint.batch === undefined) throw new InputError(t("batch.needsCache"));
  // An offline draft needs no prompts, a model's draft no offline narratives.
  const compiled = await Promise.all(drafts.map((d) => loadTemplates(d.facts.language, d.facts.kind, undefined, { prompts: endpoint.kind === "model", offline: endpoint.kind === "offline" })));

  if (options.offline && options.provider && options.provider !== "offline") {
    process.stderr.write(`${t("draft.offlineWins", { provider: options.provider })}\n`);
  }
  // Paid answers must have somewhere to go: both folders are tried before the first request. A draft
  // to stdout writes its state only if it stops (DraftState.forStdout), so nothing is tried beside the facts.
  for (const output of outputs) {
    if (output === "-") continue;
    await probeWritable(path.dirname(path.resolve(output)), output);
    if (endpoint.kind === "model") await probeWritable(DraftState.forOutput(output).dir, output);
  }
  for (const loaded of drafts) for (const notice of loaded.notices) process.stderr.write(`${notice}\n`);
  if (endpoint.kind === "model" && isRemote(endpoint.provider.endpoint)) {
    for (const loaded of drafts) {
      for (const m of loaded.materials) {
        process.stderr.write(`${t("draft.materialSent", { path: m.path, chars: m.text.length, endpoint: endpoint.provider.endpoint })}\n`);
      }
    }
  }
  const session = await openModelSession(endpoint, { quiet: options.quiet, spinner: true });
  const { meter, progress } = session;
  const cleanedTotal: Removed = { ...NOTHING_REMOVED };
  const reports: DraftReport[] = [];
  // One run per output file: two drafts to one file would share, and clear, one state folder.
  const locks: string[] = [];
  try {
    for (const output of outputs) if (output !== "-") locks.push(await lockOutput(output));
    // A run that held the lock until a moment ago may have written the file since the first check.
    for (const output of outputs) if (output !== "-") await assertWritable(output, { force: options.force, inputs });
  } catch (error) {
    await Promise.all(locks.map((lock) => rm(lock, { force: true })));
    throw error;
  }
  try {
    await session.run(async () => {
      // Each draft's plan once: the batch pass and the draft ask for the same sections.
      const plans = new Map<LoadedFacts, Promise<SectionSpec[]>>();
      const planOf = (loaded: LoadedFacts) => {
        let plan = plans.get(loaded);
        if (!plan) {
          const base = sectionPlan(loaded.facts.kind);
          plan = form ? formLimits(form, loaded.facts).then((limits) => withFormLimits(base, limits, loaded.facts.language)) : Promise.resolve(base);
          plans.set(loaded, plan);
        }
        return plan;
      };
      if (options.batch && endpoint.kind === "model" && endpoint.batch) {
        // Every section's first request goes to the provider's batch engine; the draft below then
        // finds each answer in the cache (a retry the answers call for is asked live).
        const { prefetchByBatch, ignoreDeferred } = await import("../llm/batch.js");
        const job = {
          access: endpoint.batch,
          ...(options.batchId !== undefined ? { resumeId: options.batchId } : {}),
          pollMs: (options.pollInterval ?? 30) * 1000,
          note: (line: string) => progress.note(line),
          confirmCancel: confirmBatchCancel,
        };
        await prefetchByBatch(endpoint.provider, job, 1, session.signal, async (provider, collectMeter) => {
          for (const [index, loaded] of drafts.entries()) {
            const collecting = modelWriter(provider, compiled[index]!, buildView(loaded), loaded, collectMeter, {});
            const plan = await planOf(loaded);
            await Promise.all(plan.map((spec) => collecting.write(spec, session.signal).catch(ignoreDeferred)));
          }
        });
      }
      for (const [index, loaded] of drafts.entries()) {
        const output = outputs[index]!;
        const templates = compiled[index]!;
        const view = buildView(loaded);
        const language = loaded.facts.language;
        const plan = await planOf(loaded);
        const state = output === "-" ? DraftState.forStdout(defaultOutput(loaded.file)) : DraftState.forOutput(output);
        const writer: SectionWriter =
          endpoint.kind === "offline"
            ? offlineWriter(templates, view)
            : modelWriter(endpoint.provider, templates, view, loaded, meter, {
                onCleaned: (_spec, removed) => addRemoved(cleanedTotal, removed),
                // A thin answer asked for again is named once, when it is kept thin (below).
                onRetry: (spec, reason, thin) => {
                  if (!thin) progress.note(t("draft.retrying", { heading: spec.heading[language], reason }));
                },
              });

        const done = new Set<SectionId>();
        const running = new Set<SectionSpec>();
        const label = drafts.length > 1 ? `${loaded.file}: ` : "";
        const show = () =>
          progress.update(
            t("draft.progress", { label, done: done.size, total: plan.length }) +
              (running.size > 0 ? t("draft.writing", { headings: [...running].map((s) => s.heading[language]).join(uiLang() === "zh" ? "、" : ", ") }) : ""),
          );
        const savedEarlier = endpoint.kind === "model" ? (await state.saved()).length : 0;
        if (!options.resume && savedEarlier > 0) {
          progress.note(t("draft.interruptedEarlier", { file: output === "-" ? loaded.file : output, n: savedEarlier }));
        }
        show();
        let reusedCount = 0;
        // Model answers that came back thin even when asked again, resumed ones included: each is
        // named when it is kept and all of them once more after the file is written.
        const thin = new Set<SectionId>();
        const sections = await generateSections(plan, writer, {
          concurrency: sectionConcurrency(
            plan.length,
            options.concurrency,
            endpoint.kind === "model" && isPresetName(endpoint.provider.provider) ? PRESETS[endpoint.provider.provider].maxConcurrentRequests : undefined,
          ),
          signal: session.signal,
          reuse: options.resume ? (spec, fingerprint) => state.load(spec.id, fingerprint()) : undefined,
          onStart: (spec) => {
            running.add(spec);
            show();
          },
          onDone: async (spec, text, fingerprint, reused) => {
            running.delete(spec);
            done.add(spec.id);
            if (reused) reusedCount++;
            else if (endpoint.kind === "model") await state.save(spec.id, fingerprint(), text);
            const target = lengthTarget(spec, language);
            const found = endpoint.kind === "model" ? thinAnswer(text, spec.heading[language], language, target) : undefined;
            if (found) {
              thin.add(spec.id);
              progress.note(`${label}${t("draft.thinKept", { heading: spec.heading[language], reason: thinReason(found, language, target) })}`);
            }
            show();
          },
        }).catch(async (error: unknown) => {
          progress.stop();
          // A draft to stdout keeps its finished sections only now; if that fails, the error that stopped it is the one told.
          const saved = await state.keep().catch(() => []);
          if (endpoint.kind === "model" && saved.length > 0) {
            process.stderr.write(`${t("draft.kept", { n: saved.length })}\n`);
          }
          throw error;
        });
        progress.stop();
        if (options.resume && savedEarlier > reusedCount) {
          process.stderr.write(`${t("draft.rewritten", { again: savedEarlier - reusedCount, saved: savedEarlier })}\n`);
        }

        const documentView: DocumentView = {
          ...view,
          narrative: Object.fromEntries(sections),
          generator: {
            offline: endpoint.kind === "offline",
            provider: endpoint.kind === "model" ? endpoint.provider.provider : undefined,
            model: endpoint.kind === "model" ? endpoint.provider.model : undefined,
            date: new Date().toISOString().slice(0, 10),
          },
        };
        // One document for every output: Markdown, Word and a form are all written from its blocks.
        const document = assembleDocument(templates, documentView);
        let written: string | undefined;
        let filledForm: FilledFormReport | undefined;
        if (form) {
          const filled = await fillFormWith(form, document, loaded.facts, options.quiet);
          await writeFileAtomic(output, filled.bytes, { force: options.force, inputs });
          filledForm = filled.report;
        } else written = await writeOutput(document, output, choice, { force: options.force, inputs });
        await state.clear();

        if (output !== "-") {
          const resumed = reusedCount > 0 ? t("draft.resumed", { n: reusedCount }) : "";
          process.stderr.write(`${t("draft.wrote", { file: output, n: plan.length, resumed })}\n`);
        }
        if (thin.size > 0) {
          const headings = plan.filter((spec) => thin.has(spec.id)).map((spec) => spec.heading[language]);
          process.stderr.write(`${t("draft.thinSummary", { n: thin.size, total: plan.length, headings: headings.join(uiLang() === "zh" ? "、" : ", ") })}\n`);
        }
        for (const warning of loaded.warnings) process.stderr.write(`${warning}\n`);
        const scored = options.score && output !== "-" ? await reportScore(output, written ?? writeMarkdown(document), loaded, written === undefined) : undefined;
        reports.push({
          facts: loaded.file,
          output,
          format: form ? "docx" : choice.writer.name,
          sections: plan.map((spec) => spec.id),
          reused: reusedCount,
          thin: plan.filter((spec) => thin.has(spec.id)).map((spec) => spec.id),
          form: filledForm ? formJson(filledForm) : null,
          score: scored ? { score: scored.score, grade: scored.grade, placeholders: scored.placeholders ?? 0, unverified: scored.unverified.length } : null,
        });
      }
      // What cleaning took out of the model's answers, said once, before the usage line.
      const cleaned = describeRemoved(cleanedTotal, uiLang());
      if (cleaned) process.stderr.write(`${cleaned}\n`);
    });
  } finally {
    await Promise.all(locks.map((lock) => rm(lock, { force: true })));
  }
  if (options.format === "json") {
    const generator = endpoint.kind === "model" ? { provider: endpoint.provider.provider, model: endpoint.provider.model } : { provider: "offline", model: null };
    process.stdout.write(`${JSON.stringify({ version: 1, ...generator, drafts: reports, usage: meter.toJSON() }, null, 2)}\n`);
  }
}

/** One draft in `--format json`: what was written where, the form's fields, and the score. */
interface DraftReport {
  facts: string;
  output: string;
  format: string;
  sections: string[];
  reused: number;
  /** Sections whose model answer came back thin (thin-answer.ts), in the plan's order. */
  thin: SectionId[];
  form: ReturnType<typeof formJson> | null;
  score: { score: number; grade: string; placeholders: number; unverified: number } | null;
}

/** The plan with the form's stated limits (项目概述（500字以内）) as the sections' length targets. */
function withFormLimits(plan: SectionSpec[], limits: Map<string, { min: number; max: number }>, language: "zh" | "en"): SectionSpec[] {
  if (limits.size === 0) return plan;
  return plan.map((spec) => {
    const limit = limits.get(spec.id);
    if (!limit) return spec;
    const own = spec.length ?? sectionDefinition(spec.id)!.length;
    const current = own[language];
    // The form's limit only ever shortens a section.
    const target = limit.max < current.max ? { min: Math.min(current.min, limit.min), max: limit.max } : current;
    return { ...spec, length: { ...own, [language]: target } };
  });
}

/**
 * Scores the new draft against its facts and prints the total and the top five improvements. A Word
 * file (a draft or a filled form) is scored as it was written, read back as `score` reads it, so each
 * finding names the paragraph a Word reader counts ("第27段"), not a line of Markdown the user never sees.
 */
async function reportScore(file: string, text: string, loaded: LoadedFacts, document: boolean) {
  const [{ scoreText }, { formatTopImprovements }] = await Promise.all([import("../score/engine.js"), import("../report/top.js")]);
  // `score FILE` reads, scores and places a Word file so (score/batch/score-file.ts).
  const read = document ? await (await import("../score/batch/score-file.js")).scoreFile(file, undefined, loaded) : undefined;
  const result = read?.kind === "result" ? read.result : await scoreText(text, { file, facts: loaded });
  process.stderr.write(`${formatTopImprovements(result, 5)}\n`);
  return result;
}
