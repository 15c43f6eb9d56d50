// The audit log: one JSON line per record, appended and fsynced, so a crash loses at most the
// line being written. A torn last line is skipped on read and never glues onto the next record.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { auditMessageSchema, auditRecordSchema, type AuditRecord } from '../../../shared/audit';
import { formatMessage, isMessage, type Message, type MessageParam } from '../../../shared/i18n';
import { OUTCOME_TITLES } from '../../../shared/outcome';
import { normalizeDeviceId } from '../../../shared/validate';
import { toCsv } from './csv';

export interface AuditReadResult {
  records: AuditRecord[];
  /** Lines that were not valid records (a torn last line after a crash, or damage). */
  skippedLines: number;
}

export interface AuditQuery {
  deviceId?: string | undefined;
  /** Newest first, at most this many. */
  limit?: number | undefined;
  /** Records that started (runs) or happened (actions) at or after `from` and before `to`. */
  from?: string | undefined;
  to?: string | undefined;
  /** Exact station / operator names, ignoring case and outer spaces; empty means any. */
  station?: string | undefined;
  operator?: string | undefined;
}

/** The byte-order mark that makes spreadsheets read the CSV as UTF-8 (names in any script). */
const UTF8_BOM = '\uFEFF';

const sameName = (wanted: string | undefined, value: string): boolean =>
  wanted === undefined ||
  wanted.trim() === '' ||
  wanted.trim().toLowerCase() === value.trim().toLowerCase();

const timeOf = (record: AuditRecord): number =>
  Date.parse(record.type === 'run' ? record.startedAt : record.at);

/** Secret values shorter than this are not searched for (they would match ordinary words). */
const MIN_SECRET_LENGTH = 4;
export const REDACTED = '[redacted]';
const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'station',
  'operator',
  'product',
  'ssid',
  'customerEmail',
  'errorCode',
  'step',
  'detail',
]);

type OneParam = Exclude<MessageParam, readonly unknown[]>;
const isList = (value: MessageParam): value is readonly OneParam[] => Array.isArray(value);

const redactText = (text: string, secrets: readonly string[]): string =>
  secrets.reduce((out, secret) => out.split(secret).join(REDACTED), text);

const holdsSecret = (text: string, secrets: readonly string[]): boolean =>
  secrets.some((secret) => text.includes(secret));

/**
 * A kept sentence with every secret taken out of its texts, at any depth. Its id and parameter
 * names come from the code, so one that holds a secret (a secret that happens to read like
 * "returns") is not rewritten but dropped, as is one the replacement made too long: History then
 * shows the English detail, which is redacted like any free text.
 */
function redactMessage(message: Message, secrets: readonly string[]): Message | undefined {
  if (secrets.length === 0) return message;
  let intact = true;
  const one = (value: OneParam): OneParam =>
    typeof value === 'string'
      ? redactText(value, secrets)
      : typeof value === 'number'
        ? value
        : sentence(value);
  const param = (value: MessageParam): MessageParam =>
    isList(value) ? value.map(one) : one(value);
  const sentence = (text: Message): Message => {
    if (holdsSecret(text.id, secrets)) intact = false;
    if (text.params === undefined) return { id: text.id };
    const params: Record<string, MessageParam> = {};
    for (const [name, value] of Object.entries(text.params)) {
      if (holdsSecret(name, secrets)) intact = false;
      params[name] = param(value);
    }
    return { id: text.id, params };
  };
  const redacted = sentence(message);
  return intact && auditMessageSchema.safeParse(redacted).success ? redacted : undefined;
}

/** Lines of the log that were read already, with what they held (see read()). */
interface ParsedPrefix {
  ino: number;
  dev: number;
  bytes: number;
  /** The file's first bytes and the bytes just before `bytes`, as they were when read. */
  head: Buffer;
  tail: Buffer;
  records: AuditRecord[];
  skippedLines: number;
}

/** How many bytes at each end of the read part must be unchanged for it to be kept. */
const FINGERPRINT_BYTES = 512;

function bytesAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buffer, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return buffer.subarray(0, got);
}

/** The same prefix still there: not shrunk, not replaced, not rewritten in place at either end. */
function stillHolds(
  fd: number,
  parsed: ParsedPrefix,
  stat: { ino: number; dev: number; size: number },
) {
  return (
    parsed.ino === stat.ino &&
    parsed.dev === stat.dev &&
    stat.size >= parsed.bytes &&
    bytesAt(fd, 0, parsed.head.length).equals(parsed.head) &&
    bytesAt(fd, parsed.bytes - parsed.tail.length, parsed.tail.length).equals(parsed.tail)
  );
}

/** Records handed out are shared by every later read: frozen, so no caller can change history. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function parseLines(text: string): AuditReadResult {
  const records: AuditRecord[] = [];
  let skippedLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim().length === 0) continue;
    try {
      const parsed = auditRecordSchema.safeParse(JSON.parse(line));
      if (parsed.success) records.push(deepFreeze(parsed.data));
      else skippedLines++;
    } catch {
      skippedLines++;
    }
  }
  return { records, skippedLines };
}

/**
 * A kept sentence beyond the log's bounds (too deep, too long) is left out, not a reason to lose
 * the record: History then shows the English detail, which every action has.
 */
function withoutOversizedSentence(record: AuditRecord): AuditRecord {
  if (record.type !== 'action' || record.detailText === undefined) return record;
  if (auditMessageSchema.safeParse(record.detailText).success) return record;
  const { detailText: _dropped, ...rest } = record;
  return rest;
}

export class AuditLog {
  private parsed: ParsedPrefix | null = null;

  constructor(private readonly path: string) {}

  /**
   * Appends one record. `secrets` are values that must never reach the disk; the record schema
   * has no field for them, and any that still appears in the line is replaced as a last guard.
   */
  append(record: AuditRecord, secrets: readonly string[] = []): void {
    const guarded = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH);
    // Only free-text fields can carry a stray secret; enums, ids and dates are fixed by the
    // schema, and rewriting them (a secret that equals "developer") would break the record.
    // A kept sentence (detailText) is searched through its texts at every depth.
    const redacted = Object.fromEntries(
      Object.entries(auditRecordSchema.parse(withoutOversizedSentence(record)))
        .map(([key, value]): [string, unknown] => [
          key,
          FREE_TEXT_FIELDS.has(key) && typeof value === 'string'
            ? redactText(value, guarded)
            : key === 'detailText' && isMessage(value)
              ? redactMessage(value, guarded)
              : value,
        ])
        .filter(([, value]) => value !== undefined),
    );
    const line = JSON.stringify(redacted);
    mkdirSync(dirname(this.path), { recursive: true });
    const fd = openSync(this.path, 'a+', 0o600);
    try {
      const prefix = this.endsMidLine(fd) ? '\n' : '';
      writeSync(fd, `${prefix}${line}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Every record, oldest first. Only the bytes appended since the last read are parsed (a long
   * shift reads the log after every unit; a year of records is ~100 000 lines); a file that
   * shrank, was replaced or was rewritten in place is read again from the start. The records
   * read stay in memory for the life of the core (about 0.7 KB each) and are frozen.
   */
  read(): AuditReadResult {
    let fd: number;
    try {
      fd = openSync(this.path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.parsed = null;
      return { records: [], skippedLines: 0 };
    }
    try {
      const stat = fstatSync(fd);
      let parsed = this.parsed;
      if (parsed === null || !stillHolds(fd, parsed, stat))
        parsed = {
          ino: stat.ino,
          dev: stat.dev,
          bytes: 0,
          head: Buffer.alloc(0),
          tail: Buffer.alloc(0),
          records: [],
          skippedLines: 0,
        };
      const text = bytesAt(fd, parsed.bytes, stat.size - parsed.bytes);
      // Whole lines are kept; a last line without its newline (torn, or being written) is
      // parsed for this answer only and read again next time.
      const end = text.lastIndexOf(0x0a) + 1;
      const whole = parseLines(text.subarray(0, end).toString('utf8'));
      for (const record of whole.records) parsed.records.push(record);
      parsed.skippedLines += whole.skippedLines;
      parsed.bytes += end;
      if (end > 0) {
        parsed.head = bytesAt(fd, 0, Math.min(FINGERPRINT_BYTES, parsed.bytes));
        parsed.tail = bytesAt(
          fd,
          parsed.bytes - Math.min(FINGERPRINT_BYTES, parsed.bytes),
          Math.min(FINGERPRINT_BYTES, parsed.bytes),
        );
      }
      this.parsed = parsed;
      const tail = parseLines(text.subarray(end).toString('utf8'));
      return {
        records: [...parsed.records, ...tail.records],
        skippedLines: parsed.skippedLines + tail.skippedLines,
      };
    } finally {
      closeSync(fd);
    }
  }

  query({ deviceId, limit, from, to, station, operator }: AuditQuery = {}): AuditReadResult {
    const { records, skippedLines } = this.read();
    const wanted =
      deviceId === undefined || deviceId.trim() === '' ? null : normalizeDeviceId(deviceId);
    const after = from === undefined ? null : Date.parse(from);
    const before = to === undefined ? null : Date.parse(to);
    const matching = records
      .filter((record) => wanted === null || record.deviceId === wanted)
      .filter((record) => after === null || timeOf(record) >= after)
      .filter((record) => before === null || timeOf(record) < before)
      .filter((record) => sameName(station, record.station) && sameName(operator, record.operator))
      .reverse();
    return { records: limit === undefined ? matching : matching.slice(0, limit), skippedLines };
  }

  exportCsv(query: AuditQuery = {}): string {
    const header = [
      'time',
      'type',
      'station',
      'operator',
      'device_id',
      'mode',
      'product',
      'customer_email',
      'ssid',
      'outcome_or_step',
      'outcome_title',
      'result',
      'error_code_or_detail',
      'duration_ms',
      'phases',
      'app_version',
      'simulated',
    ];
    const rows = this.query(query).records.map((record) =>
      record.type === 'run'
        ? [
            record.startedAt,
            'run',
            record.station,
            record.operator,
            record.deviceId,
            record.mode,
            record.product,
            record.customerEmail,
            record.ssid,
            record.outcome,
            // The file is for scripts and spreadsheets: its words stay English, like its header.
            formatMessage('en', OUTCOME_TITLES[record.outcome]),
            record.outcome === 'success' ? 'ok' : 'failed',
            record.errorCode,
            Date.parse(record.endedAt) - Date.parse(record.startedAt),
            record.phases.map((phase) => `${phase.phase}:${phase.ms}ms:${phase.result}`).join(' '),
            record.appVersion,
            record.simulated,
          ]
        : [
            record.at,
            'action',
            record.station,
            record.operator,
            record.deviceId,
            null,
            null,
            null,
            null,
            record.step,
            null,
            record.result,
            record.detail,
            null,
            null,
            record.appVersion,
            record.simulated,
          ],
    );
    return UTF8_BOM + toCsv(header, rows);
  }

  private endsMidLine(fd: number): boolean {
    const { size } = fstatSync(fd);
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  }
}
