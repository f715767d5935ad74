// One money formatter for every currency, language and kind of text: drafts (the templates'
// {{money}} and {{currency}}, the prompts' facts) and reports (the text report, budget findings).
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/templating/handlebars.js";
import { currencyOf, currencyUnit, formatMoney, type MoneyStyle } from "../../src/text/currency.js";
import { seeded } from "../helpers/random.js";

type Row = [currency: string | undefined, zhDocument: string, enDocument: string, zhReport: string, enReport: string];

/** 12,000 and 1,234.5 in every currency: [currency, zh draft, en draft, zh report, en report]. */
const TABLE: Row[] = [
  ["CNY", "12,000.00元", "CNY 12,000.00", "12,000 元", "CNY 12,000"],
  ["USD", "12,000.00美元", "$12,000.00", "12,000 美元", "$12,000"],
  ["EUR", "12,000.00欧元", "€12,000.00", "12,000 欧元", "€12,000"],
  ["GBP", "12,000.00英镑", "£12,000.00", "12,000 英镑", "£12,000"],
  // Drafts have always written Hong Kong dollars by code in English; reports with their sign.
  ["HKD", "12,000.00港元", "HKD 12,000.00", "12,000 港元", "HK$12,000"],
  // ¥ would read as the yuan: yen are written by code.
  ["JPY", "12,000.00日元", "JPY 12,000.00", "12,000 日元", "JPY 12,000"],
  // A facts file may say RMB or write a code in lower case.
  ["RMB", "12,000.00元", "RMB 12,000.00", "12,000 元", "RMB 12,000"],
  ["usd", "12,000.00美元", "$12,000.00", "12,000 美元", "$12,000"],
  // A currency grantsmith does not know keeps its code, after the number in Chinese.
  ["CHF", "12,000.00 CHF", "CHF 12,000.00", "12,000 CHF", "CHF 12,000"],
  // A report on a budget that names no currency writes the number alone.
  [undefined, "12,000.00", "12,000.00", "12,000", "12,000"],
];

const STYLES: [MoneyStyle, "zh" | "en", number][] = [
  ["document", "zh", 1],
  ["document", "en", 2],
  ["report", "zh", 3],
  ["report", "en", 4],
];

describe("formatMoney", () => {
  describe.each(TABLE)("%s", (...row) => {
    it.each(STYLES)("in a %s in %s", (style, language, column) => {
      expect(formatMoney(12000, row[0], language, style)).toBe(row[column]);
    });
  });

  it.each([
    [1234.5, "CNY", "zh", "document", "1,234.50元"],
    [1234.5, "CNY", "zh", "report", "1,234.5 元"],
    [1234.567, "USD", "en", "report", "$1,234.57"],
    [0.1 + 0.2, "GBP", "en", "report", "£0.3"],
    [-1700, "USD", "en", "document", "-$1,700.00"],
    [-1700, "CNY", "zh", "report", "-1,700 元"],
  ] as const)("%s %s in %s, %s: %s", (value, currency, language, style, expected) => {
    expect(formatMoney(value, currency, language, style)).toBe(expected);
  });

  it.each([
    [1167000, "CNY", "zh", "116.7万元"],
    [1167049, "CNY", "zh", "约116.7万元"],
    [12000, "HKD", "zh", "1.2万港元"],
    [5834.6, "CNY", "zh", "约5835元"],
    // As {{moneyText}} has always written it: an unknown code right after the number.
    [800, "CHF", "zh", "800CHF"],
    [91700, "USD", "en", "$91,700"],
    [381.9, "USD", "en", "about $382"],
    [12000, "HKD", "en", "HK$12,000"],
    [12000, "CNY", "en", "CNY 12,000"],
    [12000, undefined, "zh", "1.2万"],
  ] as const)("%s %s in %s prose: %s", (value, currency, language, expected) => {
    expect(formatMoney(value, currency, language, "prose")).toBe(expected);
  });

  it("writes, for every currency it reads, a text it reads back as that currency", () => {
    for (const currency of ["CNY", "USD", "EUR", "GBP", "HKD", "JPY"] as const) {
      for (const [style, language] of STYLES) {
        const written = formatMoney(100, currency, language, style).replace(/[\d,.]/g, "");
        expect(currencyOf(written.trim()), `${currency} ${language} ${style}`).toBe(currency);
      }
    }
  });

  // The two formatters this one replaced, as they were: every draft and report stays as it was.
  const OLD_ZH: Record<string, string> = { CNY: "元", RMB: "元", USD: "美元", EUR: "欧元", HKD: "港元", GBP: "英镑", JPY: "日元" };
  function oldDocument(value: number, currency: string, lang: "zh" | "en"): string {
    if (value < 0) return `-${oldDocument(-value, currency, lang)}`;
    const code = currency.toUpperCase();
    const amount = value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (lang === "zh") return `${amount}${OLD_ZH[code] ?? ` ${code}`}`;
    const symbol = ({ USD: "$", EUR: "€", GBP: "£" } as Record<string, string>)[code];
    return symbol ? `${symbol}${amount}` : `${code} ${amount}`;
  }
  function oldReport(value: number, currency: string, language: "zh" | "en"): string {
    const n = (Math.round(value * 100) / 100).toLocaleString(language === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 2 });
    if (language === "zh") return `${n} ${OLD_ZH[currency] ?? currency}`;
    const symbol = ({ USD: "$", EUR: "€", GBP: "£", HKD: "HK$" } as Record<string, string>)[currency];
    return symbol ? `${symbol}${n}` : `${currency} ${n}`;
  }

  it("writes what the draft and report formatters it replaced wrote, for seeded amounts", () => {
    const random = seeded(24);
    for (let i = 0; i < 2000; i++) {
      const scale = 10 ** Math.floor(random() * 9);
      const value = Math.round(random() * scale * 1000) / 1000;
      for (const currency of ["CNY", "USD", "EUR", "GBP", "HKD", "JPY"]) {
        for (const language of ["zh", "en"] as const) {
          expect(formatMoney(value, currency, language, "document")).toBe(oldDocument(value, currency, language));
          expect(formatMoney(value, currency, language, "report")).toBe(oldReport(value, currency, language));
        }
      }
    }
  });
});

describe("the templates' money helpers", () => {
  const render = (source: string, root: Record<string, unknown>) => compileTemplate(source)(root);

  it("{{moneyText}} writes the prose style, and says 约 / about once for an estimate", () => {
    expect(render("{{moneyText 1167000}}", { language: "zh", budget: { currency: "CNY" } })).toBe("116.7万元");
    expect(render("{{moneyText 1167000 true}}", { language: "zh", budget: { currency: "CNY" } })).toBe("约116.7万元");
    expect(render("{{moneyText 381.9 true}}", { language: "en", budget: { currency: "USD" } })).toBe("about $382");
  });

  it.each(TABLE.filter((row) => row[0] !== undefined))("{{money}} and {{currency}} write %s as drafts do", (currency, zh, en) => {
    expect(render("{{money 12000}}", { language: "zh", budget: { currency } })).toBe(zh);
    expect(render("{{money 12000}}", { language: "en", budget: { currency } })).toBe(en);
    expect(render("{{currency}}", { language: "zh", budget: { currency } })).toBe(currencyUnit(currency!, "zh"));
    expect(render("{{currency}}", { language: "en", budget: { currency } })).toBe(currencyUnit(currency!, "en"));
  });

  it("{{currency}} is the unit a table header names", () => {
    expect(["CNY", "USD", "HKD", "JPY"].map((c) => currencyUnit(c, "en"))).toEqual(["CNY", "$", "HKD", "JPY"]);
    expect(["CNY", "USD", "HKD", "JPY"].map((c) => currencyUnit(c, "zh"))).toEqual(["元", "美元", "港元", "日元"]);
  });
});
