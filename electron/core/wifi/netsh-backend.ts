// Windows through netsh (wifi.md §3b.2, §3c): an open profile written by us, connect by profile
// name, poll until associated (netsh connect only queues a request), rejoin the previous profile,
// delete ours. No shell anywhere; every value is one argv element. netsh's output is read in the
// system's OEM code page and parsed by structure, so every display language works.
import { m } from '../../../shared/i18n';
import type { RunCommand } from '../run-command';
import { systemClock, type Clock } from '../runtime';
import { commandFailed, commandTool, type CommandTool } from './command-tool';
import { WifiError } from './errors';
import { windowsLocationSentence } from './location-sentences';
import {
  netshNeedsLocation,
  parseNetshInterfaces,
  parseNetshNetworks,
  parseNetshNetworksInterface,
  parseNetshProfiles,
} from './netsh-parsers';
import { createOemDecoder } from './windows-code-page';
import { openProfileXml } from './netsh-profile-xml';
import { assertArgumentSafe, assertJoinableSsid } from './ssid';
import { withTempFile as realWithTempFile, type WithTempFile } from './temp-file';
import { ASSOCIATION_POLL_MS } from './timeouts';
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

const WIN_TEMP_PROFILE_PREFIX = 'photon-setup-';
const winTempProfileName = (ssid: string): string => `${WIN_TEMP_PROFILE_PREFIX}${ssid}`;

export interface NetshBackendOptions {
  runCommand: RunCommand;
  netsh?: string | undefined;
  clock?: Clock | undefined;
  associationPollMs?: number | undefined;
  withTempFile?: WithTempFile | undefined;
}

const permissionError = (): WifiError => new WifiError('permission', windowsLocationSentence());

export class NetshBackend implements WifiBackend {
  readonly name = 'netsh' as const;
  private readonly tool: CommandTool;
  private readonly clock: Clock;
  private readonly pollMs: number;
  private readonly withTempFile: WithTempFile;

  constructor(options: NetshBackendOptions) {
    this.tool = commandTool(options.runCommand, options.netsh ?? 'netsh', {
      decode: createOemDecoder(options.runCommand),
    });
    this.clock = options.clock ?? systemClock;
    this.pollMs = options.associationPollMs ?? ASSOCIATION_POLL_MS;
    this.withTempFile = options.withTempFile ?? realWithTempFile;
  }

  private async showInterfaces(): Promise<{ text: string; code: number }> {
    const result = await this.tool.run(['wlan', 'show', 'interfaces']);
    return { text: `${result.stdout}\n${result.stderr}`, code: result.code };
  }

  async caps(): Promise<WifiCaps> {
    const { text } = await this.showInterfaces();
    const access = netshNeedsLocation(text) ? 'needs-location' : 'yes';
    return { scanSsids: access, readCurrent: access, freshScan: false, deleteProfile: true };
  }

  async interfaces(): Promise<WifiIface[]> {
    const { text, code } = await this.showInterfaces();
    if (netshNeedsLocation(text)) {
      // Without Location consent `show interfaces` names nothing, but `show networks` still
      // prints the interface name: enough for the manual path and for restore.
      const networks = await this.tool.run(['wlan', 'show', 'networks']);
      const name = parseNetshNetworksInterface(`${networks.stdout}`);
      if (name !== null) return [{ name, connected: false }];
      throw permissionError();
    }
    if (code !== 0) throw commandFailed('netsh', m('wifi.task.list-interfaces'), code);
    return parseNetshInterfaces(text).map((entry) => ({
      name: entry.name,
      connected: entry.connected,
    }));
  }

  async scan(iface: string, _options: ScanOptions): Promise<WifiNetwork[]> {
    const result = await this.tool.run([
      'wlan',
      'show',
      'networks',
      'mode=bssid',
      `interface=${assertArgumentSafe(iface, 'interface')}`,
    ]);
    if (netshNeedsLocation(`${result.stdout}\n${result.stderr}`)) throw permissionError();
    if (result.code !== 0) throw commandFailed('netsh', m('wifi.task.list-networks'), result.code);
    return parseNetshNetworks(result.stdout).map((network) => ({
      ssid: network.ssid,
      bssid: network.bssids[0],
      signal: network.signal,
      channel: network.channel,
      open: network.open,
    }));
  }

  async current(iface: string): Promise<NetworkRef | null> {
    const { text, code } = await this.showInterfaces();
    if (netshNeedsLocation(text)) throw permissionError();
    if (code !== 0) throw commandFailed('netsh', m('wifi.task.read-current'), code);
    const entry = parseNetshInterfaces(text).find((candidate) => candidate.name === iface);
    if (entry === undefined || !entry.connected) return null;
    return { iface, ssid: entry.ssid, winProfile: entry.profile ?? entry.ssid };
  }

  async joinOpen(iface: string, ssid: string, options: JoinOptions): Promise<TempJoin> {
    assertJoinableSsid(ssid);
    const ifaceArg = `interface=${assertArgumentSafe(iface, 'interface')}`;
    const profileName = winTempProfileName(ssid);
    const added = await this.withTempFile(
      'photon-profile.xml',
      openProfileXml(profileName, ssid),
      (path) =>
        this.tool.run(['wlan', 'add', 'profile', `filename=${path}`, ifaceArg, 'user=current'], {
          signal: options.signal,
        }),
    );
    if (added.code !== 0)
      throw new WifiError('join-failed', m('wifi.netsh.profile-refused', { ssid }));
    const temp: TempJoin = { iface, ssid, profileName };
    const connect = await this.tool.run(
      ['wlan', 'connect', `name=${profileName}`, `ssid=${ssid}`, ifaceArg],
      { signal: options.signal },
    );
    if (connect.code !== 0) {
      await this.forget(temp).catch(() => undefined);
      throw new WifiError('join-failed', m('wifi.join.failed', { ssid }));
    }
    if (!(await this.waitFor(iface, ssid, options.timeoutMs, options.signal))) {
      await this.forget(temp).catch(() => undefined);
      throw new WifiError(
        'timeout',
        m('wifi.join.unfinished', { ssid, seconds: Math.round(options.timeoutMs / 1000) }),
      );
    }
    return temp;
  }

  /** netsh connect only queues the request; association is known from show interfaces. */
  private async waitFor(
    iface: string,
    ssid: string | undefined,
    timeoutMs: number,
    signal?: AbortSignal,
  ) {
    const deadline = this.clock.now() + timeoutMs;
    for (;;) {
      const { text } = await this.showInterfaces();
      const entry = parseNetshInterfaces(text).find((candidate) => candidate.name === iface);
      if (entry?.connected === true && (ssid === undefined || entry.ssid === ssid)) return true;
      if (this.clock.now() + this.pollMs > deadline) return false;
      await this.clock.sleep(this.pollMs, signal);
    }
  }

  async isAssociated(iface: string, ssid: string): Promise<Association> {
    const { text, code } = await this.showInterfaces();
    if (code !== 0 || netshNeedsLocation(text)) return 'unknown';
    const entry = parseNetshInterfaces(text).find((candidate) => candidate.name === iface);
    return entry?.connected === true && entry.ssid === ssid ? 'yes' : 'no';
  }

  async rejoin(ref: NetworkRef, options: RejoinOptions): Promise<void> {
    const profile = ref.winProfile ?? ref.ssid;
    if (profile === undefined) {
      await this.letOsReconnect(ref.iface);
      return;
    }
    const result = await this.tool.run(
      [
        'wlan',
        'connect',
        `name=${assertArgumentSafe(profile, 'profile')}`,
        `interface=${assertArgumentSafe(ref.iface, 'interface')}`,
      ],
      { signal: options.signal },
    );
    if (result.code !== 0)
      throw commandFailed('netsh', m('wifi.task.rejoin-previous'), result.code);
    if (!(await this.waitFor(ref.iface, ref.ssid, options.timeoutMs, options.signal)))
      throw new WifiError('timeout', m('wifi.rejoin.timeout'));
  }

  async forget(temp: TempJoin): Promise<void> {
    const profileName = temp.profileName ?? winTempProfileName(assertJoinableSsid(temp.ssid));
    const result = await this.tool.run([
      'wlan',
      'delete',
      'profile',
      `name=${assertArgumentSafe(profileName, 'profile')}`,
      ...(temp.iface === '' ? [] : [`interface=${assertArgumentSafe(temp.iface, 'interface')}`]),
    ]);
    if (result.code === 0) return;
    // A profile that is already gone is what we wanted; the list says so in any language.
    if ((await this.hasProfile({ ...temp, profileName })) === false) return;
    throw commandFailed('netsh', m('wifi.task.remove-profile'), result.code);
  }

  /** Every adapter's profiles when the adapter has no name here (Windows without Location). */
  private async profiles(iface: string): Promise<string[] | null> {
    const result = await this.tool.run([
      'wlan',
      'show',
      'profiles',
      ...(iface === '' ? [] : [`interface=${assertArgumentSafe(iface, 'interface')}`]),
    ]);
    const text = `${result.stdout}\n${result.stderr}`;
    if (result.code !== 0 || netshNeedsLocation(text)) return null;
    return parseNetshProfiles(result.stdout);
  }

  async hasProfile(temp: TempJoin): Promise<boolean | 'unknown'> {
    const names = await this.profiles(temp.iface).catch(() => null);
    if (names === null) return 'unknown';
    return names.includes(temp.profileName ?? winTempProfileName(temp.ssid));
  }

  async savedNetworks(iface: string): Promise<TempJoin[] | null> {
    const names = await this.profiles(iface).catch(() => null);
    // A profile Windows made when the operator picked the network keeps the SSID as its name.
    return names === null ? null : names.map((name) => ({ iface, ssid: name, profileName: name }));
  }

  /**
   * Nothing to send: once the Photon's network is gone (its profile deleted, the device off its AP
   * after connect-ap), WLAN AutoConfig joins the best auto-connect profile by itself. A
   * `netsh wlan disconnect` here would kick the operator off a network Windows already rejoined.
   */
  async letOsReconnect(_iface: string): Promise<void> {
    return Promise.resolve();
  }
}
