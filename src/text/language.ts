// Detects whether a text is Chinese or English: Chinese characters against Latin words, counted in
// one pass over at most the first 6,000 characters, which decide every real proposal. The one
// detector: proposals, and facts files that do not say their language (facts/load.ts).
import { ASCII_LOWER, ASCII_UPPER, charClass, CJK_RANGES, isAsciiLetter } from "./chars.js";
import { isCjkCode } from "./count.js";

export type TextLanguage = "zh" | "en";

/** How much of a text is looked at. */
const WINDOW = 6000;
const HAN = new RegExp(`[${charClass("", CJK_RANGES)}]`);

export function detectTextLanguage(text: string): TextLanguage {
  const end = Math.min(text.length, WINDOW);
  // Without a single Chinese character it is English, whatever the words: a quick search says so.
  if (!HAN.test(end < text.length ? text.slice(0, end) : text)) return "en";
  let han = 0;
  let words = 0;
  let letters = 0;
  for (let i = 0; i < end; i++) {
    // Decided early when the rest cannot change it: each word needs two letters, each character
    // is at most one Chinese character.
    if ((i & 511) === 511) {
      const rest = end - i;
      if (han > 0 && han >= words + (rest >> 1) + 1) return "zh";
      if (words > han + rest) return "en";
    }
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      letters++;
      continue;
    }
    // A word is two or more Latin letters in a row.
    if (letters >= 2) words++;
    letters = 0;
    if (isCjkCode(c)) han++;
  }
  if (letters >= 2) words++;
  return han > 0 && han >= words ? "zh" : "en";
}

/** detectTextLanguage as a full count of the window. */
export function detectTextLanguageReference(text: string): TextLanguage {
  const head = text.slice(0, WINDOW);
  const han = head.match(new RegExp(HAN.source, "g"))?.length ?? 0;
  const words = head.match(new RegExp(`[${charClass("", [ASCII_UPPER, ASCII_LOWER])}]{2,}`, "g"))?.length ?? 0;
  return han > 0 && han >= words ? "zh" : "en";
}
