// The one helper about endpoints that needs no SDK: printing a base URL safely.

/** The base URL without credentials, query or fragment: safe to print. */
export function safeEndpoint(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    parsed.search = "";
    parsed.hash = "";
    return parsed.toString().replace(/\/+$/, "");
  } catch {
    return url;
  }
}
