// English messages shared by every command. Each area has its own file; src/i18n/en/index.ts joins them.
export const common = {
  "common.interrupted": "interrupted",
  "common.expectedPositive": (p: { flag: string; value: string }) => `${p.flag}: expected a positive number, got "${p.value}"`,
  "common.expectedCount": (p: { flag: string; max: number; value: string }) =>
    `${p.flag}: expected a whole number from 1 to ${p.max}, got "${p.value}"`,
  // A file named by a flag (src/commands/flag-file.ts).
  "common.flagFileMissing": (p: { flag: string; file: string }) => `${p.flag} ${p.file}: no such file; check the path`,
  "common.flagFileFolder": (p: { flag: string; file: string }) => `${p.flag} ${p.file}: is a folder, not a file`,
  "common.flagFileUnreadable": (p: { flag: string; file: string; code: string }) => `${p.flag} ${p.file}: cannot read it (${p.code})`,
};
