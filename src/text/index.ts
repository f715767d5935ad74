export * from "./count.js";
export * from "./language.js";
export * from "./sentences.js";
export * from "./numbers.js";
export * from "./chinese-numerals.js";
export * from "./currency.js";
export * from "./decimal.js";
