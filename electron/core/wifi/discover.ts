// Finding Photons: scan, keep only names that pass the prefix pattern and the hostile-input
// rules, and keep scanning (with a countdown) while none is in range (wifi.md §3a).
import { m } from '../../../shared/i18n';
import { isCancelled, systemClock, throwIfAborted, type Clock } from '../runtime';
import { WifiError } from './errors';
import type { WifiProgressListener } from './progress';
import { DEFAULT_SOFTAP_PREFIX, prefixStem } from '../../../shared/softap-prefix';
import { pickPhotonNetworks, type SsidRules } from './ssid';
import { DISCOVER_TIMEOUT_MS, SCAN_INTERVAL_MS } from './timeouts';
import type { WifiBackend, WifiNetwork } from './types';

export interface DiscoverOptions {
  rules?: SsidRules | undefined;
  timeoutMs?: number | undefined;
  intervalMs?: number | undefined;
  clock?: Clock | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: WifiProgressListener | undefined;
}

/** Resolves with every Photon in range (strongest first) as soon as a scan finds at least one. */
export async function discoverPhotons(
  backend: WifiBackend,
  iface: string,
  options: DiscoverOptions = {},
): Promise<WifiNetwork[]> {
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? DISCOVER_TIMEOUT_MS;
  const intervalMs = options.intervalMs ?? SCAN_INTERVAL_MS;
  const prefix = prefixStem(options.rules?.prefix ?? DEFAULT_SOFTAP_PREFIX);
  const deadline = clock.now() + timeoutMs;
  let lastFailure: WifiError | null = null;
  let scans = 0;
  for (;;) {
    throwIfAborted(options.signal);
    try {
      const found = pickPhotonNetworks(
        await backend.scan(iface, { fresh: true, signal: options.signal }),
        options.rules,
      );
      scans++;
      if (found.length > 0) return found;
    } catch (error) {
      // Hidden names will not come back by waiting; everything else may be a passing hiccup.
      if (isCancelled(error) || (error instanceof WifiError && error.kind === 'permission'))
        throw error;
      lastFailure =
        error instanceof WifiError ? error : new WifiError('command-failed', m('wifi.scan.failed'));
    }
    const left = deadline - clock.now();
    if (left < intervalMs) break;
    options.onProgress?.({
      phase: 'discover',
      message: m('wifi.discover.looking', { stem: prefix }),
      countdownS: Math.ceil(left / 1000),
    });
    await clock.sleep(intervalMs, options.signal);
  }
  if (scans === 0 && lastFailure !== null) throw lastFailure;
  throw new WifiError(
    'not-found',
    m('wifi.discover.none', { stem: prefix, seconds: Math.round(timeoutMs / 1000) }),
  );
}
