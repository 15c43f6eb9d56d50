// Every external program the core runs goes through one injectable function: arguments as an
// array, never a shell, always a timeout. Tests pass a fake; nothing else spawns processes.
import { execFile } from 'node:child_process';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
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
export const runCommand: RunCommand = (file, args, { timeoutMs, env }) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { timeout: timeoutMs, env: env ?? process.env, windowsHide: true, shell: false },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve({ code: 0, stdout, stderr });
          return;
        }
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: unknown };
        if (failure.code === 'ENOENT') reject(new CommandNotFoundError(file));
        else if (failure.killed === true) reject(new CommandTimeoutError(file, timeoutMs));
        else resolve({ code: typeof failure.code === 'number' ? failure.code : 1, stdout, stderr });
      },
    );
  });
