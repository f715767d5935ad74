// English messages of src/util/: places in a file, YAML and schema problems, writes, the time limit.
export const util = {
  /** Where in a file: "rubric.yaml:3:5" (the form editors and CI annotations read). */
  "util.place": (p: { file: string; line: number; col: number }) => `${p.file}:${p.line}:${p.col}`,
  // src/util/yaml-source.ts
  "util.or": " or ",
  "util.didYouMean": (p: { name: string }) => `; did you mean "${p.name}"?`,
  "util.unknownField": (p: { place: string; path: string; hint: string }) => `${p.place}: ${p.path}: unknown field${p.hint}`,
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
