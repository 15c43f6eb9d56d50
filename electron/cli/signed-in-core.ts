// The core a setting-up command (provision, station) runs on: the CLI's own data folder, secrets
// kept in memory only, warnings on stderr, a start-up restore said before anything else, then
// the settings given on the command line and the account signed in.
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AccountInput } from '../../shared/provisioning';
import { createCore, type Core, type CoreOptions } from '../core/api';
import { MemorySecretStore } from '../core/store/secret-store';
import { replayLine } from '../core/system/replay-report';
import { signIn, type AccountValues } from './account-options';
import { say, type CliIo } from './cli-io';

const CLI_DATA_DIR_NAME = '.photon-setup-cli';

export interface SetupCommandValues extends AccountValues {
  'data-dir'?: string | undefined;
  'cloud-url'?: string | undefined;
  station?: string | undefined;
  operator?: string | undefined;
}

/** Opens the core; the caller closes it. `options` (a test's, a command's) win over the defaults. */
export async function openCliCore(
  values: SetupCommandValues,
  io: CliIo,
  options: Partial<CoreOptions> = {},
): Promise<Core> {
  const core = await createCore({
    host: 'cli',
    simulated: false,
    dataDir: values['data-dir'] ?? join(homedir(), CLI_DATA_DIR_NAME),
    secretStore: new MemorySecretStore(),
    log: { warn: (message) => io.err(message) },
    ...options,
  });
  // A restore at start-up changed this computer's Wi-Fi: say so before anything else.
  const replayed = replayLine(core.services.replay);
  if (replayed !== null) io.err(replayed.map((line) => say(io, line)).join(' '));
  return core;
}

/** The command line's settings, then the account (asking for a one-time code if it needs one). */
export async function signInFromCommandLine(
  core: Core,
  account: AccountInput,
  values: SetupCommandValues,
  io: CliIo,
  usage: string,
): Promise<void> {
  core.services.updateSettings({
    cloudBaseUrl: values['cloud-url'],
    station: values.station,
    operator: values.operator,
  });
  await signIn(core, account, values, io, usage);
}
