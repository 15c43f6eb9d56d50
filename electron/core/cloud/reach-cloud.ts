// Is the Particle cloud reachable from here? Any HTTP answer counts (even 404): it proves DNS,
// a route and TLS to the cloud. Used after a Wi-Fi restore, where "the OS says it rejoined" is
// not proof that the host is back online. Not behind the offline gate: it is the check itself.
export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export function createReachCloud(
  baseUrl: () => string,
  fetchFn: FetchFn = (input, init) => fetch(input, init),
): (signal: AbortSignal) => Promise<boolean> {
  return async (signal) => {
    try {
      const response = await fetchFn(baseUrl(), { method: 'HEAD', redirect: 'manual', signal });
      await response.body?.cancel().catch(() => undefined);
      return true;
    } catch {
      return false;
    }
  };
}
