// The marks that number a heading, written once as pattern sources: 第一部分 / 第二章, 一、, （一）,
// 1. / 2.3, II., Section 3. Each reader builds its regex from these; where readers differ on purpose
// (whether （1） counts, whether 第三条 does) the difference is an option of the builder.
import { chineseNumeral, COUNTING_NUMERALS } from "./chinese-numerals.js";

/** The mark a draft numbers its sections with, one the readers here take: 二、 in zh, "2. " in en. */
export function sectionMark(n: number, language: "zh" | "en"): string {
  return language === "zh" ? `${chineseNumeral(n)}、` : `${n}. `;
}

/** One Chinese numeral of a heading's number: 一 … 十. */
export const ZH_NUMERAL = `[${COUNTING_NUMERALS}]`;
/** What follows a Chinese numeral that numbers a heading: 一、 二. 三． */
export const NUMERAL_STOP = "[、.．]";
/** What may follow an Arabic number that numbers a heading: 1. 2、 3． 4) */
export const NUMBER_STOP = "[.、．)]";
/** The full-width stops after an Arabic number, which need no space after them: 1、 1． */
export const FULL_WIDTH_STOP = "[、．]";
/** One Arabic number of a heading: 1 to 99. */
const NUMBER = "\\d{1,2}";
/** An Arabic heading number: 3, 2.1, 2.3.1. */
export const DOTTED_NUMBER = `${NUMBER}(?:\\.${NUMBER})*`;
/** A sub-section's number, with at least one dot: 2.1, 2.3.1. */
export const SUB_NUMBER = `${NUMBER}(?:\\.${NUMBER})+`;
/** A Roman numeral or a capital letter: II. B) */
export const ROMAN_MARK = "(?:[IVX]{1,5}|[A-H])[.)]";
/** "Section 3", "Part iv" (match it case-insensitively). */
export const SECTION_WORD = "(?:section|part)\\s+(?:\\d{1,2}|[ivx]{1,5})";
/** What a 第…ordinal heading numbers: 第一部分, 第二章, 第三节, 第四篇. */
export const PART_UNITS: readonly string[] = ["部分", "章", "节", "篇"];

export interface NumeralOptions {
  /** Arabic digits number too: （1） as well as （一）. A bracketed Arabic number is a list item to some readers. */
  digits?: boolean;
  /** How many numerals, as a quantifier: "{1,3}" (二十三) unless said. */
  count?: string;
}

/** A run of Chinese numerals (and digits when asked): `[一二三四五六七八九十]{1,3}`. */
export function zhNumber({ digits = false, count = "{1,3}" }: NumeralOptions = {}): string {
  return `[${COUNTING_NUMERALS}${digits ? "\\d" : ""}]${count}`;
}

/** 第一部分, 第二章, 第十二节, 第3篇: an ordinal with one of `units` (PART_UNITS unless said; 百 counts: 第一百章). */
export function partMark(units: readonly string[] = PART_UNITS): string {
  return `第[${COUNTING_NUMERALS}百\\d]+(?:${units.join("|")})`;
}

/** 一、 二. 三．; `spaced` lets space stand between the numeral and its stop ("一 、"). */
export function numeralMark({ spaced = false }: { spaced?: boolean } = {}): string {
  return `${zhNumber()}${spaced ? "\\s*" : ""}${NUMERAL_STOP}`;
}

/** （一） (二); with `digits`, （1） too. */
export function bracketedMark(options: NumeralOptions = {}): string {
  return `[（(]${zhNumber(options)}[)）]`;
}
