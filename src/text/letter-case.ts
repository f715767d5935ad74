// The case of the first letter of a user's English text where a sentence puts it: inside a sentence
// (lowerFirst) or at its start (upperFirst). Text with Chinese in it has no case to change.

/**
 * A text's first letter in lower case, to continue an English sentence: "Girls aged 12" → "girls
 * aged 12", "A borehole is dry" → "a borehole is dry". A name stays as written: a word in capitals
 * ("STEM") or with a capital inside ("McKinley"), or two capitalised words ("Clear Springs Malawi",
 * "Mchinji District Water Office").
 */
export function lowerFirst(text: string): string {
  const [first = "", second = ""] = text.split(" ");
  const word = /^[A-Z][a-z]/.test(first) || first === "A";
  const name = /^\S*[A-Z]\S*[A-Z]/.test(first) || /^[A-Z]/.test(second);
  return word && !name ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/**
 * "pupils aged 8-11" → "Pupils aged 8-11" where a user's text opens a sentence or a line; a first
 * word that is not plain lower case ("iPad", "eBay", "3D") and text with Chinese in it stay as typed.
 */
export function upperFirst(text: string): string {
  if (/\p{Script=Han}/u.test(text)) return text;
  return /^[a-z][a-z'’-]*(?:\s|[.,;:!?]|$)/.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
}
