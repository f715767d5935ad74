// Writes the narrative of every section, several at once, each recorded as soon as it is finished so
// that an interrupted draft loses nothing. The writer decides where text comes from (model or offline).
import { setMaxListeners } from "node:events";
import { InterruptedError } from "../errors.js";
import { forEachLimited, workerCount } from "../util/limit.js";
import type { SectionId, SectionSpec } from "./plan.js";

export interface SectionWriter {
  /** Fingerprint of everything that decides a section's text; equal fingerprints mean reusable text. */
  fingerprint(spec: SectionSpec): string;
  write(spec: SectionSpec, signal: AbortSignal): Promise<string>;
}

/**
 * The hooks get the section's fingerprint as a function, made at its first call: only resuming
 * and saving a model's sections read it, and an offline draft never (hashing loads node:crypto).
 */
export interface GenerateHooks {
  /** Text finished earlier for this fingerprint (resume), or undefined. */
  reuse?(spec: SectionSpec, fingerprint: () => string): Promise<string | undefined>;
  onStart?(spec: SectionSpec): void;
  /** Called when a section is finished, before any other section is started. */
  onDone?(spec: SectionSpec, text: string, fingerprint: () => string, reused: boolean): Promise<void> | void;
}

/**
 * Sections written at once: all of them, so a draft takes as long as its slowest section, unless
 * --concurrency (`requested`) or the provider's limit on requests at once asks for fewer.
 */
export function sectionConcurrency(sections: number, requested?: number, providerLimit?: number): number {
  return Math.max(1, Math.min(sections, requested ?? Infinity, providerLimit ?? Infinity));
}

/**
 * Runs `writer` over `specs` with at most `concurrency` in flight. On the first failure the others
 * are aborted, finished sections are kept (onDone has run for them), and the first error is thrown.
 */
export async function generateSections(
  specs: SectionSpec[],
  writer: SectionWriter,
  options: { concurrency: number; signal: AbortSignal } & GenerateHooks,
): Promise<Map<SectionId, string>> {
  const results = new Map<SectionId, string>();
  const local = new AbortController();
  const workers = workerCount(options.concurrency, specs.length);
  // Each section in flight listens to this signal: more than Node's default of 10 (a venture grant
  // has 11 sections, all asked at once) would print a MaxListenersExceededWarning on stderr.
  setMaxListeners(workers + 1, local.signal);
  const stop = () => local.abort(options.signal.reason);
  if (options.signal.aborted) stop();
  options.signal.addEventListener("abort", stop, { once: true });
  let firstError: unknown;

  const write = async (spec: SectionSpec) => {
    let made: string | undefined;
    const fingerprint = () => (made ??= writer.fingerprint(spec));
    try {
      const earlier = await options.reuse?.(spec, fingerprint);
      if (earlier !== undefined) {
        results.set(spec.id, earlier);
        await options.onDone?.(spec, earlier, fingerprint, true);
        return;
      }
      options.onStart?.(spec);
      const text = await writer.write(spec, local.signal);
      results.set(spec.id, text);
      await options.onDone?.(spec, text, fingerprint, false);
    } catch (error) {
      if (firstError === undefined) firstError = error;
      local.abort(error);
    }
  };

  try {
    await forEachLimited(specs, options.concurrency, write, local.signal);
  } finally {
    options.signal.removeEventListener("abort", stop);
  }
  if (options.signal.aborted) throw firstError instanceof InterruptedError ? firstError : new InterruptedError();
  if (firstError !== undefined) throw firstError;
  return results;
}
