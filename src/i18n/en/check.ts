// English messages of `grantsmith check` and `check --fix`.
export const check = {
  "check.ok": (p: { file: string; summary: string }) => `ok ${p.file} (${p.summary})`,
  "check.groups": (p: { n: number }) => `${p.n} beneficiary group${p.n === 1 ? "" : "s"}`,
  "check.activities": (p: { n: number }) => `${p.n} ${p.n === 1 ? "activity" : "activities"}`,
  "check.failedFiles": (p: { failed: number; total: number }) => `${p.failed} of ${p.total} facts files have problems`,
  "check.fix.header": (p: { file: string; count: number }) => `${p.file}: ${p.count} ${p.count === 1 ? "change" : "changes"} to the canonical form:`,
  "check.fix.line": (p: { line: number; from: string; to: string }) => `  line ${p.line}: ${p.from} → ${p.to}`,
  "check.fix.added": (p: { line: number; to: string }) => `  line ${p.line}: + ${p.to}`,
  "check.fix.none": (p: { file: string }) => `${p.file}: nothing to fix`,
  "check.fix.ask": (p: { file: string }) => `Write these changes to ${p.file}? [y/N] `,
  "check.fix.notTerminal": (p: { file: string }) =>
    `${p.file}: not changed: check --fix asks before writing and stdin is not a terminal; pass --yes to write the changes`,
  "check.fix.declined": (p: { file: string }) => `${p.file}: not changed`,
  "check.fix.written": (p: { file: string }) => `${p.file}: written`,
  "check.fix.yesWords": "y,yes",
};
