// A request's target as the web host sees it. Node hands over whatever the client sent after
// the method, and `new URL(target, base)` throws on some of it ("//" is a scheme-relative URL
// with no host), so every target is parsed here, once, and anything unparsable is a 400.
const PARSE_BASE = 'http://127.0.0.1';

/** The target's path and query, or null when it is not an origin-form path we can read. */
export function parseRequestTarget(raw: string | undefined): URL | null {
  // Only origin-form ("/path?query"): absolute-form targets are for proxies, not for us.
  if (raw === undefined || !raw.startsWith('/')) return null;
  try {
    // Prefixing the base keeps "//host/x" a path on 127.0.0.1 instead of a URL to "host".
    return new URL(PARSE_BASE + raw);
  } catch {
    return null;
  }
}
