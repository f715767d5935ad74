// English messages of the scorer (src/score/) outside the reports: rubric files, proposal files, the batch.
const files = (n: number) => `${n} file${n === 1 ? "" : "s"}`;

export const score = {
  // src/score/rubric/
  "score.rubricMissing": (p: { file: string }) => `${p.file}: no such rubric file; run \`grantsmith rubrics\` to list the built-in ones`,
  "score.rubricUnreadable": (p: { file: string; code: string }) => `${p.file}: cannot read the rubric file (${p.code})`,
  "score.rubricsNotCompiled": (p: { file: string }) => `the built-in rubrics are not compiled (${p.file} is missing); run \`npm run build\` in the grantsmith folder`,
  "score.noSuchBuiltin": (p: { file: string }) => `${p.file}: no such built-in rubric`,
  "score.noSuchRubric": (p: { value: string; ids: string }) => `--rubric ${p.value}: no such built-in rubric or file; built-in: ${p.ids}`,
  "score.noRubricFor": (p: { language: string; kind: string }) => `no built-in rubric for ${p.language} and ${p.kind}; pass --rubric FILE`,
  "score.checkTakes": (p: { type: string; fields: string }) => `; a ${p.type} check takes: ${p.fields}`,
  "score.unknownSection": (p: { place: string; path: string; id: string; known: string }) =>
    `${p.place}: ${p.path}: unknown section id "${p.id}"; known: ${p.known} (or add it under sections:)`,
  "score.weightsTotal": (p: { total: number }) => `the weights add up to ${p.total}, not 100`,
  "score.duplicateCriterion": (p: { id: string }) => `duplicate criterion id "${p.id}"`,
  "score.badRegex": (p: { reason: string }) => `not a valid regular expression (${p.reason})`,
  "score.nestedRepeat": (p: { nested: string }) =>
    `the pattern repeats a group that itself repeats (${p.nested}), which can take forever on some lines; write it without the outer repetition, e.g. (a+)+ as a+`,
  // src/score/analysis/approximate-counts.ts: an estimate of the facts stated as exact.
  "score.estimateStatedExactly": (p: { text: string; lines: number[] }) =>
    `"${p.text}"${p.lines.length > 1 ? ` (lines ${p.lines.join(", ")})` : ""} reads as an exact count, but the facts file gives it as an estimate.`,
  "score.estimateStatedExactlyFix": (p: { text: string }) => `Write "about ${p.text}", or make the count exact in the facts file first.`,
  // src/score/read/files.ts: the files to score.
  "score.excludedBy": (p: { pattern: string }) => `excluded by --exclude ${p.pattern}`,
  "score.wordLockFile": "a Word lock file (Word keeps it while the document is open), not a proposal",
  "score.tempFile": "a temporary or backup file, not a proposal",
  "score.factsFileGiven": (p: { arg: string }) =>
    `${p.arg}: a facts file, not a proposal; draft it first (grantsmith draft ${p.arg}), or score a proposal against it with --facts ${p.arg}`,
  "score.emptyFactsFile": (p: { arg: string }) => `${p.arg}: the file is empty, so there is nothing to score; to start a facts file in it: grantsmith init ${p.arg} --force`,
  "score.unknownExtension": (p: { extension: string; extensions: string }) =>
    `grantsmith does not read ${p.extension} files; a proposal is one of ${p.extensions} (save or convert it as one of these, or rename it if it is plain text)`,
  "score.factsInText": (p: { name: string }) => `it holds project facts (YAML), not a proposal; save it as ${p.name} and draft it: grantsmith draft ${p.name}`,
  "score.orgProfileInText": (p: { name: string }) =>
    `it holds an organisation profile (YAML, as org.yaml), not a proposal; save it as ${p.name} and name it in a facts file: organization: ./${p.name}`,
  "score.repositoryFile": (p: { name: string }) => `the folder's ${p.name} file, not a proposal (name it on the command line to score it)`,
  "score.overlappingAlternation": (p: { group: string }) =>
    `the pattern repeats a group whose alternatives can match the same text (${p.group}), which can take forever on some lines; make the alternatives exclusive, e.g. (a|aa)+ as a+`,
  "score.oldWord": "an old Word document (.doc); save it as .docx to score it",
  "score.noExtension": "no extension",
  "score.factsInFolder": (p: { extension: string; extensions: string }) =>
    `not a proposal (${p.extension}; proposals are ${p.extensions}); if it is a facts file, draft it first with grantsmith draft`,
  "score.notAProposal": (p: { extension: string; extensions: string }) => `not a proposal (${p.extension}; proposals are ${p.extensions})`,
  "score.cannotOpen": (p: { arg: string; code: string }) => `${p.arg}: cannot open (${p.code})`,
  "score.noMatch": (p: { arg: string }) => `${p.arg}: no files match this pattern`,
  "score.noSuchPath": (p: { arg: string }) => `${p.arg}: no such file or folder`,
  "score.skipped": (p: { file: string; reason: string }) => `${p.file}: skipped, ${p.reason}`,
  "score.documentTooLarge": (p: { mb: number }) => `larger than 30 MB (${p.mb} MB); not a proposal?`,
  "score.textTooLarge": (p: { kb: number }) => `larger than 2 MB (${p.kb} KB); not a proposal?`,
  "score.permissionDenied": "permission denied",
  "score.isFolder": "is a folder",
  "score.cannotRead": (p: { code: string }) => `cannot read (${p.code})`,
  // src/score/batch/
  "score.couldNotScore": (p: { reason: string }) => `could not be scored: ${p.reason}`,
  "score.workerInternal": (p: { what: string }) =>
    `grantsmith: internal error: a scoring worker ${p.what}; this is a bug in grantsmith, please report it with the command you ran`,
  "score.workerFailed": (p: { reason: string }) => `failed: ${p.reason}`,
  "score.workerExited": (p: { code: number | string }) => `stopped (exit code ${p.code}) before it had scored its files`,
  // src/commands/score.ts
  "score.cannotWriteReport": (p: { file: string; code: string }) => `${p.file}: cannot write the report (${p.code}); check the folder exists`,
  "score.cannotPlaceReport": (p: { file: string; code: string }) => `${p.file}: cannot write the report (${p.code})`,
  "score.funderIgnored": (p: { file: string }) => `--funder ${p.file}: used only with --judge; ignored`,
  "score.judgeError": (p: { file: string; id: string; error: string }) => `${p.file}: ${p.id}: judge error, not assessed: ${p.error}`,
  "score.judgedProgress": (p: { n: number }) => `judged ${files(p.n)}…`,
  "score.scoredProgress": (p: { n: number }) => `scored ${files(p.n)}…`,
  "score.nothingScoredOf": (p: { n: number }) => `nothing was scored: the ${p.n} files found were all skipped, for the reasons below`,
  "score.moreSkipped": (p: { n: number }) => `… and ${p.n} more skipped`,
  "score.nothingScored": (p: { line: string }) => `${p.line}; nothing was scored`,
  "score.noProposals": (p: { paths: string; extensions: string }) => `no proposal files found in ${p.paths} (looked for ${p.extensions})`,
  "score.reportWritten": (p: { file: string }) => `; report written to ${p.file}`,
  "score.notScored": (p: { n: number }) => `; ${files(p.n)} skipped, not scored`,
  "score.summaryLine": (p: { files: number; ready: number; passed: number; failed: number; mean: number | string; notScored: string; written: string }) =>
    `${files(p.files)} scored: ${p.ready} ready to submit, ${p.passed} gate passed, ${p.failed} gate failed, mean ${p.mean}${p.notScored}${p.written}`,
  "score.gateFailed": (p: { failed: number; files: number }) => `${p.failed} of ${files(p.files)} failed the quality gate`,
  "score.offlineAsks": (p: { setting: string }) => `${p.setting} asks for no model`,
  "score.noneConfigured": "none is configured",
  "score.judgeNeedsModel": (p: { why: string; how: string }) => `--judge needs a model endpoint, but ${p.why}; ${p.how}; or leave out --judge`,
};
