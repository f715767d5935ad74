// SARIF 2.1.0: each improvement is a result with a location (file and line). Results stream out
// first; the tool description (its version, and one rule per criterion seen, with a help text)
// closes the run, with the judge's errors and the skipped files as tool execution notifications
// (the tool did not assess them; the proposal is not at fault). Each file also has one "readiness"
// result: an error saying why it is not ready to submit (at the first line that blocks it), or a
// note that it is ready; its properties carry ready and blocking.
import path from "node:path";
import { t } from "../i18n/index.js";
import type { ScoreResult } from "../score/types.js";
import { reportLanguage } from "./language.js";
import { readinessLine } from "./readiness.js";
import type { ReportOptions, ReportWriter } from "./writer.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

function uri(file: string): string {
  const relative = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return relative.split(path.sep).join("/").split("/").map(encodeURIComponent).join("/");
}

export function sarifWriter(options: ReportOptions = {}): ReportWriter {
  const rules = new Map<string, { title: string; help: string }>();
  const rule = (id: string, title: string, help: string) => {
    if (!rules.has(id)) rules.set(id, { title, help });
  };
  const notifications: unknown[] = [];
  const language = reportLanguage();
  let first = true;
  const emit = (value: unknown) => {
    const chunk = (first ? "\n" : ",\n") + JSON.stringify(value);
    first = false;
    return chunk;
  };
  return {
    header: () => '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"results":[',
    result(r: ScoreResult) {
      language.see(r);
      const location = (line: number) => [{ physicalLocation: { artifactLocation: { uri: uri(r.file) }, region: { startLine: Math.max(1, line) } } }];
      if (r.error !== undefined) {
        rule("unreadable", t("report.unreadableTitle"), t("report.unreadableHelp"));
        return emit({ ruleId: "unreadable", level: "error", message: { text: r.error }, locations: location(1) });
      }
      rule("readiness", t("report.readinessTitle", undefined, r.language), t("readiness.help", undefined, r.language));
      let out = emit({
        ruleId: "readiness",
        level: r.ready ? "note" : "error",
        message: { text: readinessLine(r) },
        locations: location(r.blocking.find((b) => b.line !== undefined)?.line ?? 1),
        properties: { ready: r.ready, blocking: r.blocking, score: r.score, grade: r.grade, rubric: r.rubric, passed: r.passed },
      });
      for (const c of r.criteria) {
        rule(c.id, c.title, t("report.ruleHelp", { title: c.title, max: c.max, rubric: r.rubric, must: c.must }, r.language));
        if (c.error !== undefined) {
          notifications.push({
            level: "error",
            message: { text: t("report.judgeErrorNotAssessed", { id: c.id, error: c.error }, r.language) },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.file) } } }],
            associatedRule: { id: c.id },
          });
        }
      }
      for (const i of r.improvements) {
        // "facts": a disagreement with the facts file, under no criterion of the rubric.
        rule(i.criterion, i.criterion, i.criterion === "facts" ? t("report.factsHelp", undefined, r.language) : i.criterion);
        out += emit({
          ruleId: i.criterion,
          level: LEVEL[i.severity],
          message: { text: `${i.message} ${i.suggestion}` },
          locations: location(i.line),
          properties: { points: i.points, score: r.score, grade: r.grade, rubric: r.rubric, ...(i.criteria ? { criteria: i.criteria } : {}) },
        });
      }
      return out;
    },
    footer(_summary, _rows, run) {
      const driver = {
        name: "grantsmith",
        informationUri: "https://www.npmjs.com/package/grantsmith",
        ...(options.version ? { version: options.version } : {}),
        rules: [...rules].map(([id, { title, help }]) => ({ id, shortDescription: { text: title }, help: { text: help } })),
      };
      for (const skip of run?.skipped ?? []) {
        notifications.push({ level: "note", message: { text: t("report.skippedOne", { reason: skip.reason[language.current()] }, language.current()) }, locations: [{ physicalLocation: { artifactLocation: { uri: uri(skip.file) } } }] });
      }
      const invocations = notifications.length > 0 ? `,"invocations":${JSON.stringify([{ executionSuccessful: true, toolExecutionNotifications: notifications }])}` : "";
      return `\n],"tool":${JSON.stringify({ driver })}${invocations}}]}\n`;
    },
  };
}
