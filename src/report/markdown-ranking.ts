// `--format markdown --summary`: a compact ranking for a CI job summary or a pull-request comment —
// the run's totals, then one row per file (rank, file, title, score, grade, ready to submit (and the
// kinds of what blocks it), the gate's result and
// the improvement worth the most points), best first (--sort score) or by name. Cells are cut to a
// few dozen bytes so 300 files stay well under 100 KB (GitHub's step summary takes 1 MiB); past
// 1,000 rows the rest are counted and left to the CSV report.
import { t } from "../i18n/index.js";
import type { Language, ScoreResult, ScoreSummary } from "../score/types.js";
import { reportLanguage } from "./language.js";
import { gateOf, rank, readyOf } from "./ranking.js";
import type { ReportOptions, ReportWriter, RunInfo } from "./writer.js";

export const MAX_RANKING_ROWS = 1000;
const MAX_SKIPPED_LISTED = 20;

export function markdownCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** At most `bytes` bytes of UTF-8, cut between characters, with an ellipsis when cut. */
export function cutBytes(text: string, bytes: number): string {
  if (Buffer.byteLength(text) <= bytes) return text;
  let out = "";
  let used = 3; // the ellipsis
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return `${out.trimEnd()}…`;
}

interface Row {
  file: string;
  score: number | undefined;
  /** The cells that read the same in every language: title, score, grade. */
  lead: string;
  ready: ReturnType<typeof readyOf>;
  blocking: string;
  gate: ReturnType<typeof gateOf>;
  improvement: string;
}

function rowOf(r: ScoreResult): Row {
  const top = r.improvements.find((i) => i.points > 0 || i.severity === "error");
  const improvement = r.error !== undefined ? r.error : top ? `+${top.points} ${top.message}` : "";
  return {
    file: r.file,
    score: r.error === undefined ? r.score : undefined,
    lead: [markdownCell(cutBytes(r.title ?? "", 60)), r.error !== undefined ? "–" : String(r.score), r.grade || "–"].join(" | "),
    ready: readyOf(r),
    blocking: r.blocking.map((b) => b.id).join(", "),
    gate: gateOf(r),
    improvement: markdownCell(cutBytes(improvement, 110)),
  };
}

/** A row's cells after its file, with ready and gate said in the report's language. */
function cellsOf(row: Row, lang: Language): string {
  const ready =
    row.ready === "ready" ? `✅ ${t("readiness.ready", undefined, lang)}` : row.ready === "not ready" ? `❌ ${t("readiness.notReady", undefined, lang)} (${row.blocking})` : "–";
  const gate = row.gate === "passed" ? `✅ ${t("report.gatePassed", undefined, lang)}` : row.gate === "failed" ? `❌ ${t("report.gateFailed", undefined, lang)}` : `⚠️ ${t("report.gateError", undefined, lang)}`;
  return [row.lead, ready, gate, row.improvement].join(" | ");
}

/** The skipped files, named with why: the first 20, then how many more. */
export function skippedMarkdown(skipped: RunInfo["skipped"], lang: Language): string {
  if (!skipped?.length) return "";
  const colon = lang === "zh" ? "：" : ":";
  const out = ["", `**${t("report.skippedHeading", { count: skipped.length }, lang)}${colon}**`, ""];
  for (const s of skipped.slice(0, MAX_SKIPPED_LISTED)) out.push(`- \`${markdownCell(s.file)}\`${colon} ${markdownCell(s.reason[lang])}`);
  if (skipped.length > MAX_SKIPPED_LISTED) out.push(`- ${t("report.skippedMore", { more: skipped.length - MAX_SKIPPED_LISTED }, lang)}`);
  return out.join("\n") + "\n";
}

export function markdownRankingWriter(options: ReportOptions = {}): ReportWriter {
  const rows: Row[] = [];
  const language = reportLanguage();
  return {
    header: () => "",
    result(r) {
      language.see(r);
      rows.push(rowOf(r));
      return "";
    },
    footer(summary: ScoreSummary, _rows, run) {
      const lang = language.current();
      const out = [`## ${t("report.rankingTitle", undefined, lang)}`, "", `${t("report.runSummary", summary, lang)}${lang === "zh" ? "。" : "."}`, "", t("report.rankingHeader", undefined, lang), "| ---: | --- | --- | ---: | :---: | :---: | :---: | --- |"];
      const ranked = rank(rows, options.sort ?? "score");
      for (const { row, rank: at } of ranked.slice(0, MAX_RANKING_ROWS)) out.push(`| ${at ?? "–"} | \`${markdownCell(row.file)}\` | ${cellsOf(row, lang)} |`);
      if (ranked.length > MAX_RANKING_ROWS) out.push("", t("report.rankingMore", { more: ranked.length - MAX_RANKING_ROWS }, lang));
      return out.join("\n") + "\n" + skippedMarkdown(run?.skipped, lang);
    },
  };
}
