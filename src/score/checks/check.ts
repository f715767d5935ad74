// What a check module is. A check type is one file exporting one module: its type, its options
// (zod, through the option kit), its messages in zh and en keyed by message id, what it needs (its
// sections must hold text; the key figure of --facts it answers for) and its run function. The
// engine reads the rest: it reports absent sections, applies the severity override, and turns
// each report (message id + params) into the finding's text in the proposal's language (findingOf).
import type { z } from "zod";
import type { KeyFigure } from "../analysis/provenance.js";
import type { OptionKit, commonFields } from "../rubric/option-kit.js";
import type { FindingOrigin, JudgeCheckOutcome, Language, Severity } from "../types.js";
import type { CheckContext, Finding } from "./context.js";

/** A text, or a function of the message's parameters giving it. */
type Text<P> = string | ((params: P) => string);

export interface MessageText<P> {
  message: Text<P>;
  suggestion: Text<P>;
}

export interface MessageDef<P = void> {
  severity: Severity;
  zh: MessageText<P>;
  en: MessageText<P>;
}

/** A message of a check: message(severity, { zh, en }); name its parameters' type to use them. */
export function message<P = void>(severity: Severity, texts: { zh: MessageText<P>; en: MessageText<P> }): MessageDef<P> {
  return { severity, zh: texts.zh, en: texts.en };
}

export type Messages = Record<string, MessageDef<any>>;

type ParamsOf<D> = D extends MessageDef<infer P> ? P : never;

/** A message of the module by id, with its parameters when it has some. */
type Said<M extends Messages> = {
  [K in keyof M & string]: { message: K } & ([ParamsOf<M[K]>] extends [void] ? { params?: undefined } : { params: ParamsOf<M[K]> });
}[keyof M & string];

/**
 * What a run function reports: one object per finding. `loss` is the share of the check's points
 * it costs (0–1); `section` defaults to the check's first section.
 */
export type Report<M extends Messages> = Said<M> & {
  loss: number;
  line: number;
  section?: string | undefined;
  /**
   * With needs.text "to-compute": the check could not find what it measures. When its sections
   * are missing or empty, the engine reports that instead of the check's findings.
   */
  unmeasured?: true;
};

/** A message's text and suggestion in a language. */
export function messageText<P>(def: MessageDef<P>, language: Language, params: P): { message: string; suggestion: string } {
  const text = def[language];
  return {
    message: typeof text.message === "string" ? text.message : text.message(params),
    suggestion: typeof text.suggestion === "string" ? text.suggestion : text.suggestion(params),
  };
}

/** The judge's answer to one check it assessed: the median of its samples, their spread, its reasons. */
export type Verdict = Extract<JudgeCheckOutcome, { status: "assessed" }>;

/**
 * What a check the judge answers makes of a verdict: the share of its points earned, on the scale
 * the judge answered in, and a finding to show (placed at the criterion's first section), if any.
 */
export interface VerdictReport<M extends Messages> {
  share: number;
  scale: { min: number; max: number };
  report?: Said<M>;
}

/** A text per language; the judge is asked in the proposal's. */
type PerLanguageText = { zh?: string | undefined; en?: string | undefined };

/** What the judge is asked for one judged check. */
export interface JudgeQuestion {
  question: PerLanguageText;
  /** The score range the judge answers in. */
  scale: { min: number; max: number };
  /** What a high and a low score look like. */
  guidance?: PerLanguageText | undefined;
  /** The funder's priorities (--funder) go with the question; without them it is not assessed. */
  needsFunder?: boolean;
}

/** The messages of M that name a section by its title: one of them can say the section is missing. */
type TitledMessage<M extends Messages> = { [K in keyof M & string]: [ParamsOf<M[K]>] extends [{ title: string }] ? K : never }[keyof M & string];

export interface Needs<Missing extends string = string> {
  /**
   * What the engine checks before (or after) running the check, on `sections` (default: the check's):
   * - any: at least one section holds text, else the check earns nothing (one finding) and is not run;
   * - each: section by section, a missing or empty one costs its share, the check runs on each of the others;
   * - share: a whole-text check: each missing or empty section (its own, else every section the
   *   rubric expects) costs its share, and the check runs on what is there;
   * - to-compute: like any, but only when the check reports it could not compute (see Report.unmeasured).
   */
  text?: "any" | "each" | "share" | "to-compute";
  sections?: readonly string[];
  /**
   * The check's own message for "none of its sections is there" (params: the section's title), in
   * place of the engine's: the risks check also says no risk is named anywhere.
   */
  missing?: Missing;
  /**
   * Whether the text of its sections is there without their heading (costed milestones are the
   * budget): a whole-text check (share) then does not count them missing.
   */
  foundWithoutHeading?: (ctx: CheckContext) => boolean;
  /**
   * The key figure of --facts this check answers for: a disagreement costs half its points, in a
   * finding placed at `section` when the figure has a section of its own.
   */
  keyFigure?: { figure: KeyFigure; section?: string };
}

type Shape = z.ZodRawShape;
type CommonOptions = z.output<z.ZodObject<typeof commonFields>>;
export type OptionsOf<S extends Shape> = z.output<z.ZodObject<S>> & CommonOptions;

export interface CheckModule<T extends string = string, S extends Shape = Shape, M extends Messages = Messages> {
  type: T;
  /** One line on what the check looks for (shown in the rubric's JSON Schema). */
  description: string;
  /** The check's own fields, besides type, weight, severity and sections. */
  options: (kit: OptionKit) => S;
  messages: M;
  needs?: Needs<TitledMessage<M>>;
  /** Whether the check assesses anything for this proposal (a limit set for its language); default yes. */
  applies?: (ctx: CheckContext, options: OptionsOf<S>) => boolean;
  /** The findings; absent for a check the judge answers (llm). */
  run?: (ctx: CheckContext, options: OptionsOf<S>) => readonly Report<M>[];
  /**
   * Messages whose finding makes the proposal not ready to submit whatever its score (readiness.ts):
   * a budget whose lines do not add up to its total, for instance.
   */
  blocks?: readonly (keyof M & string)[];
  /**
   * Answered by the judge model (score --judge): it takes a weight but no severity or sections.
   * src/judge/pass.ts asks each such check what `ask` gives, one outcome per judged check in rubric
   * order, and the engine gives each verdict to `verdict` (judged-checks.ts) for its points.
   */
  judged?: {
    ask: (options: OptionsOf<S>) => JudgeQuestion;
    verdict: (verdict: Verdict, options: OptionsOf<S>) => VerdictReport<M>;
  };
}

/** Types a check module (the literal type, its options and its message ids). */
export function defineCheck<const T extends string, S extends Shape, M extends Messages>(module: CheckModule<T, S, M>): CheckModule<T, S, M> {
  return module;
}

/**
 * Whether a finding was made from one of these messages of this module (by its origin, never its
 * text, which the catalog may reword); its params are then typed.
 */
export function reportedBy<M extends Messages, K extends keyof M & string>(
  origin: FindingOrigin | undefined,
  module: { type: string; messages: M },
  ...messages: K[]
): origin is FindingOrigin & { message: K; params: ParamsOf<M[K]> } {
  return origin !== undefined && origin.check === module.type && (messages as string[]).includes(origin.message);
}

/** What reports findings: a check module, or the engine's own messages for sections (sections-needed.ts). */
export type FindingSource = Pick<CheckModule<string, any, Messages>, "type" | "messages" | "blocks">;

/**
 * The finding of a report, in the proposal's language: the one place a finding is made. It keeps
 * the report it came from (check, message id, params), which no report prints.
 */
export function findingOf(source: FindingSource, ctx: CheckContext, report: Pick<Report<Messages>, "message" | "loss" | "line" | "section"> & { params?: unknown }): Finding {
  const def = source.messages[report.message]!;
  const params = report.params;
  const f: Finding = { loss: report.loss, severity: def.severity, line: report.line, ...messageText(def, ctx.language, params) };
  const section = report.section ?? ctx.sections[0];
  if (section !== undefined) f.section = section;
  if (source.blocks?.includes(report.message)) f.blocks = true;
  f.origin = params === undefined ? { check: source.type, message: report.message } : { check: source.type, message: report.message, params };
  return f;
}
