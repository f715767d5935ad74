// `grantsmith score PATH...`: score files, folders and globs; write the report (stdout or -o FILE);
// exit 1 when any file fails the gate (--min-score, --fail-on, a must criterion), 2 on bad input.
// With --judge the rubric's llm criteria are asked of the configured model too (3 when it fails,
// 130 on Ctrl-C), and the model's usage is printed on stderr and included in the JSON report.
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import type { ScoreOptions } from "../cli.js";
import { confirmBatchCancel, batchFlags } from "./batch-flags.js";
import { GateFailedError, InputError } from "../errors.js";
import { setDocumentLanguage, t, uiLang } from "../i18n/index.js";
import { formatList, PROPOSAL_FORMATS } from "../read/formats.js";
import type { LoadedFacts } from "../facts/load.js";
import { createWriter, REPORT_FORMATS, type ReportFormat } from "../report/formats.js";
import type { ReportOptions, ResultRow, RunInfo } from "../report/writer.js";
import { footerBlocks, rowOf } from "../report/writer.js";
import { scorePaths } from "../score/batch/batch.js";
import { skipLine, type SkippedFile } from "../score/read/files.js";
import { applyGate, summaryTotals } from "../score/gate.js";
import type { JudgeQueue } from "../judge/batch.js";
import type { GateOptions, ScoreResult } from "../score/types.js";
import { packageVersion } from "../util/paths.js";
import { withTimeLimit } from "../util/time-limit.js";
import { assertWritable } from "../util/write-file.js";

type ScoreCommandOptions = ScoreOptions;

interface Sink {
  write(chunk: string): void;
  close(): void | Promise<void>;
  abort(): void;
}

function stdoutSink(): Sink {
  return {
    write: (chunk) => void (chunk && process.stdout.write(chunk)),
    // A ranking is written whole at the end: a pipe may still hold it when the process exits, so
    // the run ends only once stdout has taken everything (write callbacks come in order).
    close: () => new Promise<void>((resolve) => process.stdout.write("", () => resolve())),
    abort: () => undefined,
  };
}

/**
 * Characters of a report held before they are written: a per-file format (JSON, JSONL, text) is
 * a chunk per file, and one write call per file was some 10,000 system calls for 10,000 files.
 */
const FILE_BUFFER_CHARS = 64 * 1024;

/** Writes through a temp file beside the target, renamed into place when the report is complete. */
function fileSink(file: string): Sink {
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, "w");
  } catch (error) {
    throw new InputError(t("score.cannotWriteReport", { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  let open = true;
  const closeOnce = () => {
    if (open) closeSync(fd);
    open = false;
  };
  let held: string[] = [];
  let heldChars = 0;
  const flush = () => {
    if (heldChars > 0) writeSync(fd, held.join(""));
    held = [];
    heldChars = 0;
  };
  return {
    write(chunk) {
      if (!chunk) return;
      held.push(chunk);
      heldChars += chunk.length;
      if (heldChars >= FILE_BUFFER_CHARS) flush();
    },
    close() {
      flush();
      closeOnce();
      try {
        renameSync(temp, file);
      } catch (error) {
        rmSync(temp, { force: true });
        throw new InputError(t("score.cannotPlaceReport", { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
      }
    },
    abort() {
      closeOnce();
      rmSync(temp, { force: true });
    },
  };
}

function useColor(options: ScoreCommandOptions): boolean {
  if (options.output || !REPORT_FORMATS[options.format ?? "text"].terminal) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR === "0") return false;
  return process.stdout.isTTY === true;
}

/** Skipped files listed when nothing could be scored; the rest are counted. */
const MAX_SKIPS_SHOWN = 10;

export async function scoreCommand(paths: string[], options: ScoreCommandOptions): Promise<void> {
  const run = { sink: undefined as Sink | undefined };
  await withTimeLimit(options.timeLimit, `score ${paths.join(" ")}`, () => scoreRun(paths, options, run), () => run.sink?.abort());
}

/** `run.sink` is the report being written, for the time limit to remove when it stops the run. */
async function scoreRun(paths: string[], options: ScoreCommandOptions, run: { sink?: Sink | undefined }): Promise<void> {
  const format = options.format ?? "text";
  const gate: GateOptions = { failOn: options.failOn ?? "never" };
  if (options.minScore !== undefined) gate.minScore = options.minScore;
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  if (options.output && options.output !== "-") {
    // Never over a proposal being scored, the facts, or an earlier report without --force.
    const inputs = [...paths, ...(options.facts ? [options.facts] : []), ...(options.funder ? [options.funder] : [])];
    await assertWritable(options.output, { force: options.force, inputs });
  }
  if (options.batch && !options.judge) throw new InputError(t("batch.needsJudge"));
  batchFlags(options);
  let facts: LoadedFacts | undefined;
  if (options.facts) {
    facts = await (await import("../facts/load.js")).loadFacts(options.facts);
    // Messages about this run now speak the facts' language (unless --lang or GRANTSMITH_LANG say otherwise).
    setDocumentLanguage(facts.facts.language);
  }
  if (!options.judge && options.funder !== undefined && !options.quiet) warn(t("score.funderIgnored", { file: options.funder }));
  const judging = options.judge ? await startJudge(options, facts, warn) : undefined;

  const spec = REPORT_FORMATS[format];
  const writer = await createWriter(format, { ...gate, color: useColor(options), ...reportShape(format, options, warn) });
  // Counted as they come; a row per file is kept only for a footer that lists every file.
  const totals = summaryTotals();
  const rows: ResultRow[] = [];
  let sink: Sink | undefined;
  const progress = !options.quiet && process.stderr.isTTY === true;
  let lastProgress = 0;
  // The line is worded only when it is shown: a run has a tick per file, most of them too soon after the last.
  const showProgress = (line: () => string) => {
    if (!progress) return;
    const now = Date.now();
    if (now - lastProgress < 250) return;
    lastProgress = now;
    process.stderr.write(`\r${line()}`);
  };
  // Skipped files are said once: on stderr as they come, or, when nothing at all could be scored,
  // as the error itself. Until the first result they wait to see which.
  const skipped: SkippedFile[] = [];
  // A text report on the screen lists the skipped files and the totals itself: stderr, on the same
  // screen, would say them twice (and before the proposals' language is known).
  const reportOnScreen = !options.output && spec.terminal && process.stdout.isTTY === true;
  let heldSkips = true;
  const flushSkips = () => {
    if (!heldSkips) return;
    heldSkips = false;
    if (!options.quiet && !reportOnScreen) for (const skip of skipped) warn(skipLine(skip));
  };
  const languages = new Set<string>();
  const emit = (raw: ScoreResult) => {
    flushSkips();
    if (raw.error === undefined) languages.add(raw.language);
    // The sink opens with the first result, so bad input never leaves an empty report behind.
    if (!sink) {
      const toFile = options.output !== undefined && options.output !== "-";
      sink = toFile ? fileSink(options.output!) : stdoutSink();
      run.sink = sink;
      // On stdout a byte-order mark is left out, for the tools a pipe feeds.
      if (toFile && spec.byteOrderMark) sink.write("\uFEFF");
      sink.write(writer.header(raw));
    }
    const result = applyGate(raw, gate);
    totals.add(result);
    if (spec.footerRows) rows.push(rowOf(result));
    if (!options.quiet) {
      if (result.error !== undefined) warn(`${result.file}${uiLang() === "zh" ? "：" : ": "}${result.error}`);
      for (const c of result.criteria) if (c.error !== undefined) warn(t("score.judgeError", { file: result.file, id: c.id, error: c.error }));
    }
    sink.write(writer.result(result));
    if (judging) showProgress(() => t("score.judgedProgress", { n: totals.summary().files }));
  };
  const queue = judging?.queue(emit);
  let completed = false;
  try {
    const batch = scorePaths(paths, {
      ...(options.rubric !== undefined ? { rubric: options.rubric } : {}),
      ...(facts ? { facts } : {}),
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      ...(options.exclude ? { exclude: options.exclude } : {}),
      onResult: queue ? (raw) => queue.add(raw) : emit,
      onWarning: (line) => {
        if (!options.quiet) warn(line);
      },
      onSkip: (skip) => {
        skipped.push(skip);
        if (!heldSkips && !options.quiet && !reportOnScreen) warn(skipLine(skip));
      },
      onProgress(done) {
        if (!judging) showProgress(() => t("score.scoredProgress", { n: done }));
      },
    });
    // A failure of the judge (or Ctrl-C) ends the run without waiting for the rest of the batch.
    if (queue) batch.catch(() => undefined);
    const scored = queue ? await Promise.race([batch, queue.failed]) : await batch;
    await queue?.finish();
    if (progress && lastProgress > 0) process.stderr.write("\r\x1b[K");
    if (scored === 0 && skipped.length > 0) {
      // Nothing could be scored: the skips are the error (exit 2), said once.
      heldSkips = false;
      if (skipped.length === 1) throw new InputError(t("score.nothingScored", { line: skipLine(skipped[0]!) }));
      // Many skipped: one line first that says so, then the first of them and how many more.
      const shown = skipped.slice(0, MAX_SKIPS_SHOWN).map(skipLine);
      const more = skipped.length - shown.length;
      throw new InputError(t("score.nothingScoredOf", { n: skipped.length }), more > 0 ? [...shown, t("score.moreSkipped", { n: more })] : shown);
    }
    if (scored === 0) throw new InputError(t("score.noProposals", { paths: paths.join(", "), extensions: formatList(PROPOSAL_FORMATS, uiLang()) }));
    flushSkips();
    const summary = totals.summary();
    const run: RunInfo | undefined = skipped.length > 0 ? { ...judging?.runInfo(), skipped } : judging?.runInfo();
    for (const block of footerBlocks(writer.footer(summary, rows, run))) sink!.write(block);
    await sink!.close();
    completed = true;
    // The closing lines are in the proposals' language when they all share one (unless a flag,
    // the variable or the facts chose the run's language).
    const lang = uiLang(languages.size === 1 ? ([...languages][0] === "zh" ? "zh" : "en") : undefined);
    if (!options.quiet && !reportOnScreen && (options.output || summary.files > 1 && !spec.terminal || skipped.length > 0)) {
      const written = options.output ? t("score.reportWritten", { file: options.output }, lang) : "";
      const notScored = skipped.length > 0 ? t("score.notScored", { n: skipped.length }, lang) : "";
      warn(t("score.summaryLine", { files: summary.files, ready: summary.ready, passed: summary.passed, failed: summary.failed, mean: summary.mean, notScored, written }, lang));
    }
    if (summary.failed > 0) {
      const message = t("score.gateFailed", { failed: summary.failed, files: summary.files }, lang);
      throw new GateFailedError(options.quiet ? "" : message);
    }
  } catch (error) {
    if (!(error instanceof GateFailedError)) sink?.abort();
    throw error;
  } finally {
    judging?.close(completed);
  }
}

/**
 * What the format takes of --sort, --summary and --max-annotations, and the tool's version (SARIF);
 * a flag the format does not use is said once on stderr and ignored.
 */
function reportShape(format: ReportFormat, options: ScoreCommandOptions, warn: (line: string) => void): ReportOptions {
  const shape: ReportOptions = { version: packageVersion() };
  const takes = REPORT_FORMATS[format].takes;
  const ignored = (line: string) => {
    if (!options.quiet) warn(line);
  };
  if (options.summary) {
    if (takes.summary) shape.summary = true;
    else ignored(t("report.summaryIgnored", { format }));
  }
  if (options.sort !== undefined) {
    if (takes.sort === "always" || (takes.sort === "with-summary" && shape.summary)) shape.sort = options.sort;
    else ignored(t("report.sortIgnored", { format }));
  }
  if (options.maxAnnotations !== undefined || options.maxAnnotationsPerFile !== undefined) {
    if (!takes.annotations) ignored(t("report.annotationsIgnored", { format }));
    if (options.maxAnnotations !== undefined) shape.maxAnnotations = options.maxAnnotations;
    if (options.maxAnnotationsPerFile !== undefined) shape.maxAnnotationsPerFile = options.maxAnnotationsPerFile;
  }
  return shape;
}


interface Judging {
  queue(emit: (result: ScoreResult) => void): JudgeQueue;
  runInfo(): RunInfo;
  /** Ends the model session: its usage line (after a failed run, only if it cost anything). */
  close(completed: boolean): void;
}

/**
 * Everything --judge needs, checked before any file is read or any request made: a model endpoint
 * (none is a usage error), the judge prompts of both languages, and the --funder file.
 */
async function startJudge(options: ScoreCommandOptions, facts: LoadedFacts | undefined, warn: (line: string) => void): Promise<Judging> {
  const [{ createProvider, whyNoModel }, { openModelSession }, { loadJudgeTemplates }, { limitConcurrency }, { createJudgeQueue }, { resolveRubric }] =
    await Promise.all([
      import("../llm/provider.js"),
      import("../llm/session.js"),
      import("../judge/index.js"),
      import("../judge/pass.js"),
      import("../judge/batch.js"),
      import("../score/rubric/rubric.js"),
    ]);
  const endpoint = createProvider(options);
  if (endpoint.kind === "offline") {
    const words = { none: () => t("score.noneConfigured"), offline: (setting: string) => t("score.offlineAsks", { setting }) };
    throw new InputError(t("score.judgeNeedsModel", whyNoModel(endpoint.reason, words)));
  }
  if (options.batch && endpoint.batch === undefined) throw new InputError(t("batch.needsCache"));
  await Promise.all([loadJudgeTemplates("zh"), loadJudgeTemplates("en")]);
  const funderModule = await import("../judge/funder.js");
  const funder = options.funder !== undefined ? await funderModule.loadFunderPriorities(options.funder) : facts ? funderModule.funderFromFacts(facts) : undefined;
  if (funder?.note !== undefined && !options.quiet) warn(funder.note);
  const rubric = options.rubric !== undefined ? await resolveRubric(options.rubric, "zh") : undefined;
  // Cost you can see, also when the run failed after paying for some answers.
  const session = await openModelSession(endpoint, { quiet: options.quiet, usageAfterFailure: true });

  const samples = options.judgeSamples ?? 1;
  // Requests in flight across the whole batch; a hosted endpoint's rate limit matters more than cores.
  const concurrency = options.concurrency ?? 4;
  const model = { provider: limitConcurrency(session.provider, concurrency), signal: session.signal, meter: session.meter };
  const run = {
    model,
    samples,
    ...(funder ? { funder } : {}),
    ...(rubric ? { rubric } : {}),
    ...(facts ? { facts } : {}),
  };
  if (options.batch && endpoint.batch) {
    const access = endpoint.batch;
    const { createBatchedJudgeQueue } = await import("../judge/batch.js");
    return {
      queue: (emit) =>
        createBatchedJudgeQueue(
          run,
          {
            access,
            ...(options.batchId !== undefined ? { resumeId: options.batchId } : {}),
            pollMs: (options.pollInterval ?? 30) * 1000,
            note: (line) => {
              if (!options.quiet) warn(line);
            },
            confirmCancel: confirmBatchCancel,
          },
          { concurrency, abort: session.abort, emit },
        ),
      runInfo: () => ({ judge: { provider: model.provider.provider, model: model.provider.model, samples }, usage: session.meter.toJSON() }),
      close: (completed) => session.close(completed),
    };
  }
  return {
    queue: (emit) =>
      createJudgeQueue(
        {
          model,
          samples,
          ...(funder ? { funder } : {}),
          ...(rubric ? { rubric } : {}),
          ...(facts ? { facts } : {}),
        },
        { concurrency, abort: session.abort, emit },
      ),
    runInfo: () => ({ judge: { provider: model.provider.provider, model: model.provider.model, samples }, usage: session.meter.toJSON() }),
    close: (completed) => session.close(completed),
  };
}
