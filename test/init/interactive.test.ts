// `init --interactive` end to end, driven through a real pseudo-terminal (test/init/pty.ts): the
// questions in zh and in en, Chinese typed as a person types it, a wrong answer asked again with the
// schema's message, the file written and accepted by `check`, and the offered offline draft.
// A pty rather than a scripted-input flag: the prompt library's raw-mode key handling, its
// rendering of wide characters and the terminal check are what a user meets, and only a terminal
// exercises them; the binary has no test-only input path.
import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BIN, cleanEnv, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";
import { spawnPty, type Pty } from "./pty.js";

let dir: string;
beforeEach(async () => {
  dir = await tempDir("grantsmith-init-");
});

const ENTER = "\r";

function start(args: string[], env: Record<string, string> = {}): Pty {
  return spawnPty([process.execPath, BIN, "init", ...args], { cwd: dir, env: cleanEnv(env) });
}

/** Answers each question in turn: waits for the question, types the answer and Enter. */
async function answer(pty: Pty, steps: [question: string | RegExp, typed: string][]): Promise<void> {
  for (const [question, typed] of steps) {
    await pty.expect(question);
    pty.type(typed + ENTER);
  }
}

it("the pseudo-terminal driver is there (util-linux script)", () => {
  expect(spawnSync("script", ["--version"], { encoding: "utf8" }).stdout).toMatch(/util-linux/);
});

describe("init --interactive in Chinese", () => {
  it("asks in Chinese, re-asks a wrong answer with the schema's message, writes a file check accepts, and drafts it offline", async () => {
    const pty = start(["--interactive", "p.yaml"], { LANG: "zh_CN.UTF-8" });
    await answer(pty, [
      ["项目名称", "社区老人送餐到家项目"],
      ["执行机构全称", "北京暖阳为老社会工作服务中心"],
      ["项目地点", "北京市西城区德胜街道"],
      ["开始日期", "明年春天"],
    ]);
    // Not a date check reads: asked again, with check's message in Chinese.
    await pty.expect("“明年春天”不是日期；请写成 YYYY-MM-DD 或 YYYY-MM");
    pty.type("\x15"); // Ctrl-U clears the line, as in a shell
    pty.type(`2025年3月${ENTER}`); // as check reads it in a file: 2025-03
    await answer(pty, [
      ["结束日期", "2024.12"],
    ]);
    await pty.expect("结束日期早于开始日期（2025-03）");
    pty.type("\x15");
    pty.type(`２０２６年２月${ENTER}`); // full-width digits, as a Chinese input method types them
    await answer(pty, [
      ["要解决的问题", "辖区内独居、高龄老人普遍存在“做饭难、吃饭难”的问题，社区老年餐桌只提供堂食。"],
      ["需求证据 1", "入户摸底显示41%的独居老人表示自己做饭困难"],
      ["来源", "2024年10月入户需求调查"],
      ["需求证据 2", ""],
      ["直接受益对象", "独居、高龄或失能老人"],
      ["人数", "很多"],
    ]);
    // A count's example is a count, not an amount of money.
    await pty.expect("“很多”不是数量；请写数字，例如 30");
    pty.type("\x15");
    pty.type(`约２００户${ENTER}`); // an estimate, in full-width digits
    await answer(pty, [
      ["单位", ""], // the default: 户, from 约２００户
      ["项目目标 1", "为200名老人提供工作日午餐送餐到家服务"],
      ["项目目标 2", ""],
      ["项目活动 1", "老人建档与需求评估"],
      ["项目活动 2", "工作日午餐送餐到家"],
      ["项目活动 3", ""],
      ["预算币种", "15万"],
    ]);
    // An amount typed where the currency goes is asked again, not kept to drop the budget later.
    await pty.expect("“15万”不是币种");
    pty.type("\x15");
    pty.type(`人民币${ENTER}`); // read as CNY
    await answer(pty, [
      ["预算总额", "15万"],
      ["预算科目 1", "餐费补贴"],
      ["金额", "12万元"],
      ["预算科目 2", "项目管理费"], // read as a management cost by its name,
      ["金额", "-5"],
    ]);
    await pty.expect("不能是负数");
    pty.type("\x15");
    pty.type(`3万${ENTER}`);
    await answer(pty, [
      ["预算科目 3", ""],
      ["申请资助的机构", "某某公益基金会"],
      ["向资助方申请的金额", "¥150,000"],
    ]);
    await pty.expect("已写入 p.yaml，grantsmith check p.yaml 检查通过");
    await answer(pty, [["现在离线起草项目书", ""]]); // Enter: yes
    expect(await pty.exit).toBe(0);

    const text = await readFile(path.join(dir, "p.yaml"), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# 编辑器补全与检查：运行 grantsmith schema facts > facts\.schema\.json/);
    expect(text).toContain("title: 社区老人送餐到家项目 # 项目名称");
    expect(text).toContain("# 以下各项可稍后填写（去掉行首的 # 即可启用）：");
    expect(text).toContain("# risks:");
    const facts = parse(text);
    expect(facts).toMatchObject({
      language: "zh",
      kind: "standard",
      organization: { name: "北京暖阳为老社会工作服务中心" },
      period: { start: "2025-03", end: "2026-02" },
      need: { evidence: [{ fact: "入户摸底显示41%的独居老人表示自己做饭困难", source: "2024年10月入户需求调查" }] },
      beneficiaries: [{ group: "独居、高龄或失能老人", count: 200, unit: "户", approximate: true, direct: true }],
      activities: [{ name: "老人建档与需求评估" }, { name: "工作日午餐送餐到家" }],
      budget: {
        currency: "CNY",
        total: 150000,
        items: [
          { name: "餐费补贴", category: "direct", amount: 120000 },
          { name: "项目管理费", category: "admin", amount: 30000 },
        ],
        funding_sources: [{ name: "某某公益基金会", amount: 150000, status: "pending" }],
      },
      funder: { name: "某某公益基金会" },
    });
    const check = await runCli(["check", "p.yaml"], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stderr).not.toMatch(/warning/);
    const draft = await readFile(path.join(dir, "p.proposal.md"), "utf8");
    expect(draft).toContain("社区老人送餐到家项目");
    expect(draft).toContain("北京暖阳为老社会工作服务中心");
    expect(draft).toMatch(/150,000/);
    expect(draft).toContain("约200户");
  });
});

describe("wide characters at a narrow terminal", () => {
  it("edits Chinese by character (Backspace removes one 字, not a byte) and wraps a long answer", async () => {
    const pty = spawnPty([process.execPath, BIN, "init", "--interactive", "--lang", "zh", "--kind", "venture-grant", "w.yaml"], {
      cwd: dir,
      env: cleanEnv(),
      columns: 30,
    });
    await pty.expect("项目名称");
    pty.type("社区老人助餐送餐到家服务项目（西城区试点）第一期错字");
    pty.type("\x7f\x7f"); // two Backspaces: 错字 goes
    pty.type(ENTER);
    await answer(pty, [
      ["执行机构全称", "北京暖阳为老社会工作服务中心"],
      ["项目地点", ""],
      ["开始日期", "2025-03"],
      ["结束日期", ""], // half a period: written, and warned of as check warns
      ["要解决的问题", "独居老人做饭难、吃饭难，社区老年餐桌只提供堂食，行动不便的老人无法到达。"],
      ["需求证据 1", ""],
      ["直接受益对象", "独居老人"],
      ["人数", ""],
      ["项目目标 1", ""],
      ["项目活动 1", ""],
      ["预算币种", ""],
      ["预算总额", ""],
      ["预算科目 1", ""],
      ["申请资助的机构", ""],
    ]);
    await pty.expect("检查通过");
    await pty.expect("w.yaml:");
    await pty.expect("警告: period.start: 项目周期有开始日期（2025-03），没有结束日期");
    await answer(pty, [["现在离线起草项目书", "n"]]);
    expect(await pty.exit).toBe(0);
    const facts = parse(await readFile(path.join(dir, "w.yaml"), "utf8"));
    expect(facts.title).toBe("社区老人助餐送餐到家服务项目（西城区试点）第一期");
    expect(facts.kind).toBe("venture-grant");
    expect(facts.venture_grant).toBeDefined();
    expect(facts.budget).toBeUndefined();
    expect((await runCli(["check", "w.yaml"], { cwd: dir })).code).toBe(0);
  });
});

describe("init --interactive in English", () => {
  it("asks in English (--lang en), offers the profile beside the file, writes and checks, and stops at no draft", async () => {
    await writeFile(path.join(dir, "org.yaml"), "name: Clear Springs Malawi\ndescription: brings safe water to rural communities\n", "utf8");
    const pty = start(["--interactive", "--lang", "en", "wells.yaml"]);
    await answer(pty, [["Project title", "Safe Water for Mchinji — Boreholes"]]);
    await pty.expect("Use the profile ./org.yaml");
    pty.type(ENTER); // the first choice: the profile
    await answer(pty, [
      ["Where the project takes place", "Mchinji District, Malawi"],
      ["Start date", "2025-04"],
      ["End date", "2026-03-31"],
      ["The problem the project addresses", "Villages rely on open wells and streams; children fall ill from waterborne disease."],
      ["Evidence 1", "38% of water points in the district are open wells"],
      ["Its source", ""],
      ["Evidence 2", ""],
      ["Who benefits directly", "Villagers without safe water"],
      ["How many of them", "lots"],
    ]);
    await pty.expect('"lots" is not a count; write a number such as 30');
    pty.type("\x15");
    pty.type(`4,800${ENTER}`); // as check reads it: 4800
    await answer(pty, [
      ["Unit", ""],
      ["Objective 1", "10 boreholes working by March 2026"],
      ["Objective 2", ""],
      ["Activity 1", "Drill and equip 10 boreholes"],
      ["Activity 2", ""],
      ["Currency of the budget", "USD"],
      ["Budget total", "45000"],
      ["Budget item 1", "Drilling"],
      ["Its amount", "$45,000"],
      ["Budget item 2", ""],
      ["The funder this proposal goes to", ""],
    ]);
    await pty.expect("wrote wells.yaml; grantsmith check wells.yaml accepts it");
    await answer(pty, [["Draft the proposal now", "n"]]);
    expect(await pty.exit).toBe(0);
    const text = await readFile(path.join(dir, "wells.yaml"), "utf8");
    expect(text).toContain("organization: ./org.yaml");
    expect(text).toContain("# More you can fill in later");
    const facts = parse(text);
    expect(facts.language).toBe("en");
    expect(facts.need.evidence).toEqual([{ fact: "38% of water points in the district are open wells" }]);
    expect(facts.beneficiaries).toEqual([{ group: "Villagers without safe water", count: 4800, unit: "people", direct: true }]);
    expect(facts.funder).toBeUndefined();
    const check = await runCli(["check", "wells.yaml"], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stderr).toContain("ok wells.yaml (en, standard");
    const draft = await runCli(["draft", "wells.yaml", "--offline", "-o", "-", "--no-score", "-q"], { cwd: dir });
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain("Clear Springs Malawi");
  });

  it("init with no file name on a terminal asks the questions; Ctrl-C stops with 130 and writes nothing", async () => {
    const pty = start([], { LANG: "en_GB.UTF-8" });
    await answer(pty, [["Project title", "Memory café"]]);
    await pty.expect("The organisation's registered name");
    pty.type("\x03");
    expect(await pty.exit).toBe(130);
    expect(pty.screen()).toContain("interrupted");
    await expect(readFile(path.join(dir, "project.yaml"), "utf8")).rejects.toThrow(/ENOENT/);
  });
});

describe("init without a terminal", () => {
  it("init --interactive refuses in one line, exit 2, in the chosen language", async () => {
    const en = await runCli(["init", "--interactive", "p.yaml"], { cwd: dir, input: "title\n" });
    expect(en.code).toBe(2);
    expect(en.stderr.trim().split("\n")).toEqual([
      "init --interactive: the questions need a terminal (stdin is not one); run it in a terminal, or run grantsmith init FILE for a file to fill in",
    ]);
    const zh = await runCli(["init", "-i", "--lang", "zh"], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^init --interactive：逐项提问需要在终端中运行/);
    await expect(readFile(path.join(dir, "p.yaml"), "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("init with no file name and no terminal writes project.yaml to fill in, as before", async () => {
    const result = await runCli(["init", "--lang", "en"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(await readFile(path.join(dir, "project.yaml"), "utf8")).toContain('title: ""');
  });
});

describe("init --org", () => {
  it("starts a facts file that uses the profile; check then asks only for the project's own fields", async () => {
    await writeFile(path.join(dir, "org.yaml"), "name: 北京暖阳为老社会工作服务中心\nfounded: 2016\n", "utf8");
    const result = await runCli(["init", "p.yaml", "--org", "org.yaml", "--lang", "zh"], { cwd: dir });
    expect(result.code).toBe(0);
    const text = await readFile(path.join(dir, "p.yaml"), "utf8");
    expect(text).toContain("organization: ./org.yaml    # 机构档案：");
    expect(text).not.toContain("# registration_id:");
    const check = await runCli(["check", "p.yaml"], { cwd: dir });
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/title: 必填，但为空/);
    expect(check.stderr).not.toContain("organization");
    // Filled in, it checks, and the organisation comes from the profile.
    await writeFile(path.join(dir, "p.yaml"), text.replace('title: ""', "title: 送餐项目").replace('problem: ""', "problem: 做饭难").replace('group: ""', "group: 独居老人"));
    const filled = await runCli(["check", "p.yaml"], { cwd: dir });
    expect(filled.code).toBe(0);
  });

  it("refuses a profile that does not exist, or lies outside the new file's folder", async () => {
    const missing = await runCli(["init", "p.yaml", "--org", "nowhere.yaml", "--lang", "en"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe("--org nowhere.yaml: no such file; give the path of an organisation profile (see grantsmith schema org)");
    await writeFile(path.join(dir, "org.yaml"), "name: 甲\n", "utf8");
    const outside = await runCli(["init", "sub/p.yaml", "--org", "org.yaml", "--lang", "en"], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^--org org\.yaml: the profile must lie in the new file's folder/);
  });
});
