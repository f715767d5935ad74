// Placeholders in a proposal's text. The syntax is in src/text/placeholders.ts; most proposals have
// none, so one test per proposal lets every later question be answered without a scan.
import { findPlaceholders, lineMayHoldPlaceholder, type PlaceholderHit } from "../../text/placeholders.js";
import type { Proposal } from "../read/proposal.js";

const NONE: readonly PlaceholderHit[] = Object.freeze([]);

/**
 * The placeholders in a text taken from this proposal's lines (a line, a cell, a row's cells, a
 * section). Such a text is the lines' characters with emphasis marks, tags or pipes dropped or
 * spaces added, so when the lines hold no hint even with the emphasis marks dropped, it holds none.
 */
export function placeholdersIn(proposal: Proposal, text: string): readonly PlaceholderHit[] {
  proposal.mayHoldPlaceholders ??= proposal.lines.some(lineMayHoldPlaceholder);
  return proposal.mayHoldPlaceholders ? findPlaceholders(text) : NONE;
}
