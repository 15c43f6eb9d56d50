// What the readiness panel can say about host Wi-Fi: which backend does which operation here,
// and whether the OS lets Photon Setup read network names. Returns data; the lead decides how
// to show it.
import type { Message } from '../../../shared/i18n';
import type { RunCommand } from '../run-command';
import type { FindOnPath } from '../system/find-on-path';
import { planBackends, type BackendPlan } from './backend-plan';
import { createHostWifiBackend } from './host-backend';
import { permissionSentence } from './location-sentences';
import type { SsidAccess } from './types';

export interface WifiCapabilityReport {
  platform: NodeJS.Platform;
  release: string;
  supported: boolean;
  plan: BackendPlan | null;
  /** The programs the plan runs and where they were found (null: not on PATH). */
  tools: { name: string; path: string | null }[];
  /** 'unknown' when the check itself could not run. */
  ssids: SsidAccess | 'unknown';
  /** What to do when SSIDs are hidden; absent otherwise. */
  fix?: Message;
}

const TOOLS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['nmcli'],
  win32: ['netsh'],
  darwin: ['networksetup', 'system_profiler'],
};

export async function describeWifiCapabilities(
  platform: NodeJS.Platform,
  release: string,
  runCommand: RunCommand,
  findOnPath: FindOnPath,
): Promise<WifiCapabilityReport> {
  const plan = planBackends(platform, release);
  const tools = (TOOLS[platform] ?? []).map((name) => ({ name, path: findOnPath(name) }));
  if (plan === null) return { platform, release, supported: false, plan, tools, ssids: 'no' };
  let ssids: WifiCapabilityReport['ssids'] = 'unknown';
  try {
    ssids = (
      await createHostWifiBackend({
        platform,
        release,
        runCommand,
        findOnPath,
        userName: null,
      }).caps()
    ).scanSsids;
  } catch {
    ssids = 'unknown';
  }
  const report: WifiCapabilityReport = { platform, release, supported: true, plan, tools, ssids };
  if (ssids === 'needs-location') report.fix = permissionSentence(platform);
  return report;
}
