// English messages about facts files: values read as people write them (facts/typed.ts), hints for
// YAML typed with Chinese punctuation, schema problems, materials and contradictions between facts.
type V = { value: string };

/** The YAML parser's error codes: what each means to the person who typed the file, and the fix. */
const YAML_PROBLEMS: Record<string, string> = {
  BAD_INDENT: "the indentation is inconsistent; start the items of one level in the same column, indenting with spaces",
  TAB_AS_INDENT: "a tab is used to indent; indent with spaces",
  MULTILINE_IMPLICIT_KEY: 'a key must be on one line; put ": " (a colon and a space) after the key, and check this line is not indented further than the one above',
  BLOCK_AS_IMPLICIT_KEY: 'a value holds another "key:"; put a space after the colon, quote a value that contains ": ", or move the inner key to its own line, indented',
  DUPLICATE_KEY: "this key is written twice at the same level; keep one of them",
  MISSING_CHAR: 'a character is missing (": " after a key, or a closing quote or bracket); add it',
  UNEXPECTED_TOKEN: "something unexpected here; check this line and the one above for a missing colon or a wrong indentation, or quote the value",
  BAD_SCALAR_START: "a value cannot start with this character (@ ` % | > are reserved); put the value in quotes",
  BAD_DQ_ESCAPE: 'an invalid escape with \\ in a "…" text; write \\\\ for a backslash, or use single quotes \'…\'',
  BLOCK_IN_FLOW: "a block of several lines inside [ ] or { }; write the list or mapping one item per line instead",
  MULTIPLE_DOCS: "the file holds more than one YAML document; remove the extra --- line",
  KEY_OVER_1024_CHARS: "a key is over 1024 characters long; shorten it, or add the missing colon after the key",
};

export const facts = {
  // Values (facts/typed.ts). Each is preceded by `file:line:col: path: `.
  "facts.typed.notAmount": (p: V) => `"${p.value}" is not an amount; write a number such as 150000`,
  "facts.typed.range": (p: V) => `"${p.value}" is a range; write one amount`,
  "facts.typed.otherCurrency": (p: V & { named: string; currency: string }) =>
    `"${p.value}" is in ${p.named} but the facts' currency (budget.currency) is ${p.currency}; write the amount in ${p.currency}, or set budget.currency: ${p.named}`,
  "facts.typed.oddGrouping": (p: V & { suggestion: string }) => `"${p.value}" is not a figure as written; did you mean ${p.suggestion}?`,
  "facts.typed.twoReadings": (p: V & { first: string; second: string }) =>
    `"${p.value}" reads as ${p.first} or as ${p.second}; did you mean ${p.first} or ${p.second}? Write the figure without a dot between thousands`,
  "facts.typed.notCount": (p: V) => `"${p.value}" is not a count; write a number such as 30`,
  "facts.typed.notExact": (p: V & { suggestion: string }) =>
    p.suggestion ? `"${p.value}" is a bound, not a count; did you mean ${p.suggestion}?` : `"${p.value}" is a bound, not a count; write the number`,
  "facts.typed.notWhole": (p: V & { suggestion: string }) => `"${p.value}" is not a whole number; did you mean ${p.suggestion}?`,
  "facts.typed.notPeriod": (p: V) => `"${p.value}" is no start and end; write a range such as "March 2025 to February 2026", or { start: 2025-03, end: 2026-02 }`,
  "facts.typed.notDate": (p: V) => `"${p.value}" is not a date; write YYYY-MM-DD or YYYY-MM (e.g. 2025-03-01 or 2025-03)`,
  "facts.typed.noSuchDate": (p: V) => `no such day in the calendar ("${p.value}"); check the month and the day`,
  "facts.typed.yearOnly": (p: V) => `"${p.value}" gives only the year; add the month, as YYYY-MM (e.g. ${p.value.replace(/\D/g, "").slice(0, 4)}-03)`,
  "facts.typed.dayOrMonth": (p: V & { first: string; second: string }) =>
    `"${p.value}" may be day first (${p.first}) or month first (${p.second}); did you mean ${p.first} or ${p.second}? Write the date as YYYY-MM-DD`,
  "facts.typed.notOneOf": (p: V & { values: string }) => `expected one of ${p.values}, got "${p.value}"`,
  "facts.typed.nearOneOf": (p: V & { values: string; suggestion: string }) => `expected one of ${p.values}, got "${p.value}"; did you mean ${p.suggestion}?`,
  "facts.typed.notDirect": (p: V) => `"${p.value}" is neither direct nor indirect; write true (direct) or false (indirect)`,
  "facts.typed.notCurrency": (p: V) => `"${p.value}" is not a currency; write its code, such as CNY, USD, GBP or EUR`,
  "facts.typed.unitDiffers": (p: V & { unit: string; written: string }) =>
    `"${p.value}" counts ${p.written} but unit says ${p.unit}; make them agree`,

  // YAML as Chinese keyboards type it, and YAML errors (util/yaml-source.ts).
  "facts.yaml.tooLarge": (p: { size: string; limit: string }) => `the file is ${p.size}, over the limit of ${p.limit}; is it the right file?`,
  "facts.yaml.valueWithFields": (p: { key: string; value: string; fields: string }) =>
    `"${p.key}:" has a value on the same line ("${p.value}") and fields indented below it (${p.fields}); keep one of the two: remove "${p.value}" and keep the fields, or remove the indented lines`,
  "facts.yaml.valueWithItems": (p: { key: string; value: string }) =>
    `"${p.key}:" has a value on the same line ("${p.value}") and list items below it; keep one of the two: remove "${p.value}" and keep the list, or remove the list below`,
  "facts.yaml.unknownTag": (p: { tag: string }) => `unknown tag ${p.tag}; remove it (plain YAML values only)`,
  "facts.yaml.syntax": (p: { message: string }) => `syntax error: ${p.message}`,
  /** A YAML parser's error by its code: what it means and the fix; an unlisted code keeps the parser's words. */
  "facts.yaml.problem": (p: { code: string; message: string }) =>
    YAML_PROBLEMS[p.code] ?? `${p.message || p.code}; check this line for a missing ": " after a key, or a quote or bracket left open`,
  "facts.yaml.unclosedFlow": (p: { open: string; close: string; key: string }) =>
    `the "${p.open}" here is never closed; end the ${p.open === "[" ? "list" : "mapping"} with "${p.close}" on the same line (${p.key}: ${p.open === "[" ? "[a, b]" : "{a: 1}"}), or, if the ${p.open} is part of the text, put the whole value in quotes (${p.key}: "${p.open}…${p.close} …")`,
  "facts.yaml.unclosedQuote": (p: { quote: string; key: string }) =>
    `the quote ${p.quote} here is never closed; add the closing ${p.quote} at the end of the value (${p.key}: ${p.quote}…${p.quote})`,
  "facts.yaml.strayClose": (p: { close: string }) => `"${p.close}" here closes nothing; remove it, or put the whole value in quotes if it is part of the text`,
  "facts.yaml.aliases": (p: { max: number }) => `too many alias expansions (over ${p.max}); write the values out instead of repeating *aliases`,
  "facts.yaml.fullWidthColon": (p: { key: string }) => `full-width colon "：" after the key "${p.key}"; replace ： with : followed by a space (${p.key}: …)`,
  "facts.yaml.fullWidthSpace": `full-width space (U+3000) in the indentation; indent with ordinary spaces`,
  "facts.yaml.fullWidthComma": `full-width comma "，" in a [ ] list, so the items are read as one; if it separates items, replace ， with , followed by a space`,
  "facts.yaml.splitNumber": (p: { written: string; joined: string }) =>
    `"${p.written}" is split at its comma: inside { } a comma separates fields; write ${p.joined} without the comma, or put it in quotes ("${p.written}")`,
  "facts.yaml.chineseQuote": (p: { quote: string }) => `Chinese quote ${p.quote} does not quote a value in YAML; use ASCII double quotes "…" instead`,
  "facts.yaml.quotedValue": `the value is wrapped in Chinese quotes “…”, which YAML keeps as part of the text; remove them, or write "…" if they are not meant to be part of it`,
  "facts.estimateRead": (p: { written: string; read: number }) =>
    `"${p.written}" is read as ${p.read}, an exact figure: the budget adds it up as written; write the figure itself, and the basis of an estimate in a note`,
  "facts.currencyAssumed": "no currency is named, so the amounts are read as yuan (CNY); if they are pounds, dollars or euros, add `currency: GBP` (or USD, EUR…) under budget, or write the amount with its sign (£45,000)",
  "facts.categoryRead": (p: { name: string; category: string }) =>
    `"${p.name}" has no category and is read as ${p.category} (a management cost) by its name; if it is not one, write its category (direct, personnel, fundraising or other)`,
  "facts.warning": "warning",

  // Schema problems (zod issues), each after `file:line:col: path: `.
  "facts.schema.unknownField": "unknown field",
  "facts.schema.didYouMeanField": (p: { name: string }) => `; did you mean "${p.name}"?`,
  "facts.schema.renameField": (p: { key: string; name: string }) => `; write "${p.name}" here: rename "${p.key}:" to "${p.name}:"`,
  "facts.schema.knownFields": (p: { names: string }) => `; known fields here: ${p.names}`,
  "facts.schema.missing": (p: { expected: string }) => `required field is missing (expected ${p.expected})`,
  "facts.schema.missingOrganization": (p: { fields: string }) =>
    `required field is missing; the simplest fix is the organization's name on one line, "organization: Riverside Food Bank", or add "organization:" with its fields indented below it (${p.fields})`,
  "facts.schema.missingFields": (p: { key: string; fields: string }) => `required field is missing; add "${p.key}:" with its fields indented below it (${p.fields})`,
  "facts.schema.expected": (p: { expected: string; got: string }) => `expected ${p.expected}, got ${p.got}`,
  "facts.schema.expectedFields": (p: { got: string; key: string; fields: string }) =>
    `expected fields, got ${p.got}; write them on the lines below "${p.key}:", indented by two spaces (${p.fields})`,
  "facts.schema.oneOf": (p: { values: string; got: string }) => `expected one of ${p.values}, got ${p.got}`,
  "facts.schema.or": " or ",
  "facts.schema.differentValue": "a different value",
  "facts.schema.empty": "required, but empty; fill it in",
  "facts.schema.atLeast": (p: { n: string }) => `must be at least ${p.n}`,
  "facts.schema.moreThan": (p: { n: string }) => `must be more than ${p.n}`,
  "facts.schema.atMost": (p: { n: string }) => `must be at most ${p.n}`,
  "facts.schema.lessThan": (p: { n: string }) => `must be less than ${p.n}`,
  "facts.schema.url": (p: { got: string }) => `expected a URL such as http://127.0.0.1:8000/v1, got ${p.got}`,
  "facts.schema.type": (p: { type: string }) =>
    ({ string: "text", number: "a number", int: "a whole number", boolean: "true or false", array: "a list", object: "a mapping of fields" })[p.type] ?? p.type,
  "facts.schema.null": "null (an empty value)",
  "facts.schema.aList": "a list",
  "facts.schema.aMapping": "a mapping",
  // The schema's own messages (facts/schema.ts), by their English text.
  "facts.schema.message": (p: { message: string }) => p.message,

  // Reading files (facts/load.ts). `what` is the kind of file: facts or proposal.
  "facts.file.proposalGiven": (p: { file: string }) =>
    `${p.file}: a proposal, not a facts file (facts are YAML: my-project.yaml); to score it: grantsmith score ${p.file}; to start a facts file: grantsmith init`,
  "facts.file.missing": (p: { file: string; what: "facts" | "proposal" }) => `${p.file}: no such ${p.what} file; check the path`,
  "facts.file.empty": (p: { file: string }) => `${p.file}: the facts file is empty; fill it in, or start from a commented one: grantsmith init ${p.file} --force`,
  "facts.file.folder": (p: { file: string; what: "facts" | "proposal" }) => `${p.file}: is a folder, not a ${p.what} file`,
  "facts.file.denied": (p: { file: string; what: "facts" | "proposal" }) => `${p.file}: permission denied reading the ${p.what} file`,
  "facts.file.unreadable": (p: { file: string; what: "facts" | "proposal"; code: string }) => `${p.file}: cannot read the ${p.what} file (${p.code})`,

  // Materials, each after `file:line:col: materials[i]: `.
  "facts.materials.extension": (p: { path: string; extensions: string }) => `"${p.path}" is not a file grantsmith reads as a material (${p.extensions}); convert it to one of these first`,
  "facts.materials.missing": (p: { path: string }) => `"${p.path}": no such file; check the path (paths are relative to the facts file's folder)`,
  "facts.materials.unreadable": (p: { path: string }) => `cannot read "${p.path}" (paths are relative to the facts file)`,
  "facts.materials.outside": (p: { path: string; root?: string }) =>
    `"${p.path}" lies outside ${p.root === undefined ? "the facts file's folder" : `the facts file's folder or materials_root (${p.root})`}; materials are read from the project only (set materials_root in grantsmith.config.yaml to allow another folder)`,
  "facts.materials.tooLarge": (p: { path: string; size: string; limit: string }) =>
    `"${p.path}" holds ${p.size} of text, over the ${p.limit} a material may hold; quote the relevant part in a smaller file`,
  "facts.materials.fileTooLarge": (p: { path: string; size: string; limit: string }) =>
    `"${p.path}" is a ${p.size} file, over the ${p.limit} a material of its kind may be; quote the relevant part in a smaller file`,
  "facts.materials.problem": (p: { path: string; problem: string }) => `"${p.path}": ${p.problem}`,
  "facts.materials.cut": (p: { file: string; total: number; max: number; paths: string[] }) =>
    `note: ${p.file}: the materials hold ${p.total} characters, over the ${p.max} a prompt carries (materials_max_chars); ${p.paths.map((c) => `"${c}"`).join(", ")} ${p.paths.length === 1 ? "is" : "are"} cut`,

  // Contradictions between facts (facts/derive.ts, facts/venture-grant.ts), after `warning: path: `.
  "facts.period.swapped": (p: { start: string; end: string }) => `${p.start} is after period.end ${p.end}; swap them`,
  "facts.derive.periodNoEnd": (p: { start: string }) =>
    `the period starts (${p.start}) but has no end, so the proposal cannot state it and shows a placeholder instead; add period.end (YYYY-MM or YYYY-MM-DD)`,
  "facts.derive.periodNoStart": (p: { end: string }) =>
    `the period ends (${p.end}) but has no start, so the proposal cannot state it and shows a placeholder instead; add period.start (YYYY-MM or YYYY-MM-DD)`,
  "facts.derive.amountDiffers": (p: { amount: number; computed: number }) => `amount ${p.amount} differs from quantity × unit_cost = ${p.computed}`,
  "facts.derive.totalDiffers": (p: { stated: number; items: number }) => `${p.stated} but the items add up to ${p.items}`,
  "facts.derive.activityOrder": (p: { name: string; start: string; end: string }) => `"${p.name}" starts (${p.start}) after it ends (${p.end})`,
  "facts.derive.beforePeriod": (p: { date: string; start: string }) => `${p.date} is before the project period starts (${p.start})`,
  "facts.derive.afterPeriod": (p: { date: string; end: string }) => `${p.date} is after the project period ends (${p.end})`,
  "facts.derive.requestedOverTotal": (p: { asked: number; total: number }) =>
    `the amount requested, ${p.asked}, is more than the budget total ${p.total}; it should be part of the budget`,
  "facts.derive.requestedNotASource": (p: { asked: number }) =>
    `the amount requested, ${p.asked}, matches no funding source; list this application among budget.funding_sources`,
};
