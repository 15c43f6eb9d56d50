// Host readiness before the first run: which OS, which Wi-Fi tool the host Wi-Fi layer will
// drive, and whether that tool actually runs. Every probe is injectable so tests can play any OS.
import { m, type Message } from '../../../shared/i18n';
import type { ReadinessItem, SystemCheck, WifiToolName } from '../../../shared/contract';
import type { RunCommand } from '../run-command';
import type { WifiCapabilityReport } from '../wifi/capabilities';
import type { WifiOperation } from '../wifi/types';
import type { FindOnPath } from './find-on-path';
import type { LocationAccess, LocationStatus } from './location-access';

/** A Wi-Fi tool answers its version/listing probe quickly or is treated as not working. */
const WIFI_TOOL_PROBE_TIMEOUT_MS = 4_000;

interface WifiToolSpec {
  name: WifiToolName;
  probeArgs: string[];
  missingFix: Message;
  brokenFix: Message;
}

const wifiToolByPlatform: Record<string, WifiToolSpec> = {
  linux: {
    name: 'nmcli',
    probeArgs: ['--version'],
    missingFix: m('system.tool.nmcli.missing'),
    brokenFix: m('system.tool.nmcli.broken'),
  },
  win32: {
    name: 'netsh',
    probeArgs: ['wlan', 'show', 'interfaces'],
    missingFix: m('system.tool.netsh.missing'),
    brokenFix: m('system.tool.netsh.broken'),
  },
  darwin: {
    name: 'networksetup',
    probeArgs: ['-listallhardwareports'],
    missingFix: m('system.tool.networksetup.missing'),
    brokenFix: m('system.tool.networksetup.broken'),
  },
};

const osNames: Record<string, string> = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };

export interface SystemCheckDeps {
  platform: NodeJS.Platform;
  release: string;
  arch: string;
  simulated: boolean;
  runCommand: RunCommand;
  findOnPath: FindOnPath;
  now: () => Date;
  /** Which backend does each Wi-Fi operation and whether SSIDs are readable; absent skips the items. */
  describeWifi?: () => Promise<WifiCapabilityReport | null>;
  /** What start-up did with a journal an earlier process left; null when nothing. */
  replay?: ReadinessItem | null;
  /** Where this host can ask the OS for Location access (the desktop app). */
  location?: LocationAccess | undefined;
}

const firstLine = (text: string): string | null => {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim().length > 0);
  return line === undefined ? null : line.trim().slice(0, 120);
};

export async function checkSystem(deps: SystemCheckDeps): Promise<SystemCheck> {
  const osName = osNames[deps.platform] ?? deps.platform;
  const items: ReadinessItem[] = [];
  const spec = wifiToolByPlatform[deps.platform];

  items.push(
    spec === undefined
      ? {
          id: 'os',
          label: m('system.os.label'),
          status: 'fail',
          detail: m('system.os.unsupported', { os: osName, release: deps.release }),
          fix: m('system.os.fix'),
        }
      : {
          id: 'os',
          label: m('system.os.label'),
          status: 'ok',
          detail: m('system.os.detail', { os: osName, release: deps.release, arch: deps.arch }),
        },
  );

  const wifiTool: SystemCheck['wifiTool'] = {
    name: spec?.name ?? null,
    path: null,
    runs: false,
    version: null,
    simulated: deps.simulated,
  };

  if (spec !== undefined) {
    wifiTool.path = deps.findOnPath(spec.name);
    if (wifiTool.path !== null) {
      try {
        const result = await deps.runCommand(wifiTool.path, spec.probeArgs, {
          timeoutMs: WIFI_TOOL_PROBE_TIMEOUT_MS,
        });
        wifiTool.runs = result.code === 0;
        wifiTool.version = wifiTool.runs ? firstLine(result.stdout) : null;
      } catch {
        wifiTool.runs = false;
      }
    }
  }

  items.push(wifiToolItem(spec, wifiTool, deps.simulated));

  if (deps.simulated) items.push(...simulatedWifiItems());
  else if (deps.describeWifi !== undefined) {
    const report = await deps.describeWifi().catch(() => null);
    const location =
      report?.ssids === 'needs-location' && deps.location !== undefined
        ? await deps.location.status().catch((): LocationStatus => 'unknown')
        : null;
    if (report !== null) items.push(...wifiCapabilityItems(report, location));
  }

  if (deps.replay !== undefined && deps.replay !== null) items.push(deps.replay);

  if (deps.simulated) {
    items.push({
      id: 'simulation',
      label: m('system.simulation.label'),
      status: 'ok',
      detail: m('system.simulation.detail'),
    });
  }

  return {
    os: { platform: deps.platform, release: deps.release, arch: deps.arch, name: osName },
    wifiTool,
    items,
    ready: items.every((item) => item.status !== 'fail'),
    checkedAt: deps.now().toISOString(),
  };
}

function wifiToolItem(
  spec: WifiToolSpec | undefined,
  tool: SystemCheck['wifiTool'],
  simulated: boolean,
): ReadinessItem {
  const label = m('system.tool.label');
  if (simulated) {
    const real =
      tool.name === null
        ? m('system.tool.real.none')
        : tool.runs
          ? m('system.tool.real.works', { tool: tool.name })
          : tool.path === null
            ? m('system.tool.real.not-found', { tool: tool.name })
            : m('system.tool.real.broken', { tool: tool.name });
    return {
      id: 'wifi-tool',
      label,
      status: 'ok',
      detail: m('system.tool.simulated', { real }),
    };
  }
  if (spec === undefined) {
    return {
      id: 'wifi-tool',
      label,
      status: 'fail',
      detail: m('system.tool.unknown-os'),
      fix: m('system.os.fix'),
    };
  }
  if (tool.path === null) {
    return {
      id: 'wifi-tool',
      label,
      status: 'fail',
      detail: m('system.tool.missing', { tool: spec.name }),
      fix: spec.missingFix,
    };
  }
  if (!tool.runs) {
    return {
      id: 'wifi-tool',
      label,
      status: 'fail',
      detail: m('system.tool.broken', { tool: spec.name, path: tool.path }),
      fix: spec.brokenFix,
    };
  }
  return {
    id: 'wifi-tool',
    label,
    status: 'ok',
    detail:
      tool.version === null
        ? m('system.tool.ready', { tool: spec.name })
        : m('system.tool.ready.version', { tool: spec.name, version: tool.version }),
  };
}

const OPERATION_WORDS: Readonly<Record<WifiOperation, Message>> = {
  interfaces: m('system.operation.interfaces'),
  scan: m('system.operation.scan'),
  current: m('system.operation.current'),
  join: m('system.operation.join'),
  associated: m('system.operation.associated'),
  rejoin: m('system.operation.rejoin'),
  forget: m('system.operation.forget'),
  reconnect: m('system.operation.reconnect'),
};

function simulatedWifiItems(): ReadinessItem[] {
  return [
    {
      id: 'wifi-backends',
      label: m('system.backends.label'),
      status: 'ok',
      detail: m('system.backends.simulated'),
    },
    {
      id: 'wifi-ssids',
      label: m('system.ssids.label'),
      status: 'ok',
      detail: m('system.ssids.readable'),
    },
  ];
}

/** The capability report as readiness items: who does what, and whether SSIDs can be read. */
/** The button for hidden names: the OS's prompt while never asked (macOS), else its settings. */
function locationAction(
  platform: NodeJS.Platform,
  status: LocationStatus,
): NonNullable<ReadinessItem['action']> {
  if (platform === 'darwin' && status === 'not-determined')
    return { id: 'request-location', label: m('system.location.ask') };
  return {
    id: 'open-location-settings',
    label:
      platform === 'darwin' ? m('system.location.open-mac') : m('system.location.open-settings'),
  };
}

/** What the operator must allow, in the words of each OS's settings. */
function locationDetail(platform: NodeJS.Platform, status: LocationStatus | null): Message {
  if (status === 'denied') return m('system.location.denied');
  if (status === 'restricted') return m('system.location.restricted');
  if (platform === 'darwin' && status === 'not-determined')
    return m('system.location.mac-will-ask');
  return m('system.location.hidden');
}

function wifiCapabilityItems(
  report: WifiCapabilityReport,
  location: LocationStatus | null,
): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  if (report.plan !== null) {
    const byBackend = new Map<string, WifiOperation[]>();
    for (const [operation, backend] of Object.entries(report.plan) as Array<
      [WifiOperation, string]
    >)
      byBackend.set(backend, [...(byBackend.get(backend) ?? []), operation]);
    items.push({
      id: 'wifi-backends',
      label: m('system.backends.label'),
      status: 'ok',
      // A tool's name is its own (nmcli, netsh); what it does is said in the operator's words.
      detail: m('system.backends.detail', {
        toolLines: [...byBackend.entries()].map(([backend, operations]) =>
          m('system.backends.one', {
            backend,
            operations: operations.map((operation) => OPERATION_WORDS[operation]),
          }),
        ),
      }),
    });
  }
  const fix = report.fix;
  switch (report.ssids) {
    case 'yes':
      items.push({
        id: 'wifi-ssids',
        label: m('system.ssids.label'),
        status: 'ok',
        detail: m('system.ssids.readable'),
      });
      break;
    case 'needs-location':
      items.push({
        id: 'wifi-ssids',
        label: m('system.ssids.label'),
        status: 'warn',
        detail: locationDetail(report.platform, location),
        fix: fix ?? m('system.ssids.needs-location.fix'),
        ...(location === null ? {} : { action: locationAction(report.platform, location) }),
      });
      break;
    case 'no':
      items.push({
        id: 'wifi-ssids',
        label: m('system.ssids.label'),
        status: 'warn',
        detail: m('system.ssids.no'),
        fix: m('system.ssids.no.fix'),
      });
      break;
    case 'unknown':
      items.push({
        id: 'wifi-ssids',
        label: m('system.ssids.label'),
        status: 'warn',
        detail: m('system.ssids.unknown'),
        fix: m('system.ssids.unknown.fix'),
      });
      break;
  }
  return items;
}
