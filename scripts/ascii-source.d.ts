/** The script text with every character outside ASCII written as an escape that means the same (see ascii-source.js). */
export function asciiSource(text: string): string;
