// Rubric patterns are compiled once per process (rubrics are few; proposals are many).
const cache = new Map<string, RegExp>();

export function compiled(pattern: string, flags = "i"): RegExp {
  const key = `${flags}/${pattern}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(pattern, flags);
    cache.set(key, re);
  }
  return re;
}
