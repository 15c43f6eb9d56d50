// Checks every engine test repeats: one audit record, no secret anywhere it could leak, the
// offline gate never tripped, and the computer back on its own Wi-Fi.
import { expect } from 'vitest';
import {
  auditLines,
  auditText,
  CLIENT_SECRET,
  DEMO_TOKEN,
  WIFI_PASSWORD,
  type Harness,
} from './harness';
import { enDeep } from '../../../support/english';

export function expectCleanEnd(h: Harness, extraSecrets: string[] = []): void {
  expect(auditLines(h)).toHaveLength(1);
  const claimCodes = h.world.photons.map((p) => p.claimCode).filter((c): c is string => c !== null);
  const secrets = [DEMO_TOKEN, CLIENT_SECRET, WIFI_PASSWORD, ...claimCodes, ...extraSecrets];
  const text = auditText(h);
  // The events as sent (each sentence's id and parameters) and as an English window reads them.
  const events = JSON.stringify(h.events);
  const spoken = JSON.stringify(enDeep(h.events));
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(events).not.toContain(secret);
    expect(spoken).not.toContain(secret);
  }
  expect(h.core.services.gate.violations).toEqual([]);
  // Back on its own network, whatever the end: the cloud must be reachable for what comes next.
  expect(h.core.services.gate.open).toBe(true);
  expect(h.world.wifi.currentNetwork).toBe('Workshop');
  expect(h.world.wifi.leftoverProfiles).toEqual([]);
}
