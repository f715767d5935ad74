// Numbers written with thousands separators and a bounded number of decimals, as
// toLocaleString("en-US") writes them (zh-CN writes them the same), without building an ICU
// formatter: the first one costs a start-up about a tenth of scoring a file. formatDecimalReference
// is the plain version, and test/text/decimal.test.ts compares the two over many seeded values.

/** The plain version: Intl, as reports and drafts always wrote numbers. */
export function formatDecimalReference(value: number, minDecimals: number, maxDecimals: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
}

/**
 * 1234567.125 → "1,234,567.13" (at most maxDecimals decimals, at least minDecimals). Like Intl it
 * rounds the shortest decimal that reads back as the value (String(value)), half away from zero:
 * 1.005 → "1.01", where toFixed, which rounds the binary value, gives "1.00".
 */
export function formatDecimal(value: number, minDecimals: number, maxDecimals: number): string {
  if (!Number.isFinite(value)) return formatDecimalReference(value, minDecimals, maxDecimals);
  const negative = value < 0 || Object.is(value, -0);
  const shortest = String(negative ? -value : value);
  // 1e21 and up, and below 1e-6, are written with an exponent: rare in a proposal; Intl writes them.
  if (shortest.includes("e")) return formatDecimalReference(value, minDecimals, maxDecimals);
  const dot = shortest.indexOf(".");
  let whole = dot < 0 ? shortest : shortest.slice(0, dot);
  let decimals = dot < 0 ? "" : shortest.slice(dot + 1);
  if (decimals.length > maxDecimals) {
    const up = decimals.charCodeAt(maxDecimals) >= 0x35; // "5" and above round away from zero
    decimals = decimals.slice(0, maxDecimals);
    if (up) {
      const digits = increment(whole + decimals);
      whole = digits.slice(0, digits.length - maxDecimals);
      decimals = digits.slice(digits.length - maxDecimals);
    }
  }
  let end = decimals.length;
  while (end > minDecimals && decimals.charCodeAt(end - 1) === 0x30) end--;
  decimals = decimals.slice(0, end).padEnd(minDecimals, "0");
  const text = decimals.length > 0 ? `${group(whole)}.${decimals}` : group(whole);
  return negative ? `-${text}` : text;
}

/** A string of decimal digits plus one in its last place: "199" → "200", "99" → "100". */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 0x39) i--;
  const zeros = "0".repeat(digits.length - 1 - i);
  if (i < 0) return `1${zeros}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + zeros;
}

/** "1234567" → "1,234,567". */
function group(whole: string): string {
  if (whole.length <= 3) return whole;
  const head = whole.length % 3 || 3;
  let out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}
