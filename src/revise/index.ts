// The revise core's public API: the loop, its dry-run plan, and the text and JSON it reports with.
export { reviseProposal, planRevision, newFigures, SECTIONS_PER_ROUND, type ReviseInput, type ReviseOutcome, type SectionChange, type StopReason } from "./engine.js";
export { loadReviseTemplates, buildReviseMessages, sectionFacts, type ReviseTemplates } from "./prompt.js";
export { protectBlocks, restoreBlocks, type ProtectedBlock } from "./blocks.js";
export { rewritableSections, spliceBody, sectionBody, type RewritableSection } from "./sections.js";
export { pickCandidates, type RewriteCandidate } from "./select.js";
export { formatChange, formatFactsToFill, formatOutcome, formatPlan, formatScoreLine, outcomeJson, planJson } from "./report.js";
export { factsOnlyField, factsToFill, placeholderField, type FactsFix } from "./facts-fixes.js";
