// `grantsmith revise PROPOSAL --facts FACTS`: score, rewrite the weakest sections with the model, keep
// a rewrite only when the score goes up without new unverified figures, write <name>.revised.md.
import path from "node:path";
import { withWriterExtension, writeDocument } from "../document/writers.js";
import type { ReviseOptions } from "../cli.js";
import { EXIT, InputError, UserError } from "../errors.js";
import { loadFacts } from "../facts/load.js";
import { readProposalInput } from "./proposal-input.js";
import { createProvider, howToConfigureAModel, whyNoModel } from "../llm/provider.js";
import { openModelSession } from "../llm/session.js";
import {
  formatChange,
  formatOutcome,
  formatFactsToFill,
  formatPlan,
  formatScoreLine,
  loadReviseTemplates,
  outcomeJson,
  planJson,
  planRevision,
  reviseProposal,
} from "../revise/index.js";
import { resolveRubric } from "../score/index.js";
import { detectTextLanguage } from "../text/language.js";
import { assertWritable, writeFileAtomic } from "../util/write-file.js";
import { chooseOutput, writeOutput } from "./output.js";
import { checkFormOutput, fillFormWith, formJson, formLimits, readForm, type FilledFormReport } from "./form.js";
import { setDocumentLanguage, t } from "../i18n/index.js";

/** `<name>.revised.md` beside the proposal. */
export function defaultRevisedOutput(file: string): string {
  const ext = path.extname(file);
  const base = path.basename(file, ext);
  return path.join(path.dirname(file), `${base}.revised${ext || ".md"}`);
}

export async function reviseCommand(file: string, options: ReviseOptions): Promise<void> {
  // Rewriting is the model's work: --offline is refused before anything is read, with how to set one up.
  if (options.offline && !options.dryRun) throw new UserError(t("revise.needsModel", { why: t("revise.offlineFlag"), how: howToConfigureAModel() }), EXIT.usage);
  // With --form the revised proposal fills the funder's Word form, as draft --form does.
  if (options.form !== undefined) checkFormOutput(options.output);
  const to = options.form !== undefined ? "docx" : options.to;
  const choice = await chooseOutput(options.output, { to, referenceDoc: options.referenceDoc });
  const revised = defaultRevisedOutput(file);
  const output = options.output ?? (to === undefined ? revised : withWriterExtension(revised, choice.writer));
  if (output === "-" && options.format === "json") {
    throw new InputError(t("revise.jsonAndStdout"));
  }
  // Everything that can be wrong with the input is found before any model is asked anything.
  const form = options.form !== undefined ? await readForm(options.form) : undefined;
  const text = await readProposalInput(file);
  // Messages about this run now speak the proposal's language (unless --lang or GRANTSMITH_LANG say otherwise).
  setDocumentLanguage(detectTextLanguage(text));
  const facts = await loadFacts(options.facts);
  const rubric = await resolveRubric(options.rubric, detectTextLanguage(text), facts.facts.kind);
  const scoring = { text, file, facts, rubric };

  if (options.dryRun) {
    const plan = await planRevision(scoring);
    const report =
      options.format === "json"
        ? JSON.stringify(planJson(file, plan.score, plan.candidates, plan.factsToFill), null, 2)
        : formatPlan(plan.score, plan.candidates, plan.factsToFill, detectTextLanguage(text));
    process.stdout.write(`${report}\n`);
    return;
  }

  const guard = { force: options.force, inputs: [file, options.facts, ...(form ? [form.file] : [])] };
  if (output !== "-") await assertWritable(output, guard);
  const endpoint = createProvider(options);
  if (endpoint.kind === "offline") {
    const words = { none: () => t("revise.noEndpoint"), offline: (setting: string) => t("revise.providerOffline", { setting }) };
    throw new UserError(t("revise.needsModel", whyNoModel(endpoint.reason, words)), EXIT.usage);
  }
  const templates = await loadReviseTemplates(detectTextLanguage(text));
  // The form's stated limits (项目概述（500字以内）) bound the rewrites as they bound a draft.
  const limits = form ? await formLimits(form, facts.facts) : undefined;

  const session = await openModelSession(endpoint, { quiet: options.quiet, spinner: true });
  const { meter, progress } = session;
  const running = new Set<string>();
  let currentRound = 0;
  const show = () => progress.update(t("revise.rewriting", { round: currentRound, names: [...running].join(", ") }));
  let filledForm: FilledFormReport | undefined;
  const { outcome, kept } = await session.run(async () => {
    const outcome = await reviseProposal({
      ...scoring,
      model: session,
      templates,
      rounds: options.rounds,
      target: options.target,
      concurrency: options.concurrency,
      limits,
      hooks: {
        onScored: (before) => progress.note(formatScoreLine(t("revise.scoreBeforeLabel"), before)),
        onRound: (round, candidates) => {
          currentRound = round;
          const names = candidates.map((c) => t("revise.candidate", { heading: c.section.heading, points: c.points })).join(", ");
          if (!options.quiet) progress.note(t("revise.rewriting", { round, names }));
        },
        onRewriteStart: (candidate) => {
          running.add(candidate.section.heading);
          show();
        },
        onRewriteDone: (candidate) => {
          running.delete(candidate.section.heading);
          if (running.size > 0) show();
          else progress.update(t("revise.scoringRewrites", { round: currentRound }));
        },
        onDecision: (change) => progress.note(formatChange(change)),
      },
    });
    progress.stop();
    const kept = outcome.changes.some((c) => c.kept);
    process.stderr.write(`${formatOutcome(outcome)}\n`);
    const toFill = formatFactsToFill(outcome.factsToFill, detectTextLanguage(text));
    if (toFill && !options.quiet) process.stderr.write(`${toFill}\n`);
    if (kept) {
      if (output === "-") {
        const written = String(await writeDocument(outcome.document, "markdown"));
        process.stdout.write(written.endsWith("\n") ? written : `${written}\n`);
      } else if (form) {
        const filled = await fillFormWith(form, outcome.document, facts.facts, options.quiet);
        await writeFileAtomic(output, filled.bytes, guard);
        filledForm = filled.report;
        process.stderr.write(`${t("output.wrote", { file: output })}\n`);
      } else {
        await writeOutput(outcome.document, output, choice, guard);
        process.stderr.write(`${t("output.wrote", { file: output })}\n`);
      }
    } else {
      process.stderr.write(`${t("revise.nothingWritten")}\n`);
    }
    return { outcome, kept };
  });
  if (options.format === "json") {
    const summary = { ...outcomeJson(file, kept ? output : null, outcome, meter.toJSON()), form: filledForm ? formJson(filledForm) : null };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  }
}
