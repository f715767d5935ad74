// What a ranking spreadsheet names a proposal by: its title (the document's title heading) and
// the organisation that submits it, read from the cover lines people write — "**申报机构**：…",
// "申报单位：…", "Submitted by: …", "Organization: …", "Proposer: `…`", or the organisation table
// ("| 机构名称 | … |"). Only the first lines and the organisation's own table are looked at.
import { findPlaceholders } from "../../text/placeholders.js";
import type { Proposal } from "./proposal.js";

/** Labels of the organisation, most specific first; matched case-insensitively at a line's start. */
export const ORGANIZATION_LABELS = [
  "申报机构", "申报单位", "申请机构", "申请单位", "机构名称", "项目承担单位", "承担单位", "执行机构", "实施机构", "主办单位",
  "submitted by", "organisation name", "organization name", "name of organisation", "name of organization",
  "applicant organisation", "applicant organization", "lead organisation", "lead organization", "organisation", "organization",
  "applicant", "proposer",
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LABEL = `(?:${ORGANIZATION_LABELS.map((l) => escape(l).replace(/ /g, "\\s+")).join("|")})`;
// "**申报机构**：X", "- **Organization**: X", "Submitted by: X · To: Y", "申报单位:X"
const LABELLED = new RegExp(`^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?${LABEL}(?:\\*\\*|__)?\\s*[:：](?:\\*\\*|__)?\\s*(.+)$`, "i");
// "| 机构名称 | X |"
const TABLE_ROW = new RegExp(`^\\s*\\|\\s*(?:\\*\\*)?${LABEL}(?:\\*\\*)?\\s*\\|\\s*([^|]+?)\\s*\\|`, "i");
/** Where another field begins on the same cover line: "　　**文书类型**：…", " · **To:** …". */
const NEXT_FIELD = /\s*(?:[　]{2,}|\s[·|•]\s|\s{3,}).*$/;
const COVER_LINES = 40;

/** The organisation a proposal names on its cover, or undefined when it names none (or a placeholder). */
export function proposalOrganization(proposal: Proposal): string | undefined {
  const lines = proposal.lines;
  const end = Math.min(lines.length, COVER_LINES);
  for (let i = 0; i < end; i++) {
    const found = organizationOn(lines[i]!);
    if (found !== undefined) return found;
  }
  // Past the cover, only a table row says it plainly (the applicant section's table).
  for (let i = end; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("|")) continue;
    const row = TABLE_ROW.exec(line);
    if (row) {
      const value = clean(row[1]!);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

function organizationOn(line: string): string | undefined {
  if (line.length === 0 || line.length > 300) return undefined;
  const m = LABELLED.exec(line) ?? TABLE_ROW.exec(line);
  return m ? clean(m[1]!) : undefined;
}

/** The value without markup, or undefined when it is empty, optional or a placeholder. */
function clean(raw: string): string | undefined {
  const value = raw
    .replace(NEXT_FIELD, "")
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (value.length === 0 || value.length > 120) return undefined;
  if (/^\(?(optional|n\/a|none|-+|–)\)?$/i.test(value) || /^（?(无|暂无|可选)）?$/.test(value)) return undefined;
  if (findPlaceholders(value).length > 0 || /^\[.*\]$/.test(value)) return undefined;
  return value;
}

/** The document's title without inline markup ("Open Grant Proposal: `Geo Web`" → "Open Grant Proposal: Geo Web"). */
export function proposalTitle(proposal: Proposal): string | undefined {
  if (proposal.title === undefined) return undefined;
  const title = proposal.title.replace(/\*\*|__|`/g, "").replace(/\s+/g, " ").trim();
  return title.length > 0 ? title : undefined;
}
