// The only places the app may open in the system browser: Particle's documentation and console
// (help links). Anything else a page asks to open is dropped, https or not.
const ALLOWED_HOSTS: ReadonlySet<string> = new Set(['docs.particle.io', 'console.particle.io']);

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    ALLOWED_HOSTS.has(parsed.hostname) &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
