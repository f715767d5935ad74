// One catalog from a language's areas (src/i18n/<lang>/areas.ts lists them, one file each). The
// build joins each language's areas into one module instead (scripts/join-catalogs.js), reading
// the same list; this is what tests and the type checker see.

/** {a: A, b: B} → A & B, as one object type. */
type Joined<Areas> = Flat<UnionToIntersection<Areas[keyof Areas]>>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type Flat<T> = { [K in keyof T]: T[K] };

/** Every area's messages in one object. */
export function joinAreas<Areas extends Record<string, object>>(areas: Areas): Joined<Areas> {
  return Object.assign({}, ...Object.values(areas)) as Joined<Areas>;
}
