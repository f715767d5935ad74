// The community venture grant application (公益创投项目申报书): a district or city programme that
// funds part of a community project. Applicants show who they are (registration, 评估等级, annual
// inspection), what they did before, and how much of the budget they ask for and raise themselves.
import { STANDARD_SECTIONS } from "./standard.js";
import type { KindDescriptor, KindSection } from "./types.js";

const standard = (id: KindSection["id"], heading: KindSection["heading"]): KindSection => ({
  ...STANDARD_SECTIONS.find((s) => s.id === id)!,
  heading,
});

export const ventureGrant: KindDescriptor<"venture-grant"> = {
  id: "venture-grant",
  names: { zh: "公益创投项目申报书", en: "community venture grant application" },
  synonyms: ["公益创投", "公益创投项目申报书", "创投", "venture grant"],
  label: { zh: "公益创投项目申报书", en: "Community venture grant application" },
  prompt: {
    zh: { writes: "公益创投项目申报书", tables: ["申报单位资质", "同类项目", "申请金额与配套资金"] },
    en: { writes: "community venture grant applications", tables: ["the applicant's standing", "similar past projects", "the amount requested and co-funding"] },
  },
  sections: [
    {
      id: "organization",
      heading: { zh: "申报单位基本情况", en: "Applicant Details" },
      facts: ["organization", "venture_grant"],
      template: "venture-grant-organization",
      length: { zh: { min: 200, max: 400 }, en: { min: 150, max: 300 } },
      // The application-at-a-glance table opens the document, as the programmes' forms do; under the
      // summary it would count against the summary's 500-character limit.
      tables: ["tables-applicant", "tables-application"],
    },
    {
      id: "summary",
      heading: { zh: "项目摘要", en: "Project Summary" },
      facts: ["title", "summary", "organization", "location", "period", "beneficiaries", "goal", "budget", "venture_grant", "kind"],
      materials: true,
      template: "venture-grant-summary",
      length: { zh: { min: 300, max: 450 }, en: { min: 150, max: 250 } },
    },
    standard("need", { zh: "项目必要性与需求分析", en: "Necessity and Needs Analysis" }),
    standard("objectives", { zh: "项目目标", en: "Project Objectives" }),
    standard("beneficiaries", { zh: "服务对象", en: "Service Targets" }),
    standard("activities", { zh: "项目实施计划", en: "Implementation Plan" }),
    { id: "experience", facts: ["venture_grant", "organization"], tables: ["tables-experience"] },
    { id: "team", facts: ["team", "partners", "organization"], tables: ["tables-team"] },
    {
      id: "budget",
      facts: ["budget", "beneficiaries", "activities", "venture_grant"],
      template: "venture-grant-budget",
      length: { zh: { min: 300, max: 500 }, en: { min: 200, max: 350 } },
      tables: ["tables-budget", "tables-grant-request"],
    },
    standard("risks", undefined),
    {
      id: "results",
      facts: ["venture_grant", "objectives", "monitoring", "sustainability"],
      tables: ["tables-monitoring"],
    },
  ],
  rubrics: { zh: "venture-grant-zh", en: "venture-grant-en" },
  detect: { rank: 3, sections: ["experience", "results"], title: /公益创投|venture grant/i },
};
