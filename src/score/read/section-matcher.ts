// Maps a heading's text to a canonical section id through aliases in both languages. Built once per
// rubric; the longest alias contained in the heading wins, then the one that appears first.
import { DEFAULT_ALIASES, type Aliases } from "../aliases.js";

export interface SectionMatcher {
  match(heading: string): string | undefined;
  ids: string[];
}

interface Entry {
  id: string;
  alias: string;
  /** Latin aliases match whole words; Chinese ones match anywhere. */
  pattern?: RegExp;
}

export function buildSectionMatcher(extra: Record<string, Partial<Aliases>> = {}): SectionMatcher {
  const merged = new Map<string, string[]>();
  const add = (id: string, list: readonly string[] | undefined) => {
    if (!list) return;
    const current = merged.get(id) ?? [];
    for (const alias of list) if (!current.includes(alias.toLowerCase())) current.push(alias.toLowerCase());
    merged.set(id, current);
  };
  for (const [id, aliases] of Object.entries(DEFAULT_ALIASES)) {
    add(id, aliases.zh);
    add(id, aliases.en);
  }
  for (const [id, aliases] of Object.entries(extra)) {
    add(id, aliases.zh);
    add(id, aliases.en);
  }
  const entries: Entry[] = [];
  for (const [id, aliases] of merged) {
    for (const alias of aliases) {
      const latin = /^[\x00-\x7f]+$/.test(alias);
      const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
      entries.push(latin ? { id, alias, pattern: new RegExp(`(?:^|[^a-z])${escaped}(?![a-z])`) } : { id, alias });
    }
  }
  // Longest first, so the first hit of a given length is the best one.
  entries.sort((a, b) => b.alias.length - a.alias.length);
  const cache = new Map<string, string | undefined>();
  return {
    ids: [...merged.keys()],
    match(heading: string) {
      const key = heading.toLowerCase();
      if (cache.has(key)) return cache.get(key);
      let best: { id: string; length: number; at: number } | undefined;
      for (const entry of entries) {
        if (best && entry.alias.length < best.length) break;
        let at: number;
        if (entry.pattern) {
          const m = entry.pattern.exec(key);
          at = m ? m.index : -1;
        } else {
          at = key.indexOf(entry.alias);
        }
        if (at >= 0 && (!best || at < best.at)) best = { id: entry.id, length: entry.alias.length, at };
      }
      const id = best?.id;
      if (cache.size < 5000) cache.set(key, id);
      return id;
    },
  };
}
