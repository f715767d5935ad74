// English messages of the readers (src/read/): why a file cannot be read as text.
export const read = {
  "read.gbkNote": (p: { file: string }) => `note: ${p.file} is GBK (GB18030); read it as such`,
  "read.undecodable": "not text in UTF-8, UTF-16 or GBK; save it as UTF-8",
  "read.binary": "a binary file (export it to Markdown or text first)",
  "read.oldWord": "an old Word document (.doc); open it in Word and save it as .docx",
  "read.badDocx": "not a Word document that can be read (.docx); open it in Word and save it as .docx again",
  "read.emptyDocx": "the Word document has no text",
  "read.emptyText": "the file is empty (write the proposal into it, or name the file that holds it)",
  "read.badPdf": "not a PDF that can be read; export it from Word as PDF again, or as text",
  "read.noTextLayer": "no text layer: export it from Word as text or OCR it",
};
