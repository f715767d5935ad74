// Chinese numerals: 三十五 → 35, 一千二百 → 1200, 两万三千 → 23000, 一百零五 → 105, 二〇二五 → 2025.
// The characters are written here once; the figure patterns and tables in numbers.ts use these.
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** 两 counts (两万, 两百) but is never a digit of a number read digit by digit (二〇二五). */
const NOT_IN_DIGIT_BY_DIGIT = "两";

/** The digits and the units below 万: what 百分之… may be followed by. */
export const CHINESE_NUMERALS_BELOW_WAN = Object.keys(DIGITS).join("") + Object.keys(SMALL_UNITS).join("");
/** Every character of a Chinese numeral. */
export const CHINESE_NUMERALS = CHINESE_NUMERALS_BELOW_WAN + Object.keys(LARGE_UNITS).join("");
/** The numerals that number headings, phases and risks: 一 … 九 and 十 (二十三 is a run of them), no 零 or 两. */
export const COUNTING_NUMERALS =
  Object.keys(DIGITS).filter((ch) => DIGITS[ch]! > 0 && ch !== NOT_IN_DIGIT_BY_DIGIT).join("") + Object.keys(SMALL_UNITS)[0]!;

/** The digit each value is written with: 零 一 二 … 九 (the first character of DIGITS with that value, not 〇 or 两). */
const WRITTEN_DIGITS = Array.from({ length: 10 }, (_, d) => Object.keys(DIGITS).find((ch) => DIGITS[ch] === d)!);
const TEN = Object.keys(SMALL_UNITS)[0]!;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (enough for section numbers); others in digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return WRITTEN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : WRITTEN_DIGITS[tens]}${TEN}${ones === 0 ? "" : WRITTEN_DIGITS[ones]}`;
}

/** The value of a run of Chinese numeral characters, or undefined when it is not a number. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  // Digit-by-digit form, as in years: 二〇二五.
  if (text.length > 1 && [...text].every((ch) => ch in DIGITS && ch !== NOT_IN_DIGIT_BY_DIGIT)) {
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
    } else if (ch in LARGE_UNITS) {
      const unit = LARGE_UNITS[ch]!;
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) return undefined;
      // 亿 multiplies everything before it (三万亿); 万 only the part since the last unit (三亿五千万).
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
