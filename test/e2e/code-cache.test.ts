// The binary with the cache folder on runs the program from the command's script with V8's code
// cache (src/cached-main.ts): the same output as without the cache, cold and warm; a cache file is
// written on the first run of a command and taken on the next; a damaged one or a folder that
// cannot be written changes nothing the user sees.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeCache } from "../../src/util/code-cache.js";
import { cleanEnv, REPO_ROOT, runCli, type CliResult } from "../helpers/run-cli.js";
import { startLlmServer } from "../helpers/llm-server.js";
import { tempDirSync } from "../helpers/temp.js";

const FACTS = "examples/zh/elderly-meals.yaml";
const same = (result: CliResult) => ({ code: result.code, stdout: result.stdout, stderr: result.stderr });

describe("the code cache (the built binary)", () => {
  it("check, score and an offline draft print the same without the cache, with it cold and warm", async () => {
    const dir = tempDirSync();
    const cache = path.join(dir, "cache");
    const proposal = path.join(dir, "one.md");
    const drafted = await runCli(["draft", FACTS, "--offline", "-o", "-", "--no-score"], { env: cleanEnv({ GRANTSMITH_CACHE: "none" }) });
    expect(drafted.code, drafted.stderr).toBe(0);
    writeFileSync(proposal, drafted.stdout);
    const lines = [
      ["check", FACTS],
      ["score", proposal, "--format", "json"],
      ["draft", FACTS, "--offline", "-o", "-", "--no-score"],
      ["check", "no-such-file.yaml"],
      ["rubrics", "standard-zh"],
    ];
    for (const args of lines) {
      const off = await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: "none" }) });
      const cold = await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: cache }) });
      const file = readdirSync(path.join(cache, "code")).find((name) => name.endsWith(`-${args[0]}.v8`));
      expect(file, args.join(" ")).toBeDefined();
      const written = readFileSync(path.join(cache, "code", file!));
      const warm = await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: cache }) });
      expect(same(cold), args.join(" ")).toEqual(same(off));
      expect(same(warm), args.join(" ")).toEqual(same(off));
      // Taken by the warm run, so not written again.
      expect(readFileSync(path.join(cache, "code", file!)).equals(written), args.join(" ")).toBe(true);
    }
    expect(readdirSync(path.join(cache, "code")).filter((name) => !name.endsWith(".v8"))).toEqual([]);
    // `cache clear` removes it, and the clearing run does not write its own into a new one.
    const cleared = await runCli(["cache", "clear"], { env: cleanEnv({ GRANTSMITH_CACHE: cache }) });
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(existsSync(path.join(cache, "code"))).toBe(false);
  });

  it("an offline draft keeps a cache file for each group of compiled templates it renders, and takes them on the next run", async () => {
    const cache = path.join(tempDirSync(), "cache");
    const args = ["draft", FACTS, "--offline", "-o", "-", "--no-score"];
    const off = await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: "none" }) });
    const cold = await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: cache }) });
    const groups = () => readdirSync(path.join(cache, "code")).filter((name) => /-templates-/.test(name)).sort();
    expect(groups().map((name) => name.replace(/^.*-(templates-[\w-]+)\.v8$/, "$1")).sort()).toEqual(["templates-zh", "templates-zh-offline"]);
    const written = groups().map((name) => readFileSync(path.join(cache, "code", name)));
    const warm = await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: cache }) });
    expect(same(cold)).toEqual(same(off));
    expect(same(warm)).toEqual(same(off));
    expect(groups().map((name, k) => readFileSync(path.join(cache, "code", name)).equals(written[k]!))).toEqual([true, true]);
  });

  it("runs under other V8 flags keep a file of their own, so neither refuses and rewrites the other's", async () => {
    const cache = path.join(tempDirSync(), "cache");
    const run = (nodeOptions: string | undefined) => runCli(["check", FACTS], { env: cleanEnv({ GRANTSMITH_CACHE: cache, NODE_OPTIONS: nodeOptions }) });
    const files = () => readdirSync(path.join(cache, "code")).sort().map((name) => readFileSync(path.join(cache, "code", name)));
    await run(undefined);
    await run("--max-old-space-size=300");
    const written = files();
    expect(written).toHaveLength(2);
    await run(undefined);
    await run("--max-old-space-size=300");
    expect(files().map((bytes, k) => bytes.equals(written[k]!))).toEqual([true, true]);
  });

  it("a damaged cache file is written again; a cache folder that cannot be written is left alone", async () => {
    const dir = tempDirSync();
    const cache = path.join(dir, "cache");
    const args = ["check", FACTS];
    const off = await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: "none" }) });
    await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: cache }) });
    const [name] = readdirSync(path.join(cache, "code"));
    const file = path.join(cache, "code", name!);
    const damaged = readFileSync(file);
    damaged[damaged.length >> 1] ^= 0xff;
    writeFileSync(file, damaged);
    expect(same(await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: cache }) }))).toEqual(same(off));
    expect(readCodeCache(file)).toBeInstanceOf(Buffer);

    writeFileSync(path.join(dir, "a-file"), "");
    const blocked = path.join(dir, "a-file", "cache");
    expect(same(await runCli(args, { env: cleanEnv({ GRANTSMITH_CACHE: blocked }) }))).toEqual(same(off));
    expect(existsSync(blocked)).toBe(false);
  });

  it("what a command's script leaves to the vendor files (a model's client, zod, yaml) works the same from the script", async () => {
    // main-score.cjs holds neither zod nor yaml, main-draft.cjs not the openai client: each is
    // required from dist/bundle/vendor-*.cjs where it is first used (scripts/bundle.js).
    const script = (name: string) => readFileSync(path.join(REPO_ROOT, "dist", "bundle", name), "utf8");
    expect(script("main-score.cjs")).toContain('require("./vendor-zod.cjs")');
    expect(script("main-score.cjs")).toContain('require("./vendor-yaml.cjs")');
    expect(script("main-draft.cjs")).toContain('require("./vendor-openai.cjs")');
    expect(script("main-check.cjs")).toContain('require("./vendor-zod.cjs")');
    const dir = tempDirSync();
    const cache = path.join(dir, "cache");
    const rubric = path.join(dir, "rubric.yaml");
    writeFileSync(rubric, readFileSync(path.join(REPO_ROOT, "rubrics", "standard-zh.yaml"), "utf8"));
    const badRubric = path.join(dir, "bad-rubric.yaml");
    writeFileSync(badRubric, "name: x\ncriteria: 3\n");
    const config = path.join(dir, "grantsmith.config.yaml");
    writeFileSync(config, "provider: offline\ndocx:\n  size: 12\n");
    const badConfig = path.join(dir, "bad.config.yaml");
    writeFileSync(badConfig, "provider: ollama\nmodel: 3\ndocx: {size: 99}\n");
    const badFacts = path.join(dir, "bad.yaml");
    writeFileSync(badFacts, "project: {name: 1}\n");
    const proposal = path.join(dir, "one.md");
    writeFileSync(proposal, (await runCli(["draft", FACTS, "--offline", "-o", "-", "--no-score"], { env: cleanEnv({ GRANTSMITH_CACHE: "none" }) })).stdout);
    const server = await startLlmServer((request) => (request.lastUser.includes("预算") ? { status: 400, error: { message: "bad budget prompt" } } : "由模型写成的一段文字。"));
    try {
      const lines = [
        ["draft", FACTS, "-o", "-", "--no-score", "--base-url", server.baseURL, "--model", "m", "--no-cache", "--concurrency", "1"],
        ["draft", "examples/en/girls-stem-clubs.yaml", "-o", "-", "--no-score", "--base-url", server.baseURL, "--model", "m", "--no-cache"],
        ["score", proposal, "--rubric", rubric, "--format", "json"],
        ["score", proposal, "--rubric", badRubric],
        ["score", proposal, "--facts", FACTS, "--format", "json"],
        // zod, which check and draft require at its first use: a config file, a bad one, a bad facts file.
        ["check", FACTS, "--config", config],
        ["check", FACTS, "--config", badConfig],
        ["check", badFacts],
        ["draft", FACTS, "-o", "-", "--no-score", "--config", config],
      ];
      // Each command line with a cache of its own, the lines at once: cold then warm must follow each
      // other, the lines need not (28 runs one after another took over 30 s on a loaded machine).
      await Promise.all(
        lines.map(async (line, n) => {
          const at = line.indexOf("--config");
          const args = at < 0 ? line : line.slice(0, at);
          const own = path.join(cache, String(n));
          const env = (extra: Record<string, string>) => cleanEnv(at < 0 ? extra : { ...extra, GRANTSMITH_CONFIG: line[at + 1]! });
          const [off, cold] = await Promise.all([runCli(args, { env: env({ GRANTSMITH_CACHE: "none" }) }), runCli(args, { env: env({ GRANTSMITH_CACHE: own }) })]);
          const warm = await runCli(args, { env: env({ GRANTSMITH_CACHE: own }) });
          expect(same(cold), args.join(" ")).toEqual(same(off));
          expect(same(warm), args.join(" ")).toEqual(same(off));
        }),
      );
      // The vendor files ran with V8's code cache too, each with a file of its own.
      const vendorFiles = lines.flatMap((_, n) => readdirSync(path.join(cache, String(n), "code"))).filter((name) => /-vendor-[\w-]+\.v8$/.test(name));
      expect([...new Set(vendorFiles.map((name) => name.replace(/^.*-(vendor-[\w-]+)\.v8$/, "$1")))].sort()).toEqual(["vendor-openai", "vendor-yaml", "vendor-zod"]);
    } finally {
      await server.close();
    }
  }, 120_000);

  it("the build names the script by its content", () => {
    const id = readFileSync(path.join(REPO_ROOT, "dist", "bundle", "main.id"), "utf8").trim();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
  });
});
