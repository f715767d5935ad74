// Report formats by name.
import { csvWriter } from "./csv.js";
import { githubWriter } from "./github.js";
import { jsonWriter } from "./json.js";
import { junitWriter } from "./junit.js";
import { markdownWriter } from "./markdown.js";
import { sarifWriter } from "./sarif.js";
import { textWriter } from "./text.js";
import type { ReportFormat, ReportOptions, ReportWriter } from "./writer.js";

export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "json", "markdown", "junit", "sarif", "github", "csv"];

export function createWriter(format: ReportFormat, options: ReportOptions = {}): ReportWriter {
  switch (format) {
    case "text":
      return textWriter(options);
    case "json":
      return jsonWriter();
    case "markdown":
      return markdownWriter();
    case "junit":
      return junitWriter();
    case "sarif":
      return sarifWriter(options);
    case "github":
      return githubWriter(options);
    case "csv":
      return csvWriter();
  }
}

export { formatTopImprovements } from "./top.js";
export { renderReport, rowOf, type ReportFormat, type ReportOptions, type ReportWriter, type ResultRow, type RunInfo } from "./writer.js";
