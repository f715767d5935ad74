// Chinese numerals: 三十五 → 35, 一千二百 → 1200, 两万三千 → 23000, 一百零五 → 105, 二〇二五 → 2025.
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a run of Chinese numeral characters, or undefined when it is not a number. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  // Digit-by-digit form, as in years: 二〇二五.
  if (text.length > 1 && [...text].every((ch) => ch in DIGITS && ch !== "两")) {
    return Number([...text].map((ch) => DIGITS[ch]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let sawDigitOrUnit = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      sawDigitOrUnit = true;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? (section === 0 && total === 0 ? 1 : undefined) ?? NaN) * SMALL_UNITS[ch]!;
      digit = undefined;
      sawDigitOrUnit = true;
    } else if (ch === "万" || ch === "亿") {
      const unit = ch === "万" ? 1e4 : 1e8;
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) return undefined;
      total = ch === "亿" ? (total + part) * unit : total + part * unit;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  const value = total + section + (digit ?? 0);
  return sawDigitOrUnit && Number.isFinite(value) ? value : undefined;
}
