// node-wifi, contained (wifi.md §1.3). At require time it rewrites LANG/LC_ALL/LC_MESSAGES in
// the global process.env, and its modules capture child_process.execFile once. So it is loaded
// lazily, per backend, with the three variables put back afterwards, and while it loads
// execFile is swapped for a bridge into our RunCommand: its commands then run without a shell,
// with a per-call C locale, under our timeouts, through the one seam tests replace.
import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import type { RunCommand } from '../run-command';
import { commandEnv } from './command-tool';
import { NMCLI_SCAN_TIMEOUT_MS } from './timeouts';

/** The part of node-wifi 2.0.16 we call, typed as it really behaves (@types is wrong on password). */
export interface NodeWifiNetwork {
  ssid: string;
  bssid?: string;
  channel: number;
  quality: number;
  security: string;
  iface?: string;
}

export interface NodeWifiModule {
  init(options: { iface: string | null; debug?: boolean }): void;
  scan(): Promise<NodeWifiNetwork[]>;
  connect(options: { ssid: string; password: string }): Promise<void>;
  getCurrentConnections(): Promise<NodeWifiNetwork[]>;
  deleteConnection(options: { ssid: string }): Promise<void>;
}

const LOCALE_VARIABLES = ['LANG', 'LC_ALL', 'LC_MESSAGES'] as const;

type ExecFileCallback = (error: Error | null, stdout: string, stderr: string) => void;

/** execFile as node-wifi calls it: (file, args, options, callback); options are ignored on purpose. */
function bridgeTo(runCommand: RunCommand, timeoutMs: number) {
  return (
    file: string,
    args: readonly string[],
    _options: unknown,
    callback?: ExecFileCallback,
  ): void => {
    const done: ExecFileCallback = callback ?? (() => undefined);
    runCommand(file, Array.isArray(args) ? args.map(String) : [], {
      timeoutMs,
      env: commandEnv(),
    }).then(
      (result) => {
        // node-wifi reads stdout even on failure (it looks for "Error: "), so always hand it over.
        const error =
          result.code === 0
            ? null
            : Object.assign(new Error('Wi-Fi command failed'), { code: result.code });
        done(error, result.stdout, result.stderr);
      },
      () => done(new Error('Wi-Fi command could not run'), '', ''),
    );
  };
}

const localRequire = createRequire(import.meta.url);

function purgeNodeWifiFromCache(packageDir: string): void {
  for (const key of Object.keys(localRequire.cache)) {
    if (key.startsWith(packageDir)) delete localRequire.cache[key];
  }
}

/**
 * A private instance of node-wifi whose commands go through runCommand. The global
 * process.env is exactly as before when this returns, whatever node-wifi did to it.
 */
export function loadNodeWifi(
  runCommand: RunCommand,
  options: { timeoutMs?: number } = {},
): NodeWifiModule {
  const entry = localRequire.resolve('node-wifi');
  const packageDir = dirname(dirname(entry)) + sep;
  // createRequire gives the CommonJS view of child_process, the object node-wifi reads.
  const childProcess = localRequire('node:child_process') as Omit<
    typeof ChildProcess,
    'execFile'
  > & {
    execFile: unknown;
  };
  const saved = LOCALE_VARIABLES.map((name) => [name, process.env[name]] as const);
  const originalExecFile = childProcess.execFile;
  purgeNodeWifiFromCache(packageDir);
  // Its Linux scan is `nmcli device wifi list` (rescan auto), which may wait for a scan itself.
  childProcess.execFile = bridgeTo(runCommand, options.timeoutMs ?? NMCLI_SCAN_TIMEOUT_MS);
  try {
    return localRequire(entry) as NodeWifiModule;
  } finally {
    childProcess.execFile = originalExecFile;
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    // Anyone else who requires node-wifi gets an untouched copy, not our bridged one.
    purgeNodeWifiFromCache(packageDir);
  }
}
