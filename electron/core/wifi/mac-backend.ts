// macOS 14+ without `airport` (wifi.md §1.4, §3b.3, §3c): networksetup to join and restore,
// system_profiler to scan and read the current network. Names may be redacted without location
// permission; joining never needs it.
import { m } from '../../../shared/i18n';
import type { RunCommand } from '../run-command';
import { systemClock, type Clock } from '../runtime';
import { commandFailed, commandTool, type CommandTool } from './command-tool';
import { WifiError } from './errors';
import { macLocationSentence } from './location-sentences';
import {
  parseAirportNetwork,
  parsePreferredNetworks,
  parseSetAirportNetwork,
  parseSystemProfilerAirport,
  parseWifiDevices,
  profilerRedacted,
  REDACTED,
  type ProfilerInterface,
} from './mac-parsers';
import { assertArgumentSafe, assertJoinableSsid } from './ssid';
import { ASSOCIATION_POLL_MS, MACOS_PROFILER_CALL_MS } from './timeouts';
import type {
  Association,
  JoinOptions,
  NetworkRef,
  RejoinOptions,
  ScanOptions,
  TempJoin,
  WifiBackend,
  WifiCaps,
  WifiIface,
  WifiNetwork,
} from './types';

const WIFI_OFF_SENTENCE = m('wifi.mac.off');

/** A slow Mac may take several times the measured cost of one call. */
const SYSTEM_PROFILER_TIMEOUT_MS = 4 * MACOS_PROFILER_CALL_MS;
/**
 * One check (caps, interfaces, scan, current) reads one profile: each call costs seconds, so a
 * reading this young is reused, and callers that run at once share the one in flight.
 */
const PROFILE_REUSE_MS = 2_000;

export interface MacBackendOptions {
  runCommand: RunCommand;
  networksetup?: string | undefined;
  systemProfiler?: string | undefined;
  clock?: Clock | undefined;
  associationPollMs?: number | undefined;
}

export class MacBackend implements WifiBackend {
  readonly name = 'macos' as const;
  private readonly networksetup: CommandTool;
  private readonly profiler: CommandTool;
  private readonly clock: Clock;
  private readonly pollMs: number;
  private reading: { at: number | null; result: Promise<ProfilerInterface[]> } | null = null;

  constructor(options: MacBackendOptions) {
    this.networksetup = commandTool(
      options.runCommand,
      options.networksetup ?? '/usr/sbin/networksetup',
    );
    this.profiler = commandTool(
      options.runCommand,
      options.systemProfiler ?? '/usr/sbin/system_profiler',
      {
        timeoutMs: SYSTEM_PROFILER_TIMEOUT_MS,
      },
    );
    this.clock = options.clock ?? systemClock;
    this.pollMs = options.associationPollMs ?? ASSOCIATION_POLL_MS;
  }

  /** The Wi-Fi state; `fresh` when waiting for a change (association, restore). */
  private profile(fresh = false): Promise<ProfilerInterface[]> {
    const last = this.reading;
    // In flight, or finished a moment ago: the same reading (its age counts from its answer, a
    // 4 s call must not expire before the next caller asks).
    if (
      last !== null &&
      !fresh &&
      (last.at === null || this.clock.now() - last.at < PROFILE_REUSE_MS)
    )
      return last.result;
    const reading: { at: number | null; result: Promise<ProfilerInterface[]> } = {
      at: null,
      result: this.readProfile(),
    };
    this.reading = reading;
    reading.result.then(
      () => {
        reading.at = this.clock.now();
      },
      () => {
        // A failed reading is not reused.
        if (this.reading === reading) this.reading = null;
      },
    );
    return reading.result;
  }

  private async readProfile(): Promise<ProfilerInterface[]> {
    const result = await this.profiler.run(['SPAirPortDataType', '-json']);
    const parsed = result.code === 0 ? parseSystemProfilerAirport(result.stdout) : null;
    if (parsed === null)
      throw commandFailed('system_profiler', m('wifi.task.read-state'), result.code);
    return parsed;
  }

  async caps(): Promise<WifiCaps> {
    const redacted = (await this.profile()).some(profilerRedacted);
    // Wi-Fi off or nothing in range shows no names either way; the scan says what is wrong.
    const access = redacted ? 'needs-location' : 'yes';
    return { scanSsids: access, readCurrent: access, freshScan: false, deleteProfile: true };
  }

  async interfaces(): Promise<WifiIface[]> {
    const result = await this.networksetup.run(['-listallhardwareports']);
    if (result.code !== 0)
      throw commandFailed('networksetup', m('wifi.task.list-hardware'), result.code);
    const devices = parseWifiDevices(result.stdout);
    const states = await this.profile().catch(() => [] as ProfilerInterface[]);
    return devices.map((name) => ({
      name,
      connected: states.find((state) => state.device === name)?.connected ?? false,
    }));
  }

  async scan(iface: string, options: ScanOptions): Promise<WifiNetwork[]> {
    const state = (await this.profile(options.fresh)).find((entry) => entry.device === iface);
    if (state === undefined) return [];
    if (state.off) throw new WifiError('no-wifi', WIFI_OFF_SENTENCE);
    if (profilerRedacted(state)) throw new WifiError('permission', macLocationSentence());
    return state.networks.map((network) => ({ ...network }));
  }

  /** The current SSID, undefined when connected but hidden, null when not connected. */
  private async currentSsid(iface: string, fresh = false): Promise<string | undefined | null> {
    const device = assertArgumentSafe(iface, 'interface');
    const quick = await this.networksetup.run(['-getairportnetwork', device]);
    const parsed = parseAirportNetwork(quick.stdout);
    if (parsed.kind === 'network') return parsed.ssid;
    if (parsed.kind === 'power-off' || parsed.kind === 'not-wifi') return null;
    // macOS 15 says "not associated" while connected without location permission: ask the profiler.
    const state = (await this.profile(fresh)).find((entry) => entry.device === iface);
    if (state === undefined || !state.connected) return null;
    return state.current === undefined || state.current === REDACTED ? undefined : state.current;
  }

  async current(iface: string): Promise<NetworkRef | null> {
    const ssid = await this.currentSsid(iface);
    if (ssid === null) return null;
    return ssid === undefined ? { iface } : { iface, ssid };
  }

  private async setNetwork(iface: string, ssid: string, signal?: AbortSignal): Promise<void> {
    // No password argument: networksetup would take "undefined" literally (wifi.md §1.3 item 3);
    // known networks use the keychain.
    const result = await this.networksetup.run(
      ['-setairportnetwork', assertArgumentSafe(iface, 'interface'), ssid],
      { signal },
    );
    const failure = parseSetAirportNetwork(result.stdout, result.stderr);
    if (failure === 'not-found') throw new WifiError('not-found', m('wifi.join.gone', { ssid }));
    if (failure !== null || result.code !== 0)
      throw new WifiError('join-failed', m('wifi.join.failed', { ssid }));
  }

  /** Polls until associated; 'unknown' (names hidden) ends the wait and leaves proof to the caller. */
  private async waitFor(iface: string, ssid: string, timeoutMs: number, signal?: AbortSignal) {
    const deadline = this.clock.now() + timeoutMs;
    for (;;) {
      if ((await this.isAssociated(iface, ssid)) !== 'no') return true;
      if (this.clock.now() + this.pollMs > deadline) return false;
      await this.clock.sleep(this.pollMs, signal);
    }
  }

  async joinOpen(iface: string, ssid: string, options: JoinOptions): Promise<TempJoin> {
    assertJoinableSsid(ssid);
    const temp: TempJoin = { iface, ssid };
    await this.setNetwork(iface, ssid, options.signal);
    if (!(await this.waitFor(iface, ssid, options.timeoutMs, options.signal))) {
      await this.forget(temp).catch(() => undefined);
      throw new WifiError(
        'timeout',
        m('wifi.join.unfinished', { ssid, seconds: Math.round(options.timeoutMs / 1000) }),
      );
    }
    return temp;
  }

  async isAssociated(iface: string, ssid: string): Promise<Association> {
    const current = await this.currentSsid(iface, true);
    if (current === undefined) return 'unknown';
    return current === ssid ? 'yes' : 'no';
  }

  async rejoin(ref: NetworkRef, options: RejoinOptions): Promise<void> {
    if (ref.ssid === undefined) {
      await this.letOsReconnect(ref.iface);
      return;
    }
    await this.setNetwork(ref.iface, assertArgumentSafe(ref.ssid, 'network'), options.signal);
    if (!(await this.waitFor(ref.iface, ref.ssid, options.timeoutMs, options.signal)))
      throw new WifiError('timeout', m('wifi.rejoin.timeout'));
  }

  async forget(temp: TempJoin): Promise<void> {
    // Without this macOS may auto-join the Photon again while it still broadcasts.
    const result = await this.networksetup.run([
      '-removepreferredwirelessnetwork',
      assertArgumentSafe(temp.iface, 'interface'),
      assertJoinableSsid(temp.ssid),
    ]);
    const text = `${result.stdout}\n${result.stderr}`;
    if (result.code === 0 && !/error/i.test(text)) return;
    // Its wording for "not in the list" is not published; the list itself says whether it is gone.
    if ((await this.hasProfile(temp)) === false) return;
    throw commandFailed('networksetup', m('wifi.task.remove-preferred'), result.code);
  }

  private async preferred(iface: string): Promise<string[] | null> {
    const result = await this.networksetup.run([
      '-listpreferredwirelessnetworks',
      assertArgumentSafe(iface, 'interface'),
    ]);
    return result.code === 0 ? parsePreferredNetworks(result.stdout) : null;
  }

  async hasProfile(temp: TempJoin): Promise<boolean | 'unknown'> {
    const names = await this.preferred(temp.iface).catch(() => null);
    return names === null ? 'unknown' : names.includes(temp.ssid);
  }

  async savedNetworks(iface: string): Promise<TempJoin[] | null> {
    const names = await this.preferred(iface).catch(() => null);
    return names === null ? null : names.map((ssid) => ({ iface, ssid }));
  }

  async letOsReconnect(iface: string): Promise<void> {
    // Power-cycling Wi-Fi makes macOS auto-join its best known network (wifi-control's resetWiFi).
    const device = assertArgumentSafe(iface, 'interface');
    for (const state of ['off', 'on']) {
      const result = await this.networksetup.run(['-setairportpower', device, state]);
      if (result.code !== 0)
        throw commandFailed('networksetup', m('wifi.task.turn-wifi', { state }), result.code);
    }
  }
}
