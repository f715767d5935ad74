// SARIF 2.1.0: each improvement is a result with a location (file and line). Results stream out
// first; the tool description (with one rule per criterion seen) closes the run, with the judge's
// errors as tool execution notifications (the tool failed to assess, the proposal is not at fault).
import path from "node:path";
import type { ScoreResult } from "../score/types.js";
import type { ReportOptions, ReportWriter } from "./writer.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

function uri(file: string): string {
  const relative = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return relative.split(path.sep).join("/").split("/").map(encodeURIComponent).join("/");
}

export function sarifWriter(options: ReportOptions = {}): ReportWriter {
  const rules = new Map<string, string>();
  const notifications: unknown[] = [];
  let first = true;
  const emit = (value: unknown) => {
    const chunk = (first ? "\n" : ",\n") + JSON.stringify(value);
    first = false;
    return chunk;
  };
  return {
    header: () => '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"results":[',
    result(r: ScoreResult) {
      const location = (line: number) => [{ physicalLocation: { artifactLocation: { uri: uri(r.file) }, region: { startLine: Math.max(1, line) } } }];
      if (r.error !== undefined) {
        rules.set("unreadable", "The file could not be read or scored");
        return emit({ ruleId: "unreadable", level: "error", message: { text: r.error }, locations: location(1) });
      }
      let out = "";
      for (const c of r.criteria) {
        if (!rules.has(c.id)) rules.set(c.id, c.title);
        if (c.error !== undefined) {
          notifications.push({
            level: "error",
            message: { text: `${c.id}: judge error, not assessed: ${c.error}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.file) } } }],
            associatedRule: { id: c.id },
          });
        }
      }
      for (const i of r.improvements) {
        if (!rules.has(i.criterion)) rules.set(i.criterion, i.criterion);
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
    footer() {
      const driver = {
        name: "grantsmith",
        informationUri: "https://www.npmjs.com/package/grantsmith",
        ...(options.version ? { version: options.version } : {}),
        rules: [...rules].map(([id, title]) => ({ id, shortDescription: { text: title } })),
      };
      const invocations = notifications.length > 0 ? `,"invocations":${JSON.stringify([{ executionSuccessful: true, toolExecutionNotifications: notifications }])}` : "";
      return `\n],"tool":${JSON.stringify({ driver })}${invocations}}]}\n`;
    },
  };
}
