// One trip to a Photon's Wi-Fi and back (wifi.md §7), as explicit steps the caller drives:
// open (preflight) → find (discover, pick) → join (join, address, route, device reply; then a
// watchdog) → leave (restore, always). Every wait is bounded, the whole trip is capped, and a
// journal on disk covers a crash between leaving the home network and coming back.
//
// The caller owns the order and the restore: the provisioning runner enters a phase per step and
// calls leave() whatever happened; `run()` is the same sequence for callers that only need one
// piece of work done on the device's network.
import { m, type Message } from '../../../shared/i18n';
import { DEFAULT_SOFTAP_PREFIX, prefixStem } from '../../../shared/softap-prefix';
import {
  abortable,
  Cancelled,
  isCancelled,
  systemClock,
  throwIfAborted,
  withDeadline,
  type Clock,
} from '../runtime';
import { permissionSentence } from './location-sentences';
import { discoverPhotons } from './discover';
import { WifiError, WifiRestoreError } from './errors';
import type { ReachCloud } from './home-check';
import {
  currentOwner,
  type JournalRead,
  type JournalRunNote,
  type RestoreJournal,
} from './journal';
import type { WifiProgress, WifiProgressListener } from './progress';
import {
  NOTHING_TO_RESTORE,
  replayRestoreJournal,
  restoreNetwork,
  type ReplayResult,
  type RestoreReport,
} from './restore';
import { isSecondLink } from './second-link';
import { assertPhotonSsid, isPhotonSsid, type SsidRules } from './ssid';
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
  type WifiCaps,
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
  endpoint?: (() => DeviceEndpoint) | undefined;
  /**
   * Names are hidden: ask the OS for Location access now (its prompt, once); true when names can
   * be read afterwards. Absent where no host can ask (the web host, the CLI).
   */
  askLocation?: (() => Promise<boolean>) | undefined;
  /**
   * This computer's Wi-Fi radio, held for the whole trip: another Photon Setup on another data
   * folder (the CLI beside the desktop app) must not switch it meanwhile. Returns the release;
   * throws a WifiError('busy') naming the holder. Absent for simulated Wi-Fi.
   */
  radioLock?: (() => () => void) | undefined;
  /** Whether the Particle cloud answers: the proof, after a restore, that the host is back. */
  reachCloud?: ReachCloud | undefined;
  clock?: Clock | undefined;
  timeouts?: Partial<WifiTimeouts> | undefined;
  onProgress?: WifiProgressListener | undefined;
}

export interface TripOptions extends SsidRules {
  iface?: string | undefined;
  /** Whose trip this is, asked at each journal write so a replay after a crash can report it. */
  note?: (() => JournalRunNote | null) | undefined;
  /** The caller's cancel: aborts the trip's signal too. */
  signal?: AbortSignal | undefined;
}

export interface WifiSessionOptions extends TripOptions {
  /** Already chosen (for example from an earlier discover); skips scanning. */
  ssid?: string | undefined;
  /** Several Photons in range: return the SSID of the one to join. */
  choose?: ((candidates: WifiNetwork[], signal: AbortSignal) => Promise<string>) | undefined;
  /** The operator joins the Photon from the system menu; the device is found by probing. */
  manual?: boolean | undefined;
}

/** The device's network as the host reached it. */
export interface JoinedDevice {
  /** null on the manual path when the OS hides names. */
  ssid: string | null;
  iface: string;
  endpoint: DeviceEndpoint;
  deviceId: string;
  address: string | null;
}

export interface WifiSessionContext extends JoinedDevice {
  /** Another link carries the default route: the cloud stays reachable while joined. */
  secondLink: boolean;
  /** Aborts when the Wi-Fi drops, the trip is cancelled or runs out of time. */
  signal: AbortSignal;
}

export interface WifiSessionResult<T> {
  value: T;
  restore: RestoreReport;
}

/** How long the OS's Location question may stay unanswered before the trip goes on without it. */
const LOCATION_PROMPT_TIMEOUT_MS = 120_000;

/** A documentation address (TEST-NET-3): only its route is looked up, never contacted. */
const INTERNET_SAMPLE_ADDRESS = '203.0.113.1';

/** The OS would not name its Wi-Fi adapter; the manual path finds it by the Photon's address. */
const UNKNOWN_IFACE = '';

/** The Photon's own address, whatever endpoint the probe uses: the route check is about the radio. */
const PHOTON_ADDRESS = PHOTON_ENDPOINT.host;

/** One trip: everything the steps share, and what leave() must undo. */
export class WifiTrip {
  private readonly controller = new AbortController();
  private readonly cap: AbortController = new AbortController();
  private readonly timeouts: WifiTimeouts;
  private readonly clock: Clock;
  private readonly rules: SsidRules;
  private readonly stem: string;
  private readonly note: (() => JournalRunNote | null) | undefined;
  private previous: NetworkRef | null = null;
  private temp: TempJoin | null = null;
  /** The Wi-Fi's addresses before the trip (a home network may be 192.168.0.x too). */
  private homeAddresses: string[] = [];
  private savedBefore: TempJoin[] | null = null;
  /** The host may have left its network: restore is owed from here on. */
  private leaving = false;
  private left: Promise<RestoreReport> | null = null;
  private watching: Promise<void> | null = null;
  /** A join still in flight: the restore waits for it to settle, or it could land afterwards. */
  private joining: Promise<unknown> | null = null;
  private joinedDevice: JoinedDevice | null = null;
  private readonly detachOuter: () => void;
  iface = '';
  caps: WifiCaps | null = null;
  secondLink = false;

  constructor(
    private readonly deps: WifiSessionDeps,
    options: TripOptions,
    /** Called once, when the trip has left (the radio lock's release). */
    private readonly afterLeave: () => void = () => undefined,
  ) {
    this.timeouts = resolveTimeouts(deps.timeouts, deps.platform);
    this.clock = deps.clock ?? systemClock;
    this.rules = { prefix: options.prefix ?? DEFAULT_SOFTAP_PREFIX, loose: options.loose };
    this.stem = prefixStem(this.rules.prefix ?? DEFAULT_SOFTAP_PREFIX);
    this.note = options.note;
    const outer = options.signal;
    const onOuter = (): void => this.abort(new Cancelled());
    outer?.addEventListener('abort', onOuter, { once: true });
    this.detachOuter = () => outer?.removeEventListener('abort', onOuter);
    if (outer?.aborted === true) onOuter();
    // The whole trip, use included, is capped; leave() runs after the cap with its own budget.
    void this.clock.sleep(this.timeouts.sessionCapMs, this.cap.signal).then(
      () =>
        this.abort(
          new WifiError(
            'timeout',
            m('wifi.session.cap', { seconds: Math.round(this.timeouts.sessionCapMs / 1000) }),
          ),
        ),
      () => undefined,
    );
  }

  /** Aborts on cancel, at the cap, and when the watchdog loses the device's network. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get joined(): JoinedDevice | null {
    return this.joinedDevice;
  }

  /**
   * Work that stopped because this trip aborted reports Cancelled; the reason it aborted (the
   * network dropped, the cap) is the news. Anything else passes through unchanged.
   */
  explain(error: unknown): unknown {
    if (!isCancelled(error) || !this.signal.aborted) return error;
    const reason: unknown = this.signal.reason;
    return reason instanceof Error ? reason : error;
  }

  private abort(reason: Error): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }

  private emit(progress: WifiProgress): void {
    try {
      this.deps.onProgress?.(progress);
    } catch {
      // A broken listener must not break the restore.
    }
  }

  /** The trip's own checks, and its abort reason as the error when it aborted. */
  private check(): void {
    if (this.signal.aborted) throw this.explain(new Cancelled());
  }

  /** Preflight: the interface, what the OS lets us read, where home is, and any clash. */
  async open(iface: string | undefined): Promise<void> {
    this.emit({ phase: 'preflight', message: m('wifi.preflight.checking') });
    const preflight = await this.bounded(
      this.preflight(iface),
      this.timeouts.preflightMs,
      () => new WifiError('timeout', m('wifi.preflight.timeout')),
    );
    this.iface = preflight.iface;
    this.caps = preflight.caps;
    this.previous = preflight.previous;
    this.secondLink = preflight.secondLink;
    this.homeAddresses = preflight.homeAddresses;
    this.savedBefore = preflight.savedBefore;
    this.emit({
      phase: 'preflight',
      message: preflight.secondLink ? m('wifi.preflight.second-link') : m('wifi.preflight.offline'),
      secondLink: preflight.secondLink,
    });
  }

  /** Scans until Photons are in range; one is joined, several go to `choose` (or the operator). */
  async find(
    choose?: (candidates: WifiNetwork[], signal: AbortSignal) => Promise<string>,
  ): Promise<string> {
    this.check();
    if (this.caps?.scanSsids === 'needs-location' && this.deps.askLocation !== undefined) {
      // The one moment the permission is needed: the OS's prompt (bounded, cancellable: an
      // unanswered dialog must not hold the trip), then a fresh look.
      const granted = await withDeadline(
        this.deps.askLocation(),
        LOCATION_PROMPT_TIMEOUT_MS,
        () => new WifiError('timeout', m('wifi.location.unanswered')),
        this.signal,
        this.clock,
      ).catch((error: unknown) => {
        if (this.signal.aborted) throw this.explain(error);
        return false;
      });
      if (granted) this.caps = await this.deps.backend.caps().catch(() => this.caps);
      this.check();
    }
    if (this.caps?.scanSsids !== 'yes')
      throw new WifiError('permission', permissionSentence(this.deps.platform, this.rules.prefix));
    const found = await discoverPhotons(this.deps.backend, this.iface, {
      rules: this.rules,
      timeoutMs: this.timeouts.discoverMs,
      intervalMs: this.timeouts.scanIntervalMs,
      clock: this.clock,
      signal: this.signal,
      onProgress: (progress) => this.emit(progress),
    }).catch((error: unknown) => {
      throw this.explain(error);
    });
    const only = found.length === 1 ? found[0] : undefined;
    if (only !== undefined) return only.ssid;
    this.emit({
      phase: 'choose',
      message: m('wifi.choose.pick', { count: found.length }),
      candidates: found,
    });
    if (choose === undefined)
      throw new WifiError(
        'choose',
        m('wifi.choose.list', { count: found.length, names: found.map((n) => n.ssid).join(', ') }),
      );
    const picked = await choose(found, this.signal);
    this.check();
    if (!found.some((network) => network.ssid === picked))
      throw new WifiError('invalid-ssid', m('wifi.choose.not-found'));
    return assertPhotonSsid(picked, this.rules);
  }

  /**
   * Joins `ssid` (null: the operator joins from the system menu), then proves it: an address from
   * the Photon, the route through the Wi-Fi, and the device answering. A watchdog then watches
   * the link until leave().
   */
  async join(ssid: string | null): Promise<JoinedDevice> {
    this.check();
    const chosen = ssid === null ? null : assertPhotonSsid(ssid, this.rules);
    const t = this.timeouts;
    const iface = this.iface;
    const manual = chosen === null;
    if (!manual && iface === UNKNOWN_IFACE)
      throw new WifiError('permission', permissionSentence(this.deps.platform, this.rules.prefix));
    // The journal goes to disk before the host leaves its network.
    this.temp = chosen === null ? null : { iface, ssid: chosen };
    await this.writeJournal();
    // On the manual path the host leaves home only when the operator's join is seen.
    this.leaving = !manual;
    const manualAsk = m('wifi.manual.ask', { stem: this.stem });
    if (chosen !== null) {
      this.emit({ phase: 'join', message: m('wifi.join.joining', { ssid: chosen }), ssid: chosen });
      const started = this.clock.now();
      const joining = this.deps.backend.joinOpen(iface, chosen, {
        timeoutMs: t.joinMs,
        signal: this.signal,
      });
      // Whenever it settles, its profile ids are what the restore must remove.
      this.joining = joining.then(
        (temp) => {
          this.temp = temp;
        },
        () => undefined,
      );
      this.temp = await this.bounded(
        joining,
        t.joinMs + t.commandMs,
        () => new WifiError('timeout', m('wifi.join.timeout', { ssid: chosen })),
      );
      await this.writeJournal();
      await this.waitForAssociation(chosen, Math.max(1, t.joinMs - (this.clock.now() - started)));
    } else {
      this.emit({
        phase: 'manual',
        message: manualAsk,
        countdownS: Math.ceil(t.manualJoinMs / 1000),
      });
    }

    // On the manual path the operator still has to act: keep the instruction on screen.
    const waiting = manual ? manualAsk : m('wifi.address.waiting');
    this.emit({ phase: 'verify', message: waiting, ssid: chosen ?? undefined });
    const address = await this.waitForAddress(
      manual ? t.manualJoinMs : t.dhcpMs,
      manual ? m('wifi.manual.try-again', { stem: this.stem }) : null,
      waiting,
    );
    if (manual) {
      this.leaving = true;
      await this.writeJournal();
    }
    const routeIface = await this.deps.net.routeIface(PHOTON_ADDRESS).catch(() => null);
    if (routeIface !== null && routeIface !== this.iface)
      throw new WifiError(
        'route-clash',
        m('wifi.route-clash', { address: PHOTON_ADDRESS, iface: routeIface }),
      );
    const endpoint = (this.deps.endpoint ?? (() => PHOTON_ENDPOINT))();
    const device = await this.probeUntil(endpoint, t.probeWindowMs);
    const joinedIface = this.iface;
    if (device === null)
      throw new WifiError(
        'device-silent',
        chosen === null
          ? m('wifi.device-silent.manual')
          : m('wifi.device-silent', { ssid: chosen }),
      );
    this.emit({
      phase: 'connected',
      message: m('wifi.connected', { deviceId: device.id }),
      ssid: chosen ?? undefined,
      address,
      deviceId: device.id,
    });
    // The Photon's DHCP may have handed the Wi-Fi a default route that now wins: then the other
    // link no longer carries the internet, and the cloud must wait for the way home.
    if (this.secondLink) {
      const internet = await this.deps.net.routeIface(INTERNET_SAMPLE_ADDRESS).catch(() => null);
      if (internet === joinedIface) {
        this.secondLink = false;
        this.emit({
          phase: 'connected',
          message: m('wifi.connected.route-moved'),
          secondLink: false,
        });
      }
    }
    const joined: JoinedDevice = {
      ssid: chosen,
      iface: joinedIface,
      endpoint,
      deviceId: device.id,
      address,
    };
    this.joinedDevice = joined;
    this.watching = this.watch(joined);
    return joined;
  }

  /**
   * The run learned something (the device id, the next phase): write it into the journal, so a
   * replay after a crash reports the run as it stood. Only while the host is away from home.
   */
  async noteChanged(): Promise<void> {
    if (!this.leaving || this.left !== null) return;
    await this.writeJournal().catch(() => undefined);
  }

  /**
   * Puts the computer back where it was: stops the watchdog, removes the temporary profile,
   * rejoins home, clears the journal. Never throws; calling it again returns the same report.
   */
  leave(): Promise<RestoreReport> {
    this.left ??= this.restore().finally(() => this.afterLeave());
    return this.left;
  }

  private async restore(): Promise<RestoreReport> {
    this.cap.abort();
    this.detachOuter();
    const stopWatch = this.watching;
    // The watchdog's own sleep ends with the trip; a leave() without abort stops it here.
    this.abort(new Cancelled());
    await stopWatch?.catch(() => undefined);
    // A join cut off by cancel or the cap has had its commands killed; still, let it settle (a
    // bounded moment) so nothing it started lands after the restore.
    if (this.joining !== null)
      await withDeadline(
        this.joining,
        this.timeouts.commandMs,
        () => new WifiError('timeout', m('wifi.join.did-not-stop')),
        undefined,
        this.clock,
      ).catch(() => undefined);
    if (!this.leaving || this.iface === UNKNOWN_IFACE) {
      // Written before a manual join that never came: nothing to undo, nothing to replay.
      await this.deps.journal?.remove().catch(() => undefined);
      return NOTHING_TO_RESTORE;
    }
    this.emit({
      phase: 'restore',
      message: m('wifi.restore.restoring'),
      ssid: this.previous?.ssid,
    });
    const report = await restoreNetwork(
      this.deps.backend,
      {
        iface: this.iface,
        previous: this.previous,
        temp: this.temp,
        savedBefore: this.savedBefore,
        photonRules: this.rules,
        home: {
          net: this.deps.net,
          homeAddresses: this.homeAddresses,
          reachCloud: this.deps.reachCloud,
          probePhoton: () => this.photonAnswersAfterTrip(),
        },
      },
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
            ? m('wifi.restore.left')
            : m('wifi.restore.back', { network: report.network }),
        ssid: report.network ?? undefined,
      });
    } else {
      this.emit({ phase: 'restore-failed', message: report.error.text });
    }
    return report;
  }

  private bounded<T>(work: Promise<T>, ms: number, onTimeout: () => WifiError): Promise<T> {
    return withDeadline(work, ms, onTimeout, this.signal, this.clock).catch((error: unknown) => {
      throw this.explain(error);
    });
  }

  private async sleep(ms: number): Promise<void> {
    await this.clock.sleep(ms, this.signal).catch((error: unknown) => {
      throw this.explain(error);
    });
  }

  private async preflight(requested: string | undefined) {
    const { backend, net } = this.deps;
    const iface = requested ?? (await this.pickInterface());
    const caps = await backend.caps();
    let previous: NetworkRef | null;
    try {
      previous = iface === UNKNOWN_IFACE ? null : await backend.current(iface);
    } catch {
      // Unreadable (hidden names): restore will let the OS choose its best known network.
      previous = { iface };
    }
    // Already on a Photon (joined by hand before the run): that is not home, and rejoining it
    // after the trip would strand the computer there. Let the OS choose instead.
    if (previous?.ssid !== undefined && isPhotonSsid(previous.ssid, this.rules))
      previous = { iface };
    const addresses = net.ipv4ByIface();
    const clashes = iface === UNKNOWN_IFACE ? [] : findSubnetClash(addresses, iface);
    const clash = clashes[0];
    if (clash !== undefined)
      throw new WifiError(
        'subnet-clash',
        m('wifi.subnet-clash', { iface: clash.iface, address: clash.address }),
      );
    const route = await net.defaultRoute().catch(() => null);
    // A split-tunnel VPN leaves "default" on the adapter but carries the internet in 0/1 +
    // 128/1 routes: ask where traffic to an internet address really goes (a route lookup only;
    // nothing is sent to it).
    const internet = await net.routeIface(INTERNET_SAMPLE_ADDRESS).catch(() => null);
    const secondLink =
      isSecondLink(route, iface) && (internet === null || internet === route?.iface);
    const homeAddresses =
      iface === UNKNOWN_IFACE ? [...addresses.values()].flat() : (addresses.get(iface) ?? []);
    // Listed even without an adapter name where the OS can (netsh lists every adapter's).
    const savedBefore =
      backend.savedNetworks === undefined
        ? null
        : await backend.savedNetworks(iface).catch(() => null);
    return { iface, caps, previous, secondLink, homeAddresses, savedBefore };
  }

  /** The adapter to use; UNKNOWN_IFACE when the OS will not name it (Windows without Location). */
  private async pickInterface(): Promise<string> {
    let interfaces;
    try {
      interfaces = await this.deps.backend.interfaces();
    } catch (error) {
      if (error instanceof WifiError && error.kind === 'permission') return UNKNOWN_IFACE;
      throw error;
    }
    const iface = interfaces.find((entry) => entry.connected) ?? interfaces[0];
    if (iface === undefined) throw new WifiError('no-wifi', m('wifi.no-adapter'));
    return iface.name;
  }

  private async writeJournal(): Promise<void> {
    await this.deps.journal?.write({
      version: 2,
      platform: this.deps.platform,
      iface: this.iface,
      previous: this.previous,
      temp: this.temp,
      startedAt: new Date(this.clock.now()).toISOString(),
      owner: currentOwner(),
      homeAddresses: this.homeAddresses,
      savedBefore: this.savedBefore,
      prefix: this.rules.prefix ?? DEFAULT_SOFTAP_PREFIX,
      run: this.note?.() ?? null,
    });
  }

  private async waitForAssociation(ssid: string, budgetMs: number): Promise<void> {
    const deadline = this.clock.now() + budgetMs;
    for (;;) {
      this.check();
      const state = await this.deps.backend.isAssociated(this.iface, ssid);
      if (state !== 'no') return;
      const left = deadline - this.clock.now();
      if (left < this.timeouts.associationPollMs)
        throw new WifiError('join-failed', m('wifi.join.not-in-time', { ssid }));
      this.emit({
        phase: 'join',
        message: m('wifi.join.waiting', { ssid }),
        ssid,
        countdownS: Math.ceil(left / 1000),
      });
      await this.sleep(this.timeouts.associationPollMs);
    }
  }

  private async waitForAddress(
    budgetMs: number,
    manualHint: Message | null,
    waitingMessage: Message,
  ): Promise<string> {
    const deadline = this.clock.now() + budgetMs;
    let lastSeen: string | undefined;
    for (;;) {
      this.check();
      // One reading per poll: the addresses of this moment, for every question below.
      const byIface = this.deps.net.ipv4ByIface();
      const found = this.photonAddress(byIface);
      if (found !== null) {
        this.iface = found.iface;
        return found.address;
      }
      // A home network on 192.168.0.x and a lease with the same address: the device decides.
      const same = this.homeLikeAddress(byIface);
      if (same !== null && (await this.answers())) {
        this.iface = same.iface;
        return same.address;
      }
      const addresses = byIface.get(this.iface) ?? [];
      const seen = addresses[0];
      const left = deadline - this.clock.now();
      if (left < this.timeouts.addressPollMs && manualHint !== null)
        throw new WifiError(
          'no-address',
          m('wifi.manual.not-joined', { seconds: Math.round(budgetMs / 1000), then: manualHint }),
        );
      if (left < this.timeouts.addressPollMs)
        throw new WifiError(
          'no-address',
          seen === undefined
            ? m('wifi.address.none', { seconds: Math.round(budgetMs / 1000) })
            : m('wifi.address.wrong', { seconds: Math.round(budgetMs / 1000), address: seen }),
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
      await this.sleep(this.timeouts.addressPollMs);
    }
  }

  /**
   * A Photon's 192.168.0.x address on the Wi-Fi (on any adapter when the OS would not name it).
   * Only a new one counts: the home network may itself be 192.168.0.x, and an address it gave
   * before the trip is no proof of the operator's join.
   */
  private photonAddress(byIface: Map<string, string[]>): { iface: string; address: string } | null {
    for (const [iface, addresses] of this.candidateAddresses(byIface)) {
      const address = addresses.find(
        (candidate) => inPhotonSubnet(candidate) && !this.homeAddresses.includes(candidate),
      );
      if (address !== undefined) return { iface, address };
    }
    return null;
  }

  /** A 192.168.0.x address the Wi-Fi already had at home: only the Photon answering makes it one. */
  private homeLikeAddress(
    byIface: Map<string, string[]>,
  ): { iface: string; address: string } | null {
    for (const [iface, addresses] of this.candidateAddresses(byIface)) {
      const address = addresses.find((candidate) => inPhotonSubnet(candidate));
      if (address !== undefined) return { iface, address };
    }
    return null;
  }

  private candidateAddresses(byIface: Map<string, string[]>): Array<readonly [string, string[]]> {
    return this.iface === UNKNOWN_IFACE
      ? [...byIface.entries()]
      : [[this.iface, byIface.get(this.iface) ?? []] as const];
  }

  /**
   * After the trip (its signal has aborted): does a Photon still answer? Its own bound, so the
   * restore's home check never hangs on it.
   */
  private async photonAnswersAfterTrip(): Promise<boolean> {
    return photonAnswers(this.deps, this.timeouts.probeAttemptMs, this.clock);
  }

  /** One bounded probe of the device's setup port. */
  private async answers(): Promise<boolean> {
    const endpoint = (this.deps.endpoint ?? (() => PHOTON_ENDPOINT))();
    const t = this.timeouts;
    const reply = await this.bounded(
      this.deps.probeDevice(endpoint, { timeoutMs: t.probeAttemptMs, signal: this.signal }),
      t.probeAttemptMs + 250,
      () => new WifiError('timeout', m('wifi.probe.timeout')),
    ).catch((error: unknown) => {
      if (this.signal.aborted) throw this.explain(error);
      return null;
    });
    return reply !== null && typeof reply.id === 'string' && reply.id.length > 0;
  }

  private async probeUntil(endpoint: DeviceEndpoint, windowMs: number) {
    const deadline = this.clock.now() + windowMs;
    const t = this.timeouts;
    for (;;) {
      this.check();
      const reply = await this.bounded(
        this.deps.probeDevice(endpoint, { timeoutMs: t.probeAttemptMs, signal: this.signal }),
        t.probeAttemptMs + 250,
        () => new WifiError('timeout', m('wifi.probe.timeout')),
      ).catch((error: unknown) => {
        if (this.signal.aborted) throw this.explain(error);
        return null;
      });
      if (reply !== null && typeof reply.id === 'string' && reply.id.length > 0) return reply;
      if (this.clock.now() + t.addressPollMs > deadline) return null;
      await this.sleep(t.addressPollMs);
    }
  }

  /** Watches the link while the caller works; one re-join, then the trip aborts with 'dropped'. */
  private async watch(joined: JoinedDevice): Promise<void> {
    let rejoined = false;
    for (;;) {
      try {
        await this.clock.sleep(this.timeouts.watchdogMs, this.signal);
      } catch {
        return;
      }
      if (await this.stillThere(joined)) continue;
      if (this.signal.aborted) return;
      if (!rejoined && joined.ssid !== null && this.temp !== null) {
        rejoined = true;
        this.emit({
          phase: 'dropped',
          message: m('wifi.dropped.rejoining', { ssid: joined.ssid }),
          ssid: joined.ssid,
        });
        const back = await this.deps.backend
          .rejoin(
            {
              iface: joined.iface,
              ssid: joined.ssid,
              nmUuid: this.temp.nmUuid,
              winProfile: this.temp.profileName,
            },
            // The trip's signal: leave() must not wait out a re-join of a Photon that is gone.
            { timeoutMs: this.timeouts.joinMs, signal: this.signal },
          )
          .then(() => this.stillThere(joined))
          .catch(() => false);
        if (back) continue;
      }
      if (this.signal.aborted) return;
      this.abort(
        new WifiError(
          'dropped',
          joined.ssid === null ? m('wifi.dropped') : m('wifi.dropped.named', { ssid: joined.ssid }),
        ),
      );
      return;
    }
  }

  private async stillThere(joined: JoinedDevice): Promise<boolean> {
    if (joined.ssid !== null) {
      const state = await this.deps.backend
        .isAssociated(joined.iface, joined.ssid)
        .catch(() => 'unknown' as const);
      if (state !== 'unknown') return state === 'yes';
    }
    // Names hidden: the Photon's address on the Wi-Fi interface is the remaining evidence.
    return (this.deps.net.ipv4ByIface().get(joined.iface) ?? []).some(inPhotonSubnet);
  }
}

export class WifiSession {
  constructor(private readonly deps: WifiSessionDeps) {}

  /** Starts a trip with its preflight done; the caller must leave() it, whatever happens next. */
  async open(options: TripOptions = {}): Promise<WifiTrip> {
    const release = this.deps.radioLock?.() ?? (() => undefined);
    try {
      await this.settleLeftJournal();
    } catch (error) {
      release();
      throw error;
    }
    const trip = new WifiTrip(this.deps, options, release);
    try {
      await trip.open(options.iface);
    } catch (error) {
      await trip.leave();
      throw trip.explain(error);
    }
    return trip;
  }

  /**
   * A journal still on disk (a restore that failed, kept so it is tried again) must be dealt with
   * before a new trip overwrites it: undo what it names now, or refuse with its sentence. One
   * that cannot even be read is no reason to stay: the new trip's journal replaces it.
   */
  private async settleLeftJournal(): Promise<void> {
    const read = await this.deps.journal?.read().catch(() => null);
    if (read === undefined || read === null || read.kind === 'none') return;
    const replay = await replayLeftJournal(this.deps, read);
    if (replay.kind === 'restored' && !replay.report.ok) throw replay.report.error;
  }

  /** The whole trip for one piece of work: find (unless given), join, use, and always restore. */
  async run<T>(
    options: WifiSessionOptions,
    use: (context: WifiSessionContext) => Promise<T>,
  ): Promise<WifiSessionResult<T>> {
    // Refuse a bad name before any command runs.
    if (options.ssid !== undefined) assertPhotonSsid(options.ssid, options);
    throwIfAborted(options.signal);
    const trip = await this.open(options);
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      const ssid =
        options.manual === true ? null : (options.ssid ?? (await trip.find(options.choose)));
      const joined = await trip.join(ssid);
      // Work that ignores the signal still loses to a dropped link or the cap.
      const value = await abortable(
        use({ ...joined, secondLink: trip.secondLink, signal: trip.signal }),
        trip.signal,
      );
      outcome = { ok: true, value };
    } catch (error) {
      outcome = { ok: false, error: trip.explain(error) };
    }
    const restore = await trip.leave();
    if (!restore.ok)
      throw outcome.ok
        ? restore.error
        : new WifiRestoreError(restore.error.network, { cause: outcome.error });
    if (!outcome.ok) throw outcome.error;
    return { value: outcome.value, restore };
  }
}

const NO_REPLAY: ReplayResult = { kind: 'none' };

/**
 * The journal an earlier trip left (a crash, a kill, or a restore that failed), replayed with this
 * host's own probes and time limits — at start-up and before a new trip alike. The caller holds
 * the data folder's lock, so the journal is no live process's.
 */
async function replayLeftJournal(deps: WifiSessionDeps, read: JournalRead): Promise<ReplayResult> {
  const journal = deps.journal;
  if (journal === null) return NO_REPLAY;
  const timeouts = resolveTimeouts(deps.timeouts, deps.platform);
  return replayRestoreJournal(
    journal,
    deps.backend,
    {
      net: deps.net,
      reachCloud: deps.reachCloud,
      // Still on the Photon? Ask the device itself (its setup port), not the subnet.
      probePhoton: () => photonAnswers(deps, timeouts.probeAttemptMs, deps.clock),
      timeoutMs: timeouts.restoreMs,
      pollMs: timeouts.associationPollMs,
      clock: deps.clock,
      onProgress: deps.onProgress,
    },
    read,
  );
}

/**
 * Start-up: the journal an earlier process left, replayed while holding the radio as a trip
 * does. Another Photon Setup on another data folder may be on a trip right now (the host on
 * *its* Photon), and putting "our" Wi-Fi back would pull it off: then nothing runs (`deferred`)
 * and the journal waits for this core's next trip or start. An unreadable journal runs no
 * command, so it needs no radio; a lock that is itself broken does not stop the replay.
 */
export async function replayAtStart(deps: WifiSessionDeps): Promise<ReplayResult> {
  if (deps.journal === null) return NO_REPLAY;
  const read = await deps.journal.read();
  if (read.kind !== 'entry' || deps.radioLock === undefined) return replayLeftJournal(deps, read);
  let release: () => void;
  try {
    release = deps.radioLock();
  } catch (error) {
    if (error instanceof WifiError && error.kind === 'busy')
      return { kind: 'deferred', entry: read.entry };
    return replayLeftJournal(deps, read);
  }
  try {
    return await replayLeftJournal(deps, read);
  } finally {
    release();
  }
}

/**
 * Whether a Photon answers its setup port now, within one probe attempt. An endpoint that cannot
 * be named (the simulated Wi-Fi off every Photon) is no answer.
 */
async function photonAnswers(
  deps: Pick<WifiSessionDeps, 'endpoint' | 'probeDevice'>,
  timeoutMs: number,
  clock: Clock = systemClock,
): Promise<boolean> {
  try {
    const endpoint = (deps.endpoint ?? (() => PHOTON_ENDPOINT))();
    const reply = await withDeadline(
      deps.probeDevice(endpoint, { timeoutMs }),
      timeoutMs + 250,
      () => new WifiError('timeout', m('wifi.probe.timeout')),
      undefined,
      clock,
    );
    return reply !== null && typeof reply.id === 'string' && reply.id.length > 0;
  } catch {
    return false;
  }
}
