// Every external program the core runs goes through one injectable function: arguments as an
// array, never a shell, always a timeout. Tests pass a fake; nothing else spawns processes.
import { execFile } from 'node:child_process';
import { Cancelled } from './runtime';

export interface CommandResult {
  code: number;
  /** As UTF-8; a tool that writes another encoding reads `raw` instead. */
  stdout: string;
  stderr: string;
  /** The bytes as written, when the caller asked for them (`raw: true`). */
  raw?: { stdout: Buffer; stderr: Buffer } | undefined;
}

export interface CommandOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv | undefined;
  /** Also hand back the output bytes undecoded (netsh writes the OEM code page, not UTF-8). */
  raw?: boolean | undefined;
  /** Kills the program when it aborts (a cancelled join must not finish after the restore). */
  signal?: AbortSignal | undefined;
}

export type RunCommand = (
  file: string,
  args: readonly string[],
  options: CommandOptions,
) => Promise<CommandResult>;

export class CommandNotFoundError extends Error {
  constructor(readonly file: string) {
    super(`${file} was not found`);
    this.name = 'CommandNotFoundError';
  }
}

export class CommandTimeoutError extends Error {
  constructor(
    readonly file: string,
    readonly timeoutMs: number,
  ) {
    super(`${file} did not finish within ${timeoutMs} ms`);
    this.name = 'CommandTimeoutError';
  }
}

/** Resolves with the exit code for programs that ran; rejects only when they could not run. */
export const runCommand: RunCommand = (file, args, { timeoutMs, env, raw, signal }) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new Cancelled());
      return;
    }
    execFile(
      file,
      [...args],
      {
        timeout: timeoutMs,
        env: env ?? process.env,
        windowsHide: true,
        shell: false,
        encoding: 'buffer',
        ...(signal === undefined ? {} : { signal }),
      },
      (error, stdoutBytes, stderrBytes) => {
        const result = (code: number): CommandResult => ({
          code,
          stdout: stdoutBytes.toString('utf8'),
          stderr: stderrBytes.toString('utf8'),
          ...(raw === true ? { raw: { stdout: stdoutBytes, stderr: stderrBytes } } : {}),
        });
        if (error === null) {
          resolve(result(0));
          return;
        }
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: unknown };
        if (failure.name === 'AbortError') reject(new Cancelled());
        else if (failure.code === 'ENOENT') reject(new CommandNotFoundError(file));
        else if (failure.killed === true) reject(new CommandTimeoutError(file, timeoutMs));
        else resolve(result(typeof failure.code === 'number' ? failure.code : 1));
      },
    );
  });
