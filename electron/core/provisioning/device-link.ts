// The way to the device while a run talks to it: a Wi-Fi trip (join the Photon's network and
// come back) or a direct endpoint (the CLI's --softap-host, a host already on the network). The
// runner opens one before the first step that needs the device and leaves it before the first
// step that does not, or when the run fails; steps only use it.
import { m } from '../../../shared/i18n';
import type { SoftApOptions } from '../softap';
import {
  NOTHING_TO_RESTORE,
  type DeviceEndpoint,
  type RestoreReport,
  type WifiProgressListener,
  type WifiTrip,
} from '../wifi';
import type { JournalRunNote } from '../wifi/journal';
import { EngineError } from './engine-error';
import { newWifiSession, type HostWifi } from './host-wifi';

export interface DeviceLink {
  readonly kind: 'wifi' | 'direct';
  /** The cloud stays reachable while on this link (a wired second link, or no switch at all). */
  readonly secondLink: boolean;
  /** Aborts on cancel and, for a trip, when the network drops or the trip runs out of time. */
  readonly signal: AbortSignal;
  /** The Wi-Fi trip, for the find and join steps; null for a direct link. */
  readonly trip: WifiTrip | null;
  /** Where the device answers; throws until a trip has joined. */
  endpoint(): DeviceEndpoint;
  /** Turns an abort echo into its cause (a dropped network); anything else passes through. */
  explain(error: unknown): unknown;
  /** Back to where the host was. Never throws; a second call returns the same report. */
  leave(): Promise<RestoreReport>;
}

class DirectLink implements DeviceLink {
  readonly kind = 'direct';
  readonly secondLink = true;
  readonly trip = null;

  constructor(
    private readonly target: DeviceEndpoint,
    readonly signal: AbortSignal,
  ) {}

  endpoint(): DeviceEndpoint {
    return this.target;
  }

  explain(error: unknown): unknown {
    return error;
  }

  leave(): Promise<RestoreReport> {
    return Promise.resolve(NOTHING_TO_RESTORE);
  }
}

class WifiLink implements DeviceLink {
  readonly kind = 'wifi';

  constructor(readonly trip: WifiTrip) {}

  get secondLink(): boolean {
    return this.trip.secondLink;
  }

  get signal(): AbortSignal {
    return this.trip.signal;
  }

  endpoint(): DeviceEndpoint {
    const joined = this.trip.joined;
    if (joined === null) throw new Error('The device network has not been joined yet.');
    return joined.endpoint;
  }

  explain(error: unknown): unknown {
    return this.trip.explain(error);
  }

  leave(): Promise<RestoreReport> {
    return this.trip.leave();
  }
}

export interface LinkOptions {
  wifi: HostWifi | null;
  directEndpoint: DeviceEndpoint | null;
  softAp: SoftApOptions;
  prefix: string;
  signal: AbortSignal;
  onProgress: WifiProgressListener;
  /** The run, for the restore journal (read at each write). */
  note?: (() => JournalRunNote | null) | undefined;
}

/** Opens the way to the device this run is configured for (a trip does its preflight here). */
export async function openDeviceLink(options: LinkOptions): Promise<DeviceLink> {
  if (options.directEndpoint !== null || options.wifi === null) {
    if (options.directEndpoint === null)
      throw new EngineError(
        { kind: 'lost-device', deviceId: null, phase: 'find' },
        m('run.no-endpoint'),
        'no-endpoint',
      );
    return new DirectLink(options.directEndpoint, options.signal);
  }
  const session = newWifiSession(options.wifi, options.softAp, options.onProgress);
  return new WifiLink(
    await session.open({ prefix: options.prefix, signal: options.signal, note: options.note }),
  );
}

/** Whether this run reaches the device without switching the host's Wi-Fi. */
export const reachesDirectly = (options: Pick<LinkOptions, 'wifi' | 'directEndpoint'>): boolean =>
  options.directEndpoint !== null || options.wifi === null;
