// `grantsmith score PATH...`: score files, folders and globs; write the report (stdout or -o FILE);
// exit 1 when any file fails the gate (--min-score, --fail-on, a must criterion), 2 on bad input.
// With --judge the rubric's llm criteria are asked of the configured model too (3 when it fails,
// 130 on Ctrl-C), and the model's usage is printed on stderr and included in the JSON report.
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import type { ScoreOptions } from "../cli.js";
import { GateFailedError, InputError } from "../errors.js";
import type { LoadedFacts } from "../facts/load.js";
import { createWriter, REPORT_FORMATS } from "../report/formats.js";
import type { ResultRow, RunInfo } from "../report/writer.js";
import { rowOf } from "../report/writer.js";
import { scorePaths } from "../score/batch/batch.js";
import { skipLine, type SkippedFile } from "../score/read/files.js";
import { applyGate, summarize } from "../score/gate.js";
import type { JudgeQueue } from "../judge/batch.js";
import type { GateOptions, ScoreResult } from "../score/types.js";
import { withTimeLimit } from "../util/time-limit.js";
import { assertWritable } from "../util/write-file.js";

type ScoreCommandOptions = ScoreOptions;

interface Sink {
  write(chunk: string): void;
  close(): void;
  abort(): void;
}

function stdoutSink(): Sink {
  return { write: (chunk) => void (chunk && process.stdout.write(chunk)), close: () => undefined, abort: () => undefined };
}

/** Writes through a temp file beside the target, renamed into place when the report is complete. */
function fileSink(file: string): Sink {
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, "w");
  } catch (error) {
    throw new InputError(`${file}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the folder exists`);
  }
  let open = true;
  const closeOnce = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (chunk) => void (chunk && writeSync(fd, chunk)),
    close() {
      closeOnce();
      try {
        renameSync(temp, file);
      } catch (error) {
        rmSync(temp, { force: true });
        throw new InputError(`${file}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    },
    abort() {
      closeOnce();
      rmSync(temp, { force: true });
    },
  };
}

const files = (n: number) => `${n} file${n === 1 ? "" : "s"}`;

function useColor(options: ScoreCommandOptions): boolean {
  if (options.output || !REPORT_FORMATS[options.format ?? "text"].terminal) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR === "0") return false;
  return process.stdout.isTTY === true;
}

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
  let facts: LoadedFacts | undefined;
  if (options.facts) facts = await (await import("../facts/load.js")).loadFacts(options.facts);
  if (!options.judge && options.funder !== undefined && !options.quiet) warn(`--funder ${options.funder}: used only with --judge; ignored`);
  const judging = options.judge ? await startJudge(options, facts, warn) : undefined;

  const spec = REPORT_FORMATS[format];
  const writer = await createWriter(format, { ...gate, color: useColor(options) });
  const rows: ResultRow[] = [];
  let sink: Sink | undefined;
  const progress = !options.quiet && process.stderr.isTTY === true;
  let lastProgress = 0;
  const showProgress = (line: string) => {
    if (!progress) return;
    const now = Date.now();
    if (now - lastProgress < 250) return;
    lastProgress = now;
    process.stderr.write(`\r${line}`);
  };
  // Skipped files are said once: on stderr as they come, or, when nothing at all could be scored,
  // as the error itself. Until the first result they wait to see which.
  const skipped: SkippedFile[] = [];
  let heldSkips = true;
  const flushSkips = () => {
    if (!heldSkips) return;
    heldSkips = false;
    if (!options.quiet) for (const skip of skipped) warn(skipLine(skip));
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
      sink.write(writer.header());
    }
    const result = applyGate(raw, gate);
    rows.push(rowOf(result));
    if (!options.quiet) {
      if (result.error !== undefined) warn(`${result.file}: ${result.error}`);
      for (const c of result.criteria) if (c.error !== undefined) warn(`${result.file}: ${c.id}: judge error, not assessed: ${c.error}`);
    }
    sink.write(writer.result(result));
    if (judging) showProgress(`judged ${files(rows.length)}…`);
  };
  const queue = judging?.queue(emit);
  let completed = false;
  try {
    const batch = scorePaths(paths, {
      ...(options.rubric !== undefined ? { rubric: options.rubric } : {}),
      ...(facts ? { facts } : {}),
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      onResult: queue ? (raw) => queue.add(raw) : emit,
      onWarning: (line) => {
        if (!options.quiet) warn(line);
      },
      onSkip: (skip) => {
        skipped.push(skip);
        if (!heldSkips && !options.quiet) warn(skipLine(skip));
      },
      onProgress(done) {
        if (!judging) showProgress(`scored ${files(done)}…`);
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
      const lines = skipped.map((skip) => `${skipLine(skip)}; nothing was scored`);
      throw new InputError(lines[0]!, lines.slice(1));
    }
    if (scored === 0) throw new InputError(`no proposal files found in ${paths.join(", ")} (looked for .md, .markdown, .txt, .rst, .Rmd, .docx, .pdf)`);
    flushSkips();
    const summary = summarize(rows);
    const run: RunInfo | undefined = skipped.length > 0 ? { ...judging?.runInfo(), skipped } : judging?.runInfo();
    sink!.write(writer.footer(summary, rows, run));
    sink!.close();
    completed = true;
    // The closing lines are in the proposals' language when they are all Chinese.
    const zh = languages.size === 1 && languages.has("zh");
    if (!options.quiet && (options.output || rows.length > 1 && !spec.terminal || skipped.length > 0)) {
      const written = options.output ? (zh ? `；报告已写入 ${options.output}` : `; report written to ${options.output}`) : "";
      const notScored = skipped.length > 0 ? (zh ? `；${skipped.length} 个文件跳过未评分` : `; ${files(skipped.length)} skipped, not scored`) : "";
      warn(
        zh
          ? `已评分 ${summary.files} 个文件：${summary.passed} 个通过，${summary.failed} 个未通过，平均 ${summary.mean} 分${notScored}${written}`
          : `${files(summary.files)} scored: ${summary.passed} passed, ${summary.failed} failed, mean ${summary.mean}${notScored}${written}`,
      );
    }
    if (summary.failed > 0) {
      const message = zh ? `${summary.files} 个文件中有 ${summary.failed} 个未通过质量门槛` : `${summary.failed} of ${files(summary.files)} failed the quality gate`;
      throw new GateFailedError(options.quiet ? "" : message);
    }
  } catch (error) {
    if (!(error instanceof GateFailedError)) sink?.abort();
    throw error;
  } finally {
    judging?.close(completed);
  }
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
  const [{ createProvider, HOW_TO_CONFIGURE_A_MODEL, offlineSetting }, { openModelSession }, { loadJudgeTemplates }, { limitConcurrency }, { createJudgeQueue }, { resolveRubric }] =
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
    const setting = offlineSetting(endpoint.reason);
    const why = setting !== undefined ? `${setting} asks for no model` : "none is configured";
    throw new InputError(`--judge needs a model endpoint, but ${why}; ${HOW_TO_CONFIGURE_A_MODEL}; or leave out --judge`);
  }
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
