// Builds the real host backend for this OS from the plan.
import { m } from '../../../shared/i18n';
import { userInfo } from 'node:os';
import type { RunCommand } from '../run-command';
import type { FindOnPath } from '../system/find-on-path';
import { planBackends } from './backend-plan';
import type { Clock } from '../runtime';
import { CompositeBackend } from './composite-backend';
import { WifiError } from './errors';
import { MacBackend } from './mac-backend';
import { NetshBackend } from './netsh-backend';
import { NmcliBackend } from './nmcli-backend';
import { NodeWifiBackend } from './node-wifi-backend';
import type { BackendName, WifiBackend } from './types';

export interface HostBackendOptions {
  platform: NodeJS.Platform;
  release: string;
  runCommand: RunCommand;
  findOnPath?: FindOnPath;
  clock?: Clock;
  associationPollMs?: number;
  /** Owner of the temporary NetworkManager profile; defaults to the logged-in user. */
  userName?: string | null;
}

function currentUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

export function createHostWifiBackend(options: HostBackendOptions): CompositeBackend {
  const plan = planBackends(options.platform, options.release);
  if (plan === null) throw new WifiError('unsupported', m('wifi.unsupported-os'));
  const { runCommand, clock, associationPollMs } = options;
  const needed = new Set(Object.values(plan));
  const backends: Partial<Record<BackendName, WifiBackend>> = {};
  if (needed.has('node-wifi'))
    backends['node-wifi'] = new NodeWifiBackend({ runCommand, platform: options.platform });
  if (needed.has('nmcli'))
    backends.nmcli = new NmcliBackend({
      runCommand,
      nmcli: options.findOnPath?.('nmcli') ?? 'nmcli',
      userName: options.userName === null ? undefined : (options.userName ?? currentUser()),
    });
  if (needed.has('netsh'))
    backends.netsh = new NetshBackend({
      runCommand,
      netsh: options.findOnPath?.('netsh') ?? 'netsh',
      clock,
      associationPollMs,
    });
  if (needed.has('macos'))
    backends.macos = new MacBackend({ runCommand, clock, associationPollMs });
  return new CompositeBackend(plan, backends);
}
