// Shared helpers for scorer tests: fixtures, degrading a fixture, finding lines.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { scoreText } from "../../src/score/engine.js";
import type { Improvement, ScoreResult } from "../../src/score/types.js";

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/proposals/${name}`, import.meta.url)), "utf8");
}

/** Replaces exactly one occurrence (so a degraded fixture is what the test says). */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `"${from}" in the fixture`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, at + 1), `"${from}" only once`).toBe(-1);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Removes the lines from the heading that starts with `heading` up to the next `## ` heading. */
export function removeSection(text: string, heading: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  let end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  if (end < 0) end = lines.length;
  return [...lines.slice(0, start), ...lines.slice(end)].join("\n");
}

export function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((l) => l.includes(needle));
  expect(index, `line with "${needle}"`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

export async function score(text: string, file = "proposal.md"): Promise<ScoreResult> {
  return scoreText(text, { file });
}

export function find(result: ScoreResult, criterion: string, pattern: RegExp): Improvement {
  const hit = result.improvements.find((i) => i.criterion === criterion && pattern.test(i.message));
  expect(hit, `${criterion} improvement matching ${pattern}; got:\n${result.improvements.map((i) => `${i.criterion} ${i.line} ${i.message}`).join("\n")}`).toBeDefined();
  return hit!;
}

/** `text` with the body between `heading` and `nextHeading` replaced by `body`. */
export function replaceSection(text: string, heading: string, nextHeading: string, body: string): string {
  const start = text.indexOf(heading);
  const end = text.indexOf(nextHeading);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return `${text.slice(0, start)}${heading}\n\n${body}\n\n${text.slice(end)}`;
}

export const criterion = (r: Awaited<ReturnType<typeof score>>, id: string) => r.criteria.find((c) => c.id === id)!;
