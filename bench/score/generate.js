// Generates a corpus of synthetic proposals (about 8 KB each, Chinese and English) for the score
// benchmark: `node bench/score/generate.js [N] [folder]`. Deterministic: the same N gives the same files.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { answerHelp } from "../usage.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "../../test/fixtures/proposals");

/** A small deterministic PRNG (mulberry32), so corpora are reproducible. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXTRA = {
  zh: [
    "项目团队每月召开一次例会，复盘服务情况，及时调整送餐路线和探访重点。",
    "社区居委会、物业和志愿者共同参与服务，形成多方协作的工作机制。",
    "我们将定期向捐赠方和社区公开项目进展，接受社会监督。",
    "服务过程中收集的意见将用于改进服务流程，提高老人的获得感。",
  ],
  en: [
    "The team meets monthly to review progress and adjust the plan where sessions are poorly attended.",
    "Head teachers, parents and county officers take part in a steering group that meets every term.",
    "We publish progress updates for donors and the community and invite feedback at every family day.",
    "Lessons from each term are written up and shared with the other schools in the network.",
  ],
};

/** A whole number of at least 1 from a command-line argument, or one line on stderr and exit 2. */
export function countArgument(value, fallback, what) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1) return n;
  process.stderr.write(`${what} must be a whole number of at least 1, not "${value}"\n`);
  process.exit(2);
}

export function generateCorpus(count, folder) {
  const bases = { zh: readFileSync(path.join(fixtures, "zh-complete.md"), "utf8"), en: readFileSync(path.join(fixtures, "en-complete.md"), "utf8") };
  rmSync(folder, { recursive: true, force: true });
  const next = random(20250301);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const language = i % 2 === 0 ? "zh" : "en";
    let text = bases[language];
    // Vary figures so no two files are the same, and pad to about 8 KB with extra paragraphs.
    text = text.replace(/\b(\d{2,3})(?=\s*(?:人|girls|名|schools))/g, (m) => String(Number(m) + Math.floor(next() * 50)));
    const extra = [];
    while (Buffer.byteLength(text) + Buffer.byteLength(extra.join("\n\n")) < 8000) extra.push(EXTRA[language][Math.floor(next() * 4)]);
    text = text.replace(language === "zh" ? "## 九、可持续性" : "## 9. Sustainability", `${extra.join("\n\n")}\n\n$&`);
    const dir = path.join(folder, String(Math.floor(i / 500)).padStart(3, "0"));
    if (i % 500 === 0) mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `proposal-${String(i).padStart(5, "0")}.${language}.md`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(path.join(folder, ".count"), String(count));
  return bytes;
}

/** A proposal of about this many bytes (at least): a fixture padded with the extra paragraphs. */
export function proposalOfSize(language, bytes) {
  const base = readFileSync(path.join(fixtures, `${language}-complete.md`), "utf8");
  const extra = [];
  for (let k = 0; Buffer.byteLength(base) + Buffer.byteLength(extra.join("\n\n")) < bytes; k++) extra.push(EXTRA[language][k % EXTRA[language].length]);
  return base.replace(language === "zh" ? "## 九、可持续性" : "## 9. Sustainability", `${extra.join("\n\n")}\n\n$&`);
}

/**
 * A file of many sections with one id: a title, then `count` blocks of `## 项目预算` each with a
 * line of budget. 40,000 blocks come to just under the 2 MB a proposal may be.
 */
export function manySections(count) {
  const blocks = ["# 社区老人助餐送餐到家项目", ""];
  for (let i = 0; i < count; i++) blocks.push("## 项目预算", "", `- 物资采购：${100 + (i % 900)} 元`, "");
  return blocks.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  answerHelp("usage: node bench/score/generate.js [N] [folder]   (N proposals, default 10000; folder, default bench/score/corpus)");
  const count = countArgument(process.argv[2], 10000, "the number of proposals");
  const folder = path.resolve(process.argv[3] ?? path.join(here, "corpus"));
  const bytes = generateCorpus(count, folder);
  process.stdout.write(`${count} proposals, ${(bytes / 1e6).toFixed(1)} MB in ${folder}\n`);
}
