// The language of a report's own texts (titles, the summary, the skipped files): that of the
// proposals it is about when they share one, as each file's part already is; else (a run of zh and
// en proposals, or none that could be read) the language the user is spoken to in.
import { uiLang } from "../i18n/index.js";
import type { Language, ScoreResult } from "../score/types.js";

/** The languages of the results seen so far, and the one a footer is written in. */
export interface ReportLanguage {
  /** Notes one result's language (a file that could not be read has none). */
  see(r: Pick<ScoreResult, "language" | "error">): void;
  /** The results' one language, else the user's. */
  current(): Language;
}

export function reportLanguage(): ReportLanguage {
  let only: Language | undefined;
  let mixed = false;
  return {
    see(r) {
      if (r.error !== undefined || mixed) return;
      if (only === undefined) only = r.language;
      else if (only !== r.language) mixed = true;
    },
    current: () => (only !== undefined && !mixed ? only : uiLang()),
  };
}
