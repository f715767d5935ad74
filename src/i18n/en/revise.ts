// English messages of revise (src/revise/, src/commands/revise.ts): its decisions, summary and plan.
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const revise = {
  // src/revise/report.ts
  "revise.andMore": (p: { shown: string; n: number }) => `${p.shown}; and ${p.n} more`,
  "revise.where": (p: { heading: string; line: number }) => `${p.heading} (line ${p.line})`,
  "revise.addressed": (p: { items: string }) => `; addressed: ${p.items}`,
  "revise.restored": (p: { items: string }) => `; put back ${p.items} the model left out`,
  "revise.kept": (p: { round: number; where: string; delta: string; addressed: string; restored: string }) =>
    `round ${p.round}: kept ${p.where}: ${p.delta} points${p.addressed}${p.restored}`,
  "revise.rejected": (p: { round: number; where: string; reason: string }) => `round ${p.round}: rejected ${p.where}: ${p.reason}`,
  "revise.scoreLabel": "score",
  "revise.scoreBeforeLabel": "score before",
  "revise.scoreLine": (p: { label: string; score: number; grade: string }) => `${p.label}: ${p.score}/100 (${p.grade})`,
  "revise.stopTarget": "the target was reached",
  "revise.stopRounds": "the round limit was reached",
  "revise.stopNoGain": "the last round kept nothing",
  "revise.stopNothing": "no section with findings is left to rewrite",
  "revise.outcome": (p: { before: number; beforeGrade: string; after: number; afterGrade: string; delta: string; kept: number; changes: number; rounds: number; why: string }) =>
    `score: ${p.before} (${p.beforeGrade}) → ${p.after} (${p.afterGrade}), ${p.delta}; ` +
    `${p.kept} of ${plural(p.changes, "rewrite", "rewrites")} kept in ${plural(p.rounds, "round", "rounds")}; stopped because ${p.why}`,
  "revise.planHead": (p: { line: string; rubric: string }) => `${p.line} with rubric ${p.rubric}`,
  "revise.nothingToRewrite": "nothing to rewrite: no section in the file has a finding that a rewrite could fix",
  "revise.wouldRewrite": (p: { n: number }) => `would rewrite ${plural(p.n, "section", "sections")} in the first round (no model was called):`,
  "revise.atStake": (p: { where: string; points: number }) => `${p.where}: ${p.points} points at stake`,
  // src/revise/engine.ts and rewrite.ts: why a rewrite is not kept.
  "revise.wouldRise": (p: { before: number; after: number }) => `the score would rise from ${p.before} to ${p.after}`,
  "revise.wouldFall": (p: { before: number; after: number; delta: number }) => `the score would fall from ${p.before} to ${p.after} (${p.delta})`,
  "revise.wouldStay": (p: { before: number }) => `the score would stay at ${p.before}`,
  "revise.addsFigures": (p: { figures: string; score: string }) => `it adds figures the facts do not contain: ${p.figures} (${p.score})`,
  "revise.sectionLost": "the section could no longer be found after the other changes",
  "revise.dropsPlaceholders": (p: { placeholders: string }) =>
    `it removes placeholders that only the facts can fill (${p.placeholders}); add those facts to the facts file and draft again`,
  "revise.cutOff": "the model stopped at its length limit, so the rewrite is cut off",
  "revise.contentFilter": "the provider's content filter stopped the rewrite",
  "revise.onlyReasoning": "the model returned only unfinished reasoning",
  "revise.noText": "the model returned no text",
  "revise.unchanged": "the model returned the section unchanged",
  // src/commands/revise.ts
  "revise.jsonAndStdout": "-o - with --format json: both would go to stdout; write the proposal to a file with -o FILE",
  "revise.offlineFlag": "--offline asks for no model (leave it out)",
  "revise.noEndpoint": "no model endpoint is configured",
  "revise.providerOffline": (p: { setting: string }) => `the provider is offline (${p.setting})`,
  "revise.needsModel": (p: { why: string; how: string }) =>
    `grantsmith revise needs a model, but ${p.why}; ${p.how}; --dry-run shows what would be rewritten without a model`,
  "revise.rewriting": (p: { round: number; names: string }) => `round ${p.round}: rewriting ${p.names}`,
  "revise.candidate": (p: { heading: string; points: number }) => `${p.heading} (${p.points} points at stake)`,
  "revise.scoringRewrites": (p: { round: number }) => `round ${p.round}: scoring the rewrites`,
  "revise.nothingWritten": "no rewrite raised the score without adding unverified figures; nothing written",
};
