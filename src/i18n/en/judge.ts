// English messages of the judge (src/judge/): the --funder file, judge settings, unusable verdicts.
export const judge = {
  "judge.funderUnreadable": (p: { file: string; reason: string }) => `--funder ${p.file}: ${p.reason}`,
  "judge.funderMissing": (p: { file: string }) => `--funder ${p.file}: no such file; give a text or YAML file with the funder's stated priorities`,
  "judge.funderCannotRead": (p: { file: string; code: string }) => `--funder ${p.file}: cannot read the file (${p.code})`,
  "judge.funderEmpty": (p: { file: string }) => `--funder ${p.file}: the file is empty; write the funder's stated priorities in it`,
  "judge.funderTooLong": (p: { file: string; chars: number; max: number }) =>
    `--funder ${p.file}: ${p.chars} characters is more than the ${p.max} the judge is given; keep only the stated priorities`,
  "judge.badScale": (p: { id: string; min: number; max: number }) => `criterion ${p.id}: the judge scale must have min below max (got ${p.min}..${p.max})`,
  "judge.badSamples": (p: { max: number; samples: number }) => `judge samples must be a whole number from 1 to ${p.max} (got ${p.samples})`,
  "judge.sampleOf": (p: { i: number; n: number }) => ` (sample ${p.i} of ${p.n})`,
  "judge.unusable": (p: { which: string; reason: string }) => `the model's verdict was not usable after one retry${p.which}: ${p.reason}`,
};
