// What a CLI command may touch of the outside: output streams, the environment, a hidden
// prompt. Injected so tests run commands in-process and read what they printed.
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatMessage, type Locale, type Message } from '../../shared/i18n';
import { OperatorError } from '../core/runtime';
import { withEnglishText } from '../../shared/i18n/english-json';
import { isUnsafeCodePoint } from '../../shared/ssid-text';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** The language of the core's sentences in human output (`--lang`); English when absent. */
  locale?: Locale;
  /** Asks without echoing; null when there is no terminal to ask on. */
  promptHidden(question: string): Promise<string | null>;
  /**
   * Each line typed on standard input (a label scanner types one line per scan, Enter at the
   * end); returns the function that stops listening. Absent where there is no input.
   */
  onLine?(listener: (line: string) => void): () => void;
  /** Ctrl+C; returns the function that stops listening. */
  onInterrupt?(listener: () => void): () => void;
}

/** Exit codes: 1 = the operation failed, 2 = the command line was wrong. */
export class CliExit extends Error {
  constructor(
    readonly code: 1 | 2,
    message: string,
  ) {
    super(message);
    this.name = 'CliExit';
  }
}

/** A secret the operator put in an environment variable; exit 2 when it is not there. */
export function envSecret(io: CliIo, name: string, holds: string): string {
  const value = io.env[name];
  if (value === undefined || value === '')
    throw new CliExit(2, `The environment variable ${name} is not set (it should hold ${holds}).`);
  return value;
}

/** A sentence of the core in the language the command line asked for. */
export const say = (io: Pick<CliIo, 'locale'>, message: Message): string =>
  formatMessage(io.locale ?? 'en', message);

/** An error's sentence when it is one of ours (in --lang), else the fallback: never a raw message. */
export const cliWords = (io: Pick<CliIo, 'locale'>, error: unknown, fallback: string): string =>
  error instanceof OperatorError ? say(io, error.text) : fallback;

export const usageError = (message: string, usage: string): CliExit =>
  new CliExit(2, `${message}\n${usage}`);

/**
 * A whole-number option in digits only ("0x50", "1e2", "" and " " are refused, not read as 80,
 * 100 and 0), within its range; `what` says what the range is when the numbers alone do not.
 */
export function wholeNumberArg(
  option: string,
  value: string,
  range: { min: number; max: number; what?: string },
  usage: string,
): number {
  const number = /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(number >= range.min && number <= range.max))
    throw usageError(
      `${option} must be a whole number from ${range.min} to ${range.max}${range.what === undefined ? '' : `, ${range.what}`} (got "${value}").`,
      usage,
    );
  return number;
}

/** node:util's parseArgs, with a wrong option refused as a usage error (exit 2, the usage text). */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error), usage);
  }
}

/**
 * One line of JSON that is safe on a terminal. JSON.stringify escapes C0 controls but writes C1
 * controls, DEL and bidi overrides raw, and a network name can hold any of them; here they become
 * \uXXXX escapes too, which parse back to the same value.
 */
export function jsonLine(value: unknown): string {
  let line = '';
  // A sentence of the core keeps its id and gains its English text, whatever --lang says.
  for (const char of JSON.stringify(value, withEnglishText)) {
    const code = char.codePointAt(0) ?? 0;
    line += isUnsafeCodePoint(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return line;
}

function promptHiddenOnTerminal(question: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = createInterface({ input, output: process.stderr, terminal: true });
    // Echo nothing while the secret is typed; readline still handles editing keys.
    const writable = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stderr.write(question);
    writable._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

function linesOfStdin(listener: (line: string) => void): () => void {
  const rl = createInterface({ input: process.stdin, terminal: false });
  rl.on('line', listener);
  return () => rl.close();
}

function onSigint(listener: () => void): () => void {
  process.on('SIGINT', listener);
  return () => process.off('SIGINT', listener);
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  env: process.env,
  promptHidden: promptHiddenOnTerminal,
  onLine: linesOfStdin,
  onInterrupt: onSigint,
};
