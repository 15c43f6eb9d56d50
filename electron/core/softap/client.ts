// The SoftAP client the provisioning engine uses: one method per device command, each validated
// before sending, bounded in time and tries, and failing with a SoftApError whose message is the
// operator sentence. Call order on a real device: deviceInfo → publicKey → setClaimCode → scan →
// configure → connect (softap-protocol.md §13.6).
import { m } from '../../../shared/i18n';
import type { z } from 'zod';
import { claimCodeProblem, normalizeClaimCode } from '../../../shared/validate';
import { Cancelled } from '../runtime';
import {
  resolveSoftApOptions,
  type ResolvedSoftApOptions,
  type SoftApOptions,
  type TransportName,
} from './config';
import {
  buildConfigureBody,
  ConfigureInputError,
  configureProblem,
  type ConfigureNetwork,
} from './configure-body';
import type { RandomBytes } from './encrypt-private-key';
import { CONNECT_AP_BODY, encodeHttpRequest, spansPackets, type SoftApCommand } from './framing';
import { parseDevicePublicKey, PublicKeyError, type DevicePublicKey } from './public-key';
import {
  deviceIdReply,
  publicKeyReply,
  resultReply,
  versionReply,
  type DeviceInfo,
} from './replies';
import {
  connectOutcomeForTransport,
  outcomeForResultCode,
  problemForTransport,
  SoftApError,
  type SoftApOutcome,
  type SoftApSuccess,
} from './results';
import { summarizeScan, type ApInfo, type ScanFilter } from './scan-results';
import { sendCommand, type Send, type SendResult } from './send-command';
import type { TransportOutcome } from './socket-exchange';

export interface CallOptions {
  signal?: AbortSignal | undefined;
}

export interface SoftApClientDeps {
  /** Randomness for the EAP-TLS key wrapping; tests pass a fixed source. */
  random?: RandomBytes | undefined;
  /** Replaces the network transports (tests of retry logic only). */
  transports?: Readonly<Record<TransportName, Send>> | undefined;
}

export type ConnectOutcome = SoftApSuccess;

function expectSuccess(command: SoftApCommand, outcome: SoftApOutcome): void {
  if (outcome.kind !== 'ok' && outcome.kind !== 'probably-connected')
    throw new SoftApError(command, outcome);
}

export class SoftApClient {
  readonly settings: ResolvedSoftApOptions;
  private preferred: TransportName;

  constructor(
    options: SoftApOptions = {},
    private readonly deps: SoftApClientDeps = {},
  ) {
    this.settings = resolveSoftApOptions(options);
    this.preferred = this.settings.transport === 'http' ? 'http' : 'tcp';
  }

  /** The transport the next command tries first. */
  get transport(): TransportName {
    return this.preferred;
  }

  /**
   * A request that spans several device packets goes to TCP first in 'auto' mode: 5609 reads bodies
   * as a stream, while the HTTP server's `Connection: close` handling cuts them (framing.ts).
   */
  private order(command: SoftApCommand, body: Buffer | undefined): TransportName[] {
    if (this.settings.transport !== 'auto') return [this.settings.transport];
    const { host, httpPort } = this.settings;
    if (body !== undefined && spansPackets(encodeHttpRequest(command, body, host, httpPort)))
      return ['tcp', 'http'];
    return this.preferred === 'tcp' ? ['tcp', 'http'] : ['http', 'tcp'];
  }

  /** Sends with retries and returns the raw outcome; remembers which transport worked in auto mode. */
  private async send(
    command: SoftApCommand,
    text: string | Buffer | undefined,
    call: CallOptions,
  ): Promise<TransportOutcome> {
    return (await this.sendVia(command, text, call)).outcome;
  }

  /** send(), also saying which transport the outcome came over. */
  private async sendVia(
    command: SoftApCommand,
    text: string | Buffer | undefined,
    call: CallOptions,
  ): Promise<SendResult> {
    const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    const result = await sendCommand({
      command,
      body,
      settings: this.settings,
      order: this.order(command, body),
      signal: call.signal,
      transports: this.deps.transports,
    });
    if (result.outcome.kind === 'failed' && result.outcome.reason === 'cancelled')
      throw new Cancelled();
    if (result.outcome.kind !== 'failed') this.preferred = result.transport;
    return result;
  }

  /** Sends and returns the reply validated against `schema`, or throws the problem. */
  private async request<S extends z.ZodType>(
    command: SoftApCommand,
    body: string | Buffer | undefined,
    schema: S,
    call: CallOptions,
  ): Promise<z.output<S>> {
    return this.validate(command, await this.send(command, body, call), schema);
  }

  private validate<S extends z.ZodType>(
    command: SoftApCommand,
    outcome: TransportOutcome,
    schema: S,
  ): z.output<S> {
    if (outcome.kind !== 'json') throw new SoftApError(command, problemForTransport(outcome));
    const parsed = schema.safeParse(outcome.value);
    if (!parsed.success) {
      throw new SoftApError(command, {
        kind: 'malformed',
        detail: `unexpected reply shape: ${parsed.error.issues[0]?.message ?? ''}`,
      });
    }
    return parsed.data;
  }

  /** Protocol version; 2 on every firmware since 0.4. Useful to check a Photon is listening. */
  async version(call: CallOptions = {}): Promise<number> {
    return (await this.request('version', undefined, versionReply, call)).v;
  }

  /** The device id, lowercased, and whether the cloud has acknowledged a claim. */
  async deviceInfo(call: CallOptions = {}): Promise<DeviceInfo> {
    return this.request('device-id', undefined, deviceIdReply, call);
  }

  async publicKey(call: CallOptions = {}): Promise<DevicePublicKey> {
    const reply = await this.request('public-key', undefined, publicKeyReply, call);
    expectSuccess('public-key', outcomeForResultCode(reply.r));
    if (reply.b === undefined)
      throw new SoftApError('public-key', { kind: 'invalid-key', detail: 'no key in reply' });
    try {
      return parseDevicePublicKey(reply.b);
    } catch (error) {
      const detail = error instanceof PublicKeyError ? error.message : 'unreadable key';
      throw new SoftApError('public-key', { kind: 'invalid-key', detail });
    }
  }

  /** Stores the claim code the device publishes on its first cloud handshake. */
  async setClaimCode(code: string, call: CallOptions = {}): Promise<void> {
    const problem = claimCodeProblem(code);
    if (problem !== null)
      throw new SoftApError('set', { kind: 'invalid-input', field: 'claimCode', problem });
    const body = JSON.stringify({ k: 'cc', v: normalizeClaimCode(code) });
    const reply = await this.request('set', body, resultReply, call);
    expectSuccess('set', outcomeForResultCode(reply.r));
  }

  /**
   * The networks the Photon itself can see, one row per SSID, strongest first, each with the raw
   * bytes it reported. A reply that stops coming is the scan wedge: not retried (config.ts), and
   * reported as such, because only leaving listening mode frees the device.
   */
  async scan(filter: ScanFilter = {}, call: CallOptions = {}): Promise<ApInfo[]> {
    const outcome = await this.send('scan-ap', undefined, call);
    if (outcome.kind === 'scan') return summarizeScan(outcome.entries, filter);
    if (outcome.kind === 'failed' && outcome.reason === 'reply-timeout')
      throw new SoftApError('scan-ap', { kind: 'scan-stuck', afterMs: outcome.timeoutMs ?? 0 });
    if (outcome.kind === 'json')
      throw new SoftApError('scan-ap', {
        kind: 'malformed',
        detail: 'JSON where a scan list belongs',
      });
    throw new SoftApError('scan-ap', problemForTransport(outcome));
  }

  /**
   * Stores Wi-Fi credentials. Without a key, or when the device cannot decrypt with the one given
   * (codes ≤ -1000), the key is fetched again and the command re-sent, a bounded number of times.
   */
  async configure(
    network: ConfigureNetwork,
    key?: DevicePublicKey,
    call: CallOptions = {},
  ): Promise<void> {
    // Validate before any traffic, including the key fetch.
    const problem = configureProblem(network);
    if (problem !== null)
      throw new SoftApError('configure-ap', { kind: 'invalid-input', ...problem });
    const build = (deviceKey: DevicePublicKey): Buffer => {
      try {
        return buildConfigureBody(network, deviceKey, this.deps.random);
      } catch (error) {
        if (error instanceof ConfigureInputError) {
          throw new SoftApError('configure-ap', {
            kind: 'invalid-input',
            field: error.field,
            problem: error.problem,
          });
        }
        // EncryptionError names lengths only; a fixed sentence keeps it that way whatever changes.
        throw new SoftApError('configure-ap', {
          kind: 'invalid-input',
          field: 'password',
          problem: m('softap.password-unencryptable'),
        });
      }
    };
    const enterprise = (network.auth ?? 'personal') !== 'personal';
    let deviceKey = key ?? (await this.publicKey(call));
    for (let refetch = 0; ; refetch += 1) {
      const body = build(deviceKey);
      const { outcome: sent, transport } = await this.sendVia('configure-ap', body, call);
      // ≤ 0.6 knows none of the enterprise keys: the whole request fails to parse and no JSON
      // comes back (v0.6.4 softap.cpp l.535); our body is otherwise always well formed. Over
      // HTTP a body too long for `Connection: close` then never ends either: ≤ 0.6 terminates no
      // chunked reply, so the only sign is silence.
      if (enterprise && sent.kind === 'empty')
        throw new SoftApError('configure-ap', { kind: 'enterprise-unsupported' });
      if (
        enterprise &&
        transport === 'http' &&
        sent.kind === 'failed' &&
        sent.reason === 'reply-timeout' &&
        spansPackets(
          encodeHttpRequest('configure-ap', body, this.settings.host, this.settings.httpPort),
        )
      )
        throw new SoftApError('configure-ap', {
          kind: 'enterprise-unanswered',
          afterMs: sent.timeoutMs ?? 0,
        });
      const reply = this.validate('configure-ap', sent, resultReply);
      const outcome = outcomeForResultCode(reply.r);
      if (outcome.kind === 'key-problem' && refetch < this.settings.keyRefetchRetries) {
        deviceKey = await this.publicKey(call);
        continue;
      }
      expectSuccess('configure-ap', outcome);
      return;
    }
  }

  /**
   * Ends listening mode so the device joins the stored network. A lost reply after sending is the
   * usual success ('probably-connected'); only a failure to reach the device at all throws.
   */
  async connect(call: CallOptions = {}): Promise<ConnectOutcome> {
    const outcome = connectOutcomeForTransport(
      await this.send('connect-ap', CONNECT_AP_BODY, call),
    );
    if (outcome.kind !== 'ok' && outcome.kind !== 'probably-connected')
      throw new SoftApError('connect-ap', outcome);
    return outcome;
  }
}
