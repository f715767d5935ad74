// The short summary the draft command prints on stderr after writing a proposal: the total, the
// grade and the top improvements, one line each.
import type { ScoreResult } from "../score/types.js";
import { findingPlace, linePlace, notAssessedNote } from "./labels.js";
import { gradeNote, readinessLine } from "./readiness.js";

export function formatTopImprovements(result: ScoreResult, n = 5): string {
  const zh = result.language === "zh";
  const lines = [
    zh
      ? `评分：${result.score}/100（${result.grade}），评分细则 ${result.rubric}`
      : `Score: ${result.score}/100 (${result.grade}), rubric ${result.rubric}`,
  ];
  // Whether it can go out as it is, before any detail: a good score is not a proposal ready to submit.
  lines.push(readinessLine(result));
  const capped = gradeNote(result);
  if (capped) lines.push(capped);
  // A high score over only part of the rubric must say so, or it reads as a verdict on all of it.
  const note = notAssessedNote(result);
  if (note) lines.push(note);
  const top = result.improvements.filter((i) => i.points > 0 || i.severity === "error").slice(0, n);
  if (top.length === 0) {
    lines.push(zh ? "没有需要改进的地方。" : "Nothing to improve.");
  } else {
    lines.push(zh ? `最值得改进的 ${top.length} 项：` : `Top ${top.length} improvements:`);
    for (const i of top) lines.push(`  ${`+${i.points.toFixed(1)}`.padStart(5)}  ${findingPlace(result.file, i)}  ${i.message} ${i.suggestion}`);
  }
  if (result.unverified.length > 0) {
    lines.push(
      zh
        ? `另有 ${result.unverified.length} 个数字在项目信息文件中找不到，例如 ${result.unverified.slice(0, 3).map((u) => `${u.text}（${linePlace(u, "zh")}）`).join("、")}。`
        : `${result.unverified.length} figure${result.unverified.length === 1 ? " is" : "s are"} not in the facts, e.g. ${result.unverified.slice(0, 3).map((u) => `${u.text} (${linePlace(u, "en")})`).join(", ")}.`,
    );
  }
  return lines.join("\n");
}
