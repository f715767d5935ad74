// Messages of filling a funder's Word form (draft --form).
export const form = {
  "form.notWord": (p: { file: string; why: string }) => `--form ${p.file}: ${p.why}; give the funder's form as a .docx file (in Word: File › Save As › Word Document)`,
  "form.whyNotZip": "not a Word document (a .docx is a zip file; this one cannot be opened)",
  "form.whyNoDocument": "not a Word document (it has no word/document.xml)",
  "form.whyBadXml": (p: { detail: string }) => `its document part cannot be read (${p.detail})`,
  "form.needsDocx": (p: { output: string }) => `--form fills a Word form: -o ${p.output} must end in .docx`,
  "form.notStdout": "--form fills a Word form, which cannot go to stdout; give -o a file name ending in .docx",
  "form.oneOutput": "--form fills one form: draft one facts file at a time",
  "form.summary": (p: { file: string; filled: number; empty: number }) => `form ${p.file}: ${p.filled} filled, ${p.empty} left empty`,
  "form.filled": (p: { label: string; place: string; from: string }) => `  ${p.label} (${p.place}) ← ${p.from}`,
  "form.noMatch": (p: { label: string; place: string }) => `  ${p.label} (${p.place}): left empty, no facts field or section matches it`,
  "form.noValue": (p: { label: string; place: string; field: string }) => `  ${p.label} (${p.place}): left empty, the facts have no ${p.field}`,
  "form.noSection": (p: { label: string; place: string; section: string }) => `  ${p.label} (${p.place}): left empty, the draft has no ${p.section} section`,
  "form.duplicate": (p: { label: string; place: string }) => `  ${p.label} (${p.place}): left empty, its section already fills an earlier place`,
  "form.overLimit": (p: { label: string; written: number; max: number; unit: string }) =>
    `warning: ${p.label}: ${p.written} ${p.unit} written, over the form's limit of ${p.max}; shorten it before submitting`,
  "form.fromSection": (p: { title: string }) => `section "${p.title}"`,
  "form.unitChars": "characters",
  "form.unitWords": "words",
  "form.none": (p: { file: string }) => `form ${p.file}: found no place to fill (no {{tags}}, content controls, label cells or headings with space under them)`,
  // The flags and the stdout report of --form and draft --format json (draft and revise).
  "cli.draft.format": "text (nothing on stdout) or json: on stdout, each draft's file, sections, score and, with --form, every form field filled or left empty and why",
  "cli.revise.form": "fill the funder's own Word form (.docx) with the revised proposal, as draft --form does; -o must end in .docx",
  "draft.jsonAndStdout": "--format json prints the report on stdout, so the draft cannot go there too: give -o a file name",
};
