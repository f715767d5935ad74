// The Chinese caps on a charity's annual management costs, by the type of organisation. Every figure
// here was checked against the text of the rule it cites:
// - 《慈善法》第六十一条 (Art. 60 of the 2016 text): a foundation with public-fundraising status,
//   management costs no more than 10% of the year's total spending;
// - 民政部、财政部、国家税务总局《关于慈善组织开展慈善活动年度支出和管理费用的规定》(2016),
//   第九条: social organisations and social service organisations without public-fundraising status,
//   by net assets at the end of last year: ≥1000万元 13%, 500万–1000万元 14%, 100万–500万元 15%,
//   <100万元 20%; 第八条第四项: a foundation without public-fundraising status with net assets
//   under 400万元, 20%; 第十一条: an organisation whose annual management costs are under 20万元 is
//   not held to these shares.
// The other tiers (第七条 for social and service organisations with public-fundraising status, 第八条
// 第一至三项 for larger non-public foundations) could not be checked against the rule's text, so no
// cap is applied for them. The caps are about an organisation's annual spending: applied to one
// project's budget they are a benchmark, and the finding says so.

export type OrganisationType = "public-foundation" | "public-other" | "foundation" | "social";

export interface ManagementCostRule {
  cap: number;
  /** The rule's citation, per language. */
  cites: { zh: string; en: string };
  /** When the tier depends on net assets and none were given: the loosest tier is used. */
  loosest?: true;
  /** The tier's words, per language ("net assets from 1 to 5 million yuan"). */
  tier?: { zh: string; en: string };
}

// Not word lists (src/score/words/): these name the legal categories the regulation sets its caps by,
// as a facts file's organization.type writes them, negations ruled out; a rubric cannot add a
// category the regulation does not have.
const PUBLIC = /(?<!非|不)(?:具有|具备|取得)?公开募捐资格|(?<!非)公募|public[- ]fundrais(?:ing|er)(?:\s+(?:status|qualification))?/i;
const NOT_PUBLIC = /非公募|不具有公开募捐|无公开募捐|without public[- ]fundraising|non-public/i;
const FOUNDATION = /基金会|foundation/i;
const SOCIAL = /社会团体|社会服务机构|民办非企业|社团|协会|促进会|social (?:service )?organi[sz]ation|association|non-enterprise/i;
/** The rules are China's: the type is written in Chinese or names a Chinese registration. */
const CHINESE = /[\p{Script=Han}]|civil affairs|china|chinese|PRC\b/iu;

/** The organisation type a facts file's organization.type (and description) names, if any. */
export function organisationType(type: string | undefined, description = ""): OrganisationType | undefined {
  if (!type || !CHINESE.test(`${type} ${description}`)) return undefined;
  const text = `${type} ${description}`;
  const isPublic = !NOT_PUBLIC.test(text) && PUBLIC.test(text);
  if (FOUNDATION.test(type)) return isPublic ? "public-foundation" : "foundation";
  if (SOCIAL.test(type) || /慈善组织|charit/i.test(type)) return isPublic ? "public-other" : "social";
  return undefined;
}

const REGULATION = { zh: "《关于慈善组织开展慈善活动年度支出和管理费用的规定》", en: "the 2016 regulation on charities' annual spending and management costs" };
const WAN = 1e4;

/** The cap for this type (and net assets, where the tier depends on them), or undefined when none was verified. */
export function managementCostRule(type: OrganisationType, netAssets: number | undefined): ManagementCostRule | undefined {
  if (type === "public-foundation") return { cap: 0.1, cites: { zh: "《慈善法》第六十一条", en: "the Charity Law, Art. 61" } };
  const art9 = { zh: `${REGULATION.zh}第九条`, en: `${REGULATION.en}, Art. 9` };
  if (type === "social") {
    if (netAssets === undefined) return { cap: 0.2, cites: art9, loosest: true };
    const tiers: [min: number, cap: number, zh: string, en: string][] = [
      [1000 * WAN, 0.13, "上年末净资产1000万元以上", "net assets of 10 million yuan or more"],
      [500 * WAN, 0.14, "上年末净资产500万元至1000万元", "net assets from 5 to 10 million yuan"],
      [100 * WAN, 0.15, "上年末净资产100万元至500万元", "net assets from 1 to 5 million yuan"],
      [0, 0.2, "上年末净资产不足100万元", "net assets under 1 million yuan"],
    ];
    const [, cap, zh, en] = tiers.find(([min]) => netAssets >= min)!;
    return { cap, cites: art9, tier: { zh, en } };
  }
  if (type === "foundation" && netAssets !== undefined && netAssets < 400 * WAN) {
    return { cap: 0.2, cites: { zh: `${REGULATION.zh}第八条第四项`, en: `${REGULATION.en}, Art. 8(4)` }, tier: { zh: "上年末净资产不足400万元", en: "net assets under 4 million yuan" } };
  }
  return undefined;
}
