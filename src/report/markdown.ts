// A Markdown report: per file the total, a criteria table and the ranked improvements; then a
// summary table and the skipped files. Suitable for a review meeting's notes; --summary gives the
// compact ranking alone (markdown-ranking.ts), for a CI job summary or a pull-request comment.
import type { ScoreResult } from "../score/types.js";
import { criterionGap, findingPlace, judgeSummary, label, linePlace, notAssessedNote } from "./labels.js";
import { markdownCell as cell, markdownRankingWriter, skippedMarkdown } from "./markdown-ranking.js";
import { gateWord, gradeNote, readinessLine, readyWord } from "./readiness.js";
import type { ReportOptions, ReportWriter } from "./writer.js";

export function markdownWriter(options: ReportOptions = {}): ReportWriter {
  if (options.summary) return markdownRankingWriter(options);
  return {
    header: () => "# grantsmith score report\n\n",
    result(r: ScoreResult) {
      const lang = r.language;
      if (r.error !== undefined) return `## ${r.file}\n\n**Error:** ${r.error}\n\n`;
      const out = [`## ${r.file} — ${r.score}/100 (${r.grade}) ${r.ready ? "✅" : "❌"} ${readyWord(r.ready, lang)} · ${gateWord(r.passed, lang)}`, "", `${label("rubric", lang)}${lang === "zh" ? "：" : ": "}\`${r.rubric}\``, ""];
      if (!r.ready) out.push(`> **${readinessLine(r)}**`, "");
      const capped = gradeNote(r);
      if (capped) out.push(`> ${capped}`, "");
      const note = notAssessedNote(r);
      if (note) out.push(`> ${note}`, "");
      out.push(`| ${(["criteria", "score", "max", "must", "passed"] as const).map((key) => label(key, lang)).join(" | ")} |`, "| --- | ---: | ---: | :---: | :---: |");
      for (const c of r.criteria) {
        const judged = judgeSummary(c, lang);
        const score = c.score === null ? "–" : judged ? `${c.score} (${judged})` : String(c.score);
        out.push(`| ${cell(c.title)} (\`${c.id}\`) | ${cell(score)} | ${c.max} | ${c.must ? "✔" : ""} | ${!c.assessed ? "–" : c.passed ? "✔" : "✘"} |`);
      }
      const gaps = r.criteria.filter((c) => criterionGap(c, lang));
      if (gaps.length > 0) out.push("");
      for (const c of gaps) out.push(`- \`${c.id}\`${c.error !== undefined ? " **error**" : ""}: ${criterionGap(c, lang)}`);
      out.push("", `### ${label("improvements", lang)}`, "");
      if (r.improvements.length === 0) out.push(label("none", lang));
      r.improvements.forEach((i, n) => {
        out.push(`${n + 1}. **+${i.points}** \`${findingPlace(r.file, i)}\` (${(i.criteria ?? [i.criterion]).join(", ")}, ${i.severity}) ${i.message}  `, `   ${label("suggestion", lang)}: ${i.suggestion}`);
      });
      if (r.unverified.length > 0) {
        out.push("", `### ${label("unverified", lang)}`, "", r.unverified.map((u) => `\`${u.text}\` (${linePlace(u, lang)})`).join(", "));
      }
      return out.join("\n") + "\n\n";
    },
    footer(summary, rows, run) {
      const out = ["## Summary", "", `${summary.files} file${summary.files === 1 ? "" : "s"}, ${summary.ready} ready to submit, ${summary.passed} gate passed, ${summary.failed} gate failed, mean score ${summary.mean}.`, ""];
      out.push("| file | score | grade | ready | gate |", "| --- | ---: | :---: | :---: | :---: |");
      for (const row of rows) {
        const ready = row.error !== undefined ? `error: ${cell(row.error)}` : row.ready ? "ready" : "not ready";
        out.push(`| ${cell(row.file)} | ${row.error !== undefined ? "–" : row.score} | ${row.grade || "–"} | ${ready} | ${row.error !== undefined ? "–" : row.passed ? "gate passed" : "gate failed"} |`);
      }
      return out.join("\n") + "\n" + skippedMarkdown(run?.skipped);
    },
  };
}
