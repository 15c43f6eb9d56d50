// Which interface carries a route, from `ip -j route`, BSD `route -n get` and a PowerShell
// one-liner that prints the interface alias.

type Json = Record<string, unknown>;

function jsonRows(stdout: string): Json[] {
  try {
    const parsed: unknown = JSON.parse(stdout);
    return Array.isArray(parsed)
      ? parsed.filter((row): row is Json => typeof row === 'object' && row !== null)
      : [];
  } catch {
    return [];
  }
}

/** `ip -j route get <dest>` → the dev of the first route. */
export function parseIpRouteGet(stdout: string): string | null {
  const dev = jsonRows(stdout)[0]?.['dev'];
  return typeof dev === 'string' ? dev : null;
}

/** `ip -j route show default` → the dev of the lowest-metric default route. */
export function parseIpRouteDefault(stdout: string): string | null {
  const routes = jsonRows(stdout)
    .filter((row) => typeof row['dev'] === 'string')
    .sort((a, b) => (Number(a['metric'] ?? 0) || 0) - (Number(b['metric'] ?? 0) || 0));
  const dev = routes[0]?.['dev'];
  return typeof dev === 'string' ? dev : null;
}

/** BSD `route -n get <dest>` → its "interface:" line. */
export function parseBsdRouteGet(stdout: string): string | null {
  const match = /^\s*interface:\s*(\S+)\s*$/m.exec(stdout);
  return match?.[1] ?? null;
}

/** The PowerShell route queries print one alias line, or nothing. */
export function parseAliasLine(stdout: string): string | null {
  const line = stdout
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text.length > 0);
  return line ?? null;
}

/** The Windows default-route script's `alias<TAB>description<TAB>True|False` line. */
export function parseWindowsDefaultRoute(
  stdout: string,
): { iface: string; description?: string; physical?: boolean } | null {
  const line = parseAliasLine(stdout);
  if (line === null) return null;
  const [iface = '', description = '', physical = ''] = line.split('\t').map((part) => part.trim());
  if (iface.length === 0) return null;
  const flag = /^true$/i.test(physical) ? true : /^false$/i.test(physical) ? false : undefined;
  return {
    iface,
    ...(description.length > 0 ? { description } : {}),
    ...(flag === undefined ? {} : { physical: flag }),
  };
}
