// English messages shared by every command. Each area has its own file; src/i18n/en/index.ts joins them.
export const common = {
  "common.interrupted": "interrupted",
  "common.expectedPositive": (p: { flag: string; value: string }) => `${p.flag}: expected a positive number, got "${p.value}"`,
  "common.expectedCount": (p: { flag: string; max: number; value: string }) =>
    `${p.flag}: expected a whole number from 1 to ${p.max}, got "${p.value}"`,
};
