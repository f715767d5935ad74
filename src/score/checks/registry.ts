// The check types: a plain list of modules, one file each. The rubric schema (its union of check
// types, the JSON Schema `grantsmith schema rubric` prints) and the engine are built from it, so a
// new check type is one new file and one line here.
import { activitiesCheck } from "./activities.js";
import { adminShareCheck } from "./admin-share.js";
import { beneficiariesCheck } from "./beneficiaries.js";
import { budgetCheck } from "./budget.js";
import { costPerBeneficiaryCheck } from "./cost-per-beneficiary.js";
import { duplicatesCheck } from "./duplicates.js";
import { elementsCheck } from "./elements.js";
import { evidenceCheck } from "./evidence.js";
import { indicatorsCheck } from "./indicators.js";
import { leftoversCheck } from "./leftovers.js";
import { lengthLimitCheck } from "./length-limit.js";
import { llmCheck } from "./llm.js";
import { patternCheck } from "./pattern.js";
import { placeholdersCheck } from "./placeholders.js";
import { risksCheck } from "./risks.js";
import { sectionCheck } from "./section.js";
import { sentenceLengthCheck } from "./sentence-length.js";
import { smartObjectivesCheck } from "./smart-objectives.js";
import { sourcedClaimsCheck } from "./sourced-claims.js";
import { sustainabilityCheck } from "./sustainability.js";
import { timelineCheck } from "./timeline.js";
import { vagueCheck } from "./vague.js";

export const CHECKS = [
  sectionCheck,
  lengthLimitCheck,
  evidenceCheck,
  smartObjectivesCheck,
  beneficiariesCheck,
  activitiesCheck,
  timelineCheck,
  budgetCheck,
  adminShareCheck,
  costPerBeneficiaryCheck,
  indicatorsCheck,
  risksCheck,
  sustainabilityCheck,
  placeholdersCheck,
  leftoversCheck,
  duplicatesCheck,
  vagueCheck,
  sentenceLengthCheck,
  sourcedClaimsCheck,
  elementsCheck,
  patternCheck,
  llmCheck,
] as const;
