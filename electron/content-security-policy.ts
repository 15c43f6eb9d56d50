// The page's Content-Security-Policy, sent as a header by both hosts (the web host's HTTP
// replies and the desktop app's app:// scheme). index.html carries the same policy as a meta
// tag, but a header also covers frame-ancestors and applies before the first byte is parsed.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
