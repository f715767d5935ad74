// Every report format `score --format` accepts, by name: its writer and what the command does
// differently for it. The CLI reads the names from here, so writers are loaded only when one is
// used. A new format is its writer's file plus one line below.
import type { ReportOptions, ReportWriter } from "./writer.js";

export interface ReportFormatSpec {
  /** Loads the format's writer: a header, one chunk per file as results arrive, a footer. */
  writer: () => Promise<(options: ReportOptions) => ReportWriter>;
  /** The extension a file of this format has, without the dot. */
  extension: string;
  /**
   * "file": each file's chunk stands alone (a block of text, a CSV row, annotations), so a report
   * can be cut per proposal; "run": one document for the whole run (JSON, SARIF, JUnit).
   */
  unit: "file" | "run";
  /** Written to a file, starts with a UTF-8 byte-order mark, or Excel reads its Chinese as another code page. */
  byteOrderMark: boolean;
  /**
   * Made to be read in a terminal: coloured when stdout is one, and its footer is the run's
   * summary, so stderr does not repeat it.
   */
  terminal: boolean;
  /**
   * Its footer lists every file (text's lowest scores, markdown's table), so the command keeps a
   * small row per file for it; the others get none and keep a run's memory flat.
   */
  footerRows: boolean;
  /**
   * The score flags the format honours: `--summary` (one table or block for the run), `--sort`
   * ("always", or only "with-summary") and the `--max-annotations` caps. A flag it does not honour
   * is said once on stderr and ignored.
   */
  takes: { summary?: true; sort?: "always" | "with-summary"; annotations?: true };
}

const spec = (writer: ReportFormatSpec["writer"], extension: string, unit: ReportFormatSpec["unit"], extra: Partial<ReportFormatSpec> = {}): ReportFormatSpec =>
  ({ writer, extension, unit, byteOrderMark: false, terminal: false, footerRows: false, takes: {}, ...extra });

export const REPORT_FORMATS = {
  text: spec(async () => (await import("./text.js")).textWriter, "txt", "file", { terminal: true, footerRows: true, takes: { summary: true } }),
  json: spec(async () => (await import("./json.js")).jsonWriter, "json", "run"),
  jsonl: spec(async () => (await import("./json.js")).jsonlWriter, "jsonl", "file"),
  markdown: spec(async () => (await import("./markdown.js")).markdownWriter, "md", "file", { footerRows: true, takes: { summary: true, sort: "with-summary" } }),
  junit: spec(async () => (await import("./junit.js")).junitWriter, "xml", "run"),
  sarif: spec(async () => (await import("./sarif.js")).sarifWriter, "sarif", "run"),
  github: spec(async () => (await import("./github.js")).githubWriter, "txt", "file", { takes: { annotations: true } }),
  csv: spec(async () => (await import("./csv.js")).csvWriter, "csv", "file", { byteOrderMark: true, takes: { sort: "always" } }),
} satisfies Record<string, ReportFormatSpec>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

/** The names, in the order `--help` lists them. */
export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[];

export async function createWriter(format: ReportFormat, options: ReportOptions = {}): Promise<ReportWriter> {
  return (await REPORT_FORMATS[format].writer())(options);
}
