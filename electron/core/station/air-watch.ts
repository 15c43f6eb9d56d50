// The station's one look at the air: a fresh scan of the host's Wi-Fi for Photon-… networks at
// a bounded interval, only while someone wants one (the loop waiting for its next unit, a unit
// in the background watching for its AP to come back) and never while a trip holds the radio.
// Everyone waiting gets the same scan, so there is one scanner on the one radio.
import { m, type Message } from '../../../shared/i18n';
import { setMaxListeners } from 'node:events';
import {
  Cancelled,
  DeviceBusyError,
  Doorbell,
  OperatorError,
  type Clock,
  type DeviceAccess,
} from '../runtime';
import type { HostWifi } from '../provisioning';
import { findDevices } from '../provisioning';

export interface AirScan {
  /** The Photon-… networks the host sees, strongest first. */
  ssids: string[];
  /** Why names cannot be read (location permission, no adapter), or null. */
  problem: Message | null;
}

interface AirWatchDeps {
  wifi: HostWifi;
  platform: NodeJS.Platform;
  access: DeviceAccess;
  clock: Clock;
  intervalMs: number;
  prefix: () => string;
}

export class AirWatch {
  private readonly waiters = new Set<(scan: AirScan) => void>();
  private readonly life = new AbortController();
  private running: Promise<void> | null = null;
  /** Rung when the first waiter arrives, so an idle watch scans at once instead of after a nap. */
  private readonly wanted: Doorbell;

  constructor(private readonly deps: AirWatchDeps) {
    this.wanted = new Doorbell(deps.clock);
    // Every unit watching for its AP waits on it, beside the loop.
    setMaxListeners(0, this.life.signal);
  }

  /** The next scan completed from now on; rejects with Cancelled on abort or close. */
  nextScan(signal: AbortSignal): Promise<AirScan> {
    this.running ??= this.loop();
    return new Promise<AirScan>((resolve, reject) => {
      const onAbort = (): void => {
        this.waiters.delete(take);
        reject(new Cancelled());
      };
      const take = (scan: AirScan): void => {
        signal.removeEventListener('abort', onAbort);
        this.life.signal.removeEventListener('abort', onAbort);
        resolve(scan);
      };
      if (signal.aborted || this.life.signal.aborted) return reject(new Cancelled());
      this.waiters.add(take);
      if (this.waiters.size === 1) this.wanted.ring();
      signal.addEventListener('abort', onAbort, { once: true });
      this.life.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Whether the next scan shows this network (a unit's AP back: it is listening again). */
  visible = async (ssid: string, signal: AbortSignal): Promise<boolean> =>
    (await this.nextScan(signal)).ssids.includes(ssid);

  close(): void {
    this.life.abort();
  }

  private async loop(): Promise<void> {
    const { clock } = this.deps;
    try {
      while (!this.life.signal.aborted) {
        if (this.waiters.size === 0) {
          await this.wanted.wait(null, this.life.signal);
          continue;
        }
        const scan = await this.scanOnce();
        if (scan !== null) {
          const waiting = [...this.waiters];
          this.waiters.clear();
          for (const take of waiting) take(scan);
        }
        await clock.sleep(this.deps.intervalMs, this.life.signal);
      }
    } catch {
      // Closed.
    }
  }

  /** One fresh scan under the device-access lock; null when a trip (or anything else) holds it. */
  private async scanOnce(): Promise<AirScan | null> {
    const { access, wifi, platform } = this.deps;
    if (access.busy) return null;
    try {
      const found = await access.with(m('core.activity.next-photon'), () =>
        findDevices(wifi.backend, platform, this.deps.prefix()),
      );
      return {
        ssids: found.devices.map((device) => device.ssid),
        problem: found.ssidsReadable ? null : found.hint,
      };
    } catch (error) {
      // Someone took the radio between the check and the scan: look again next turn.
      if (error instanceof DeviceBusyError) return null;
      // A failed scan says nothing about the air; its sentence says what went wrong.
      return {
        ssids: [],
        problem: error instanceof OperatorError ? error.text : m('wifi.scan.failed'),
      };
    }
  }
}
