// The keys this process holds, and one function that takes them out of any text grantsmith writes
// (documents, cache, draft state, messages), whatever a server echoed back.
const secrets = new Set<string>();

/** Keys shorter than this are too likely to occur in ordinary text to be replaced safely. */
const MIN_SECRET_LENGTH = 8;

/** Remembers a key for the rest of the process; undefined and short values are ignored. */
export function rememberSecret(secret: string | undefined): void {
  if (secret && secret.length >= MIN_SECRET_LENGTH) secrets.add(secret);
}

/** `text` with every remembered key replaced by ***. */
export function scrubKnownSecrets(text: string): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join("***");
  return out;
}
