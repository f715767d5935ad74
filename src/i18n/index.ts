// Messages for the user in their language. `t(key, params)` picks the catalog by uiLang(); pass
// `lang` when the message is about a document whose language is known and no flag or variable says
// otherwise (uiLang(about) does that).
//
// Adding a message: add the key to the area's file under en/ (a string, or a function of its
// parameters) and the same key under zh/. The type checker refuses a zh catalog that misses a key or
// takes other parameters.
import { englishMessages, type MessageKey, type Messages } from "./en/index.js";
import { chineseMessages } from "./zh/index.js";
import { uiLang, type Lang } from "./lang.js";

export { uiLang, parseLang, localeLang, langFromArgv, setExplicitLanguage, setDocumentLanguage, LANGS } from "./lang.js";
export type { Lang } from "./lang.js";
export type { MessageKey, Messages } from "./en/index.js";

const BUILDERS: Record<Lang, () => Messages> = { en: englishMessages, zh: chineseMessages };
const built: Partial<Record<Lang, Messages>> = {};

/**
 * The catalog of `lang`, built on first use: building both at every start cost a few milliseconds,
 * and a run mostly speaks one language (the session's; a message about a document may take the
 * document's, which is then built too).
 */
export function catalog(lang: Lang): Messages {
  return (built[lang] ??= BUILDERS[lang]());
}

/** Both catalogs, each built when first read. */
export const CATALOGS: Readonly<Record<Lang, Messages>> = {
  get en() {
    return catalog("en");
  },
  get zh() {
    return catalog("zh");
  },
};

type Params<K extends MessageKey> = Messages[K] extends (p: infer P) => string ? P : undefined;

/** The message `key` in `lang` (default: the language of this run). */
export function t<K extends MessageKey>(
  key: K,
  ...rest: Params<K> extends undefined ? [params?: undefined, lang?: Lang] : [params: Params<K>, lang?: Lang]
): string {
  const [params, lang] = rest as [unknown, Lang | undefined];
  const entry = catalog(lang ?? uiLang())[key] as string | ((p: unknown) => string);
  return typeof entry === "function" ? entry(params) : entry;
}

/** The same message in both languages, e.g. for a message chosen later by the document's language. */
export function both<K extends MessageKey>(key: K, ...rest: Params<K> extends undefined ? [] : [params: Params<K>]): Record<Lang, string> {
  const args = rest as unknown as [Params<K>];
  return {
    zh: (t as (k: K, p: unknown, l: Lang) => string)(key, args[0], "zh"),
    en: (t as (k: K, p: unknown, l: Lang) => string)(key, args[0], "en"),
  };
}
