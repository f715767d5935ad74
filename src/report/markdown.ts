// A Markdown report: per file the total, a criteria table and the ranked improvements; then a
// summary table and the skipped files. Suitable for a review meeting's notes; --summary gives the
// compact ranking alone (markdown-ranking.ts), for a CI job summary or a pull-request comment.
import { t, uiLang } from "../i18n/index.js";
import type { ScoreResult } from "../score/types.js";
import { criterionGap, findingPlace, judgeSummary, label, linePlace, notAssessedNote } from "./labels.js";
import { markdownCell as cell, markdownRankingWriter, skippedMarkdown } from "./markdown-ranking.js";
import { reportLanguage } from "./language.js";
import { gateWord, gradeNote, readinessLine, readyWord } from "./readiness.js";
import type { ReportOptions, ReportWriter } from "./writer.js";

export function markdownWriter(options: ReportOptions = {}): ReportWriter {
  if (options.summary) return markdownRankingWriter(options);
  const language = reportLanguage();
  return {
    // In the language of the first proposal.
    header: (first) => `# ${t("report.markdownTitle", undefined, first && first.error === undefined ? first.language : uiLang())}\n\n`,
    result(r: ScoreResult) {
      language.see(r);
      const lang = r.error === undefined ? r.language : uiLang();
      if (r.error !== undefined) return `## ${r.file}\n\n**${t("report.errorLabel", undefined, lang)}** ${r.error}\n\n`;
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
      for (const c of gaps) out.push(`- \`${c.id}\`${c.error !== undefined ? ` **${t("report.gateError", undefined, lang)}**` : ""}${lang === "zh" ? "：" : ": "}${criterionGap(c, lang)}`);
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
      const lang = language.current();
      const say = (key: "report.ready" | "report.notReady" | "report.gatePassed" | "report.gateFailed") => t(key, undefined, lang);
      const out = [`## ${t("report.summaryHeading", undefined, lang)}`, "", `${t("report.runSummary", summary, lang)}${lang === "zh" ? "。" : "."}`, ""];
      out.push(t("report.tableHeader", undefined, lang), "| --- | ---: | :---: | :---: | :---: |");
      for (const row of rows) {
        const ready = row.error !== undefined ? t("report.error", { error: cell(row.error) }, lang) : say(row.ready ? "report.ready" : "report.notReady");
        out.push(`| ${cell(row.file)} | ${row.error !== undefined ? "–" : row.score} | ${row.grade || "–"} | ${ready} | ${row.error !== undefined ? "–" : say(row.passed ? "report.gatePassed" : "report.gateFailed")} |`);
      }
      return out.join("\n") + "\n" + skippedMarkdown(run?.skipped, lang);
    },
  };
}
