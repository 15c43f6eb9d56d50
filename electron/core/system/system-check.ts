// Host readiness before the first run: which OS, which Wi-Fi tool the host Wi-Fi layer will
// drive, and whether that tool actually runs. Every probe is injectable so tests can play any OS.
import type { ReadinessItem, SystemCheck, WifiToolName } from '../../../shared/contract';
import type { RunCommand } from '../run-command';
import type { WifiCapabilityReport } from '../wifi/capabilities';
import type { FindOnPath } from './find-on-path';
import type { LocationAccess, LocationStatus } from './location-access';

/** A Wi-Fi tool answers its version/listing probe quickly or is treated as not working. */
const WIFI_TOOL_PROBE_TIMEOUT_MS = 4_000;

interface WifiToolSpec {
  name: WifiToolName;
  probeArgs: string[];
  missingFix: string;
  brokenFix: string;
}

const wifiToolByPlatform: Record<string, WifiToolSpec> = {
  linux: {
    name: 'nmcli',
    probeArgs: ['--version'],
    missingFix:
      'Install NetworkManager (for example `sudo apt install network-manager`) and let it manage the Wi-Fi adapter.',
    brokenFix:
      'Start NetworkManager (`sudo systemctl start NetworkManager`) and check that `nmcli --version` works in a terminal.',
  },
  win32: {
    name: 'netsh',
    probeArgs: ['wlan', 'show', 'interfaces'],
    missingFix: 'netsh is part of Windows; check that C:\\Windows\\System32 is on PATH.',
    brokenFix:
      'Start the "WLAN AutoConfig" service (services.msc) and make sure a Wi-Fi adapter is enabled.',
  },
  darwin: {
    name: 'networksetup',
    probeArgs: ['-listallhardwareports'],
    missingFix: 'networksetup is part of macOS; check that /usr/sbin is on PATH.',
    brokenFix: 'Run `networksetup -listallhardwareports` in Terminal and fix what it reports.',
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
          label: 'Operating system',
          status: 'fail',
          detail: `${osName} ${deps.release} is not supported.`,
          fix: 'Use Photon Setup on Windows, macOS or Linux.',
        }
      : {
          id: 'os',
          label: 'Operating system',
          status: 'ok',
          detail: `${osName} ${deps.release} (${deps.arch})`,
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
      label: 'Simulation',
      status: 'ok',
      detail:
        'Devices, the Particle cloud and the host Wi-Fi are simulated on this computer. Nothing real is contacted.',
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
  const label = 'Wi-Fi control';
  if (simulated) {
    const real =
      tool.name === null
        ? 'no supported tool on this OS'
        : tool.runs
          ? `${tool.name} works`
          : `${tool.name} ${tool.path === null ? 'not found' : 'does not run'}`;
    return {
      id: 'wifi-tool',
      label,
      status: 'ok',
      detail: `Simulated Wi-Fi joins the simulated Photons (real host: ${real}; not needed here).`,
    };
  }
  if (spec === undefined) {
    return {
      id: 'wifi-tool',
      label,
      status: 'fail',
      detail: 'No Wi-Fi tool is known for this operating system.',
      fix: 'Use Photon Setup on Windows, macOS or Linux.',
    };
  }
  if (tool.path === null) {
    return {
      id: 'wifi-tool',
      label,
      status: 'fail',
      detail: `${spec.name} was not found, so Photon Setup cannot join the Photon's Wi-Fi.`,
      fix: spec.missingFix,
    };
  }
  if (!tool.runs) {
    return {
      id: 'wifi-tool',
      label,
      status: 'fail',
      detail: `${spec.name} was found at ${tool.path} but did not run successfully.`,
      fix: spec.brokenFix,
    };
  }
  return {
    id: 'wifi-tool',
    label,
    status: 'ok',
    detail: `${spec.name} is ready${tool.version === null ? '' : ` (${tool.version})`}.`,
  };
}

function simulatedWifiItems(): ReadinessItem[] {
  return [
    {
      id: 'wifi-backends',
      label: 'Wi-Fi operations',
      status: 'ok',
      detail: 'Every Wi-Fi operation (scan, join, rejoin, forget) uses the simulated backend.',
    },
    {
      id: 'wifi-ssids',
      label: 'Network names',
      status: 'ok',
      detail: 'Network names are readable, so Photon-… networks are found automatically.',
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
    return { id: 'request-location', label: 'Ask macOS for Location access' };
  return {
    id: 'open-location-settings',
    label: platform === 'darwin' ? 'Open Location Services settings' : 'Open Location settings',
  };
}

/** What the operator must allow, in the words of each OS's settings. */
function locationDetail(platform: NodeJS.Platform, status: LocationStatus | null): string {
  const base = 'The system hides Wi-Fi network names from Photon Setup until it may use Location.';
  if (status === 'denied') return `${base} Location access for Photon Setup was turned off.`;
  if (status === 'restricted')
    return `${base} A device policy does not allow Photon Setup to use Location; ask your administrator.`;
  if (platform === 'darwin' && status === 'not-determined')
    return `${base} macOS will ask once; choose Allow.`;
  return base;
}

function wifiCapabilityItems(
  report: WifiCapabilityReport,
  location: LocationStatus | null,
): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  if (report.plan !== null) {
    const byBackend = new Map<string, string[]>();
    for (const [operation, backend] of Object.entries(report.plan))
      byBackend.set(backend, [...(byBackend.get(backend) ?? []), operation]);
    items.push({
      id: 'wifi-backends',
      label: 'Wi-Fi operations',
      status: 'ok',
      detail: [...byBackend.entries()]
        .map(([backend, operations]) => `${backend}: ${operations.join(', ')}`)
        .join('; '),
    });
  }
  const fix = report.fix;
  switch (report.ssids) {
    case 'yes':
      items.push({
        id: 'wifi-ssids',
        label: 'Network names',
        status: 'ok',
        detail: 'Network names are readable, so Photon-… networks are found automatically.',
      });
      break;
    case 'needs-location':
      items.push({
        id: 'wifi-ssids',
        label: 'Network names',
        status: 'warn',
        detail: locationDetail(report.platform, location),
        fix:
          fix ??
          'Allow location access for Photon Setup, or join the Photon-… network yourself from the system menu.',
        ...(location === null ? {} : { action: locationAction(report.platform, location) }),
      });
      break;
    case 'no':
      items.push({
        id: 'wifi-ssids',
        label: 'Network names',
        status: 'warn',
        detail: 'This system does not let Photon Setup read Wi-Fi network names.',
        fix: 'Join the Photon-… network yourself from the system Wi-Fi menu, then continue.',
      });
      break;
    case 'unknown':
      items.push({
        id: 'wifi-ssids',
        label: 'Network names',
        status: 'warn',
        detail: 'Could not check whether Wi-Fi network names are readable.',
        fix: 'If no Photon is found, join its network yourself from the system Wi-Fi menu.',
      });
      break;
  }
  return items;
}
