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

/** The facts zh-complete.md is written from: its figures, key figures and period agree with them. */
export const ZH_COMPLETE_FACTS = `language: zh
title: 社区老人助餐送餐到家项目
organization:
  name: 杭州市西湖区乐龄社区服务中心
  founded: 2016
  description: 长期从事社区养老服务，现有专职社工8名，近三年累计上门服务超过2万人次。
location: 杭州市西湖区3个社区
period: { start: 2025-03, end: 2026-02 }
need:
  problem: 行动不便的独居老人吃饭难
  evidence:
    - fact: "60岁以上户籍老人占户籍人口的27.5%，其中独居老人1,280人"
      source: 西湖区民政局2024年统计公报
    - fact: "2024年10月问卷调查回收有效问卷312份，46%的受访老人每周至少有3天无法按时吃上热饭"
beneficiaries:
  - { group: 独居及行动不便老人, count: 200, unit: 人, criteria: 70岁以上 }
  - { group: 老人家属, count: 400, unit: 人, direct: false }
objectives:
  - { text: 稳定送餐, target: 200人, deadline: 2025-06 }
  - { text: 按时送达, target: 95%, deadline: 2025-12 }
  - { text: 健康探访, target: 200人, deadline: 2026-02 }
activities:
  - { name: 老人入户评估与建档, start: 2025-03, end: 2025-04, outputs: [完成评估200人] }
  - { name: 每日午餐送餐到家, start: 2025-04, end: 2026-02, outputs: [送餐12000份] }
  - { name: 志愿者培训, start: 2025-04, end: 2025-09, outputs: [开展培训4场, 培训志愿者60人次] }
  - { name: 健康探访与回访, start: 2025-05, end: 2026-02 }
budget:
  total: 272000
  items:
    - { name: 餐费补贴, unit_cost: 15, quantity: 12000 }
    - { name: 送餐员劳务, category: personnel, unit_cost: 2000, quantity: 12 }
    - { name: 保温餐箱及车辆维护, unit_cost: 300, quantity: 40 }
    - { name: 志愿者培训, unit_cost: 2000, quantity: 4 }
    - { name: 健康评估与回访, unit_cost: 140, quantity: 200 }
    - { name: 项目管理费, category: admin, amount: 20000 }
monitoring:
  indicators: [送餐准时率不低于95%, 老人满意度不低于90%, 健康回访覆盖率达到100%]
`;
