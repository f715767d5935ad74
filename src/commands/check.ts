// `grantsmith check FACTS...`: validate facts files; every problem of every file, then exit 2 if any.
import type { CheckOptions } from "../cli.js";
import { UserError, EXIT } from "../errors.js";
import { loadFacts } from "../facts/load.js";
import type { Facts } from "../facts/derive.js";

function describe(facts: Facts): string {
  const parts: string[] = [facts.language, facts.kind];
  const groups = facts.beneficiaries.length;
  parts.push(facts.language === "zh" ? `${groups} 类受益对象` : `${groups} beneficiary group${groups === 1 ? "" : "s"}`);
  const total = facts.derived.budgetTotal;
  if (total !== undefined) parts.push(`${total.toLocaleString("en-US")} ${facts.budget?.currency ?? ""}`.trim());
  const activities = facts.activities?.length ?? 0;
  if (activities > 0) parts.push(facts.language === "zh" ? `${activities} 项活动` : `${activities} ${activities === 1 ? "activity" : "activities"}`);
  return parts.join(", ");
}

export async function checkCommand(files: string[], options: CheckOptions): Promise<void> {
  let failed = 0;
  for (const file of files) {
    try {
      const { facts, warnings } = await loadFacts(file);
      if (!options.quiet) process.stderr.write(`ok ${file} (${describe(facts)})\n`);
      for (const warning of warnings) process.stderr.write(`${warning}\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed++;
      process.stderr.write([error.message, ...error.details].join("\n") + "\n");
    }
  }
  if (failed > 0) {
    const summary = files.length > 1 ? `${failed} of ${files.length} facts files have problems` : "";
    throw new UserError(summary, EXIT.usage);
  }
}
