// The report layer's entry: formats by name, and what every writer shares.
export { createWriter, REPORT_FORMAT_NAMES, REPORT_FORMATS, type ReportFormat, type ReportFormatSpec } from "./formats.js";
export { formatTopImprovements } from "./top.js";
export { renderReport, rowOf, type ReportOptions, type ReportWriter, type ResultRow, type RunInfo } from "./writer.js";
