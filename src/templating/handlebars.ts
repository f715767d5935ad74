// The one Handlebars environment every template and prompt is compiled in, with the helpers they
// may use. Strict mode and known-helpers-only make a typo in a template fail at load time instead
// of leaving a hole in a proposal. Helpers read the document language from the root view.
// The environment is Handlebars' runtime: the built-in templates are compiled at build time
// (scripts/compile-templates.js), and the compiler is loaded only for a template that was not.
import { createRequire } from "node:module";
import type Handlebars from "handlebars";
import type { HelperOptions } from "handlebars";
import Runtime from "handlebars/runtime.js";
import { currencyUnit, formatAmount, formatMoney } from "../text/currency.js";
import { formatDecimal } from "../text/decimal.js";
import { lowerFirst, upperFirst } from "../text/letter-case.js";
import { placeholder } from "../text/placeholders.js";
import { chineseNumeral } from "../text/chinese-numerals.js";
import { sectionMark } from "../text/heading-marks.js";
import { formatDate } from "../text/dates.js";
import type { DocumentLocale } from "../facts/locale.js";

export type Lang = "zh" | "en";

const env = (Runtime as unknown as typeof Handlebars).create();

function langOf(options: HelperOptions | undefined): Lang {
  const root = options?.data?.root as { language?: unknown } | undefined;
  return root?.language === "en" ? "en" : "zh";
}

/** The root view's locale (en-GB, en-US, zh-CN), else its language. */
function localeOf(options: HelperOptions | undefined): Lang | DocumentLocale {
  const root = options?.data?.root as { locale?: unknown } | undefined;
  return root?.locale === "en-GB" || root?.locale === "en-US" || root?.locale === "zh-CN" ? root.locale : langOf(options);
}

/** Handlebars passes its options object as the last argument; strip it from variadic helpers. */
function argsOf(args: unknown[]): { values: unknown[]; options: HelperOptions } {
  return { values: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

const isMissing = (v: unknown) => v === null || v === undefined || v === "";

function toNumber(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** Counts keep their decimals only when they have some: 1200 → "1,200", 2.5 → "2.5". */
export function formatCount(value: number): string {
  return formatDecimal(value, 0, 2);
}

export { formatDate };

/** Words whose spelling differs between British and American English, as the templates write them (American). */
const BRITISH: Record<string, string> = {
  organization: "organisation",
  organizations: "organisations",
  organizational: "organisational",
  program: "programme",
  programs: "programmes",
  center: "centre",
  mobilization: "mobilisation",
  prioritize: "prioritise",
  labor: "labour",
};

/** A word of a template in the document's spelling: {{spell "organization"}} → organisation in en-GB. */
export function spellWord(word: string, locale: string | undefined): string {
  if (locale !== "en-GB") return word;
  const british = BRITISH[word.toLowerCase()];
  if (!british) return word;
  return word[0] === word[0]!.toUpperCase() ? british[0]!.toUpperCase() + british.slice(1) : british;
}

export { placeholder };

/** Keeps a value inside one Markdown table cell. */
export function tableCell(value: unknown): string {
  return String(value).replace(/\r?\n+/g, " ").replace(/\|/g, "\\|").trim();
}

function show(value: unknown): string {
  if (isMissing(value)) return "";
  if (Array.isArray(value)) return value.map(show).join(", ");
  return String(value);
}

/** The shape of the view's beneficiaryTotals that {{totals}} reads (draft/view.ts). */
interface BeneficiaryTotals {
  direct?: number | null;
  indirect?: number | null;
  unit?: string | null;
  indirectUnit?: string | null;
  directByKind?: { value: number; unit: string; approximate?: boolean }[] | null;
  indirectByKind?: { value: number; unit: string; approximate?: boolean }[] | null;
  perHead?: { value: number; unit: string; approximate?: boolean } | null;
  directApproximate?: boolean;
  indirectApproximate?: boolean;
}

const helpers = {
  /** {{money 1200}} in the root currency; {{money 1200 "USD"}} in another. */
  money(...args: unknown[]) {
    const { values, options } = argsOf(args);
    const n = toNumber(values[0]);
    if (n === undefined) return "";
    const root = options.data?.root as { budget?: { currency?: string } } | undefined;
    const currency = typeof values[1] === "string" ? values[1] : (root?.budget?.currency ?? "CNY");
    return formatMoney(n, currency, langOf(options), "document");
  },
  /**
   * {{moneyText 1167000}}: an amount as prose writes it, not a table: 116.7万元, 约5835元 / $91,700,
   * about $382. Only rounding adds 约 / "about".
   */
  moneyText(...args: unknown[]) {
    const { values, options } = argsOf(args);
    const n = toNumber(values[0]);
    if (n === undefined) return "";
    const root = options.data?.root as { budget?: { currency?: string } } | undefined;
    const text = formatMoney(n, root?.budget?.currency ?? "CNY", langOf(options), "prose");
    // {{moneyText cost true}}: an estimate (worked out from 约200户) says so, once.
    if (values[1] !== true || /^(?:约|about )/.test(text)) return text;
    return langOf(options) === "zh" ? `约${text}` : `about ${text}`;
  },
  /** {{abs gap}}: a difference without its sign, for "differs by". */
  abs(value: unknown) {
    const n = toNumber(value);
    return n === undefined ? null : Math.abs(n);
  },
  /** {{amount 1200}} → "1,200.00": for table cells whose header names the currency. */
  amount(value: unknown) {
    const n = toNumber(value);
    return n === undefined ? "" : formatAmount(n);
  },
  /** {{currency}} → 元 / $ / CNY for the root currency. */
  currency(options: HelperOptions) {
    const root = options.data?.root as { budget?: { currency?: string } } | undefined;
    return currencyUnit(root?.budget?.currency ?? "CNY", langOf(options));
  },
  /** {{percent 0.125}} → "12.5%" */
  percent(value: unknown) {
    const n = toNumber(value);
    return n === undefined ? "" : `${(Math.round(n * 1000) / 10).toString()}%`;
  },
  date(value: unknown, options: HelperOptions) {
    return typeof value === "string" ? formatDate(value, localeOf(options)) : "";
  },
  /** {{spell "organization"}}: the word in the document's spelling (organisation in en-GB). */
  spell(word: unknown, options: HelperOptions) {
    return spellWord(String(word), localeOf(options));
  },
  /**
   * {{count 1200 "人"}} → "1,200人"; {{count 40 "girls"}} → "40 girls"; an estimate (a true third
   * argument, the facts' approximate) as "约200户" / "about 200 households".
   */
  count(...args: unknown[]) {
    const { values, options } = argsOf(args);
    const n = toNumber(values[0]);
    if (n === undefined) return "";
    const unit = isMissing(values[1]) ? "" : String(values[1]);
    const zh = langOf(options) === "zh";
    const about = values[2] === true ? (zh ? "约" : "about ") : "";
    if (zh || unit === "") return `${about}${formatCount(n)}${unit}`;
    return `${about}${formatCount(n)} ${unit}`;
  },
  /**
   * {{totals beneficiaryTotals "direct"}}: the direct (or "indirect") beneficiaries in all — "480人",
   * or kind by kind when the groups count different kinds, which never add up: "300人、120户" /
   * "300 people and 120 households". "perHead": what the cost per beneficiary divides by.
   */
  totals(...args: unknown[]) {
    const { values, options } = argsOf(args);
    const t = (values[0] ?? {}) as BeneficiaryTotals;
    const which = values[1];
    const one = (value: number | null | undefined, unit: string | null | undefined, approximate: boolean | undefined) => helpers.count(value, unit, approximate === true, options);
    if (which === "perHead") return t.perHead ? one(t.perHead.value, t.perHead.unit, t.perHead.approximate) : "";
    const byKind = which === "indirect" ? t.indirectByKind : t.directByKind;
    if (byKind) return byKind.map((k) => one(k.value, k.unit, k.approximate)).join(langOf(options) === "zh" ? "、" : " and ");
    return which === "indirect" ? one(t.indirect, t.indirectUnit, t.indirectApproximate) : one(t.direct, t.unit, t.directApproximate);
  },
  /** {{number 1200}} → "1,200" */
  number(value: unknown) {
    const n = toNumber(value);
    return n === undefined ? "" : formatCount(n);
  },
  /** {{todo "预算总额"}} → 【待补充：预算总额】 / [TODO: total budget] */
  todo(label: unknown, options: HelperOptions) {
    return placeholder(String(label), langOf(options));
  },
  /** {{or a b "fallback"}}: the first value that is present. */
  or(...args: unknown[]) {
    const { values } = argsOf(args);
    return values.find((v) => !isMissing(v) && !(Array.isArray(v) && v.length === 0)) ?? null;
  },
  and(...args: unknown[]) {
    const { values } = argsOf(args);
    return values.every((v) => !isMissing(v) && v !== false && !(Array.isArray(v) && v.length === 0));
  },
  not(value: unknown) {
    return isMissing(value) || value === false || (Array.isArray(value) && value.length === 0);
  },
  eq(a: unknown, b: unknown) {
    return a === b;
  },
  /** {{endsWith group "）"}}: whether a text ends with the given characters. */
  endsWith(value: unknown, end: unknown) {
    return typeof value === "string" && typeof end === "string" && value.trimEnd().endsWith(end);
  },
  ne(a: unknown, b: unknown) {
    return a !== b;
  },
  gt(a: unknown, b: unknown) {
    return Number(a) > Number(b);
  },
  /** {{len list}}: items in a list, characters in a text, 0 when missing. */
  len(value: unknown) {
    if (Array.isArray(value) || typeof value === "string") return value.length;
    return 0;
  },
  /** {{join list "、"}}; {{join list "、" "name"}} joins one field of each item. */
  join(...args: unknown[]) {
    const { values, options } = argsOf(args);
    const list = Array.isArray(values[0]) ? values[0] : [];
    const sep = typeof values[1] === "string" ? values[1] : langOf(options) === "zh" ? "、" : ", ";
    const field = typeof values[2] === "string" ? values[2] : undefined;
    const items = list
      .map((item) => (field && item && typeof item === "object" ? (item as Record<string, unknown>)[field] : item))
      .filter((v) => !isMissing(v))
      .map(show);
    return items.join(sep);
  },
  /** {{cell value}} for a Markdown table; {{cell value "—"}} shows the fallback when missing. */
  cell(...args: unknown[]) {
    const { values } = argsOf(args);
    const value = isMissing(values[0]) ? values[1] : values[0];
    return isMissing(value) ? "—" : tableCell(show(value));
  },
  /** {{join (array a b c) "，"}}: a list from values, for joining. */
  array(...args: unknown[]) {
    return argsOf(args).values;
  },
  /** {{clause text}}: a user's sentence without its final full stop, to continue it in a longer sentence. */
  clause(value: unknown) {
    return isMissing(value) ? "" : String(value).trim().replace(/[。．.；;，,！!\s]+$/u, "");
  },
  /**
   * {{sentence text}}: a user's text as a sentence of its own, ending with a full stop (。 for text
   * with Chinese in it, else "."), unless it already ends a sentence ("…不足2本" → "…不足2本。");
   * English text opens with a capital ("older people…" → "Older people…", upperFirst).
   */
  sentence(value: unknown) {
    if (isMissing(value)) return "";
    const text = upperFirst(String(value).trim());
    if (/[。！？!?.…][”’"'」』）)]*$/u.test(text)) return text;
    return `${text.replace(/[，,；;：:、\s]+$/u, "")}${/\p{Script=Han}/u.test(text) ? "。" : "."}`;
  },
  /** {{lower label}}: a table label used inside an English sentence. */
  lower(value: unknown) {
    return isMissing(value) ? "" : String(value).toLowerCase();
  },
  /** {{ucfirst text}}: "pupils aged 8-11" → "Pupils aged 8-11" at the start of a line (upperFirst). */
  ucfirst(value: unknown) {
    return upperFirst(isMissing(value) ? "" : String(value));
  },
  /** {{lcfirst text}}: "Girls aged 12" → "girls aged 12" inside an English sentence (lowerFirst). */
  lcfirst(value: unknown) {
    return lowerFirst(isMissing(value) ? "" : String(value));
  },
  /** {{quote title}}: “title” in zh, unless the title already carries its own quotes or 《》. */
  quote(value: unknown, options: HelperOptions) {
    const text = isMissing(value) ? "" : String(value);
    if (langOf(options) === "zh") return /^[“《「]/.test(text) ? text : `“${text}”`;
    return /^["“]/.test(text) ? text : `“${text}”`;
  },
  /** {{cn 3}} → 三 */
  cn(value: unknown) {
    const n = toNumber(value);
    return n === undefined ? "" : chineseNumeral(n);
  },
  /** {{inc @index}} → @index + 1, for numbered rows. */
  inc(value: unknown) {
    return (toNumber(value) ?? 0) + 1;
  },
  /** {{ordinal 2}} → "二、" in zh, "2. " in en: section numbers. */
  ordinal(value: unknown, options: HelperOptions) {
    return sectionMark(toNumber(value) ?? 0, langOf(options));
  },
} satisfies Record<string, (...args: never[]) => unknown>;

for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn as Handlebars.HelperDelegate);

export const HELPER_NAMES = Object.keys(helpers);

export const COMPILE_OPTIONS: CompileOptions = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(HELPER_NAMES.map((name) => [name, true])),
};

export type TemplateFn = Handlebars.TemplateDelegate;

let compiler: typeof Handlebars | undefined;

/**
 * A template's compiled form as JavaScript source (an object expression), for the build step and
 * for compileTemplate. Syntax errors and unknown helpers are thrown here, with their line. The
 * compiler (Handlebars is CommonJS) is required on first use.
 */
export function precompileTemplate(text: string): string {
  compiler ??= createRequire(import.meta.url)("handlebars") as typeof Handlebars;
  return compiler.precompile(text, COMPILE_OPTIONS) as string;
}

/** A template from its compiled form (what precompileTemplate's source evaluates to). */
export function templateFromSpec(spec: unknown): TemplateFn {
  return env.template(spec as TemplateSpecification);
}

type TemplateSpecification = Parameters<typeof env.template>[0];

/** Compiles a template that was not compiled at build time (a user's template folder). */
export function compileTemplate(text: string): TemplateFn {
  const source = precompileTemplate(text);
  // The compiled form is code Handlebars generated from the template; this is what compile() does.
  return templateFromSpec(new Function(`return ${source};`)());
}

/** Line and column of a Handlebars error, when it carries one. */
export function errorPosition(error: unknown): { line?: number; col?: number } {
  const e = error as { lineNumber?: number; column?: number; message?: string };
  if (typeof e.lineNumber === "number") return { line: e.lineNumber, col: typeof e.column === "number" ? e.column + 1 : undefined };
  const m = /(?:on line (\d+))|(?: - (\d+):(\d+)$)/m.exec(e.message ?? "");
  if (m) return m[1] ? { line: Number(m[1]) } : { line: Number(m[2]), col: Number(m[3]) + 1 };
  return {};
}
