// --version and --help answered without building the program (src/quick.ts) must be what main()
// prints: the version, and the help in each language at commander's default width.
import { describe, expect, it } from "vitest";
import { quickAnswer } from "../../src/quick.js";
import { setExplicitLanguage } from "../../src/i18n/lang.js";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";

const pipe = { isTTY: false };

function quickIn(env: NodeJS.ProcessEnv, argv: string[], stdout: { isTTY?: boolean; columns?: number } = pipe): string | undefined {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, env);
  setExplicitLanguage(undefined);
  try {
    return quickAnswer(argv, stdout);
  } finally {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

describe("quick answers", () => {
  const cases: [string, NodeJS.ProcessEnv][] = [
    ["zh by GRANTSMITH_LANG", cleanEnv({ GRANTSMITH_LANG: "zh" })],
    ["en by GRANTSMITH_LANG", cleanEnv({ GRANTSMITH_LANG: "en" })],
    ["zh by the locale", cleanEnv({ LANG: "zh_CN.UTF-8" })],
    ["en by default", cleanEnv({ LANG: "C" })],
  ];
  for (const [name, env] of cases) {
    for (const flag of ["--help", "-h", "--version", "-V"]) {
      it(`${flag}, ${name}: the same bytes as main()`, async () => {
        const expected = await runInProcess([flag], { env });
        expect(expected.code).toBe(0);
        expect(quickIn(env, [flag])).toBe(expected.stdout);
      });
    }
  }

  it("leaves everything else to the program: other arguments, and a terminal not 80 columns wide", () => {
    const env = cleanEnv({ GRANTSMITH_LANG: "en" });
    expect(quickIn(env, ["--help", "--lang", "zh"])).toBeUndefined();
    expect(quickIn(env, ["draft", "--help"])).toBeUndefined();
    expect(quickIn(env, ["check"])).toBeUndefined();
    expect(quickIn(env, ["--help"], { isTTY: true, columns: 120 })).toBeUndefined();
    expect(quickIn(env, ["--help"], { isTTY: true, columns: 80 })).toBe(quickIn(env, ["--help"]));
    expect(quickIn(env, ["--version"], { isTTY: true, columns: 120 })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
