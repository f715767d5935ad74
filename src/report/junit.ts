// JUnit XML: one test suite per file, one test case per criterion (failed when the criterion does
// not pass), so CI dashboards show which criteria of which proposal fail; and a "readiness" test
// case, failed when the proposal is not ready to submit, with what blocks it.
import type { ScoreResult } from "../score/types.js";
import type { ReportWriter } from "./writer.js";
import { criterionGap, findingPlace } from "./labels.js";
import { t } from "../i18n/index.js";
import { reportLanguage } from "./language.js";
import { readinessLine } from "./readiness.js";
import { xmlEscape as x } from "./xml.js";

export function junitWriter(): ReportWriter {
  const language = reportLanguage();
  return {
    header: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="grantsmith">\n',
    result(r: ScoreResult) {
      language.see(r);
      if (r.error !== undefined) {
        return `  <testsuite name="${x(r.file)}" tests="1" failures="0" errors="1">\n    <testcase classname="${x(r.file)}" name="read"><error message="${x(r.error)}"/></testcase>\n  </testsuite>\n`;
      }
      // A judge error is an error of its criterion; a criterion not assessed for another reason is skipped.
      const errors = r.criteria.filter((c) => c.error !== undefined).length;
      const failures = r.criteria.filter((c) => c.error === undefined && c.assessed && !c.passed).length + (r.ready ? 0 : 1);
      const skipped = r.criteria.filter((c) => c.error === undefined && !c.assessed).length;
      const lines = [
        `  <testsuite name="${x(r.file)}" tests="${r.criteria.length + 1}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
        `    <properties><property name="score" value="${r.score}"/><property name="grade" value="${x(r.grade)}"/><property name="rubric" value="${x(r.rubric)}"/><property name="passed" value="${r.passed}"/><property name="ready" value="${r.ready}"/><property name="blocking" value="${x(r.blocking.map((b) => b.id).join(","))}"/></properties>`,
      ];
      const lang = r.language;
      const readiness = `    <testcase classname="${x(r.file)}" name="${x(t("report.readinessCase", undefined, lang))}">`;
      if (r.ready) lines.push(`${readiness}</testcase>`);
      else {
        const detail = r.blocking.map((b) => `${b.line !== undefined ? `${findingPlace(r.file, { line: b.line })}: ` : ""}${b.id}: ${b.message}`).join("\n");
        lines.push(`${readiness}<failure message="${x(readinessLine(r))}">${x(detail)}</failure></testcase>`);
      }
      for (const c of r.criteria) {
        const name = x(`${c.id}: ${c.title}${c.must ? " [must]" : ""}`);
        const open = `    <testcase classname="${x(r.file)}" name="${name}">`;
        if (c.error !== undefined) {
          lines.push(`${open}<error message="${x(t("report.judgeError", { error: c.error }, lang))}"/></testcase>`);
        } else if (!c.assessed) {
          lines.push(`${open}<skipped message="${x(t("report.notAssessed", { why: criterionGap(c, lang) }, lang))}"/></testcase>`);
        } else if (!c.passed) {
          const detail = r.improvements
            .filter((i) => i.criterion === c.id || i.criteria?.includes(c.id))
            .map((i) => `${findingPlace(r.file, i)}: +${i.points} ${i.message} ${i.suggestion}`)
            .join("\n");
          lines.push(`${open}<failure message="${x(`${c.score}/${c.max}`)}">${x(detail)}</failure></testcase>`);
        } else {
          lines.push(`${open}</testcase>`);
        }
      }
      lines.push("  </testsuite>");
      return lines.join("\n") + "\n";
    },
    footer(_summary, _rows, run) {
      // Files the run passed over: one suite, a skipped test case per file, with why.
      const skipped = run?.skipped ?? [];
      if (skipped.length === 0) return "</testsuites>\n";
      const cases = skipped.map((s) => `    <testcase classname="${x(s.file)}" name="read"><skipped message="${x(s.reason[language.current()])}"/></testcase>`);
      return `  <testsuite name="${x(t("report.skippedSuite", undefined, language.current()))}" tests="${skipped.length}" failures="0" errors="0" skipped="${skipped.length}">\n${cases.join("\n")}\n  </testsuite>\n</testsuites>\n`;
    },
  };
}
