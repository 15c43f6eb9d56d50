// The seven commands, transport-independent: each writes its reply through a WriteSink the
// way JSONCommand does, and says how the connection should end. "No JSON" is a normal end
// with nothing written (softap-protocol.md §5). Bodies are bytes and are read one char per
// byte (latin1), as jsmn reads a C buffer: nothing is decoded on the way in.
import { sameSsid, scannedSsid } from './air-ssid';
import { CLAIM_CODE_MAX_BYTES, type RsaErrorCodes } from './constants';
import {
  CONFIGURE_SCHEMA,
  CONFIGURE_SCHEMA_LEGACY,
  configureAp,
  type ConfigureResult,
} from './configure-ap';
import type { DeviceKey } from './device-key';
import { parseRequestLikeFirmware, type RequestSchema } from './jsmn-request';
import type {
  AirNetwork,
  FaultTarget,
  PhotonCommandName,
  PhotonFaults,
  PhotonFirmware,
  PhotonTimings,
  StoredNetwork,
} from './options';
import { ReplyWriter, type WriteSink } from './reply-writer';

/** close: finish normally; drop: cut the connection after what was written; hang: write nothing more, ever. */
export type CommandEnd = 'close' | 'drop' | 'hang';

export interface CommandOutcome {
  end: CommandEnd;
  /** connect-ap was accepted: the AP goes down once the reply is out ('reset': the device rebooted). */
  connect: 'none' | 'normal' | 'reset';
}

export interface CommandContext {
  readonly firmware: PhotonFirmware;
  readonly key: DeviceKey;
  readonly deviceId: string;
  readonly rsaErrors: RsaErrorCodes;
  readonly claimed: boolean;
  readonly faults: PhotonFaults;
  readonly timings: PhotonTimings;
  /** Networks a broadcast scan sees right now, in the order found. */
  visibleAir(): readonly AirNetwork[];
  /** Aborts when the device leaves listening mode (softap_stop force-awakes stuck threads). */
  readonly session: AbortSignal;
  setClaimCode(code: string): void;
  saveNetwork(network: StoredNetwork): void;
  /** Resolves true after ms, or false as soon as the signal aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<boolean>;
}

const SET_SCHEMA: RequestSchema = { k: 'string', v: 'string' };

const targets = (target: FaultTarget, name: PhotonCommandName): boolean =>
  target === 'all' || target.includes(name);

const waitForAbort = (signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });

function writeScanEntry(out: ReplyWriter, ap: AirNetwork, ssid: Buffer): void {
  out.char('{');
  // write_json_string: the SSID bytes go out raw, never JSON-escaped (softap.cpp v2.3.1 l.449).
  out.stringField('ssid', ssid);
  out.char(',');
  out.intField('rssi', ap.rssi);
  out.char(',');
  out.intField('sec', ap.sec);
  out.char(',');
  out.intField('ch', ap.ch);
  out.char(',');
  out.intField('mdr', ap.mdr ?? 54000);
  out.char('}');
}

async function scanAp(
  context: CommandContext,
  out: ReplyWriter,
  signal: AbortSignal,
): Promise<CommandOutcome> {
  out.write('{"scans":[');
  const delay = context.faults.slowScanMs ?? context.timings.scanMs;
  if (!(await context.sleep(delay, signal))) return { end: 'drop', connect: 'none' };
  // Entries whose first byte is NUL (hidden networks) are skipped (softap.cpp v2.3.1 l.442).
  const entries = context
    .visibleAir()
    .map((ap) => ({ ap, ssid: scannedSsid(ap.ssid) }))
    .filter((entry) => entry.ssid.length > 0);
  if (context.faults.wedgeScan) {
    // device-os#1334/#1407: the 5-entry queue (softap.cpp v2.3.1 l.426) blocks the networking worker, whose
    // 15-deep event queue then drops the scan-complete event; produce_response pops with
    // WICED_NEVER_TIMEOUT (l.439), so the reply stops mid-entry and this server's worker never
    // returns. A client leaving does not free it: only leaving listening mode does.
    const [first, second] = entries;
    if (first !== undefined) writeScanEntry(out, first.ap, first.ssid);
    if (second !== undefined) {
      out.char(',');
      out.char('{');
      out.stringField('ssid', second.ssid);
    }
    await waitForAbort(context.session);
    return { end: 'hang', connect: 'none' };
  }
  entries.forEach(({ ap, ssid }, index) => {
    if (index > 0) out.char(',');
    writeScanEntry(out, ap, ssid);
  });
  out.write(']}');
  return { end: 'close', connect: 'none' };
}

function setValue(context: CommandContext, body: Buffer | null, out: ReplyWriter): void {
  if (body === null) return;
  const parsed = parseRequestLikeFirmware(body.toString('latin1'), SET_SCHEMA);
  if (!parsed.ok) return;
  // The key buffer holds 2 characters, so "ccX" is "cc"; the value is cut to 63 bytes and keeps
  // its escapes (softap.cpp v2.3.1 l.820–867).
  const key = (parsed.fields.get('k') ?? '').slice(0, 2);
  const value = Buffer.from(parsed.fields.get('v') ?? '', 'latin1')
    .subarray(0, CLAIM_CODE_MAX_BYTES)
    .toString('utf8');
  if (key !== 'cc' || value.length === 0) {
    out.result(-1);
    return;
  }
  context.setClaimCode(value);
  out.result(0);
}

/** sniff_security keeps the security of the last BSS that matched (wlan_hal.cpp v2.3.1 l.1027–1046). */
function lastMatch(air: readonly AirNetwork[], ssid: Buffer): AirNetwork | undefined {
  let found: AirNetwork | undefined;
  for (const ap of air) if (sameSsid(ap.ssid, ssid)) found = ap;
  return found;
}

async function configure(
  context: CommandContext,
  body: Buffer | null,
  out: ReplyWriter,
  signal: AbortSignal,
): Promise<CommandOutcome> {
  const schema = context.firmware === '0.6' ? CONFIGURE_SCHEMA_LEGACY : CONFIGURE_SCHEMA;
  const parsed = body === null ? null : parseRequestLikeFirmware(body.toString('latin1'), schema);
  if (parsed === null || !parsed.ok) return { end: 'close', connect: 'none' };
  const fault = context.faults.decryptError;
  let aborted = false;
  const result: ConfigureResult = await configureAp(parsed.fields, {
    firmware: context.firmware,
    key: context.key,
    rsaErrors: context.rsaErrors,
    decryptFailure: fault === false ? null : fault === true ? context.rsaErrors.lowMemory : fault,
    scanFor: async (ssid) => {
      // A full-band scan each time; when its completion event is lost (the crowded-room wedge)
      // sniff_security waits its whole 30 s cap and then uses what arrived (wlan_hal.cpp v2.3.1 l.1040–1043).
      const { timings, faults } = context;
      const ms = faults.wedgeScan ? timings.configureScanCapMs : timings.configureScanMs;
      if (!(await context.sleep(ms, signal))) aborted = true;
      return lastMatch(context.visibleAir(), ssid);
    },
  });
  if (aborted) return { end: 'drop', connect: 'none' };
  if (result.network !== null) context.saveNetwork(result.network);
  out.result(result.code);
  return { end: 'close', connect: 'none' };
}

function publicKey(context: CommandContext, out: ReplyWriter): void {
  out.char('{');
  out.write('"b":"');
  for (const digit of context.key.publicKeyField) out.char(digit);
  out.char('"');
  out.char(',');
  out.intField('r', 0);
  out.char('}');
}

function truncatingSink(sink: WriteSink, budget: number): { sink: WriteSink; cut: () => boolean } {
  let left = budget;
  let cut = false;
  return {
    sink: (piece) => {
      if (left <= 0) {
        cut = true;
        return;
      }
      if (piece.length > left) cut = true;
      const kept = piece.subarray(0, left);
      left -= kept.length;
      if (kept.length > 0) sink(kept);
    },
    cut: () => cut,
  };
}

/**
 * Runs one command. `body` is null when the device could not read one (none sent on a
 * command that needs it, or too large for the heap).
 */
export async function runPhotonCommand(
  context: CommandContext,
  name: PhotonCommandName,
  body: Buffer | null,
  sink: WriteSink,
  signal: AbortSignal,
): Promise<CommandOutcome> {
  const { noReply, truncateReply } = context.faults;
  if (noReply !== null && targets(noReply.commands, name)) {
    if (noReply.mode === 'close') return { end: 'drop', connect: 'none' };
    await waitForAbort(signal);
    return { end: 'hang', connect: 'none' };
  }
  const truncation =
    truncateReply !== null && targets(truncateReply.commands, name)
      ? truncatingSink(sink, truncateReply.bytes)
      : null;
  const out = new ReplyWriter(truncation?.sink ?? sink);
  const outcome = await dispatch(context, name, body, out, signal);
  if (truncation?.cut() && outcome.end === 'close') return { ...outcome, end: 'drop' };
  return outcome;
}

async function dispatch(
  context: CommandContext,
  name: PhotonCommandName,
  body: Buffer | null,
  out: ReplyWriter,
  signal: AbortSignal,
): Promise<CommandOutcome> {
  const done: CommandOutcome = { end: 'close', connect: 'none' };
  switch (name) {
    case 'version':
      out.write('{"v":2}');
      return done;
    case 'device-id':
      out.char('{');
      out.stringField('id', context.deviceId);
      out.char(',');
      out.stringField('c', context.claimed ? '1' : '0');
      out.char('}');
      return done;
    case 'public-key':
      publicKey(context, out);
      return done;
    case 'set':
      setValue(context, body, out);
      return done;
    case 'scan-ap':
      return scanAp(context, out, signal);
    case 'configure-ap':
      return configure(context, body, out, signal);
    case 'connect-ap':
      if (context.faults.resetDuringConnect) return { end: 'drop', connect: 'reset' };
      if (context.faults.dropConnectReply) return { end: 'drop', connect: 'normal' };
      out.result(0);
      return { end: 'close', connect: 'normal' };
  }
}
