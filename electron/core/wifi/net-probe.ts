// Host network facts that do not depend on the Wi-Fi backend: addresses per interface, and
// which interface the OS would route a destination (or the default route) through.
import { networkInterfaces as realNetworkInterfaces } from 'node:os';
import type { RunCommand } from '../run-command';
import { commandTool } from './command-tool';
import { WifiError } from './errors';
import {
  parseAliasLine,
  parseBsdRouteGet,
  parseIpRouteDefault,
  parseIpRouteGet,
} from './route-parsers';
import { ipv4ByIface, type NetworkInterfacesFn } from './subnet';
import type { DefaultRoute, NetProbe } from './types';

const ROUTE_COMMAND_TIMEOUT_MS = 5_000;

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

function assertIpv4(dest: string): string {
  // The Windows query embeds dest in a PowerShell script: only a plain IPv4 literal may go there.
  if (!IPV4.test(dest))
    throw new WifiError('command-failed', 'Photon Setup can only check routes to IPv4 addresses.');
  return dest;
}

export interface HostNetProbeOptions {
  platform: NodeJS.Platform;
  runCommand: RunCommand;
  networkInterfaces?: NetworkInterfacesFn;
}

export function createHostNetProbe(options: HostNetProbeOptions): NetProbe {
  const interfaces = options.networkInterfaces ?? realNetworkInterfaces;
  const run = (file: string) =>
    commandTool(options.runCommand, file, { timeoutMs: ROUTE_COMMAND_TIMEOUT_MS });
  const ip = run('ip');
  const route = run('/sbin/route');
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
      let iface: string | null = null;
      switch (options.platform) {
        case 'linux': {
          const result = await ip.run(['-j', 'route', 'show', 'default']);
          iface = result.code === 0 ? parseIpRouteDefault(result.stdout) : null;
          break;
        }
        case 'darwin': {
          const result = await route.run(['-n', 'get', 'default']);
          iface = result.code === 0 ? parseBsdRouteGet(result.stdout) : null;
          break;
        }
        case 'win32':
          iface = await ps(
            "(Get-NetRoute -DestinationPrefix '0.0.0.0/0' | Sort-Object RouteMetric | Select-Object -First 1).InterfaceAlias",
          );
          break;
        default:
          iface = null;
      }
      return iface === null ? null : { iface };
    },
  };
}
