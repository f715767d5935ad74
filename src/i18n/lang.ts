// Which language grantsmith speaks to the user in (help, errors, warnings, progress, usage lines).
// Reports already follow the proposal's language; this is the language of everything else.
//
// Order, first that applies: the global --lang flag, GRANTSMITH_LANG, the language of the facts or
// proposal the message is about, LC_ALL / LC_MESSAGES / LANG (zh_* → zh), else en.

export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

/** Set once per run by the CLI from --lang (or GRANTSMITH_LANG); wins over everything else. */
let explicit: Lang | undefined;
/** The language of the document the run is about, when the CLI has read one. */
let documentLang: Lang | undefined;

/** Reads "zh", "en", "zh-CN", "zh_TW.UTF-8", "中文", "English"…; undefined when it is neither. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (v === "中文" || v === "汉语" || v === "简体中文" || v === "chinese" || /^zh([-_.@]|$)/.test(v)) return "zh";
  if (v === "english" || v === "英文" || v === "英语" || /^en([-_.@]|$)/.test(v)) return "en";
  return undefined;
}

/** The language the locale variables ask for (LC_ALL, then LC_MESSAGES, then LANG), if zh or en. */
export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"] as const) {
    const value = env[name];
    if (value && value !== "C" && value !== "POSIX") return parseLang(value) ?? "en";
  }
  return undefined;
}

/** The --lang value in argv (global: before or after the command), if any. */
export function langFromArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg === "--lang") return parseLang(argv[i + 1]);
    if (arg.startsWith("--lang=")) return parseLang(arg.slice("--lang=".length));
  }
  return undefined;
}

/**
 * Called by the CLI as a run starts: the flag, else GRANTSMITH_LANG. It also forgets the document
 * language an earlier run in the same process read, so each `main()` call starts afresh.
 */
export function setExplicitLanguage(lang: Lang | undefined): void {
  explicit = lang;
  documentLang = undefined;
}

/** Called when the run has read the facts or proposal it is about. */
export function setDocumentLanguage(lang: Lang | undefined): void {
  documentLang = lang;
}

/** The language for a message now; `about` is the language of the document the message concerns. */
export function uiLang(about?: Lang, env: NodeJS.ProcessEnv = process.env): Lang {
  return explicit ?? parseLang(env.GRANTSMITH_LANG) ?? about ?? documentLang ?? localeLang(env) ?? "en";
}
