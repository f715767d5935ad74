// What a beneficiary count counts: people, households or person-times (人次), or something else
// (schools, villages). Counts of one kind add up; counts of different kinds never do (200 households
// and 50 people are not 250 of anything). The facts' totals (derive.ts) and the scorer's reading of a
// proposal (score/analysis) sort counts the same way, so a draft and its score agree.

export type UnitKind = "people" | "households" | "person-times" | `other:${string}`;

const PERSON_TIMES = /^(?:人次|人·次|人\/次|person-times?|attendances?|visits?)$/i;
const HOUSEHOLDS = /^(?:户|个?家庭|家|户家庭|households?|families|family|homes?)$/i;
/** A person word in a unit: 人, 名, 位 (名儿童, 位老人), or an English noun for people. */
const PEOPLE_ZH = /^(?:人|名|位|个人)/;
const PEOPLE_EN =
  /^(?:people|persons?|individuals?|children|child|students?|girls?|boys?|women|woman|men|man|youths?|residents?|beneficiaries|participants?|elderly|seniors?|older people|patients?|farmers?|teachers?|villagers?|learners?|pupils?|mothers?|infants?|members?|parents?|caregivers?|relatives?|mentors?|volunteers?|survivors?|workers?|adults?|clients?|users?|carers?|trainees?)$/i;

export function unitKind(unit: string | undefined): UnitKind {
  const u = (unit ?? "").trim();
  // A count with no unit is a count of people: that is what a facts file's beneficiary group means.
  if (u === "") return "people";
  if (PERSON_TIMES.test(u)) return "person-times";
  if (HOUSEHOLDS.test(u)) return "households";
  if (PEOPLE_ZH.test(u) || PEOPLE_EN.test(u)) return "people";
  return `other:${u.toLowerCase()}`;
}

/** How a total of one kind is written when its groups' own units differ (名儿童 and 名教师 → 人). */
export const KIND_UNIT: Record<"people" | "households" | "person-times", { zh: string; en: string }> = {
  people: { zh: "人", en: "people" },
  households: { zh: "户", en: "households" },
  "person-times": { zh: "人次", en: "person-times" },
};

export interface CountByKind {
  kind: UnitKind;
  value: number;
}

/** Counts added up kind by kind, in the order each kind first appears. */
export function totalsByKind(counts: readonly { value: number; unit: string | undefined }[]): CountByKind[] {
  const out: CountByKind[] = [];
  for (const c of counts) {
    const kind = unitKind(c.unit);
    const known = out.find((o) => o.kind === kind);
    if (known) known.value += c.value;
    else out.push({ kind, value: c.value });
  }
  return out;
}
