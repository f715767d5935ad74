// Every message exists in both languages, takes the same parameters in both, and the Chinese one is
// written in Chinese.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as enAreas from "../../src/i18n/en/areas.js";
import * as zhAreas from "../../src/i18n/zh/areas.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { CATALOGS, t, both, uiLang, parseLang, localeLang, langFromArgv, setExplicitLanguage, setDocumentLanguage } from "../../src/i18n/index.js";

/** Calls a message function with a parameter object that records which parameters it reads. */
function paramsRead(entry: unknown): string[] | undefined {
  if (typeof entry !== "function") return [];
  const read = new Set<string>();
  const proxy = new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name === "symbol") return undefined;
        read.add(name);
        return `‹${name}›`;
      },
    },
  );
  try {
    (entry as (p: unknown) => string)(proxy);
  } catch {
    return undefined; // a message that computes with its parameters; the type checker covers it
  }
  return [...read].sort();
}

describe("message catalogs", () => {
  const en = CATALOGS.en as Record<string, unknown>;
  const zh = CATALOGS.zh as Record<string, unknown>;

  it("have the same keys in zh and en", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("are joined from every area file of their folder, listed once in areas.ts, no key in two areas", () => {
    for (const [lang, areas] of [["en", enAreas], ["zh", zhAreas]] as const) {
      const files = readdirSync(path.join(REPO_ROOT, "src/i18n", lang)).filter((f) => f !== "index.ts" && f !== "areas.ts");
      expect(Object.keys(areas).length, lang).toBe(files.length);
      const keys = Object.values(areas).reduce((n, area) => n + Object.keys(area).length, 0);
      expect(keys, lang).toBe(Object.keys(CATALOGS[lang]).length);
    }
    expect(Object.keys(zhAreas)).toEqual(Object.keys(enAreas));
  });

  it("take the same parameters in both languages", () => {
    for (const key of Object.keys(en)) {
      expect(typeof zh[key], key).toBe(typeof en[key]);
      const a = paramsRead(en[key]);
      const b = paramsRead(zh[key]);
      if (a && b) expect(b, key).toEqual(a);
    }
  });

  it("write the Chinese messages in Chinese", () => {
    // Formats that read the same in every language (file:line:col, which editors and CI jump to).
    const neutral = new Set(["util.place"]);
    for (const [key, entry] of Object.entries(zh)) {
      if (neutral.has(key)) continue;
      const text = typeof entry === "function" ? (() => { try { return (entry as (p: unknown) => string)(new Proxy({}, { get: () => "x" })); } catch { return "中"; } })() : String(entry);
      expect(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/.test(text), `${key}: ${text}`).toBe(true);
    }
  });
});

describe("the language of a run", () => {
  it("reads language names and locales", () => {
    expect(parseLang("zh_CN.UTF-8")).toBe("zh");
    expect(parseLang("zh-TW")).toBe("zh");
    expect(parseLang("中文")).toBe("zh");
    expect(parseLang("en_GB.UTF-8")).toBe("en");
    expect(parseLang("fr_FR.UTF-8")).toBeUndefined();
    expect(localeLang({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(localeLang({ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(localeLang({ LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(localeLang({ LANG: "C" })).toBeUndefined();
    expect(langFromArgv(["score", "a.md", "--lang", "zh"])).toBe("zh");
    expect(langFromArgv(["--lang=en", "check", "f.yaml"])).toBe("en");
    expect(langFromArgv(["check", "--", "--lang", "zh"])).toBeUndefined();
  });

  it("takes the flag, then GRANTSMITH_LANG, then the document, then the locale", () => {
    try {
      expect(uiLang(undefined, { LANG: "zh_CN.UTF-8" })).toBe("zh");
      expect(uiLang("en", { LANG: "zh_CN.UTF-8" })).toBe("en");
      expect(uiLang("en", { LANG: "zh_CN.UTF-8", GRANTSMITH_LANG: "zh" })).toBe("zh");
      expect(uiLang(undefined, {})).toBe("en");
      setExplicitLanguage("zh");
      expect(uiLang("en", { GRANTSMITH_LANG: "en" })).toBe("zh");
    } finally {
      setExplicitLanguage(undefined);
    }
  });

  it("a new run forgets the document language of the run before it in the same process", () => {
    setDocumentLanguage("zh");
    expect(uiLang(undefined, {})).toBe("zh");
    setExplicitLanguage(undefined);
    expect(uiLang(undefined, {})).toBe("en");
  });

  it("formats a message in the chosen language", () => {
    expect(t("common.expectedPositive", { flag: "--timeout", value: "x" }, "en")).toBe('--timeout: expected a positive number, got "x"');
    expect(t("common.expectedPositive", { flag: "--timeout", value: "x" }, "zh")).toBe("--timeout：应为正数，实际为“x”");
    expect(both("common.interrupted")).toEqual({ zh: "已中断", en: "interrupted" });
  });
});

describe("the usage line's counts", () => {
  it("are written as toLocaleString writes them, in both languages, on seeded counts", async () => {
    const { seeded } = await import("../helpers/random.js");
    const next = seeded(33);
    for (let k = 0; k < 2000; k++) {
      const v = Math.floor(next() ** 3 * 10 ** Math.floor(next() * 13));
      const p = { requests: v, prompt: v * 7, completion: v + 1, hits: 0 };
      const show = (x: number) => x.toLocaleString("en-US");
      expect(t("llm.usageLine", p, "en")).toContain(`${show(p.prompt)} prompt + ${show(p.completion)} completion`);
      expect(t("llm.usageLine", p, "zh")).toContain(show(p.prompt));
    }
  });
});
