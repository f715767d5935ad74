// `grantsmith check` and `check --fix` through the built binary: every problem in one run, the
// changes shown before they are written, comments and order kept, ambiguous values left alone.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-check-");
});

const TYPED = `# 社区助餐项目：机构、人名和数字均为虚构
title: 社区老人助餐项目   # 项目名称
organization:
  name: 某某社工服务中心
  founded: 2016年
need:
  problem: 社区独居老人吃饭难
beneficiaries:
  - group: 独居老人
    count: 约200名
    unit: 人
  - {group: 家属, count: 300人, direct: 间接}

# 项目周期
period:
  start: 2025年3月
  end: 2025.10
budget:
  total: 15万   # 总预算
  items:
    - name: 餐费
      category: 直接费用
      amount: "20,000元"
    - name: 管理
      category: 管理费
      amount: 十二万三千
risks:
  - risk: 志愿者流失
    likelihood: 中
activities:
  - name: 送餐
    start: 01/04/2025
`;

const CANONICAL = `# 社区助餐项目：机构、人名和数字均为虚构
title: 社区老人助餐项目   # 项目名称
organization:
  name: 某某社工服务中心
  founded: 2016
need:
  problem: 社区独居老人吃饭难
beneficiaries:
  - group: 独居老人
    count: 200
    unit: 人
    approximate: true
  - {group: 家属, count: 300, direct: false, unit: 人}

# 项目周期
period:
  start: 2025-03
  end: 2025-10
budget:
  total: 150000   # 总预算
  items:
    - name: 餐费
      category: direct
      amount: 20000
    - name: 管理
      category: admin
      amount: 123000
risks:
  - risk: 志愿者流失
    likelihood: medium
activities:
  - name: 送餐
    start: 01/04/2025
`;

describe("grantsmith check --fix", () => {
  it("with --yes: shows the changes, writes canonical values keeping comments and order, leaves the ambiguous date", async () => {
    const file = path.join(dir, "typed.yaml");
    await writeFile(file, TYPED);
    const result = await runCli(["check", file, "--fix", "--yes"]);
    expect(await readFile(file, "utf8")).toBe(CANONICAL);
    expect(result.stderr).toContain(`${file}：以下 14 处将改为规范写法：\n  第 5 行：2016年 → 2016\n  第 10 行：约200名 → 200\n`);
    // 约 is kept as a fact of the count, not dropped: the draft says 约200人.
    expect(result.stderr).toContain("  第 11 行：+ approximate: true\n");
    expect(result.stderr).toContain("  第 19 行：15万 → 150000\n");
    expect(result.stderr).toContain(`  第 23 行："20,000元" → 20000\n`);
    expect(result.stderr).toContain("  第 12 行：+ unit: 人\n");
    expect(result.stderr).toContain(`${file}：已写入\n`);
    // What could not be read with certainty is still there, with both readings.
    expect(result.stderr).toContain(`${file}:33:12: activities[0].start: “01/04/2025”可能是日在前（2025-04-01），也可能是月在前（2025-01-04）`);
    expect(result.code).toBe(2);

    // Fixed once, nothing is left to rewrite, but the date still needs a person: only it is said,
    // never "nothing to fix" above it.
    const again = await runCli(["check", file, "--fix", "--yes"]);
    expect(again.code).toBe(2);
    expect(again.stderr).not.toContain("没有需要修改的地方");
    expect(again.stderr.startsWith(`${file}:33:12: activities[0].start: “01/04/2025”可能是日在前`), again.stderr).toBe(true);
    expect(await readFile(file, "utf8")).toBe(CANONICAL);
  });

  it("says there is nothing to fix only of a file without problems", async () => {
    const file = path.join(dir, "clean.yaml");
    const clean = CANONICAL.replace("    start: 01/04/2025\n", "    start: 2025-04-01\n");
    await writeFile(file, clean);
    const result = await runCli(["check", file, "--fix", "--yes"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(`${file}：没有需要修改的地方`);
    expect(result.stderr).toContain(`通过 ${file}（zh，standard`);
    expect(await readFile(file, "utf8")).toBe(clean);
  });

  it("without --yes on a stdin that is not a terminal: refuses and changes nothing", async () => {
    const file = path.join(dir, "refuse.yaml");
    await writeFile(file, TYPED);
    const result = await runCli(["check", file, "--fix"], { input: "y\n" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("第 19 行：15万 → 150000");
    expect(result.stderr).toContain(`${file}：未修改：check --fix 写入前需要确认，但标准输入不是终端；如确认写入，请加 --yes`);
    expect(await readFile(file, "utf8")).toBe(TYPED);
  });

  it("fixes a full-width colon after a key, then the values", async () => {
    const file = path.join(dir, "colon.yaml");
    await writeFile(file, `title："社区助餐"\norganization:\n  name：某机构  # 登记名称\nneed:\n  problem: 吃饭难\nbeneficiaries:\n  - group: 老人\n    count: 30人\n`);
    const result = await runCli(["check", file, "--fix", "--yes"], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(result.stderr).toContain(`${file}: 4 changes to the canonical form:\n  line 1: title："社区助餐" → title: "社区助餐"\n  line 3: name：某机构  # 登记名称 → name: 某机构  # 登记名称\n  line 8: 30人 → 30\n  line 8: + unit: 人\n`);
    expect(await readFile(file, "utf8")).toBe(`title: "社区助餐"\norganization:\n  name: 某机构  # 登记名称\nneed:\n  problem: 吃饭难\nbeneficiaries:\n  - group: 老人\n    count: 30\n    unit: 人\n`);
    expect(result.code).toBe(0);
  });

  it("an English file: £ amounts set budget.currency, 01/04/2025 is read day first for the UK", async () => {
    const file = path.join(dir, "en.yaml");
    await writeFile(file, `title: Memory cafe\nlocation: Leeds, UK\norganization:\n  name: Leeds Memory Trust\nneed:\n  problem: Carers are isolated\nbeneficiaries:\n  - group: carers\n    count: 12,000 people\nperiod:\n  start: 01/04/2025\nbudget:\n  total: £45,000 # requested\n`);
    const result = await runCli(["check", file, "--fix", "--yes"]);
    expect(result.code).toBe(0);
    expect(await readFile(file, "utf8")).toBe(
      `title: Memory cafe\nlocation: Leeds, UK\norganization:\n  name: Leeds Memory Trust\nneed:\n  problem: Carers are isolated\nbeneficiaries:\n  - group: carers\n    count: 12000\n    unit: people\nperiod:\n  start: 2025-04-01\nbudget:\n  total: 45000 # requested\n  currency: GBP\n`,
    );
    expect(result.stderr).toContain(`ok ${file} (en, standard, 1 beneficiary group, 45,000 GBP)`);
  });
});

describe("grantsmith check", () => {
  it("reports a materials error together with a schema error, in the file's language, exit 2", async () => {
    const file = path.join(dir, "both.yaml");
    await writeFile(file, `title: 社区助餐\norganization: {name: 某机构, nmae: x}\nneed: {problem: 吃饭难}\nbeneficiaries: [{group: 老人}]\nmaterials:\n  - notes.xlsx\n`);
    const result = await runCli(["check", file]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toBe(`${file}:2:27: organization.nmae: 未知字段；您是想写“name”吗？`);
    expect(lines[1]).toBe(`${file}:6:5: materials[0]: “notes.xlsx”不是 grantsmith 能读取的背景材料格式（.md、.markdown、.txt、.docx、.pdf）；请先转换为其中一种`);
    expect(lines).toHaveLength(2);
  });

  it("GRANTSMITH_LANG=en answers a Chinese file in English", async () => {
    const file = path.join(dir, "lang.yaml");
    await writeFile(file, `title: 社区助餐\norganization: {name: 某机构}\nneed: {problem: 吃饭难}\nbeneficiaries: [{group: 老人, count: 很多}]\n`);
    const result = await runCli(["check", file], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${file}:4:36: beneficiaries[0].count: "很多" is not a count; write a number such as 30\n`);
  });
});

describe("check --fix with an organisation profile", () => {
  it("reads the profile's values as people write them, and writes only the facts file's own values", async () => {
    const dir = await tempDir("grantsmith-fix-org-");
    const org = "name: 北京暖阳为老社会工作服务中心\nfounded: 2016年\ncontact:\n  name: 王晓岚\n  phone: 010-6612 3456\n";
    await writeFile(path.join(dir, "org.yaml"), org);
    const facts = path.join(dir, "p.yaml");
    await writeFile(facts, "# 测试\ntitle: 社区助餐\norganization: ./org.yaml\nneed:\n  problem: 老人吃饭难\nbeneficiaries:\n  - group: 独居老人\n    count: 30人\nbudget:\n  total: 15万\n");
    const fixed = await runCli(["check", facts, "--fix", "--yes"], { env: cleanEnv() });
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(await readFile(facts, "utf8")).toBe(
      "# 测试\ntitle: 社区助餐\norganization: ./org.yaml\nneed:\n  problem: 老人吃饭难\nbeneficiaries:\n  - group: 独居老人\n    count: 30\n    unit: 人\nbudget:\n  total: 150000\n",
    );
    // The profile is the profile's own: nothing of it is copied into the facts, nothing in it changed.
    expect(await readFile(path.join(dir, "org.yaml"), "utf8")).toBe(org);
    const checked = await runCli(["check", facts], { env: cleanEnv() });
    expect(checked.code, checked.stderr).toBe(0);
  });
});
