// After a restore: is the computer really back? The OS saying it rejoined proves little (macOS
// may hide the name, Windows may pick another profile), so the evidence is the network itself:
// the Photon no longer answering its setup port, and the Particle cloud answering. Where no
// probe of the device is possible, a new 192.168.0.x address stands in for it (a home network
// may be 192.168.0.x too, which is why the device is asked first).
import { m, type Message } from '../../../shared/i18n';
import type { Clock } from '../runtime';
import { inPhotonSubnet } from './subnet';
import type { NetProbe } from './types';

export type HomeState =
  /** The cloud answered: back online. */
  | 'online'
  /** The Wi-Fi still has an address from a Photon it did not have before the trip. */
  | 'on-photon'
  /** Off the Photon, but the cloud did not answer (yet). */
  | 'offline'
  /** No way to tell: no cloud probe here. */
  | 'unknown';

/** Asks the Particle cloud for any HTTP answer; false when nothing came back in time. */
export type ReachCloud = (signal: AbortSignal) => Promise<boolean>;

/** A DHCP lease and DNS on the home network take seconds; this is how long they get. */
export const HOME_CONFIRM_MS = 20_000;
const HOME_POLL_MS = 1_000;
/** One reachability probe. */
const CLOUD_REACH_TIMEOUT_MS = 4_000;

export interface HomeCheckInput {
  net: NetProbe;
  iface: string;
  /** The Wi-Fi's addresses before the trip: a home network may itself be 192.168.0.x. */
  homeAddresses: readonly string[];
  reachCloud?: ReachCloud | undefined;
  /** Whether a Photon answers its setup port from here: the proof of still being on its network. */
  probePhoton?: (() => Promise<boolean>) | undefined;
}

/** One look, no waiting. */
export async function checkHome(input: HomeCheckInput): Promise<HomeState> {
  if (input.probePhoton !== undefined) {
    if (await input.probePhoton().catch(() => false)) return 'on-photon';
  } else {
    const now = input.net.ipv4ByIface().get(input.iface) ?? [];
    if (now.some((address) => inPhotonSubnet(address) && !input.homeAddresses.includes(address)))
      return 'on-photon';
  }
  if (input.reachCloud === undefined) return 'unknown';
  const reached = await input
    .reachCloud(AbortSignal.timeout(CLOUD_REACH_TIMEOUT_MS))
    .catch(() => false);
  return reached ? 'online' : 'offline';
}

/** Looks until online or out of time; the last state seen is the answer. */
export async function confirmHome(
  input: HomeCheckInput,
  budgetMs: number,
  clock: Clock,
  pollMs = HOME_POLL_MS,
): Promise<HomeState> {
  const deadline = clock.now() + budgetMs;
  for (;;) {
    const state = await checkHome(input);
    if (state === 'online' || state === 'unknown') return state;
    if (clock.now() + pollMs > deadline) return state;
    await clock.sleep(pollMs);
  }
}

/** What the operator reads when the state is not "online". */
export function homeSentence(state: HomeState, network: string | null): Message | null {
  const where = network === null ? m('wifi.home.usual-network') : network;
  switch (state) {
    case 'online':
      return null;
    case 'on-photon':
      return m('wifi.home.on-photon', { network: where });
    case 'offline':
      return m('wifi.home.offline', { network: where });
    case 'unknown':
      return m('wifi.home.unknown', { network: where });
  }
}
