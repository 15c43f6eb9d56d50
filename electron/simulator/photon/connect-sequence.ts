// After connect-ap: the radio leaves AP mode and the system thread joins a stored network.
// The LED walks the default theme; a failed join re-enters listening mode only when the
// credentials changed in that listening session (WLAN_LISTEN_ON_FAILED_CONNECT, §8).
import { sameSsid } from './air-ssid';
import { coarseSecurity } from './configure-ap';
import { EAP_PEAP, EAP_TLS } from './constants';
import type { LedStateName } from './led';
import type { AirNetwork, ConnectOutcome, PhotonTimings, StoredNetwork } from './options';

export type JoinResult =
  | 'success'
  | 'wrong-password'
  | 'unreachable'
  | 'no-credentials'
  | 'dhcp-failure'
  | 'cloud-unreachable';

type Family = 'open' | 'wep' | 'personal' | 'enterprise' | 'unknown';

const family = (sec: number): Family => {
  const coarse = coarseSecurity(sec);
  if (coarse === 'open') return 'open';
  if (coarse === 'wep') return 'wep';
  if (coarse === 'wpa' || coarse === 'wpa2') return 'personal';
  if (coarse === 'not-set') return 'unknown';
  return 'enterprise';
};

/**
 * Whether the access point would let the stored credentials in. Everything is compared as the
 * device stored it: a doubled backslash in a verbatim identity (softap.cpp v2.3.1 l.652, l.658) is what
 * RADIUS sees, so it fails here as it fails there.
 */
function credentialsWork(stored: StoredNetwork, ap: AirNetwork): boolean {
  const kind = family(stored.security);
  if (kind !== family(ap.sec)) return false;
  if (kind === 'open') return true;
  if (kind === 'enterprise') {
    // ≤ 0.6 stores an enterprise `sec` with no EAP configuration at all: nothing to log in with.
    const eap = stored.enterprise;
    if (eap === null) return false;
    if (eap.eapType === EAP_TLS) return eap.clientCertificate !== null && eap.privateKey !== null;
    if (eap.eapType !== EAP_PEAP) return false;
    const identityOk =
      ap.identity === undefined ||
      (eap.innerIdentity !== null && eap.innerIdentity.equals(Buffer.from(ap.identity, 'utf8')));
    return identityOk && stored.password === (ap.password ?? '');
  }
  return stored.password === (ap.password ?? '');
}

/** What a join attempt over the stored networks (in stored order) would give. */
export function decideJoin(
  outcome: ConnectOutcome,
  stored: readonly StoredNetwork[],
  air: readonly AirNetwork[],
  dhcpFault: boolean,
): JoinResult {
  let result: JoinResult;
  if (outcome !== 'auto') {
    result = outcome;
  } else if (stored.length === 0) {
    result = 'no-credentials';
  } else {
    let seen = false;
    result = 'unreachable';
    for (const network of stored) {
      // A join uses the stored details (the SSID's exact bytes), so a hidden network can be
      // joined; 5 GHz never.
      const ap = air.find(
        (candidate) => sameSsid(candidate.ssid, network.ssid) && !candidate.band5GHz,
      );
      if (ap === undefined) continue;
      seen = true;
      if (credentialsWork(network, ap)) {
        result = 'success';
        break;
      }
    }
    if (result !== 'success' && seen) result = 'wrong-password';
  }
  return result === 'success' && dhcpFault ? 'dhcp-failure' : result;
}

export interface ConnectSequenceHost {
  readonly timings: PhotonTimings;
  setLed(name: LedStateName): void;
  /** Resolves false when the sequence was cancelled (device closed or put back in listening). */
  sleep(ms: number): Promise<boolean>;
  decide(): JoinResult;
  /** Brings the AP and both servers back and shows blinking blue. */
  relisten(): Promise<void>;
  /** The cloud hook; false when the cloud could not be reached. */
  reachCloud(): Promise<boolean>;
  markOnline(): void;
  note(outcome: string): void;
}

export async function runConnectSequence(
  host: ConnectSequenceHost,
  options: { rebooted: boolean; credentialsChanged: boolean },
): Promise<void> {
  const { timings } = host;
  if (options.rebooted) {
    host.setLed('off');
    if (!(await host.sleep(timings.rebootMs))) return;
  } else if (!(await host.sleep(timings.apTeardownMs))) {
    return;
  }
  host.setLed('wifi-joining');
  const result = host.decide();
  host.note(result);
  if (result === 'wrong-password' || result === 'unreachable' || result === 'no-credentials') {
    // After a reboot the "credentials changed" flag is gone: the device keeps trying, blinking green.
    if (result !== 'no-credentials' && (options.rebooted || !options.credentialsChanged)) return;
    if (!(await host.sleep(timings.relistenMs))) return;
    await host.relisten();
    return;
  }
  if (!(await host.sleep(timings.joinMs))) return;
  host.setLed('dhcp');
  if (result === 'dhcp-failure') return;
  if (!(await host.sleep(timings.dhcpMs))) return;
  host.setLed('cloud-connecting');
  if (result === 'cloud-unreachable') return;
  const [reached, waited] = await Promise.all([
    host.reachCloud(),
    host.sleep(timings.cloudConnectMs),
  ]);
  if (!reached || !waited) return;
  host.setLed('cloud-handshake');
  if (!(await host.sleep(timings.handshakeMs))) return;
  host.markOnline();
  host.setLed('connected');
}
