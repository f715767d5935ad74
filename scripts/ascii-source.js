// JavaScript source with every character outside ASCII written as a \u escape, the same program:
// Node holds an ASCII file as one byte a character, where one Chinese regex or message makes the
// whole file two bytes a character, and reading and handing it to V8 cost about 5 ms of CPU more
// for the 2.2 MB program script on every start. A character escaped with a backslash (\。 in
// a regex, a string or a template) is the character itself, so it is written as its \u escape alone.
// Used by scripts/bundle.js and scripts/compile-templates.js for the scripts run from the code cache.

/** `text` as ASCII JavaScript that means the same. */
export function asciiSource(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/gu, (_match, slashes, char) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    let escaped = "";
    for (let i = 0; i < char.length; i++) escaped += `\\u${char.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0")}`;
    return kept + escaped;
  });
}
