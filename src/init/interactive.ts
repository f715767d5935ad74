// `grantsmith init --interactive`: the essentials of a proposal asked one by one in the UI
// language, each answer checked against its field of the facts schema as it is typed (a wrong one
// is asked again with the schema's message), then returned as facts in the order a file shows them.
// The prompt library (@inquirer/prompts) is imported here only, so no other command loads it.
import { existsSync } from "node:fs";
import path from "node:path";
import { categoryFromName } from "../facts/budget-category.js";
import type { Kind, Language } from "../facts/schema.js";
import { t } from "../i18n/index.js";
import { dayOf } from "../facts/derive.js";
import { checkAnswer, fieldSchema, type AnswerContext, type Checked } from "./fields.js";

export interface Interview {
  /** Where the facts go: profile paths are offered and written relative to its folder. */
  file: string;
  lang: Language;
  kind: Kind;
  /** A profile given with --org, relative to the file's folder: not asked again. */
  profile?: string;
}

type Prompts = typeof import("@inquirer/prompts");

/** Asks the questions and returns the facts, or throws the library's ExitPromptError on Ctrl-C. */
export async function interview(options: Interview): Promise<Record<string, unknown>> {
  const prompts: Prompts = await import("@inquirer/prompts");
  const { lang } = options;
  const optional = t("init.optional");
  const more = t("init.emptyToFinish");

  /** One answer read as `check` reads the field at `at`; undefined when "" (allowed) means not given. */
  const read = async (message: string, at: string[], opts: AskOptions = {}): Promise<Extract<Checked, { ok: true }> | undefined> => {
    const schema = fieldSchema(at);
    const answer = await prompts.input({
      message,
      default: opts.default,
      validate: (typed) => {
        if (typed.trim() === "") return opts.required ? t("init.required") : true;
        const checked = checkAnswer(schema, typed, opts.context);
        if (!checked.ok) return checked.message;
        return opts.extra ? opts.extra(checked.value) : true;
      },
    });
    if (answer.trim() === "") return undefined;
    const checked = checkAnswer(schema, answer, opts.context);
    return checked.ok ? checked : undefined;
  };
  const ask = async (message: string, at: string[], opts: AskOptions = {}) => (await read(message, at, opts))?.value;
  /** Items of a list until an empty answer. */
  const list = async <T>(one: (n: number) => Promise<T | undefined>): Promise<T[]> => {
    const items: T[] = [];
    for (let n = 1; ; n++) {
      const item = await one(n);
      if (item === undefined) return items;
      items.push(item);
    }
  };

  process.stderr.write(`${t("init.intro", { file: options.file })}\n`);
  const facts: Record<string, unknown> = { language: lang, kind: options.kind };
  facts.title = await ask(t("init.ask.title"), ["title"], { required: true });
  facts.organization = await organization(prompts, options, ask);
  const location = await ask(t("init.ask.location") + optional, ["location"]);
  if (location !== undefined) facts.location = location;

  const start = (await ask(t("init.ask.start") + optional, ["period", "start"])) as string | undefined;
  const end = (await ask(t("init.ask.end") + optional, ["period", "end"], {
    extra: (value) => (start !== undefined && dayOf(start, false) > dayOf(String(value), true) ? t("init.endBeforeStart", { start }) : true),
  })) as string | undefined;
  if (start !== undefined || end !== undefined) facts.period = { ...(start && { start }), ...(end && { end }) };

  const problem = await ask(t("init.ask.problem"), ["need", "problem"], { required: true });
  const evidence = await list(async (n) => {
    const fact = await ask(t("init.ask.evidence", { n }) + more, ["need", "evidence", "*", "fact"]);
    if (fact === undefined) return undefined;
    const source = await ask(t("init.ask.evidenceSource") + optional, ["need", "evidence", "*", "source"]);
    return source === undefined ? { fact } : { fact, source };
  });
  facts.need = evidence.length > 0 ? { problem, evidence } : { problem };

  const group = await ask(t("init.ask.group"), ["beneficiaries", "*", "group"], { required: true });
  const counted = await read(t("init.ask.count") + optional, ["beneficiaries", "*", "count"]);
  const count = counted?.value;
  // 200户 says its unit: offered as the answer to the unit question.
  const unit = count === undefined ? undefined : await ask(t("init.ask.unit"), ["beneficiaries", "*", "unit"], { default: counted?.unit ?? t("init.defaultUnit") });
  // 约200户 is written as check --fix writes it: count 200, approximate: true.
  const approximate = count !== undefined && counted?.approximate === true;
  facts.beneficiaries = [{ group, ...(count !== undefined && { count }), ...(unit !== undefined && { unit }), ...(approximate && { approximate }), direct: true }];

  const objectives = await list(async (n) => {
    const text = await ask(t("init.ask.objective", { n }) + more, ["objectives", "*", "text"]);
    return text === undefined ? undefined : { text };
  });
  if (objectives.length > 0) facts.objectives = objectives;
  const activities = await list(async (n) => {
    const name = await ask(t("init.ask.activity", { n }) + more, ["activities", "*", "name"]);
    return name === undefined ? undefined : { name };
  });
  if (activities.length > 0) facts.activities = activities;

  // The schema's default is CNY; an English proposal more often asks for dollars.
  const defaultCurrency = lang === "zh" ? "CNY" : "USD";
  const currency = ((await ask(t("init.ask.currency"), ["budget", "currency"], { default: defaultCurrency })) as string | undefined) ?? defaultCurrency;
  // Amounts are read in that currency, as check reads them: ¥150,000 in CNY, $100 refused for CNY.
  const money = { context: { currency } };
  const total = await ask(t("init.ask.total") + optional, ["budget", "total"], money);
  const items = await list(async (n) => {
    const name = await ask(t("init.ask.item", { n }) + more, ["budget", "items", "*", "name"]);
    if (name === undefined) return undefined;
    const amount = await ask(t("init.ask.itemAmount"), ["budget", "items", "*", "amount"], { required: true, ...money });
    // 项目管理费 is a management cost, as check reads an item written without a category.
    return { name, category: categoryFromName(String(name)) ?? "direct", amount };
  });
  const funder = await ask(t("init.ask.funder") + optional, ["funder", "name"]);
  const requested = funder === undefined ? undefined : await ask(t("init.ask.requested") + optional, ["budget", "funding_sources", "*", "amount"], money);
  const budget: Record<string, unknown> = { currency };
  if (total !== undefined) budget.total = total;
  if (items.length > 0) budget.items = items;
  if (funder !== undefined) budget.funding_sources = [{ name: funder, ...(requested !== undefined && { amount: requested }), status: "pending" }];
  if (total !== undefined || items.length > 0 || funder !== undefined) facts.budget = budget;
  if (funder !== undefined) facts.funder = { name: funder };
  return facts;
}

interface AskOptions {
  required?: boolean;
  default?: string;
  /** A further check of the value read (an end date after the start). */
  extra?: (value: unknown) => string | true;
  context?: AnswerContext;
}

type Ask = (message: string, at: string[], opts?: AskOptions) => Promise<unknown>;

/** The organization block, or the path of a profile: offered when org.yaml lies beside the file. */
async function organization(prompts: Prompts, options: Interview, ask: Ask): Promise<unknown> {
  if (options.profile !== undefined) return options.profile;
  const folder = path.dirname(path.resolve(options.file));
  if (existsSync(path.join(folder, "org.yaml"))) {
    const choice = await prompts.select({
      message: t("init.ask.orgChoice"),
      choices: [
        { name: t("init.ask.useProfile", { file: "./org.yaml" }), value: "profile" },
        { name: t("init.ask.typeOrg"), value: "type" },
      ],
    });
    if (choice === "profile") return "./org.yaml";
  }
  return { name: await ask(t("init.ask.orgName"), ["organization", "name"], { required: true }) };
}
