// One Wi-Fi tool (nmcli, netsh, networksetup, ...) run through the injectable RunCommand with a
// per-call C locale, so parsers see untranslated output where the tool honours it, and nothing
// touches process.env.
import { m, type Message } from '../../../shared/i18n';
import {
  CommandNotFoundError,
  CommandTimeoutError,
  type CommandResult,
  type RunCommand,
} from '../run-command';
import { isCancelled } from '../runtime';
import { WifiError } from './errors';
import { WIFI_COMMAND_TIMEOUT_MS } from './timeouts';

/**
 * The C locale with UTF-8 (nmcli's man page asks for a C locale; plain `C` turns every non-ASCII
 * character of an SSID into `?`). LANGUAGE is dropped because gettext reads it before LC_ALL.
 */
export function commandEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
  delete env.LANGUAGE;
  delete env.LC_MESSAGES;
  return env;
}

export interface CommandTool {
  readonly file: string;
  run(
    args: readonly string[],
    options?: { timeoutMs?: number; signal?: AbortSignal | undefined },
  ): Promise<CommandResult>;
}

export interface CommandToolDefaults {
  timeoutMs?: number | undefined;
  env?: (() => NodeJS.ProcessEnv) | undefined;
  /** Turns the raw output bytes into text (netsh: the OEM code page); UTF-8 when absent. */
  decode?: ((result: CommandResult) => Promise<CommandResult>) | undefined;
}

export function commandTool(
  runCommand: RunCommand,
  file: string,
  defaults: CommandToolDefaults = {},
): CommandTool {
  const label = file.split(/[\\/]/).pop() ?? file;
  return {
    file,
    async run(args, options) {
      const timeoutMs = options?.timeoutMs ?? defaults.timeoutMs ?? WIFI_COMMAND_TIMEOUT_MS;
      try {
        const result = await runCommand(file, args, {
          timeoutMs,
          env: (defaults.env ?? (() => commandEnv()))(),
          ...(defaults.decode === undefined ? {} : { raw: true }),
          ...(options?.signal === undefined ? {} : { signal: options.signal }),
        });
        return defaults.decode === undefined ? result : await defaults.decode(result);
      } catch (error) {
        if (isCancelled(error)) throw error;
        if (error instanceof CommandNotFoundError)
          throw new WifiError('no-wifi', m('wifi.tool.not-found', { tool: label }));
        if (error instanceof CommandTimeoutError)
          throw new WifiError(
            'timeout',
            m('wifi.tool.timeout', { tool: label, seconds: Math.round(timeoutMs / 1000) }),
          );
        throw new WifiError('command-failed', m('wifi.tool.not-run', { tool: label }));
      }
    },
  };
}

/** A failed command, described without quoting its output (it may echo secrets). */
export const commandFailed = (label: string, task: Message, code: number): WifiError =>
  new WifiError('command-failed', m('wifi.tool.failed', { tool: label, task, code: String(code) }));
