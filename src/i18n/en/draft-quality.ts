// English messages of revise's "fill in the facts" list: findings only the facts file can fix.
export const draftQuality = {
  "draftQuality.fillInFacts": (p: { count: number }) =>
    `fill in the facts: ${p.count} finding${p.count === 1 ? "" : "s"} only the facts file can fix (not sent to the model); add the field, then draft again`,
  "draftQuality.fillInFactsItem": (p: { field: string; message: string; line: number }) => `  - ${p.field}: ${p.message} (line ${p.line})`,
};
