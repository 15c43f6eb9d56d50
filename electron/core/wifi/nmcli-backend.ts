// Linux through NetworkManager's nmcli (wifi.md §3b.1, §3c): our own throw-away profile with
// never-default and no autoconnect, re-join of the previous network by connection UUID, cleanup.
import { m } from '../../../shared/i18n';
import type { RunCommand } from '../run-command';
import { commandFailed, commandTool, type CommandTool } from './command-tool';
import { WifiError } from './errors';
import {
  NMCLI_ACTIVE_FIELDS,
  NMCLI_DEVICE_FIELDS,
  NMCLI_SCAN_FIELDS,
  parseNmcliActive,
  parseNmcliAddedUuid,
  parseNmcliDevices,
  parseNmcliScan,
} from './nmcli-terse';
import { assertArgumentSafe, assertJoinableSsid } from './ssid';
import { NMCLI_SCAN_TIMEOUT_MS } from './timeouts';
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

/** Our temporary profiles carry this prefix, so a leftover one is recognisable. */
const NM_TEMP_PROFILE_PREFIX = 'photon-setup-';
const tempProfileName = (ssid: string): string => `${NM_TEMP_PROFILE_PREFIX}${ssid}`;

/** nmcli exit codes (man nmcli): 3 timeout, 4 activation failed, 10 not found. */
const NM_TIMEOUT = 3;
/** Under the 15 s command budget (WIFI_COMMAND_TIMEOUT_MS), with room for nmcli's start-up. */
const NMCLI_RECONNECT_WAIT_MS = 10_000;
const NM_NOT_FOUND = 10;

export interface NmcliBackendOptions {
  runCommand: RunCommand;
  /** Path or name of nmcli; execFile resolves a bare name through PATH. */
  nmcli?: string | undefined;
  /** Owner for `connection.permissions`, which avoids the polkit "modify system" prompt. */
  userName?: string | undefined;
}

const seconds = (ms: number): string => String(Math.max(1, Math.ceil(ms / 1000)));

export class NmcliBackend implements WifiBackend {
  readonly name = 'nmcli' as const;
  private readonly tool: CommandTool;

  constructor(private readonly options: NmcliBackendOptions) {
    this.tool = commandTool(options.runCommand, options.nmcli ?? 'nmcli');
  }

  async caps(): Promise<WifiCaps> {
    return { scanSsids: 'yes', readCurrent: 'yes', freshScan: true, deleteProfile: true };
  }

  async interfaces(): Promise<WifiIface[]> {
    const result = await this.tool.run(['-t', '-f', NMCLI_DEVICE_FIELDS.join(','), 'device']);
    if (result.code !== 0) throw commandFailed('nmcli', m('wifi.task.list-devices'), result.code);
    return parseNmcliDevices(result.stdout)
      .filter((device) => device.type === 'wifi')
      .map((device) => ({ name: device.device, connected: device.state === 'connected' }));
  }

  private async list(iface: string, rescan: 'yes' | 'auto' | 'no') {
    return this.tool.run(
      [
        '-t',
        '-f',
        NMCLI_SCAN_FIELDS.join(','),
        'device',
        'wifi',
        'list',
        '--rescan',
        rescan,
        'ifname',
        assertArgumentSafe(iface, 'interface'),
      ],
      // `no` only reads the cache; the others may wait for a scan (NMCLI_RESCAN_WAIT_MS).
      rescan === 'no' ? {} : { timeoutMs: NMCLI_SCAN_TIMEOUT_MS },
    );
  }

  async scan(iface: string, options: ScanOptions): Promise<WifiNetwork[]> {
    let result = await this.list(iface, options.fresh ? 'yes' : 'auto');
    // nmcli before 1.26 fails when NM refuses a rescan right after the previous one; its cache
    // is then fresh enough. Newer nmcli waits instead (NMCLI_RESCAN_WAIT_MS).
    if (result.code !== 0 && options.fresh) result = await this.list(iface, 'auto');
    if (result.code !== 0) throw commandFailed('nmcli', m('wifi.task.scan'), result.code);
    return parseNmcliScan(result.stdout)
      .filter((row) => row.ssid.length > 0)
      .map((row) => ({
        ssid: row.ssid,
        bssid: row.bssid,
        signal: row.signal,
        channel: row.channel,
        open: row.open,
      }));
  }

  async current(iface: string): Promise<NetworkRef | null> {
    const active = await this.tool.run([
      '-t',
      '-f',
      NMCLI_ACTIVE_FIELDS.join(','),
      'connection',
      'show',
      '--active',
    ]);
    if (active.code !== 0) throw commandFailed('nmcli', m('wifi.task.read-active'), active.code);
    const connection = parseNmcliActive(active.stdout).find(
      (row) => row.type === '802-11-wireless' && row.device === iface,
    );
    if (connection === undefined) return null;
    const listed = await this.list(iface, 'no');
    const ssid =
      listed.code === 0 ? parseNmcliScan(listed.stdout).find((row) => row.active)?.ssid : undefined;
    return { iface, nmUuid: connection.uuid, ssid: ssid ?? connection.name };
  }

  async joinOpen(iface: string, ssid: string, options: JoinOptions): Promise<TempJoin> {
    assertJoinableSsid(ssid);
    const profileName = tempProfileName(ssid);
    const add = [
      'connection',
      'add',
      'type',
      'wifi',
      'ifname',
      assertArgumentSafe(iface, 'interface'),
      'con-name',
      profileName,
      'ssid',
      ssid,
      'connection.autoconnect',
      'no',
      'ipv4.method',
      'auto',
      'ipv4.never-default',
      'yes',
      'ipv6.method',
      'ignore',
    ];
    if (this.options.userName !== undefined)
      add.push(
        'connection.permissions',
        `user:${assertArgumentSafe(this.options.userName, 'user')}`,
      );
    const added = await this.tool.run(add, { signal: options.signal });
    const nmUuid = added.code === 0 ? parseNmcliAddedUuid(added.stdout) : null;
    if (nmUuid === null)
      throw new WifiError('join-failed', m('wifi.nmcli.profile-refused', { ssid }));
    const temp: TempJoin = { iface, ssid, nmUuid, profileName };
    const up = await this.tool.run(
      ['--wait', seconds(options.timeoutMs), 'connection', 'up', 'uuid', nmUuid],
      { timeoutMs: options.timeoutMs + 5_000, signal: options.signal },
    );
    if (up.code !== 0) {
      await this.forget(temp).catch(() => undefined);
      throw up.code === NM_TIMEOUT
        ? new WifiError(
            'timeout',
            m('wifi.join.unfinished', { ssid, seconds: seconds(options.timeoutMs) }),
          )
        : new WifiError('join-failed', m('wifi.join.failed', { ssid }));
    }
    return temp;
  }

  async isAssociated(iface: string, ssid: string): Promise<Association> {
    const result = await this.list(iface, 'no');
    if (result.code !== 0) return 'unknown';
    return parseNmcliScan(result.stdout).some((row) => row.active && row.ssid === ssid)
      ? 'yes'
      : 'no';
  }

  async rejoin(ref: NetworkRef, options: RejoinOptions): Promise<void> {
    const selector =
      ref.nmUuid !== undefined
        ? ['uuid', assertArgumentSafe(ref.nmUuid, 'connection')]
        : ref.ssid !== undefined
          ? ['id', assertArgumentSafe(ref.ssid, 'network')]
          : null;
    if (selector === null) {
      await this.letOsReconnect(ref.iface);
      return;
    }
    const result = await this.tool.run(
      ['--wait', seconds(options.timeoutMs), 'connection', 'up', ...selector],
      { timeoutMs: options.timeoutMs + 5_000, signal: options.signal },
    );
    if (result.code !== 0)
      throw commandFailed('nmcli', m('wifi.task.rejoin-previous'), result.code);
  }

  async forget(temp: TempJoin): Promise<void> {
    const selector =
      temp.nmUuid !== undefined
        ? ['uuid', temp.nmUuid]
        : ['id', temp.profileName ?? tempProfileName(assertJoinableSsid(temp.ssid))];
    const result = await this.tool.run(['connection', 'delete', ...selector]);
    if (result.code !== 0 && result.code !== NM_NOT_FOUND)
      throw commandFailed('nmcli', m('wifi.task.remove-profile'), result.code);
  }

  /**
   * Saved Wi-Fi connections (`connection show`, UUID, TYPE, DEVICE, NAME as for the active list):
   * a Photon the operator joined from the desktop's menu becomes one, named by its SSID, and
   * `device connect` would pick it again.
   */
  async savedNetworks(iface: string): Promise<TempJoin[] | null> {
    const result = await this.tool
      .run(['-t', '-f', NMCLI_ACTIVE_FIELDS.join(','), 'connection', 'show'])
      .catch(() => null);
    if (result === null || result.code !== 0) return null;
    return parseNmcliActive(result.stdout)
      .filter((row) => row.type === '802-11-wireless')
      .map((row) => ({ iface, ssid: row.name, nmUuid: row.uuid, profileName: row.name }));
  }

  async hasProfile(temp: TempJoin): Promise<boolean | 'unknown'> {
    const saved = await this.savedNetworks(temp.iface);
    if (saved === null) return 'unknown';
    const name = temp.profileName ?? tempProfileName(temp.ssid);
    return saved.some((entry) =>
      temp.nmUuid !== undefined ? entry.nmUuid === temp.nmUuid : entry.profileName === name,
    );
  }

  async letOsReconnect(iface: string): Promise<void> {
    // nmcli waits 90 s by default; asked to wait less than the command budget, a slow
    // reconnect reports nmcli's own timeout instead of being killed mid-way.
    const result = await this.tool.run([
      '--wait',
      seconds(NMCLI_RECONNECT_WAIT_MS),
      'device',
      'connect',
      assertArgumentSafe(iface, 'interface'),
    ]);
    if (result.code !== 0) throw commandFailed('nmcli', m('wifi.task.reconnect'), result.code);
  }
}
