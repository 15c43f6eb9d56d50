// macOS 14+ without `airport` (wifi.md §1.4, §3b.3, §3c): networksetup to join and restore,
// system_profiler to scan and read the current network. Names may be redacted without location
// permission; joining never needs it.
import type { RunCommand } from '../run-command';
import { systemClock, type Clock } from '../runtime';
import { commandFailed, commandTool, type CommandTool } from './command-tool';
import { WifiError } from './errors';
import {
  parseAirportNetwork,
  parseSetAirportNetwork,
  parseSystemProfilerAirport,
  parseWifiDevices,
  profilerRedacted,
  REDACTED,
  type ProfilerInterface,
} from './mac-parsers';
import { assertArgumentSafe, assertJoinableSsid } from './ssid';
import { ASSOCIATION_POLL_MS } from './timeouts';
import type {
  Association,
  JoinOptions,
  NetworkRef,
  ScanOptions,
  TempJoin,
  WifiBackend,
  WifiCaps,
  WifiIface,
  WifiNetwork,
} from './types';

export const MACOS_LOCATION_SENTENCE =
  'macOS hides Wi-Fi names from Photon Setup. Open System Settings → Privacy & Security → Location Services and allow Photon Setup, then try again — or join the Photon-… network from the Wi-Fi menu yourself and choose Continue.';

/** system_profiler takes seconds: it gets a larger budget than the other commands. */
const SYSTEM_PROFILER_TIMEOUT_MS = 20_000;

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

  private async profile(): Promise<ProfilerInterface[]> {
    const result = await this.profiler.run(['SPAirPortDataType', '-json']);
    const parsed = result.code === 0 ? parseSystemProfilerAirport(result.stdout) : null;
    if (parsed === null)
      throw commandFailed('system_profiler', 'read the Wi-Fi state', result.code);
    return parsed;
  }

  async caps(): Promise<WifiCaps> {
    const redacted = (await this.profile()).some(profilerRedacted);
    const access = redacted ? 'needs-location' : 'yes';
    return { scanSsids: access, readCurrent: access, freshScan: false, deleteProfile: true };
  }

  async interfaces(): Promise<WifiIface[]> {
    const result = await this.networksetup.run(['-listallhardwareports']);
    if (result.code !== 0)
      throw commandFailed('networksetup', 'list network hardware', result.code);
    const devices = parseWifiDevices(result.stdout);
    const states = await this.profile().catch(() => [] as ProfilerInterface[]);
    return devices.map((name) => ({
      name,
      connected: states.find((state) => state.device === name)?.connected ?? false,
    }));
  }

  async scan(iface: string, _options: ScanOptions): Promise<WifiNetwork[]> {
    const state = (await this.profile()).find((entry) => entry.device === iface);
    if (state === undefined) return [];
    if (profilerRedacted(state)) throw new WifiError('permission', MACOS_LOCATION_SENTENCE);
    return state.networks.map((network) => ({ ...network }));
  }

  /** The current SSID, undefined when connected but hidden, null when not connected. */
  private async currentSsid(iface: string): Promise<string | undefined | null> {
    const device = assertArgumentSafe(iface, 'Wi-Fi interface');
    const quick = await this.networksetup.run(['-getairportnetwork', device]);
    const parsed = parseAirportNetwork(quick.stdout);
    if (parsed.kind === 'network') return parsed.ssid;
    if (parsed.kind === 'power-off' || parsed.kind === 'not-wifi') return null;
    // macOS 15 says "not associated" while connected without location permission: ask the profiler.
    const state = (await this.profile()).find((entry) => entry.device === iface);
    if (state === undefined || !state.connected) return null;
    return state.current === undefined || state.current === REDACTED ? undefined : state.current;
  }

  async current(iface: string): Promise<NetworkRef | null> {
    const ssid = await this.currentSsid(iface);
    if (ssid === null) return null;
    return ssid === undefined ? { iface } : { iface, ssid };
  }

  private async setNetwork(iface: string, ssid: string): Promise<void> {
    // No password argument: networksetup would take "undefined" literally (wifi.md §1.3 item 3);
    // known networks use the keychain.
    const result = await this.networksetup.run([
      '-setairportnetwork',
      assertArgumentSafe(iface, 'Wi-Fi interface'),
      ssid,
    ]);
    const failure = parseSetAirportNetwork(result.stdout, result.stderr);
    if (failure === 'not-found')
      throw new WifiError('not-found', `The computer cannot see ${ssid} any more.`);
    if (failure !== null || result.code !== 0)
      throw new WifiError('join-failed', `The computer could not join ${ssid}.`);
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
    await this.setNetwork(iface, ssid);
    if (!(await this.waitFor(iface, ssid, options.timeoutMs, options.signal))) {
      await this.forget(temp).catch(() => undefined);
      throw new WifiError(
        'timeout',
        `Joining ${ssid} did not finish within ${Math.round(options.timeoutMs / 1000)} s.`,
      );
    }
    return temp;
  }

  async isAssociated(iface: string, ssid: string): Promise<Association> {
    const current = await this.currentSsid(iface);
    if (current === undefined) return 'unknown';
    return current === ssid ? 'yes' : 'no';
  }

  async rejoin(ref: NetworkRef, options: { timeoutMs: number }): Promise<void> {
    if (ref.ssid === undefined) {
      await this.letOsReconnect(ref.iface);
      return;
    }
    await this.setNetwork(ref.iface, assertArgumentSafe(ref.ssid, 'network'));
    if (!(await this.waitFor(ref.iface, ref.ssid, options.timeoutMs)))
      throw new WifiError('timeout', 'The previous Wi-Fi network did not come back in time.');
  }

  async forget(temp: TempJoin): Promise<void> {
    // Without this macOS may auto-join the Photon again while it still broadcasts.
    const result = await this.networksetup.run([
      '-removepreferredwirelessnetwork',
      assertArgumentSafe(temp.iface, 'Wi-Fi interface'),
      assertJoinableSsid(temp.ssid),
    ]);
    const text = `${result.stdout}\n${result.stderr}`;
    if (result.code !== 0 || /error/i.test(text))
      throw commandFailed(
        'networksetup',
        'remove the Photon from the preferred networks',
        result.code,
      );
  }

  async letOsReconnect(iface: string): Promise<void> {
    // Power-cycling Wi-Fi makes macOS auto-join its best known network (wifi-control's resetWiFi).
    const device = assertArgumentSafe(iface, 'Wi-Fi interface');
    for (const state of ['off', 'on']) {
      const result = await this.networksetup.run(['-setairportpower', device, state]);
      if (result.code !== 0)
        throw commandFailed('networksetup', `turn Wi-Fi ${state}`, result.code);
    }
  }
}
