// The core's log, for support: <dataDir>/logs/photon-setup.log, appended synchronously (a line
// logged is on disk, so the diagnostics file sees it and a crash loses nothing) and rotated by
// size — electron-log's file transport, through its plain-Node entry (no electron import).
// Every message passes the redactor on the way in, so no token, client secret or Wi-Fi password
// the core has seen is ever written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import type { Redactor } from '../cloud/redact';

export interface CoreLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface FileLog extends CoreLog {
  readonly file: string;
}

export const LOG_DIR_NAME = 'logs';
const LOG_FILE_NAME = 'photon-setup.log';
/** electron-log's one archive: the current file moves here when it passes LOG_MAX_BYTES. */
const LOG_ARCHIVE_NAME = 'photon-setup.old.log';
/** Days of a busy station in two files of at most 1 MB each: small enough to send. */
const LOG_MAX_BYTES = 1_000_000;

let instances = 0;

export function createFileLog(dir: string, redactor: Redactor, echo?: Partial<CoreLog>): FileLog {
  const file = join(dir, LOG_FILE_NAME);
  const logger = electronLog.create({ logId: `photon-setup-${++instances}` });
  logger.transports.console.level = false;
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = LOG_MAX_BYTES;
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  // Readable by this user only, like every other file in the data folder.
  logger.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  logger.hooks.push((message) => ({
    ...message,
    data: message.data.map((part: unknown) => redactor.redact(String(part))),
  }));
  const write = (level: keyof CoreLog) => (message: string) => {
    logger[level](message);
    echo?.[level]?.(redactor.redact(message));
  };
  return { file, info: write('info'), warn: write('warn'), error: write('error') };
}

/** The last `count` lines across the archive and the current file, redacted again on the way out. */
export function readLogTail(dir: string, count: number, redactor: Redactor): string[] {
  const lines: string[] = [];
  for (const name of [LOG_ARCHIVE_NAME, LOG_FILE_NAME]) {
    const path = join(dir, name);
    if (existsSync(path))
      lines.push(
        ...readFileSync(path, 'utf8')
          .split('\n')
          .filter((line) => line !== ''),
      );
  }
  return lines.slice(-count).map((line) => redactor.redact(line));
}
