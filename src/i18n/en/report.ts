// English messages of the report formats and of the score options that shape them (--sort,
// --summary, --max-annotations, --exclude).
const files = (n: number) => `${n} file${n === 1 ? "" : "s"}`;

export const report = {
  "report.help.exclude":
    "leave out files and folders matching this pattern (repeatable), e.g. 'drafts/**' or '*.old.md'; folders already leave out README, CHANGELOG, LICENSE, editor backups and Word lock files",
  "report.help.sort": "order of a ranking (--format csv, markdown --summary): score, best first, or name (default: score)",
  "report.help.summary": "markdown: a compact ranking, one row per file with its top improvement; text: only the summary table",
  "report.help.maxAnnotations": "github: annotations in the whole run at most, the most important kept (default 50; 0 for no limit)",
  "report.help.maxAnnotationsPerFile": "github: annotations per file at most (default 5; 0 for no limit)",
  "report.sortIgnored": (p: { format: string }) => `--sort: used only by --format csv and --format markdown --summary (not ${p.format}); ignored`,
  "report.summaryIgnored": (p: { format: string }) => `--summary: used only by --format markdown and --format text (not ${p.format}); ignored`,
  "report.annotationsIgnored": (p: { format: string }) => `--max-annotations: used only by --format github (not ${p.format}); ignored`,
  "report.expectedLimit": (p: { flag: string; value: string }) => `${p.flag}: expected a whole number (0 for no limit), got "${p.value}"`,
  "report.annotationsNotShown": (p: { more: number; max: number; perFile: number }) =>
    `${p.more} more annotation${p.more === 1 ? "" : "s"} not shown (at most ${p.max} per run and ${p.perFile} per file: --max-annotations, --max-annotations-per-file); the full list is in --format sarif or markdown`,
  "report.runSummary": (p: { files: number; ready: number; passed: number; failed: number; mean: number }) =>
    `${files(p.files)}, ${p.ready} ready to submit, ${p.passed} gate passed, ${p.failed} gate failed, mean score ${p.mean}`,
  "report.rankingTitle": "grantsmith ranking",
  /** The ranking table's header row (Markdown). */
  "report.rankingHeader": "| # | file | title | score | grade | ready | gate | top improvement |",
  "report.gatePassed": "gate passed",
  "report.gateFailed": "gate failed",
  "report.gateError": "error",
  "report.rankingMore": (p: { more: number }) => `… and ${files(p.more)} more; the CSV report (--format csv) ranks them all.`,
  "report.skippedHeading": (p: { count: number }) => `Skipped ${files(p.count)}, not scored`,
  "report.skippedMore": (p: { more: number }) => `… and ${p.more} more`,
  "report.skippedNotice": (p: { count: number; first: string }) => `${files(p.count)} skipped, not scored (first: ${p.first})`,
  // The fixed texts of the reports (src/report/), in the report's language (src/report/language.ts).
  "report.markdownTitle": "grantsmith score report",
  "report.summaryHeading": "Summary",
  "report.errorLabel": "Error:",
  "report.tableHeader": "| file | score | grade | ready | gate |",
  "report.textSummary": (p: { summary: string }) => `Summary: ${p.summary}`,
  "report.textLowest": (p: { n: number }) => `Lowest ${p.n}:`,
  "report.column.file": "file",
  "report.column.score": "score",
  "report.column.grade": "grade",
  "report.column.ready": "ready",
  "report.column.gate": "gate",
  "report.ready": "ready",
  "report.notReady": "not ready",
  "report.error": (p: { error: string }) => `error: ${p.error}`,
  "report.skippedList": (p: { count: number }) => `Skipped ${files(p.count)}, not scored:`,
  "report.skippedSuite": "skipped files",
  "report.skippedOne": (p: { reason: string }) => `skipped, not scored: ${p.reason}`,
  "report.judgeError": (p: { error: string }) => `judge error: ${p.error}`,
  "report.judgeErrorNotAssessed": (p: { id: string; error: string }) => `${p.id}: judge error, not assessed: ${p.error}`,
  "report.notAssessed": (p: { why: string }) => `not assessed: ${p.why}`,
  "report.unreadableTitle": "The file could not be read or scored",
  "report.readinessTitle": "Ready to submit",
  "report.readinessCase": "readiness: ready to submit",
  "report.github.cannotScore": "grantsmith: cannot score",
  "report.github.notReady": "grantsmith: not ready to submit",
  "report.github.gateFailed": "grantsmith: quality gate failed",
  "report.github.score": "grantsmith score",
  "report.github.judgeError": (p: { id: string }) => `grantsmith ${p.id}: judge error`,
  "report.github.skipped": "grantsmith skipped",
  "report.github.summary": "grantsmith summary",
  "report.github.verdict": (p: { score: number; grade: string; capped: string; rubric: string; assessedMax: number; ready: string; gate: string }) =>
    `${p.score}/100 (${p.grade}${p.capped ? `: ${p.capped}` : ""}), rubric ${p.rubric}${p.assessedMax < 100 ? `; total over the ${p.assessedMax} points assessed` : ""}; ${p.ready}; ${p.gate}`,
  "report.gate.belowMinScore": (p: { min: number }) => `below --min-score ${p.min}`,
  "report.gate.mustFailed": (p: { ids: string[] }) => `must criteria failed: ${p.ids.join(", ")}`,
  "report.gate.failOn": (p: { level: string }) => `findings at --fail-on ${p.level} level`,
  /** Joins the parts of one line ("a; b"). */
  "report.join": "; ",
  "report.ruleHelp": (p: { title: string; max: number; rubric: string; must: boolean }) =>
    `${p.title}: ${p.max} of the 100 points of rubric ${p.rubric}${p.must ? "; a must criterion (failing it fails the gate whatever the total)" : ""}. ` +
    `Each result under this rule is one improvement: what is missing or weak, where, the points it would recover and how to fix it. ` +
    `\`grantsmith rubrics ${p.rubric}\` shows the criterion's checks.`,
  "report.factsHelp": "A key figure of the proposal (budget total, beneficiaries, period) disagrees with the facts file given with --facts.",
  "report.unreadableHelp": "The file could not be read or scored (not UTF-8 or GBK text, a damaged Word or PDF file, no permission). Fix or convert the file, or leave it out with --exclude.",
};
