// Values as people type them, in Chinese and English: each form in, the canonical value out, or the
// problem with the value the user most likely meant.
import { describe, expect, it } from "vitest";
import { dayFirstFor, readAmount, readCount, readCurrency, readDate, readDirect, readEnum } from "../../src/facts/typed.js";
import { BUDGET_CATEGORIES, FUNDING_STATUSES, KINDS, LIKELIHOODS } from "../../src/facts/schema.js";

describe("readAmount", () => {
  const read: [string | number, number, string?][] = [
    [150000, 150000],
    ["15万", 150000],
    ["1.5万元", 15000, "CNY"],
    ["150,000元", 150000, "CNY"],
    ["¥20,000", 20000, "CNY"],
    ["￥20,000", 20000, "CNY"],
    ["20,000元", 20000, "CNY"],
    ["“20,000元”", 20000, "CNY"],
    ["人民币15万元", 150000, "CNY"],
    ["五千", 5000],
    ["十二万三千", 123000],
    ["两万", 20000],
    ["３万５千", 35000],
    ["约15万", 150000],
    ["150 000", 150000],
    ["1.200.000", 1200000],
    ["RMB 80,000", 80000, "CNY"],
  ];
  it.each(read)("%s → %s", (raw, value, currency) => {
    const reading = readAmount(raw, { currency: "CNY", lang: "en" });
    expect(reading.error).toBeUndefined();
    expect(reading.value).toBe(value);
    expect(reading.currency).toBe(currency);
  });

  const english: [string, string, number][] = [
    ["£45,000", "GBP", 45000],
    ["$1,200.50", "USD", 1200.5],
    ["USD 1,200", "USD", 1200],
    ["12k", "USD", 12000],
    ["€3,500", "EUR", 3500],
    ["¥20,000", "JPY", 20000],
    ["$5,000", "HKD", 5000],
  ];
  it.each(english)("%s in %s → %s", (raw, currency, value) => {
    expect(readAmount(raw, { currency, lang: "en" }).value).toBe(value);
  });

  const problems: [string, string, string, string | undefined][] = [
    ["£45,000", "en", `"£45,000" is in GBP but the facts' currency (budget.currency) is CNY; write the amount in CNY, or set budget.currency: GBP`, "budget.currency: GBP"],
    ["$1,200.50", "zh", "“$1,200.50”的币种是 USD，但项目信息文件的币种（budget.currency）是 CNY；请按 CNY 填写金额，或设置 budget.currency: USD", "budget.currency: USD"],
    ["1,20,000", "en", `"1,20,000" is not a figure as written; did you mean 120000?`, "120000"],
    ["15万5", "zh", "“15万5”的写法无法确定数值；您是想写 155000 吗？", "155000"],
    ["10-15万", "zh", "“10-15万”是一个区间；请只写一个金额", undefined],
    ["好几千", "zh", "“好几千”不是金额；请写数字，例如 150000", undefined],
    ["lots", "en", `"lots" is not an amount; write a number such as 150000`, undefined],
  ];
  it.each(problems)("%s (%s) is a problem", (raw, lang, error, suggestion) => {
    const reading = readAmount(raw, { currency: "CNY", lang: lang as "zh" | "en" });
    expect(reading.value).toBeUndefined();
    expect(reading.error).toBe(error);
    expect(reading.suggestion).toBe(suggestion);
  });

  it("45.000 reads two ways: both are given", () => {
    const reading = readAmount("45.000", { lang: "en" });
    expect(reading.error).toBe(`"45.000" reads as 45 or as 45000; did you mean 45 or 45000? Write the figure without a dot between thousands`);
    expect(reading.alternatives).toEqual(["45", "45000"]);
  });
});

describe("readCount", () => {
  const read: [string | number, number, string | undefined][] = [
    [30, 30, undefined],
    ["30人", 30, "人"],
    ["约200名", 200, "人"],
    ["200户", 200, "户"],
    ["1.2万人次", 12000, "人次"],
    ["三十人", 30, "人"],
    ["两千多人", 2000, "人"],
    ["12,000 people", 12000, "people"],
    ["about 150 households", 150, "households"],
    ["300", 300, undefined],
  ];
  it.each(read)("%s → %s %s", (raw, value, unit) => {
    const reading = readCount(raw, { lang: "en" });
    expect(reading.error).toBeUndefined();
    expect(reading.value).toBe(value);
    expect(reading.unit).toBe(unit);
  });

  it.each([
    ["约200户", true],
    ["200户左右", true],
    ["两千多人", true],
    ["about 150 households", true],
    ["２００户", false],
    ["200户", false],
  ] as const)("%s is an estimate: %s", (raw, approximate) => {
    expect(readCount(raw).approximate === true).toBe(approximate);
  });

  const problems: [string, string, string, string | undefined][] = [
    ["超过200人", "zh", "“超过200人”是一个范围，不是确切数量；您是想写 200 吗？", "200"],
    ["more than 40 people", "en", `"more than 40 people" is a bound, not a count; did you mean 40?`, "40"],
    ["2.5人", "zh", "“2.5人”不是整数；您是想写 3 吗？", "3"],
    ["many", "en", `"many" is not a count; write a number such as 30`, undefined],
    ["若干", "zh", "“若干”不是数量；请写数字，例如 30", undefined],
  ];
  it.each(problems)("%s (%s) is a problem", (raw, lang, error, suggestion) => {
    const reading = readCount(raw, { lang: lang as "zh" | "en" });
    expect(reading.error).toBe(error);
    expect(reading.suggestion).toBe(suggestion);
  });
});

describe("readDate", () => {
  const read: [string | number, string, { dayFirst?: boolean; year?: boolean }?][] = [
    ["2025年3月", "2025-03"],
    ["2025年3月1日", "2025-03-01"],
    ["2025年03月15号", "2025-03-15"],
    ["二〇二五年三月", "2025-03"],
    ["２０２５年３月", "2025-03"],
    ["2025/03", "2025-03"],
    ["2025.3", "2025-03"],
    ["2025.10", "2025-10"],
    ["2025-3-1", "2025-03-01"],
    ["2025/3/1", "2025-03-01"],
    ["2025-03", "2025-03"],
    ["2016年", "2016", { year: true }],
    [2016, "2016", { year: true }],
    ["2015年6月", "2015-06", { year: true }],
    ["March 2025", "2025-03"],
    ["Sept 2025", "2025-09"],
    ["1 March 2025", "2025-03-01"],
    ["March 1, 2025", "2025-03-01"],
    ["01/04/2025", "2025-04-01", { dayFirst: true }],
    ["01/04/2025", "2025-01-04", { dayFirst: false }],
    ["13/04/2025", "2025-04-13"],
    ["04/13/2025", "2025-04-13"],
    ["05/05/2025", "2025-05-05"],
    ["01.04.2025", "2025-04-01"],
  ];
  it.each(read)("%s → %s", (raw, value, options) => {
    const reading = readDate(raw, { lang: "en", ...options });
    expect(reading.error).toBeUndefined();
    expect(reading.value).toBe(value);
  });

  it("01/04/2025 with no locale to decide: both readings", () => {
    for (const [lang, error] of [
      ["en", `"01/04/2025" may be day first (2025-04-01) or month first (2025-01-04); did you mean 2025-04-01 or 2025-01-04? Write the date as YYYY-MM-DD`],
      ["zh", "“01/04/2025”可能是日在前（2025-04-01），也可能是月在前（2025-01-04）；您是想写 2025-04-01 还是 2025-01-04？请写成 YYYY-MM-DD"],
    ] as const) {
      const reading = readDate("01/04/2025", { lang });
      expect(reading.error).toBe(error);
      expect(reading.alternatives).toEqual(["2025-04-01", "2025-01-04"]);
    }
  });

  const problems: [string, string, string][] = [
    ["2016年", "zh", "“2016年”只有年份；请补上月份，写成 YYYY-MM（例如 2016-03）"],
    ["2025-02-30", "en", `no such day in the calendar ("2025-02-30"); check the month and the day`],
    ["2025年13月", "zh", "日历上没有这一天（“2025年13月”）；请检查月份和日期"],
    ["下个月", "zh", "“下个月”不是日期；请写成 YYYY-MM-DD 或 YYYY-MM（例如 2025-03-01 或 2025-03）"],
  ];
  it.each(problems)("%s (%s) is a problem", (raw, lang, error) => {
    expect(readDate(raw, { lang: lang as "zh" | "en" }).error).toBe(error);
  });

  it("decides day or month first from the facts' currency and location", () => {
    expect(dayFirstFor({ currency: "GBP" })).toBe(true);
    expect(dayFirstFor({ currency: "CNY", location: "Leeds, United Kingdom" })).toBe(true);
    expect(dayFirstFor({ currency: "USD" })).toBe(false);
    expect(dayFirstFor({ currency: "CNY", location: "Ohio, USA" })).toBe(false);
    expect(dayFirstFor({ currency: "CNY", location: "成都" })).toBeUndefined();
    expect(dayFirstFor({ currency: "USD", location: "London" })).toBeUndefined();
  });
});

describe("readEnum", () => {
  const read: [string, readonly string[], string][] = [
    ["高", LIKELIHOODS, "high"],
    ["中", LIKELIHOODS, "medium"],
    ["低", LIKELIHOODS, "low"],
    ["Medium", LIKELIHOODS, "medium"],
    ["HIGH", LIKELIHOODS, "high"],
    ["已确认", FUNDING_STATUSES, "confirmed"],
    ["申请中", FUNDING_STATUSES, "pending"],
    ["计划中", FUNDING_STATUSES, "planned"],
    ["Confirmed", FUNDING_STATUSES, "confirmed"],
    ["直接", BUDGET_CATEGORIES, "direct"],
    ["人员费用", BUDGET_CATEGORIES, "personnel"],
    ["管理费", BUDGET_CATEGORIES, "admin"],
    ["筹款", BUDGET_CATEGORIES, "fundraising"],
    ["其他", BUDGET_CATEGORIES, "other"],
    ["Personnel", BUDGET_CATEGORIES, "personnel"],
    ["公益创投", KINDS, "venture-grant"],
    ["立项书", KINDS, "standard"],
    ["应急救灾", KINDS, "disaster-relief"],
    ["公开募捐方案", KINDS, "public-fundraising"],
    ["Venture Grant", KINDS, "venture-grant"],
    ["public_fundraising", KINDS, "public-fundraising"],
  ];
  it.each(read)("%s → %s", (raw, values, value) => {
    expect(readEnum(raw, values, { lang: "en" })).toEqual({ value });
  });

  it("a near miss is a problem with the closest value", () => {
    expect(readEnum("hihg", LIKELIHOODS, { lang: "en" })).toMatchObject({
      error: `expected one of low, medium, high, got "hihg"; did you mean high?`,
      suggestion: "high",
    });
    expect(readEnum("中等风险度", LIKELIHOODS, { lang: "zh" })).toMatchObject({
      error: "应为 low, medium, high 之一，实际为“中等风险度”；您是想写 medium 吗？",
      suggestion: "medium",
    });
    expect(readEnum("fundraising", KINDS, { lang: "en" }).suggestion).toBeUndefined();
  });
});

describe("readDirect and readCurrency", () => {
  it.each([["直接", true], ["间接", false], ["yes", true], ["indirect", false], [true, true]] as const)("direct %s → %s", (raw, value) => {
    expect(readDirect(raw).value).toBe(value);
  });
  it.each([["人民币", "CNY"], ["元", "CNY"], ["RMB", "RMB"], ["英镑", "GBP"], ["£", "GBP"], ["usd", "USD"], ["aud", "AUD"]] as const)("currency %s → %s", (raw, value) => {
    expect(readCurrency(raw).value).toBe(value);
  });
});
