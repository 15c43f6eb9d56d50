// Tier 2 of wifi.md §5: the real nmcli binary (NetworkManager 1.42, unpacked by
// scripts/install-real-nmcli.sh, never installed) talking to python-dbusmock's NetworkManager
// template on a private D-Bus. Nothing here touches the machine's own bus or network: the bus
// is a socket in a temporary folder, and everything started is stopped again by stop(), by the
// process exit hook if a worker dies first, and never by name.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  runCommand,
  type CommandOptions,
  type CommandResult,
  type RunCommand,
} from '../../electron/core/run-command';
import type { NetProbe, ProbeDevice } from '../../electron/core/wifi/types';

const REPO = resolve(import.meta.dirname, '..', '..');
const DEFAULT_ROOT = join(REPO, 'test', '.cache', 'nmcli');
export const INSTALL_HINT =
  'Run `bash scripts/install-real-nmcli.sh` as root (Debian 12: unpacks nmcli + libnm into ' +
  'test/.cache/nmcli and installs python3-dbusmock and dbus), or point PHOTON_NMCLI_ROOT at a ' +
  'folder where network-manager and libnm0 were unpacked with dpkg -x.';

/** `nmcli --version`, `python3 -c 'import dbusmock'`: what finding the tools may cost. */
const TOOL_CHECK_TIMEOUT_MS = 10_000;
/** dbus-daemon prints its address at once; this bounds a daemon that never does. */
const BUS_START_TIMEOUT_MS = 5_000;
/** Python plus dbusmock's imports take a few hundred ms; a loaded CI machine gets more. */
const MOCK_START_TIMEOUT_MS = 15_000;
const READY_POLL_MS = 50;
/** One dbus-send to the mock. */
const MOCK_CALL_TIMEOUT_MS = 5_000;
/** Reading settings back through the real nmcli. */
const NMCLI_READ_TIMEOUT_MS = 10_000;
/** SIGTERM first; a process still there after this gets SIGKILL. */
const STOP_GRACE_MS = 2_000;

const NM_BUS_NAME = 'org.freedesktop.NetworkManager';
const MOCK_OBJECT = '/org/freedesktop';
const MOCK_IFACE = 'org.freedesktop.DBus.Mock';
const DEVICES = '/org/freedesktop/NetworkManager/Devices';
const SETTINGS = '/org/freedesktop/NetworkManager/Settings';
/** NM80211ApSecurityFlags KEY_MGMT_PSK: the only secured kind the template can save a profile for. */
const AP_SEC_KEY_MGMT_PSK = 0x100;
/** NM80211Mode infrastructure. */
const AP_MODE_INFRA = 2;
/** NMDeviceState disconnected: a Wi-Fi device that is on but not joined. */
const DEVICE_DISCONNECTED = 30;

interface RealNmcliTools {
  nmcli: string;
  /** The unpacked tree's library folders, for LD_LIBRARY_PATH. */
  libraryPath: string;
  python: string;
  dbusDaemon: string;
  dbusSend: string;
  version: string;
}

export type RealNmcliLookup = { ok: true; tools: RealNmcliTools } | { ok: false; reason: string };

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (name: string): string | null => {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir.length > 0 && executable(join(dir, name))) return join(dir, name);
  }
  return null;
};

/** Folders under the tree that hold shared libraries: usr/lib, lib and their arch triplets. */
function libraryFolders(root: string): string[] {
  const folders: string[] = [];
  for (const base of ['usr/lib', 'lib']) {
    const dir = join(root, base);
    if (!existsSync(dir)) continue;
    for (const candidate of [dir, ...readdirSync(dir).map((name) => join(dir, name))]) {
      try {
        if (readdirSync(candidate).some((name) => /^lib.*\.so(\.|$)/.test(name)))
          folders.push(candidate);
      } catch {
        // A file, not a folder.
      }
    }
  }
  return folders;
}

const withLibraries = (libraryPath: string, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...base,
  LD_LIBRARY_PATH: [libraryPath, base.LD_LIBRARY_PATH]
    .filter((p) => p !== undefined && p !== '')
    .join(':'),
});

/** Finds the unpacked nmcli, dbusmock and the D-Bus tools, or says what is missing and how to get it. */
export function findRealNmcli(env: NodeJS.ProcessEnv = process.env): RealNmcliLookup {
  if (process.platform !== 'linux')
    return { ok: false, reason: `real nmcli runs on Linux only (this is ${process.platform}).` };
  const fromEnv = env.PHOTON_NMCLI_ROOT;
  const root = fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : DEFAULT_ROOT;
  const where = fromEnv !== undefined && fromEnv !== '' ? `PHOTON_NMCLI_ROOT=${root}` : root;
  const nmcli = join(root, 'usr', 'bin', 'nmcli');
  const missing: string[] = [];
  if (!executable(nmcli)) missing.push(`no nmcli at ${nmcli} (${where})`);
  const libraryPath = libraryFolders(root).join(':');
  let version = '';
  if (missing.length === 0) {
    const run = spawnSync(nmcli, ['--version'], {
      env: withLibraries(libraryPath, env),
      timeout: TOOL_CHECK_TIMEOUT_MS,
      encoding: 'utf8',
    });
    if (run.status === 0) version = run.stdout.trim();
    else missing.push(`nmcli in ${root} does not run: ${(run.stderr || String(run.error)).trim()}`);
  }
  // Debian's python3-dbusmock lives in /usr/lib/python3/dist-packages, which a pyenv python3
  // first on PATH does not see.
  const python = ['/usr/bin/python3', onPath('python3')].find(
    (candidate): candidate is string =>
      candidate !== null &&
      executable(candidate) &&
      spawnSync(candidate, ['-c', 'import dbusmock'], { timeout: TOOL_CHECK_TIMEOUT_MS }).status ===
        0,
  );
  if (python === undefined) missing.push('python3-dbusmock is not importable by /usr/bin/python3');
  const dbusDaemon =
    onPath('dbus-daemon') ?? (executable('/usr/bin/dbus-daemon') ? '/usr/bin/dbus-daemon' : null);
  const dbusSend =
    onPath('dbus-send') ?? (executable('/usr/bin/dbus-send') ? '/usr/bin/dbus-send' : null);
  if (dbusDaemon === null) missing.push('no dbus-daemon');
  if (dbusSend === null) missing.push('no dbus-send');
  if (missing.length > 0 || python === undefined || dbusDaemon === null || dbusSend === null)
    return { ok: false, reason: missing.join('; ') };
  return { ok: true, tools: { nmcli, libraryPath, python, dbusDaemon, dbusSend, version } };
}

/** A bus of our own: only this folder's socket, anyone may own any name (the mock claims NM's). */
const busConfig = (
  dir: string,
): string => `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <listen>unix:dir=${dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

/**
 * python-dbusmock's NetworkManager template, plus the few behaviours of the real daemon that the
 * commands NmcliBackend runs depend on. Each addition says what NetworkManager 1.42 does (see
 * src/core/nm-manager.c, devices/wifi/nm-device-wifi.c, src/nmcli/devices.c); everything else is
 * the stock template, gaps included (see the suite's header for the list).
 */
const TEMPLATE = String.raw`'''NetworkManager mock with the real daemon's scan, activation and association behaviour.'''
import time

import dbus
import dbusmock
from dbusmock import MOCK_IFACE
from dbusmock.templates import networkmanager as stock
from dbusmock.templates.networkmanager import *  # noqa: F401,F403 - constants and stock methods

AGENT_MANAGER_OBJ = '/org/freedesktop/NetworkManager/AgentManager'
AGENT_MANAGER_IFACE = 'org.freedesktop.NetworkManager.AgentManager'
NM_ERROR = 'org.freedesktop.NetworkManager'

SCAN_STALLED = set()    # device paths whose requested scans never complete
PENDING_APS = {}        # device path -> AddAccessPoint arguments the next completed scan reveals
STALLED_SSIDS = set()   # SSIDs (bytes) whose activation never gets past "configuring"


def _boottime_ms():
    # LastScan is CLOCK_BOOTTIME in ms; nmcli compares it with its own clock of that kind.
    return dbus.Int64(int(time.clock_gettime(time.CLOCK_BOOTTIME) * 1000))


def load(mock, parameters):
    stock.load(mock, parameters)
    # nmcli registers a secret agent before "connection up"; without an agent manager libnm
    # retries for 3 s on every activation.
    mock.AddObject(AGENT_MANAGER_OBJ, AGENT_MANAGER_IFACE, {}, [
        ('Register', 's', '', ''),
        ('RegisterWithCapabilities', 'su', '', ''),
        ('Unregister', '', '', ''),
    ])
    manager = dbusmock.get_object(MANAGER_OBJ)
    manager.activate_connection = _activate_like_nm
    manager.deactivate_connection = _deactivate_like_nm


@dbus.service.method(MOCK_IFACE, in_signature='ssi', out_signature='s')
def AddWiFiDevice(self, device_name, iface_name, state):
    path = stock.AddWiFiDevice(self, device_name, iface_name, state)
    device = dbusmock.get_object(path)
    # A real device publishes the AP it is associated with and when its last scan finished;
    # nmcli's ACTIVE column and its --rescan wait read exactly these.
    device.AddProperties(WIRELESS_DEVICE_IFACE, {
        'ActiveAccessPoint': dbus.ObjectPath('/'),
        'LastScan': _boottime_ms(),
    })
    device.request_scan = _request_scan
    device.AddMethod(WIRELESS_DEVICE_IFACE, 'RequestScan', 'a{sv}', '', 'self.request_scan(self)')
    return path


def _request_scan(device):
    if device.path in SCAN_STALLED:
        # NM accepted the request but defers it (rate limit, busy): LastScan stays put.
        return
    for args in PENDING_APS.pop(device.path, []):
        stock.AddAccessPoint(dbusmock.get_object(MAIN_OBJ), device.path, *args)
    device.Set(WIRELESS_DEVICE_IFACE, 'LastScan', _boottime_ms())


@dbus.service.method(MOCK_IFACE, in_signature='ssssuuuyu', out_signature='')
def QueueAccessPoint(_self, dev_path, ap_name, ssid, hw_address, mode, frequency, rate,
                     strength, security):
    '''An AP in range that no scan has seen yet: the next completed scan adds it.'''
    PENDING_APS.setdefault(dev_path, []).append(
        [ap_name, ssid, hw_address, mode, frequency, rate, strength, security])


@dbus.service.method(MOCK_IFACE, in_signature='sb', out_signature='')
def SetScanStalled(_self, dev_path, stalled):
    if stalled:
        SCAN_STALLED.add(dev_path)
    else:
        SCAN_STALLED.discard(dev_path)


@dbus.service.method(MOCK_IFACE, in_signature='sb', out_signature='')
def SetActivationStalls(_self, ssid, stalls):
    key = ssid.encode('UTF-8')
    if stalls:
        STALLED_SSIDS.add(key)
    else:
        STALLED_SSIDS.discard(key)


@dbus.service.method(MOCK_IFACE, in_signature='s', out_signature='s')
def ActivatedSsid(_self, dev_path):
    '''The SSID the device finished joining ('' while not): the radio's truth, for the tests.'''
    device = dbusmock.get_object(dev_path)
    ap = device.props[WIRELESS_DEVICE_IFACE]['ActiveAccessPoint']
    if ap == '/' or device.props[DEVICE_IFACE]['State'] != stock.DeviceState.ACTIVATED:
        return ''
    return bytes(bytearray(dbusmock.get_object(ap).props[ACCESS_POINT_IFACE]['Ssid'])).decode('UTF-8')


def _ssid_of(settings):
    return bytes(bytearray(settings.get('802-11-wireless', {}).get('ssid', [])))


def _ap_for(dev_path, ssid):
    '''The strongest visible AP with this SSID, as NM picks one for a profile.'''
    best = None
    for ap_path in dbusmock.get_object(dev_path).access_points:
        props = dbusmock.get_object(ap_path).props[ACCESS_POINT_IFACE]
        if bytes(bytearray(props['Ssid'])) == ssid and (best is None or props['Strength'] > best[1]):
            best = (ap_path, props['Strength'])
    return None if best is None else best[0]


def _iface_of(dev_path):
    return dbusmock.get_object(dev_path).props[DEVICE_IFACE]['Interface']


def _fits(settings, dev_path):
    wanted = settings['connection'].get('interface-name', '')
    return wanted in ('', _iface_of(dev_path)) and _ap_for(dev_path, _ssid_of(settings)) is not None


def _best_connection(dev_path):
    '''"nmcli device connect": the available profile with the newest timestamp
    (nm_device_get_best_connection).'''
    best = None
    for conn_path in dbusmock.get_object(SETTINGS_OBJ).ListConnections():
        settings = dbusmock.get_object(conn_path).settings
        stamp = int(settings['connection'].get('timestamp', 0))
        if _fits(settings, dev_path) and (best is None or stamp > best[1]):
            best = (str(conn_path), stamp)
    if best is None:
        raise dbus.exceptions.DBusException(
            f"The device '{_iface_of(dev_path)}' has no connections available for activation.",
            name=NM_ERROR + '.UnknownConnection')
    return best[0]


def _activate_like_nm(manager, conn, dev, ap):
    conn, dev, ap = str(conn), str(dev), str(ap)
    if conn == '/':
        conn = _best_connection(dev)
    connection = dbusmock.get_object(conn)
    settings = connection.settings
    if dev == '/':
        # nmcli leaves the device to NM: the profile's interface, else any Wi-Fi device in range.
        wifi = [str(path) for path in manager.GetDevices()
                if WIRELESS_DEVICE_IFACE in dbusmock.get_object(path).props]
        candidates = [path for path in wifi if _fits(settings, path)]
        if not candidates:
            raise dbus.exceptions.DBusException(
                'No suitable device found for this connection '
                "(no access point with the profile's SSID is in range).",
                name=NM_ERROR + '.UnknownDevice')
        dev = candidates[0]
    if ap == '/':
        ap = _ap_for(dev, _ssid_of(settings))
        if ap is None:
            raise dbus.exceptions.DBusException(
                f"Connection '{settings['connection']['id']}' is not available on device "
                f"{_iface_of(dev)} because no access point with its SSID is in range",
                name=NM_ERROR + '.UnknownConnection')
    # A device carries one connection: activating another one takes the old one down.
    for active in list(manager.Get(MANAGER_IFACE, 'ActiveConnections')):
        if dbus.ObjectPath(dev) in dbusmock.get_object(active).props[ACTIVE_CONNECTION_IFACE]['Devices']:
            RemoveActiveConnection(manager, dev, str(active))
    existing = manager.Get(MANAGER_IFACE, 'ActiveConnections')
    count = 0
    while dbus.ObjectPath(f'/org/freedesktop/NetworkManager/ActiveConnection/{count}') in existing:
        count += 1
    stalls = _ssid_of(settings) in STALLED_SSIDS
    state = (stock.NMActiveConnectionState.NM_ACTIVE_CONNECTION_STATE_ACTIVATING if stalls
             else stock.NMActiveConnectionState.NM_ACTIVE_CONNECTION_STATE_ACTIVATED)
    path = stock.AddActiveConnection(manager, [dev], conn, ap, str(count), dbus.UInt32(state))
    device = dbusmock.get_object(dev)
    if stalls:
        # Association never finishes (a Photon that stopped answering): the device stays in
        # "configuring", and only nmcli's --wait ends the attempt. libnm reads StateReason.
        old = device.Get(DEVICE_IFACE, 'State')
        configuring = dbus.UInt32(stock.DeviceState.CONFIG)
        device.Set(DEVICE_IFACE, 'State', configuring)
        device.Set(DEVICE_IFACE, 'StateReason', (configuring, dbus.UInt32(0)))
        device.EmitSignal(DEVICE_IFACE, 'StateChanged', 'uuu', [configuring, old, dbus.UInt32(0)])
    else:
        # NM stamps a profile when it activates; "device connect" prefers the newest stamp.
        settings['connection']['timestamp'] = dbus.UInt64(int(time.time()))
        device.Set(WIRELESS_DEVICE_IFACE, 'ActiveAccessPoint', dbus.ObjectPath(ap))
    return dbus.ObjectPath(path)


def _deactivate_like_nm(manager, active_connection_path):
    for dev_path in manager.GetDevices():
        RemoveActiveConnection(manager, str(dev_path), str(active_connection_path))


@dbus.service.method(MOCK_IFACE, in_signature='ss', out_signature='')
def RemoveActiveConnection(self, dev_path, active_connection_path):
    '''Only the device that carried the connection goes down (the stock method downs every
    device it is handed), and it is no longer associated.'''
    manager = dbusmock.get_object(MANAGER_OBJ)
    if dbus.ObjectPath(active_connection_path) not in manager.Get(MANAGER_IFACE, 'ActiveConnections'):
        return
    carried = dbusmock.get_object(active_connection_path).props[ACTIVE_CONNECTION_IFACE]['Devices']
    if dbus.ObjectPath(dev_path) not in carried:
        return
    stock.RemoveActiveConnection(self, dev_path, active_connection_path)
    device = dbusmock.get_object(dev_path)
    if WIRELESS_DEVICE_IFACE in device.props:
        device.Set(WIRELESS_DEVICE_IFACE, 'ActiveAccessPoint', dbus.ObjectPath('/'))
`;

export interface AccessPointSpec {
  /** The AP's object path element: letters, digits and _ only. */
  name: string;
  ssid: string;
  bssid: string;
  frequencyMhz: number;
  /** 0..100 */
  strength: number;
  /** WPA-PSK when true, open when false. */
  secured: boolean;
}

/** Every child of every world, so a worker that exits without stop() still leaves nothing running. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  // A spawn failure must not crash the worker; start() then reports the missing bus or mock.
  child.once('error', () => live.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const running of live) running.kill('SIGKILL');
    });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const graceful = await Promise.race([
    exited.then(() => true),
    sleep(STOP_GRACE_MS).then(() => false),
  ]);
  if (!graceful) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** The bus address dbus-daemon prints first, or why it never came. */
function readAddress(daemon: ChildProcess): Promise<string> {
  return new Promise((resolveAddress, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`dbus-daemon printed no address within ${BUS_START_TIMEOUT_MS} ms`)),
      BUS_START_TIMEOUT_MS,
    );
    daemon.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n')[0];
      if (out.includes('\n') && line !== undefined) {
        clearTimeout(timer);
        resolveAddress(line.trim());
      }
    });
    daemon.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    daemon.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    daemon.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dbus-daemon exited (${code}) before printing an address: ${err.trim()}`));
    });
  });
}

export interface RecordedNmcliCall {
  args: string[];
  options: CommandOptions;
}

/** One private bus with a mock NetworkManager on it, and the real nmcli pointed at it. */
export class RealNm {
  /** Every call NmcliBackend made through runCommand, as it made it. */
  readonly calls: RecordedNmcliCall[] = [];
  private stopped: Promise<void> | null = null;

  private constructor(
    readonly tools: RealNmcliTools,
    private readonly dir: string,
    private readonly address: string,
    private readonly daemon: ChildProcess,
    private readonly mock: ChildProcess,
  ) {}

  static async start(tools: RealNmcliTools): Promise<RealNm> {
    const dir = mkdtempSync(join(tmpdir(), 'photon-real-nm-'));
    const children: ChildProcess[] = [];
    try {
      await writeFile(join(dir, 'bus.conf'), busConfig(dir));
      await writeFile(join(dir, 'photon_nm.py'), TEMPLATE);
      const daemon = spawn(
        tools.dbusDaemon,
        ['--config-file', join(dir, 'bus.conf'), '--nofork', '--print-address'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      track(daemon);
      children.push(daemon);
      const address = await readAddress(daemon);
      const mock = spawn(
        tools.python,
        [
          '-m',
          'dbusmock',
          '--system',
          '--template',
          join(dir, 'photon_nm.py'),
          '--logfile',
          join(dir, 'mock.log'),
        ],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, DBUS_SYSTEM_BUS_ADDRESS: address },
        },
      );
      track(mock);
      children.push(mock);
      let mockErr = '';
      mock.stderr?.on(
        'data',
        (chunk: Buffer) => (mockErr = (mockErr + chunk.toString('utf8')).slice(-4_000)),
      );
      const world = new RealNm(tools, dir, address, daemon, mock);
      const deadline = Date.now() + MOCK_START_TIMEOUT_MS;
      while (!(await world.nmOnBus())) {
        if (mock.exitCode !== null)
          throw new Error(`python-dbusmock exited (${mock.exitCode}): ${mockErr.trim()}`);
        if (Date.now() > deadline)
          throw new Error(
            `the mock NetworkManager did not appear within ${MOCK_START_TIMEOUT_MS} ms: ${mockErr.trim()}`,
          );
        await sleep(READY_POLL_MS);
      }
      return world;
    } catch (error) {
      await Promise.all(children.map(stopChild));
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** What nmcli needs to find its library and our bus instead of the machine's. */
  private env(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    const env = withLibraries(this.tools.libraryPath, base);
    env.DBUS_SYSTEM_BUS_ADDRESS = this.address;
    // libnm would otherwise look for NetworkManager on the session bus.
    delete env.LIBNM_USE_SESSION_BUS;
    return env;
  }

  /** The RunCommand NmcliBackend gets: its argv and env as production builds them, aimed at our bus. */
  readonly runCommand: RunCommand = (file, args, options) => {
    if (file !== 'nmcli')
      return Promise.reject(new Error(`this harness runs nmcli only, not ${file}`));
    this.calls.push({ args: [...args], options });
    return runCommand(this.tools.nmcli, args, {
      ...options,
      env: this.env(options.env ?? process.env),
    });
  };

  /** The real nmcli, for reading back what the backend did. `C` shows what a plain C locale does. */
  nmcli(args: readonly string[], locale: 'C.UTF-8' | 'C' = 'C.UTF-8'): Promise<CommandResult> {
    const base: NodeJS.ProcessEnv = { ...process.env, LC_ALL: locale, LANG: locale };
    delete base.LANGUAGE;
    return runCommand(this.tools.nmcli, args, {
      timeoutMs: NMCLI_READ_TIMEOUT_MS,
      env: this.env(base),
    });
  }

  /** `nmcli -t -f a,b connection show uuid X`: multi-line terse output is `field:value`, unescaped. */
  async settings(uuid: string, fields: readonly string[]): Promise<Record<string, string>> {
    const shown = await this.nmcli([
      '-t',
      '-f',
      fields.join(','),
      'connection',
      'show',
      'uuid',
      uuid,
    ]);
    if (shown.code !== 0)
      throw new Error(`nmcli connection show failed (${shown.code}): ${shown.stderr.trim()}`);
    const settings: Record<string, string> = {};
    for (const line of shown.stdout.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) settings[line.slice(0, colon)] = line.slice(colon + 1);
    }
    return settings;
  }

  private sendArgs(object: string, method: string, args: readonly string[]) {
    return {
      argv: ['--system', '--print-reply=literal', `--dest=${NM_BUS_NAME}`, object, method, ...args],
      env: { ...process.env, DBUS_SYSTEM_BUS_ADDRESS: this.address },
    };
  }

  private async send(object: string, method: string, args: readonly string[]): Promise<string> {
    const { argv, env } = this.sendArgs(object, method, args);
    const result = await runCommand(this.tools.dbusSend, argv, {
      timeoutMs: MOCK_CALL_TIMEOUT_MS,
      env,
    });
    if (result.code !== 0) throw new Error(`${method} on the mock failed: ${result.stderr.trim()}`);
    return result.stdout.trim();
  }

  /** Synchronous, for NetProbe.ipv4ByIface, which the session calls without awaiting. */
  private sendSync(object: string, method: string, args: readonly string[]): string {
    const { argv, env } = this.sendArgs(object, method, args);
    const run = spawnSync(this.tools.dbusSend, argv, {
      env,
      timeout: MOCK_CALL_TIMEOUT_MS,
      encoding: 'utf8',
    });
    if (run.status !== 0)
      throw new Error(`${method} on the mock failed: ${(run.stderr || String(run.error)).trim()}`);
    return run.stdout.trim();
  }

  private mockCall(method: string, ...args: string[]): Promise<string> {
    return this.send(MOCK_OBJECT, `${MOCK_IFACE}.${method}`, args);
  }

  private async nmOnBus(): Promise<boolean> {
    const env = { ...process.env, DBUS_SYSTEM_BUS_ADDRESS: this.address };
    const reply = await runCommand(
      this.tools.dbusSend,
      [
        '--system',
        '--print-reply=literal',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        `string:${NM_BUS_NAME}`,
      ],
      { timeoutMs: MOCK_CALL_TIMEOUT_MS, env },
    );
    return reply.code === 0 && reply.stdout.includes('true');
  }

  /** A managed Wi-Fi device, switched on and not joined to anything. Returns its object path. */
  async addWifiDevice(iface: string): Promise<string> {
    return this.mockCall(
      'AddWiFiDevice',
      `string:${iface}`,
      `string:${iface}`,
      `int32:${DEVICE_DISCONNECTED}`,
    );
  }

  private apArgs(device: string, ap: AccessPointSpec): string[] {
    return [
      `string:${device}`,
      `string:${ap.name}`,
      `string:${ap.ssid}`,
      `string:${ap.bssid}`,
      `uint32:${AP_MODE_INFRA}`,
      `uint32:${ap.frequencyMhz}`,
      'uint32:54000',
      `byte:${ap.strength}`,
      `uint32:${ap.secured ? AP_SEC_KEY_MGMT_PSK : 0}`,
    ];
  }

  /** An AP the device has already scanned. Returns its object path. */
  addAccessPoint(device: string, ap: AccessPointSpec): Promise<string> {
    return this.mockCall('AddAccessPoint', ...this.apArgs(device, ap));
  }

  /** An AP in range that only the next completed scan will list. */
  async queueAccessPoint(device: string, ap: AccessPointSpec): Promise<void> {
    await this.mockCall('QueueAccessPoint', ...this.apArgs(device, ap));
  }

  /** The AP goes out of range (the Photon left listening mode). */
  async removeAccessPoint(device: string, apPath: string): Promise<void> {
    await this.mockCall('RemoveAccessPoint', `string:${device}`, `string:${apPath}`);
  }

  /** A saved profile for a visible AP, as the operator's desktop would have made it. Returns its path. */
  addSavedConnection(device: string, name: string, ssid: string): Promise<string> {
    return this.mockCall(
      'AddWiFiConnection',
      `string:${device}`,
      `string:${name}`,
      `string:${ssid}`,
      'string:wpa-psk',
    );
  }

  /** Activates a saved profile the way NetworkManager itself would (ActivateConnection). */
  async activate(connection: string, device: string): Promise<void> {
    await this.send(
      '/org/freedesktop/NetworkManager',
      'org.freedesktop.NetworkManager.ActivateConnection',
      [`objpath:${connection}`, `objpath:${device}`, 'objpath:/'],
    );
  }

  /** Requested scans are accepted but never finish (NM rate-limiting or busy). */
  async setScanStalled(device: string, stalled: boolean): Promise<void> {
    await this.mockCall('SetScanStalled', `string:${device}`, `boolean:${stalled}`);
  }

  /** Joining this SSID never gets past "configuring". */
  async setActivationStalls(ssid: string, stalls: boolean): Promise<void> {
    await this.mockCall('SetActivationStalls', `string:${ssid}`, `boolean:${stalls}`);
  }

  /** The SSID the device has finished joining, or '' — read from the mock, not through nmcli. */
  activatedSsid(device: string): string {
    return this.sendSync(MOCK_OBJECT, `${MOCK_IFACE}.ActivatedSsid`, [`string:${device}`]);
  }

  /** The mock's own call log, for a failing test's message. */
  async mockLog(): Promise<string> {
    return readFile(join(this.dir, 'mock.log'), 'utf8').catch(() => '');
  }

  /** Stops the mock and the bus and removes the folder; safe to call twice. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      await stopChild(this.mock);
      await stopChild(this.daemon);
      rmSync(this.dir, { recursive: true, force: true });
    })();
    return this.stopped;
  }
}

export const devicePath = (iface: string): string => `${DEVICES}/${iface}`;
export const savedConnectionPath = (name: string): string => `${SETTINGS}/${name}`;

/**
 * The host around the radio, which the mock does not model: DHCP gives an address once a join
 * has finished (192.168.0.x from a Photon, 192.168.1.x from home), traffic to the Photon goes
 * out through the Wi-Fi, and the Photon answers its device-id probe while the host is on it.
 */
export function radioHost(
  nm: RealNm,
  iface: string,
  deviceId: string,
  isPhoton: (ssid: string) => boolean,
): { net: NetProbe; probeDevice: ProbeDevice } {
  const joined = (): string => nm.activatedSsid(devicePath(iface));
  return {
    net: {
      ipv4ByIface: () => {
        const ssid = joined();
        return new Map(
          ssid === '' ? [] : [[iface, [isPhoton(ssid) ? '192.168.0.23' : '192.168.1.40']]],
        );
      },
      routeIface: async () => iface,
      defaultRoute: async () => {
        const ssid = joined();
        return ssid === '' || isPhoton(ssid) ? null : { iface };
      },
    },
    probeDevice: async () => (isPhoton(joined()) ? { id: deviceId } : null),
  };
}
