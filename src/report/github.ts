// GitHub Actions workflow commands: one annotation per improvement, on its file and line, plus a
// notice with each file's score (and an error when it fails the gate).
import { mustFailed } from "../score/gate.js";
import type { ScoreResult } from "../score/types.js";
import type { ReportOptions, ReportWriter } from "./writer.js";

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const LEVEL = { error: "error", warning: "warning", info: "notice" } as const;

export function githubWriter(options: ReportOptions = {}): ReportWriter {
  return {
    header: () => "",
    result(r: ScoreResult) {
      const file = escapeProperty(r.file.replace(/\\/g, "/"));
      if (r.error !== undefined) return `::error file=${file},title=${escapeProperty("grantsmith: cannot score")}::${escapeData(r.error)}\n`;
      const lines: string[] = [];
      for (const i of r.improvements) {
        const title = escapeProperty(`grantsmith ${(i.criteria ?? [i.criterion]).join(" + ")}${i.points > 0 ? ` (+${i.points})` : ""}`);
        lines.push(`::${LEVEL[i.severity]} file=${file},line=${i.line},title=${title}::${escapeData(`${i.message} ${i.suggestion}`)}`);
      }
      for (const c of r.criteria) {
        if (c.error !== undefined) lines.push(`::warning file=${file},title=${escapeProperty(`grantsmith ${c.id}: judge error`)}::${escapeData(`not assessed: ${c.error}`)}`);
      }
      const verdict = `${r.score}/100 (${r.grade}), rubric ${r.rubric}${r.assessedMax < 100 ? `; total over the ${r.assessedMax} points assessed` : ""}`;
      if (!r.passed) {
        const why: string[] = [];
        if (options.minScore !== undefined && r.score < options.minScore) why.push(`below --min-score ${options.minScore}`);
        const failedMust = mustFailed(r.criteria).map((c) => c.id);
        if (failedMust.length > 0) why.push(`must criteria failed: ${failedMust.join(", ")}`);
        if (why.length === 0) why.push(`findings at --fail-on ${options.failOn ?? "error"} level`);
        lines.push(`::error file=${file},title=${escapeProperty("grantsmith: quality gate failed")}::${escapeData(`${verdict}; ${why.join("; ")}`)}`);
      } else {
        lines.push(`::notice file=${file},title=${escapeProperty("grantsmith score")}::${escapeData(verdict)}`);
      }
      return lines.join("\n") + "\n";
    },
    footer: (summary) => `::notice title=grantsmith summary::${escapeData(`${summary.files} file${summary.files === 1 ? "" : "s"}, ${summary.passed} passed, ${summary.failed} failed, mean ${summary.mean}`)}\n`,
  };
}
