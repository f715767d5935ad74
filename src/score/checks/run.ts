// Running one check of a rubric: what its module declares (needs, applies, messages) is handled
// here once, so a module's run function only looks at text that is there.
import type { CheckSpec } from "../rubric/schema.js";
import { findingOf, type CheckModule, type Messages } from "./check.js";
import type { CheckContext, Finding } from "./context.js";
import { CHECKS } from "./registry.js";
import { missingShare, nothingToAssess } from "./sections-needed.js";

type AnyModule = CheckModule<string, any, Messages>;
type Spec = CheckSpec;

const BY_TYPE = new Map<string, AnyModule>((CHECKS as readonly AnyModule[]).map((m) => [m.type, m]));

/** Sections some check finds the text of without their heading (needs.foundWithoutHeading), by id. */
const FOUND_WITHOUT_HEADING = new Map<string, (ctx: CheckContext) => boolean>();
for (const m of BY_TYPE.values()) {
  const found = m.needs?.foundWithoutHeading;
  if (found) for (const id of m.needs!.sections ?? []) FOUND_WITHOUT_HEADING.set(id, found);
}

/** The module of a check type; undefined for a type no module has. */
export function checkModule(type: string): AnyModule | undefined {
  return BY_TYPE.get(type);
}

/** Whether the engine runs this check (the judge answers the others). */
export function isDeterministic(spec: Spec): boolean {
  return BY_TYPE.get(spec.type)?.run !== undefined;
}

function findingsOf(module: AnyModule, ctx: CheckContext, spec: Spec, out: Finding[], share = 1): Finding[] {
  for (const report of module.run!(ctx, spec as never)) {
    const f = findingOf(module, ctx, report);
    if (share !== 1) f.loss /= share;
    out.push(f);
  }
  return out;
}

export function runCheck(ctx: CheckContext, spec: Spec): Finding[] {
  const module = BY_TYPE.get(spec.type)!;
  if (module.applies && !module.applies(ctx, spec)) return [];
  const needs = module.needs;
  const guarded = needs?.sections ?? ctx.sections;
  let findings: Finding[];
  switch (needs?.text) {
    case "any": {
      const absent = nothingToAssess(ctx, guarded, module);
      findings = absent.length > 0 ? absent : findingsOf(module, ctx, spec, []);
      break;
    }
    case "to-compute": {
      const reports = module.run!(ctx, spec as never);
      const absent = reports.some((r) => r.unmeasured) ? nothingToAssess(ctx, guarded, module) : [];
      findings = absent.length > 0 ? absent : reports.map((r) => findingOf(module, ctx, r));
      break;
    }
    case "each": {
      // Section by section, each worth its share.
      findings = [];
      const n = guarded.length;
      for (const id of guarded) {
        const absent = nothingToAssess(ctx, [id], module);
        if (absent.length > 0) for (const f of absent) findings.push({ ...f, loss: 1 / n });
        else findingsOf(module, { ...ctx, sections: [id] }, spec, findings, n);
      }
      break;
    }
    case "share":
      findings = findingsOf(module, ctx, spec, missingShare(ctx, spec.sections?.length ? spec.sections : ctx.expected, FOUND_WITHOUT_HEADING));
      break;
    default:
      findings = findingsOf(module, ctx, spec, []);
  }
  return spec.severity ? findings.map((f) => ({ ...f, severity: spec.severity! })) : findings;
}
