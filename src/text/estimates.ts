// The words around a figure that make it an estimate (约200户, 200户左右, about 200) or a bound
// (超过200人, 200人以上, at least 200), as pattern sources: the facts reader takes the figure
// inside them (facts/typed.ts); the scorer tells a count stated with them from one stated as exact
// (score/analysis/approximate-counts.ts). Words, not patterns: a pattern takes them through
// text/currency.ts's alternatives (escaped, longest first).

/** Before a figure: it is an estimate. */
export const ESTIMATE_BEFORE = ["约为", "大约", "约", "近", "大概", "about", "approximately", "approx.", "approx", "around", "roughly", "~", "≈"] as const;
/** After a figure: it is an estimate. */
export const ESTIMATE_AFTER = ["左右", "上下", "余", "多"] as const;
/** Before a figure: it is a bound, not the value. */
export const BOUND_BEFORE = ["超过", "逾", "多于", "不少于", "至少", "最少", "不低于", "不超过", "最多", "more than", "over", "at least", "up to", "no more than", "fewer than", "less than", "under"] as const;
/** After a figure: it is a bound, not the value. */
export const BOUND_AFTER = ["以上", "以下", "以内", "+"] as const;
