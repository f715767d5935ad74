import { describe, expect, it } from "vitest";
import { formatDecimal, formatDecimalReference } from "../../src/text/decimal.js";
import { seeded } from "../helpers/random.js";

/** Values a report or a draft writes: amounts, shares, halves at every decimal place, extremes. */
function values(next: () => number): number[] {
  const out = [0, -0, 1, -1, 0.5, 1.005, 2.675, 999.995, 0.125, 1e21, 1.5e21, 1e-7, 5e-324, NaN, Infinity, -Infinity, 12345678901234567890, 0.1 + 0.2];
  for (let n = 0; n < 4000; n++) {
    const magnitude = Math.floor(next() * 24) - 7;
    const sign = next() < 0.15 ? -1 : 1;
    switch (n % 4) {
      case 0: // any double of this magnitude
        out.push(sign * next() * 10 ** magnitude);
        break;
      case 1: { // a decimal written out, ending in 5 at some place: the halves
        const whole = Math.floor(next() * 10 ** Math.max(0, Math.min(15, magnitude)));
        const decimals = String(Math.floor(next() * 1000)).padStart(3, "0").slice(0, 1 + Math.floor(next() * 3));
        out.push(sign * Number(`${whole}.${decimals}5`));
        break;
      }
      case 2: // whole numbers and cents, as budgets hold them
        out.push(sign * Math.round(next() * 10 ** Math.max(0, magnitude)) / (next() < 0.5 ? 1 : 100));
        break;
      default: // sums and products, with their binary tails
        out.push(sign * (Math.round(next() * 1e6) / 100) * (Math.round(next() * 1e4) / 100));
    }
  }
  return out;
}

describe("formatDecimal", () => {
  it("writes what toLocaleString (en-US and zh-CN) writes, over many seeded values", () => {
    const list = values(seeded(24));
    for (const [min, max] of [[0, 2], [2, 2], [0, 0], [1, 3]] as const) {
      // One formatter per locale and style: toLocaleString builds one per call, too slow for so many values.
      const [en, zh] = ["en-US", "zh-CN"].map((locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max }));
      for (const [k, value] of list.entries()) {
        const expected = en!.format(value);
        expect(formatDecimal(value, min, max), `${value} (${min}, ${max})`).toBe(expected);
        expect(zh!.format(value)).toBe(expected);
        if (k % 100 === 0) expect(formatDecimalReference(value, min, max)).toBe(expected);
      }
    }
  });

  it("rounds the decimal as written, not its binary value", () => {
    expect(formatDecimal(1.005, 0, 2)).toBe("1.01");
    expect(formatDecimal(999.995, 2, 2)).toBe("1,000.00");
    expect(formatDecimal(-0.001, 0, 2)).toBe("-0");
    expect(formatDecimal(1234567.5, 0, 2)).toBe("1,234,567.5");
  });
});
