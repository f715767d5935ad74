// `grantsmith score PATH...`: score files, folders and globs; write the report (stdout or -o FILE);
// exit 1 when any file fails the gate (--min-score, --fail-on, a must criterion), 2 on bad input.
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { GateFailedError, InputError } from "../errors.js";
import type { LoadedFacts } from "../facts/load.js";
import { createWriter } from "../report/index.js";
import type { ReportFormat, ResultRow } from "../report/writer.js";
import { rowOf } from "../report/writer.js";
import { scorePaths } from "../score/batch.js";
import { applyGate, summarize } from "../score/gate.js";
import type { FailOn, GateOptions } from "../score/types.js";

export interface ScoreCommandOptions {
  rubric?: string;
  facts?: string;
  judge?: boolean;
  judgeSamples?: number;
  funder?: string;
  minScore?: number;
  failOn?: FailOn;
  format?: ReportFormat;
  output?: string;
  concurrency?: number;
  quiet?: boolean;
}

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
  return {
    write: (chunk) => void (chunk && writeSync(fd, chunk)),
    close() {
      closeSync(fd);
      renameSync(temp, file);
    },
    abort() {
      closeSync(fd);
      rmSync(temp, { force: true });
    },
  };
}

function useColor(options: ScoreCommandOptions): boolean {
  if (options.output || (options.format ?? "text") !== "text") return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR === "0") return false;
  return process.stdout.isTTY === true;
}

export async function scoreCommand(paths: string[], options: ScoreCommandOptions): Promise<void> {
  const format = options.format ?? "text";
  const gate: GateOptions = { failOn: options.failOn ?? "never" };
  if (options.minScore !== undefined) gate.minScore = options.minScore;
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  if (options.judge && !options.quiet) {
    warn("grantsmith: --judge: the model judge is not available in this version; llm criteria are reported as not assessed.");
  }
  let facts: LoadedFacts | undefined;
  if (options.facts) facts = await (await import("../facts/load.js")).loadFacts(options.facts);

  const writer = createWriter(format, { ...gate, color: useColor(options) });
  const rows: ResultRow[] = [];
  let sink: Sink | undefined;
  const progress = !options.quiet && process.stderr.isTTY === true;
  let lastProgress = 0;
  try {
    const scored = await scorePaths(paths, {
      ...(options.rubric !== undefined ? { rubric: options.rubric } : {}),
      ...(facts ? { facts } : {}),
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      onResult(raw) {
        // The sink opens with the first result, so bad input never leaves an empty report behind.
        if (!sink) {
          sink = options.output && options.output !== "-" ? fileSink(options.output) : stdoutSink();
          sink.write(writer.header());
        }
        const result = applyGate(raw, gate);
        rows.push(rowOf(result));
        if (result.error !== undefined && !options.quiet) warn(`${result.file}: ${result.error}`);
        sink.write(writer.result(result));
      },
      onWarning: (line) => {
        if (!options.quiet) warn(line);
      },
      onProgress(done) {
        if (!progress) return;
        const now = Date.now();
        if (now - lastProgress < 250) return;
        lastProgress = now;
        process.stderr.write(`\rscored ${done} files…`);
      },
    });
    if (progress && lastProgress > 0) process.stderr.write("\r\x1b[K");
    if (scored === 0) throw new InputError(`no proposal files found in ${paths.join(", ")} (looked for .md, .markdown, .txt, .rst, .Rmd)`);
    const summary = summarize(rows);
    sink!.write(writer.footer(summary, rows));
    sink!.close();
    if (!options.quiet && (options.output || rows.length > 1 && format !== "text")) {
      warn(`${summary.files} file${summary.files === 1 ? "" : "s"} scored: ${summary.passed} passed, ${summary.failed} failed, mean ${summary.mean}${options.output ? `; report written to ${options.output}` : ""}`);
    }
    if (summary.failed > 0) throw new GateFailedError(options.quiet ? "" : `${summary.failed} of ${summary.files} file${summary.files === 1 ? "" : "s"} failed the quality gate`);
  } catch (error) {
    if (!(error instanceof GateFailedError)) sink?.abort();
    throw error;
  }
}
