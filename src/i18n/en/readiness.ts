// English messages of readiness: whether a scored proposal can be submitted, why not, and the
// reasons it gives (the gate itself is named in report.ts: a gate that passed is not a proposal that is ready).
export const readiness = {
  "readiness.ready": "ready to submit",
  "readiness.notReady": "not ready to submit",
  "readiness.why": (p: { reasons: string }) => `not ready to submit: ${p.reasons}`,
  "readiness.placeholders": (p: { count: number }) => `${p.count} placeholder${p.count === 1 ? "" : "s"} left`,
  "readiness.must": (p: { title: string; score: number; max: number }) => `must criterion "${p.title}" not met (${p.score} of ${p.max} points)`,
  "readiness.sectionMissing": (p: { title: string }) => `no "${p.title}" section`,
  // The proposal's language is the message's: words in English, Chinese characters in Chinese.
  "readiness.sectionNearEmpty": (p: { title: string; length: number }) => `"${p.title}" is near-empty (${p.length} word${p.length === 1 ? "" : "s"}, no figures)`,
  "readiness.gradeCapped": (p: { grade: string; byScore: string }) => `grade ${p.byScore} by score alone; a proposal that is not ready shows at most ${p.grade}`,
  "readiness.help":
    "Whether the proposal can be submitted, apart from its score: no placeholder left, the key figures (budget total, direct beneficiaries, period) agree with --facts, the budget adds up, every must criterion is met, and the sections the rubric requires (need, objectives, work plan) are there and hold more than a line or two. The result's properties list what blocks it.",
};
