// English messages of src/util/: places in a file, YAML and schema problems, writes, the time limit.
export const util = {
  /** Where in a file: "rubric.yaml:3:5" (the form editors and CI annotations read). */
  "util.place": (p: { file: string; line: number; col: number }) => `${p.file}:${p.line}:${p.col}`,
  // src/util/yaml-source.ts
  "util.yamlTooLarge": (p: { file: string; size: string; limit: string }) => `${p.file}: the file is ${p.size}, over the limit of ${p.limit}; is it the right file?`,
  "util.yamlUnknownTag": (p: { place: string; tag: string }) => `${p.place}: unknown tag ${p.tag}; remove it (plain YAML values only)`,
  "util.yamlSyntax": (p: { place: string; message: string }) => `${p.place}: syntax error: ${p.message}`,
  /** The YAML parser's own explanation (English), kept as it is; the code picks a translation in other languages. */
  "util.yamlProblem": (p: { code: string; message: string }) => (p.code && p.message) || p.code,
  "util.yamlAliases": (p: { place: string; max: number }) =>
    `${p.place}: too many alias expansions (over ${p.max}); write the values out instead of repeating *aliases`,
  "util.topLevel": "(top level)",
  "util.showNull": "null (an empty value)",
  "util.showList": "a list",
  "util.showMapping": "a mapping",
  "util.typeString": "text",
  "util.typeNumber": "a number",
  "util.typeInt": "a whole number",
  "util.typeBoolean": "true or false",
  "util.typeArray": "a list",
  "util.typeObject": "a mapping of fields",
  "util.or": " or ",
  "util.differentValue": "a different value",
  "util.didYouMean": (p: { name: string }) => `; did you mean "${p.name}"?`,
  "util.knownFields": (p: { names: string }) => `; known fields here: ${p.names}`,
  "util.unknownField": (p: { place: string; path: string; hint: string }) => `${p.place}: ${p.path}: unknown field${p.hint}`,
  "util.requiredMissing": (p: { place: string; path: string; expected: string }) => `${p.place}: ${p.path}: required field is missing (expected ${p.expected})`,
  "util.expectedGot": (p: { place: string; path: string; expected: string; got: string }) => `${p.place}: ${p.path}: expected ${p.expected}, got ${p.got}`,
  "util.expectedOneOf": (p: { place: string; path: string; values: string; got: string }) => `${p.place}: ${p.path}: expected one of ${p.values}, got ${p.got}`,
  "util.requiredEmpty": (p: { place: string; path: string }) => `${p.place}: ${p.path}: required, but empty; fill it in`,
  "util.atLeast": (p: { place: string; path: string; limit: string }) => `${p.place}: ${p.path}: must be at least ${p.limit}`,
  "util.moreThan": (p: { place: string; path: string; limit: string }) => `${p.place}: ${p.path}: must be more than ${p.limit}`,
  "util.atMost": (p: { place: string; path: string; limit: string }) => `${p.place}: ${p.path}: must be at most ${p.limit}`,
  "util.lessThan": (p: { place: string; path: string; limit: string }) => `${p.place}: ${p.path}: must be less than ${p.limit}`,
  "util.tooFewItems": (p: { place: string; path: string; min: number }) => `${p.place}: ${p.path}: list at least ${p.min} item${p.min === 1 ? "" : "s"}`,
  "util.tooManyItems": (p: { place: string; path: string; max: number }) => `${p.place}: ${p.path}: list at most ${p.max} item${p.max === 1 ? "" : "s"}`,
  "util.expectedURL": (p: { place: string; path: string; got: string }) => `${p.place}: ${p.path}: expected a URL such as http://127.0.0.1:8000/v1, got ${p.got}`,
  // src/util/write-file.ts
  "util.outputIsInput": (p: { file: string }) => `${p.file}: is one of this command's input files; choose another output with -o FILE`,
  "util.outputIsFolder": (p: { file: string }) => `${p.file}: is a folder; give a file name`,
  "util.outputExists": (p: { file: string; elsewhere: string }) => `${p.file}: already exists; pass --force to overwrite it, or use ${p.elsewhere} to write elsewhere`,
  "util.outputFolderMissing": (p: { file: string; folder: string }) => `${p.file}: the folder ${p.folder} does not exist; create it first`,
  "util.outputTaken": (p: { file: string; elsewhere: string }) =>
    `${p.file}: was created by someone else while this command ran; nothing was replaced; pass --force to overwrite it, or use ${p.elsewhere} to write elsewhere`,
  "util.cannotWrite": (p: { file: string; code: string }) => `${p.file}: cannot write the file (${p.code}); check that the folder is writable`,
  // src/util/time-limit.ts
  "util.timeLimit": (p: { what: string; seconds: number }) => `${p.what} did not finish within ${p.seconds}s (--time-limit); stopped`,
};
