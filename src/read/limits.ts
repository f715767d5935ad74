// How large an input may be before it is not what the user meant: written once for every reader.

/** Word and PDF files hold pictures and fonts too; past this they are not a proposal or a material. */
export const MAX_DOCUMENT_BYTES = 30 * 1024 * 1024;
/** A material's text, once read out of its file (Word, PDF or text): enough to quote from. */
export const MATERIAL_MAX_TEXT_BYTES = 512 * 1024;
/** A text material's file: UTF-16 may take twice the bytes of the text it holds. */
export const MATERIAL_MAX_TEXT_FILE_BYTES = 2 * MATERIAL_MAX_TEXT_BYTES;
