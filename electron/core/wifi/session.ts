// One trip to a Photon's Wi-Fi and back (wifi.md §7): preflight → discover → join → verify →
// use (with a watchdog) → restore, always. Every wait is bounded, the whole trip is capped, and
// a journal on disk covers a crash between leaving the home network and coming back.
import { systemClock, throwIfAborted, withDeadline, type Clock } from './clock';
import { cancelledError, WifiError, WifiRestoreError } from './errors';
import { discoverPhotons } from './discover';
import type { RestoreJournal } from './journal';
import { wifiLock, type WifiLock } from './lock';
import { permissionSentence } from './capabilities';
import type { WifiProgress, WifiProgressListener } from './progress';
import { restoreNetwork, type RestoreReport } from './restore';
import { assertPhotonSsid, DEFAULT_SOFTAP_PREFIX, type SsidRules } from './ssid';
import { findSubnetClash, inPhotonSubnet } from './subnet';
import { resolveTimeouts, type WifiTimeouts } from './timeouts';
import {
  PHOTON_ENDPOINT,
  type DeviceEndpoint,
  type NetProbe,
  type NetworkRef,
  type ProbeDevice,
  type TempJoin,
  type WifiBackend,
  type WifiNetwork,
} from './types';

export interface WifiSessionDeps {
  backend: WifiBackend;
  net: NetProbe;
  probeDevice: ProbeDevice;
  /** null only where a crash cannot strand the host (demo mode). */
  journal: RestoreJournal | null;
  platform: NodeJS.Platform;
  /** Where the joined device answers; the simulator points this at loopback ports. */
  endpoint?: () => DeviceEndpoint;
  lock?: WifiLock;
  clock?: Clock;
  timeouts?: Partial<WifiTimeouts>;
  onProgress?: WifiProgressListener;
}

export interface WifiSessionOptions extends SsidRules {
  /** Already chosen (for example from an earlier discover); skips scanning. */
  ssid?: string;
  /** Several Photons in range: return the SSID of the one to join. */
  choose?: (candidates: WifiNetwork[], signal: AbortSignal) => Promise<string>;
  /** The operator joins the Photon from the system menu; the device is found by probing. */
  manual?: boolean;
  iface?: string;
  signal?: AbortSignal;
}

export interface WifiSessionContext {
  /** null on the manual path when the OS hides names. */
  ssid: string | null;
  iface: string;
  endpoint: DeviceEndpoint;
  deviceId: string;
  address: string | null;
  /** Another link carries the default route: the cloud stays reachable while joined. */
  secondLink: boolean;
  /** Aborts when the Wi-Fi drops, the session is cancelled or runs out of time. */
  signal: AbortSignal;
}

export interface WifiSessionResult<T> {
  value: T;
  restore: RestoreReport;
}

/** The Photon's own address, whatever endpoint the probe uses: the route check is about the radio. */
const PHOTON_ADDRESS = PHOTON_ENDPOINT.host;

interface Trip {
  iface: string | null;
  previous: NetworkRef | null;
  temp: TempJoin | null;
  /** The host may have left its network: restore is owed from here on. */
  leaving: boolean;
}

export class WifiSession {
  private readonly clock: Clock;
  private readonly timeouts: WifiTimeouts;

  constructor(private readonly deps: WifiSessionDeps) {
    this.clock = deps.clock ?? systemClock;
    this.timeouts = resolveTimeouts(deps.timeouts);
  }

  private emit(progress: WifiProgress): void {
    try {
      this.deps.onProgress?.(progress);
    } catch {
      // A broken listener must not break the restore.
    }
  }

  async run<T>(
    options: WifiSessionOptions,
    use: (context: WifiSessionContext) => Promise<T>,
  ): Promise<WifiSessionResult<T>> {
    const release = (this.deps.lock ?? wifiLock).acquire(
      options.ssid === undefined ? 'joining a Photon' : `joining ${options.ssid}`,
    );
    const session = new AbortController();
    let capHit = false;
    const cap = setTimeout(() => {
      capHit = true;
      session.abort();
    }, this.timeouts.sessionCapMs);
    const onOuterAbort = (): void => session.abort();
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (options.signal?.aborted === true) session.abort();

    const trip: Trip = { iface: null, previous: null, temp: null, leaving: false };
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await this.trip(options, trip, session.signal, use) };
    } catch (error) {
      const aborted = error instanceof WifiError && error.kind === 'cancelled';
      outcome = {
        ok: false,
        error:
          aborted && capHit
            ? new WifiError(
                'timeout',
                `The Wi-Fi step took longer than ${Math.round(this.timeouts.sessionCapMs / 1000)} s and was stopped.`,
              )
            : error,
      };
    } finally {
      clearTimeout(cap);
      options.signal?.removeEventListener('abort', onOuterAbort);
    }

    try {
      const restore =
        trip.leaving && trip.iface !== null ? await this.restore(trip, trip.iface) : null;
      if (restore !== null && !restore.ok) {
        throw outcome.ok
          ? restore.error
          : new WifiRestoreError(restore.error.network, { cause: outcome.error });
      }
      if (!outcome.ok) throw outcome.error;
      return {
        value: outcome.value,
        restore: restore ?? { ok: true, network: null, verified: true, profileLeft: false },
      };
    } finally {
      release();
    }
  }

  private async restore(trip: Trip, iface: string): Promise<RestoreReport> {
    this.emit({
      phase: 'restore',
      message: 'Putting the computer back on its previous Wi-Fi.',
      ssid: trip.previous?.ssid,
    });
    const report = await restoreNetwork(
      this.deps.backend,
      { iface, previous: trip.previous, temp: trip.temp },
      {
        timeoutMs: this.timeouts.restoreMs,
        pollMs: this.timeouts.associationPollMs,
        clock: this.clock,
      },
    );
    if (report.ok) {
      await this.deps.journal?.remove().catch(() => undefined);
      this.emit({
        phase: 'restored',
        message:
          report.network === null
            ? 'The Photon network was left; the computer is reconnecting to its usual network.'
            : `The computer is back on ${report.network}.`,
        ssid: report.network ?? undefined,
      });
    } else {
      this.emit({ phase: 'restore-failed', message: report.error.message });
    }
    return report;
  }

  private async trip<T>(
    options: WifiSessionOptions,
    trip: Trip,
    signal: AbortSignal,
    use: (context: WifiSessionContext) => Promise<T>,
  ): Promise<T> {
    const { backend } = this.deps;
    const t = this.timeouts;
    const rules: SsidRules = {
      prefix: options.prefix ?? DEFAULT_SOFTAP_PREFIX,
      loose: options.loose,
    };
    // Refuse a bad name before any command runs.
    const chosen = options.ssid === undefined ? null : assertPhotonSsid(options.ssid, rules);

    // 1. Preflight
    this.emit({ phase: 'preflight', message: 'Checking this computer’s Wi-Fi.' });
    const preflight = await withDeadline(
      this.preflight(options.iface),
      t.preflightMs,
      () => new WifiError('timeout', 'Checking this computer’s Wi-Fi took too long.'),
      signal,
    );
    const { iface, caps, secondLink } = preflight;
    trip.iface = iface;
    trip.previous = preflight.previous;
    this.emit({
      phase: 'preflight',
      message: secondLink
        ? 'Another network link stays connected, so the internet remains reachable during setup.'
        : 'This computer will be offline while it talks to the Photon.',
      secondLink,
    });

    // 2. Discover
    let ssid: string | null = chosen;
    if (options.manual !== true && ssid === null) {
      if (caps.scanSsids !== 'yes')
        throw new WifiError('permission', permissionSentence(this.deps.platform));
      const found = await discoverPhotons(backend, iface, {
        rules,
        timeoutMs: t.discoverMs,
        intervalMs: t.scanIntervalMs,
        clock: this.clock,
        signal,
        onProgress: (progress) => this.emit(progress),
      });
      ssid = await this.pick(found, options, rules, signal);
    }

    // 3. Join (the journal goes to disk before the host leaves its network)
    trip.temp = ssid === null ? null : { iface, ssid };
    await this.writeJournal(trip, iface);
    trip.leaving = true;
    if (ssid !== null && options.manual !== true) {
      this.emit({ phase: 'join', message: `Joining ${ssid}.`, ssid });
      const started = this.clock.now();
      trip.temp = await withDeadline(
        backend.joinOpen(iface, ssid, { timeoutMs: t.joinMs, signal }),
        t.joinMs + t.commandMs,
        () => new WifiError('timeout', `Joining ${ssid} took too long.`),
        signal,
      );
      await this.writeJournal(trip, iface);
      await this.waitForAssociation(
        iface,
        ssid,
        Math.max(1, t.joinMs - (this.clock.now() - started)),
        signal,
      );
    } else {
      this.emit({
        phase: 'manual',
        message: `Join the ${rules.prefix}-… network from the system Wi-Fi menu now; Photon Setup continues when the Photon answers.`,
        countdownS: Math.ceil(t.manualJoinMs / 1000),
      });
    }

    // 4. Verify: an address from the Photon, the route through Wi-Fi, and a reply from the device.
    this.emit({
      phase: 'verify',
      // On the manual path the operator still has to act: keep the instruction on screen.
      message:
        options.manual === true
          ? `Join the ${rules.prefix}-… network from the system Wi-Fi menu now; Photon Setup continues when the Photon answers.`
          : 'Waiting for an address from the Photon.',
      ssid: ssid ?? undefined,
    });
    const manualAsk = `Join the ${rules.prefix}-… network from the system Wi-Fi menu now; Photon Setup continues when the Photon answers.`;
    const address = await this.waitForAddress(
      iface,
      options.manual === true ? t.manualJoinMs : t.dhcpMs,
      signal,
      options.manual === true
        ? `Join the ${rules.prefix}-… network from the system Wi-Fi menu, then press Try again.`
        : null,
      options.manual === true ? manualAsk : 'Waiting for an address from the Photon.',
    );
    const routeIface = await this.deps.net.routeIface(PHOTON_ADDRESS).catch(() => null);
    if (routeIface !== null && routeIface !== iface)
      throw new WifiError(
        'route-clash',
        `Traffic to the Photon (${PHOTON_ADDRESS}) would leave through ${routeIface}, not the Wi-Fi. Unplug or turn off ${routeIface} during setup, then try again.`,
      );
    const endpoint = (this.deps.endpoint ?? (() => PHOTON_ENDPOINT))();
    const device = await this.probeUntil(endpoint, t.probeWindowMs, signal);
    if (device === null)
      throw new WifiError(
        'device-silent',
        `Joined ${ssid ?? 'the Photon network'}, but the Photon did not answer. Check that it still blinks dark blue, then try again.`,
      );
    this.emit({
      phase: 'connected',
      message: `Connected to the Photon ${device.id}.`,
      ssid: ssid ?? undefined,
      address,
      deviceId: device.id,
    });

    // 5. Use, with a watchdog
    return this.useWithWatchdog(
      { ssid, iface, endpoint, deviceId: device.id, address, secondLink },
      trip,
      signal,
      use,
    );
  }

  private async preflight(requested: string | undefined) {
    const { backend, net } = this.deps;
    const iface = requested ?? (await this.pickInterface());
    const caps = await backend.caps();
    let previous: NetworkRef | null;
    try {
      previous = await backend.current(iface);
    } catch {
      // Unreadable (hidden names): restore will let the OS choose its best known network.
      previous = { iface };
    }
    const clashes = findSubnetClash(net.ipv4ByIface(), iface);
    const clash = clashes[0];
    if (clash !== undefined)
      throw new WifiError(
        'subnet-clash',
        `${clash.iface} already has the address ${clash.address}, in the Photon's 192.168.0.x range. Unplug or turn off ${clash.iface} during setup, then try again.`,
      );
    const route = await net.defaultRoute().catch(() => null);
    const secondLink = route !== null && route.iface !== iface;
    return { iface, caps, previous, secondLink };
  }

  private async pickInterface(): Promise<string> {
    const interfaces = await this.deps.backend.interfaces();
    const iface = interfaces.find((entry) => entry.connected) ?? interfaces[0];
    if (iface === undefined)
      throw new WifiError(
        'no-wifi',
        'This computer has no Wi-Fi adapter that is switched on. Turn Wi-Fi on, then try again.',
      );
    return iface.name;
  }

  private async pick(
    found: WifiNetwork[],
    options: WifiSessionOptions,
    rules: SsidRules,
    signal: AbortSignal,
  ): Promise<string> {
    const only = found.length === 1 ? found[0] : undefined;
    if (only !== undefined) return only.ssid;
    this.emit({
      phase: 'choose',
      message: `${found.length} Photons are in range; pick one.`,
      candidates: found,
    });
    if (options.choose === undefined)
      throw new WifiError(
        'choose',
        `${found.length} Photons are in range (${found.map((n) => n.ssid).join(', ')}); pick one.`,
      );
    const picked = await options.choose(found, signal);
    throwIfAborted(signal);
    if (!found.some((network) => network.ssid === picked))
      throw new WifiError('invalid-ssid', 'The chosen network is not one of the Photons found.');
    return assertPhotonSsid(picked, rules);
  }

  private async writeJournal(trip: Trip, iface: string): Promise<void> {
    await this.deps.journal?.write({
      version: 1,
      platform: this.deps.platform,
      iface,
      previous: trip.previous,
      temp: trip.temp,
      startedAt: new Date(this.clock.now()).toISOString(),
    });
  }

  private async waitForAssociation(
    iface: string,
    ssid: string,
    budgetMs: number,
    signal: AbortSignal,
  ) {
    const deadline = this.clock.now() + budgetMs;
    for (;;) {
      const state = await this.deps.backend.isAssociated(iface, ssid);
      if (state !== 'no') return;
      const left = deadline - this.clock.now();
      if (left < this.timeouts.associationPollMs)
        throw new WifiError('join-failed', `The computer did not connect to ${ssid} in time.`);
      this.emit({
        phase: 'join',
        message: `Waiting to connect to ${ssid}.`,
        ssid,
        countdownS: Math.ceil(left / 1000),
      });
      await this.clock.sleep(this.timeouts.associationPollMs, signal);
    }
  }

  private async waitForAddress(
    iface: string,
    budgetMs: number,
    signal: AbortSignal,
    manualHint: string | null,
    waitingMessage: string,
  ): Promise<string> {
    const deadline = this.clock.now() + budgetMs;
    let lastSeen: string | undefined;
    for (;;) {
      const addresses = this.deps.net.ipv4ByIface().get(iface) ?? [];
      const good = addresses.find(inPhotonSubnet);
      if (good !== undefined) return good;
      const seen = addresses[0];
      const left = deadline - this.clock.now();
      if (left < this.timeouts.addressPollMs && manualHint !== null)
        throw new WifiError(
          'no-address',
          `This computer did not join a Photon network within ${Math.round(budgetMs / 1000)} s. ${manualHint}`,
        );
      if (left < this.timeouts.addressPollMs)
        throw new WifiError(
          'no-address',
          `The Photon did not give this computer a 192.168.0.x address within ${Math.round(budgetMs / 1000)} s${
            seen === undefined ? '' : ` (it has ${seen})`
          }. Check that the Photon still blinks dark blue, then try again.`,
        );
      if (seen !== lastSeen || seen === undefined) {
        lastSeen = seen;
        this.emit({
          phase: 'verify',
          message: waitingMessage,
          address: seen,
          countdownS: Math.ceil(left / 1000),
        });
      }
      await this.clock.sleep(this.timeouts.addressPollMs, signal);
    }
  }

  private async probeUntil(endpoint: DeviceEndpoint, windowMs: number, signal: AbortSignal) {
    const deadline = this.clock.now() + windowMs;
    const t = this.timeouts;
    for (;;) {
      throwIfAborted(signal);
      const reply = await withDeadline(
        this.deps.probeDevice(endpoint, { timeoutMs: t.probeAttemptMs, signal }),
        t.probeAttemptMs + 250,
        () => new WifiError('timeout', 'The device probe did not finish.'),
        signal,
      ).catch((error: unknown) => {
        if (error instanceof WifiError && error.kind === 'cancelled') throw error;
        return null;
      });
      if (reply !== null && typeof reply.id === 'string' && reply.id.length > 0) return reply;
      if (this.clock.now() + t.addressPollMs > deadline) return null;
      await this.clock.sleep(t.addressPollMs, signal);
    }
  }

  private async useWithWatchdog<T>(
    base: Omit<WifiSessionContext, 'signal'>,
    trip: Trip,
    signal: AbortSignal,
    use: (context: WifiSessionContext) => Promise<T>,
  ): Promise<T> {
    const inUse = new AbortController();
    let stopWatch = false;
    let failWith: ((error: WifiError) => void) | null = null;
    const watchFailure = new Promise<never>((_, reject) => {
      failWith = reject;
    });
    watchFailure.catch(() => undefined);
    let failure: WifiError | null = null;
    const fail = (error: WifiError): void => {
      failure ??= error;
      failWith?.(error);
      inUse.abort();
    };
    const onAbort = (): void => fail(cancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();

    const watchdog = async (): Promise<void> => {
      let rejoined = false;
      while (!stopWatch) {
        try {
          await this.clock.sleep(this.timeouts.watchdogMs, inUse.signal);
        } catch {
          return;
        }
        if (stopWatch) return;
        if (await this.stillThere(base)) continue;
        if (!rejoined && base.ssid !== null && trip.temp !== null) {
          rejoined = true;
          this.emit({
            phase: 'dropped',
            message: `The Wi-Fi left ${base.ssid}; joining it again.`,
            ssid: base.ssid,
          });
          const back = await this.deps.backend
            .rejoin(
              {
                iface: base.iface,
                ssid: base.ssid,
                nmUuid: trip.temp.nmUuid,
                winProfile: trip.temp.profileName,
              },
              {
                timeoutMs: this.timeouts.joinMs,
              },
            )
            .then(() => this.stillThere(base))
            .catch(() => false);
          if (back) continue;
        }
        fail(
          new WifiError(
            'dropped',
            `The computer lost the Photon's Wi-Fi${base.ssid === null ? '' : ` (${base.ssid})`} during setup. Check that the Photon still blinks dark blue, then try again.`,
          ),
        );
        return;
      }
    };
    const watching = watchdog();
    try {
      return await Promise.race([use({ ...base, signal: inUse.signal }), watchFailure]);
    } catch (error) {
      // Work that stops because we aborted it reports the abort; the reason we aborted is the news.
      throw failure ?? error;
    } finally {
      stopWatch = true;
      inUse.abort();
      signal.removeEventListener('abort', onAbort);
      await watching;
    }
  }

  private async stillThere(base: Omit<WifiSessionContext, 'signal'>): Promise<boolean> {
    if (base.ssid !== null) {
      const state = await this.deps.backend
        .isAssociated(base.iface, base.ssid)
        .catch(() => 'unknown' as const);
      if (state !== 'unknown') return state === 'yes';
    }
    // Names hidden: the Photon's address on the Wi-Fi interface is the remaining evidence.
    return (this.deps.net.ipv4ByIface().get(base.iface) ?? []).some(inPhotonSubnet);
  }
}
