// Host network facts that do not depend on the Wi-Fi backend: addresses per interface, and
// which interface the OS would route a destination (or the default route) through.
import { m } from '../../../shared/i18n';
import { existsSync } from 'node:fs';
import { networkInterfaces as realNetworkInterfaces } from 'node:os';
import type { RunCommand } from '../run-command';
import { commandTool } from './command-tool';
import { WifiError } from './errors';
import {
  parseAliasLine,
  parseBsdRouteGet,
  parseIpRouteDefault,
  parseIpRouteGet,
  parseWindowsDefaultRoute,
} from './route-parsers';
import { ipv4ByIface, type NetworkInterfacesFn } from './subnet';
import type { DefaultRoute, NetProbe } from './types';

const ROUTE_COMMAND_TIMEOUT_MS = 5_000;

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

function assertIpv4(dest: string): string {
  // The Windows query embeds dest in a PowerShell script: only a plain IPv4 literal may go there.
  if (!IPV4.test(dest)) throw new WifiError('command-failed', m('wifi.route.ipv4-only'));
  return dest;
}

export interface HostNetProbeOptions {
  platform: NodeJS.Platform;
  runCommand: RunCommand;
  networkInterfaces?: NetworkInterfacesFn;
  /** Linux: whether a network device is backed by hardware (tunnels have no sysfs device). */
  hasSysfsDevice?: (iface: string) => boolean;
}

const SAFE_IFACE = /^[A-Za-z0-9_.:@-]{1,32}$/;

const linuxHasDevice = (iface: string): boolean =>
  SAFE_IFACE.test(iface) && existsSync(`/sys/class/net/${iface}/device`);

/**
 * The default route's adapter, its description and whether it is physical, on one tab-separated
 * line: Get-NetAdapter -Physical leaves out WAN Miniport, Wintun, TAP and other virtual adapters.
 */
const WINDOWS_DEFAULT_ROUTE_SCRIPT = [
  "$r = Get-NetRoute -DestinationPrefix '0.0.0.0/0' -ErrorAction SilentlyContinue | Sort-Object RouteMetric | Select-Object -First 1",
  'if ($r) {',
  '  $a = Get-NetAdapter -IncludeHidden -InterfaceIndex $r.InterfaceIndex -ErrorAction SilentlyContinue',
  '  $p = Get-NetAdapter -Physical -InterfaceIndex $r.InterfaceIndex -ErrorAction SilentlyContinue',
  '  "$($r.InterfaceAlias)`t$($a.InterfaceDescription)`t$([bool]$p)"',
  '}',
].join('\n');

export function createHostNetProbe(options: HostNetProbeOptions): NetProbe {
  const interfaces = options.networkInterfaces ?? realNetworkInterfaces;
  const run = (file: string) =>
    commandTool(options.runCommand, file, { timeoutMs: ROUTE_COMMAND_TIMEOUT_MS });
  const ip = run('ip');
  const route = run('/sbin/route');
  const networksetup = run('/usr/sbin/networksetup');
  const hasDevice = options.hasSysfsDevice ?? linuxHasDevice;
  const powershell = run('powershell.exe');
  const ps = async (script: string): Promise<string | null> => {
    const result = await powershell.run(['-NoProfile', '-NonInteractive', '-Command', script]);
    return result.code === 0 ? parseAliasLine(result.stdout) : null;
  };

  return {
    ipv4ByIface: () => ipv4ByIface(interfaces),
    async routeIface(dest) {
      const target = assertIpv4(dest);
      switch (options.platform) {
        case 'linux': {
          const result = await ip.run(['-j', 'route', 'get', target]);
          return result.code === 0 ? parseIpRouteGet(result.stdout) : null;
        }
        case 'darwin': {
          const result = await route.run(['-n', 'get', target]);
          return result.code === 0 ? parseBsdRouteGet(result.stdout) : null;
        }
        case 'win32':
          return ps(
            `(Find-NetRoute -RemoteIPAddress '${target}' | Select-Object -First 1).InterfaceAlias`,
          );
        default:
          return null;
      }
    },
    async defaultRoute(): Promise<DefaultRoute | null> {
      switch (options.platform) {
        case 'linux': {
          const result = await ip.run(['-j', 'route', 'show', 'default']);
          const iface = result.code === 0 ? parseIpRouteDefault(result.stdout) : null;
          return iface === null ? null : { iface, physical: hasDevice(iface) };
        }
        case 'darwin': {
          const result = await route.run(['-n', 'get', 'default']);
          const iface = result.code === 0 ? parseBsdRouteGet(result.stdout) : null;
          if (iface === null) return null;
          // Hardware ports list Ethernet, USB adapters and tethering, never utun/ipsec/ppp.
          const ports = await networksetup.run(['-listallhardwareports']).catch(() => null);
          const physical =
            ports === null || ports.code !== 0
              ? undefined
              : hardwarePortDevices(ports.stdout).includes(iface);
          return { iface, physical };
        }
        case 'win32': {
          const result = await powershell.run([
            '-NoProfile',
            '-NonInteractive',
            '-Command',
            WINDOWS_DEFAULT_ROUTE_SCRIPT,
          ]);
          return result.code === 0 ? parseWindowsDefaultRoute(result.stdout) : null;
        }
        default:
          return null;
      }
    },
  };
}

/** Every device of `networksetup -listallhardwareports`, whatever its port. */
function hardwarePortDevices(stdout: string): string[] {
  return [...stdout.matchAll(/^Device: (\S+)$/gm)].map((match) => match[1] ?? '');
}
