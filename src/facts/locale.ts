// The conventions an English document follows: British (15 August 2026, organisation, programme) or
// American (August 15, 2026, organization, program). Set by `locale:` in the facts, else read from
// where the project is: the United States writes American English; everywhere else that writes
// English to a funder (the UK, Kenya, Malawi, India, Australia…) writes British. With no place
// given, a budget in US dollars is taken as American. A Chinese document is zh-CN.

export const ENGLISH_LOCALES = ["en-GB", "en-US"] as const;
export type EnglishLocale = (typeof ENGLISH_LOCALES)[number];
export type DocumentLocale = EnglishLocale | "zh-CN";

const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
  "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
  "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
];
// "Georgia" is also a country; it counts as a state only after a comma ("Atlanta, Georgia").
const US_PLACE = new RegExp(
  String.raw`\b(?:United States|U\.S\.A?\.|USA|US)\b|,\s*(?:${US_STATES.join("|")}|D\.?C\.?)\b`,
);

/** Whether a place (a location or an address) is in the United States. */
export function inUnitedStates(place: string): boolean {
  return US_PLACE.test(place);
}

/** What the locale is read from (the facts' own fields; typed here so the schema may import this file). */
export interface LocaleFacts {
  language: "zh" | "en";
  locale?: EnglishLocale;
  location?: string;
  organization: { address?: string };
  budget?: { currency?: string };
}

export function documentLocale(facts: LocaleFacts): DocumentLocale {
  if (facts.language === "zh") return "zh-CN";
  if (facts.locale) return facts.locale;
  const place = facts.location ?? facts.organization.address;
  if (place) return inUnitedStates(place) ? "en-US" : "en-GB";
  return facts.budget?.currency === "USD" ? "en-US" : "en-GB";
}
