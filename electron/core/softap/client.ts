// The SoftAP client the provisioning engine uses: one method per device command, each validated
// before sending, bounded in time and tries, and failing with a SoftApError whose message is the
// operator sentence. Call order on a real device: deviceInfo → publicKey → setClaimCode → scan →
// configure → connect (softap-protocol.md §13.6).
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
import { CONNECT_AP_BODY, type SoftApCommand } from './framing';
import { parseDevicePublicKey, PublicKeyError, type DevicePublicKey } from './public-key';
import {
  deviceIdReply,
  publicKeyReply,
  resultReply,
  scanReply,
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
import {
  readScanEntries,
  salvageScanEntries,
  summarizeScan,
  type ApInfo,
  type ScanFilter,
} from './scan-results';
import { sendCommand, type Send } from './send-command';
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

  private order(): TransportName[] {
    if (this.settings.transport !== 'auto') return [this.settings.transport];
    return this.preferred === 'tcp' ? ['tcp', 'http'] : ['http', 'tcp'];
  }

  /** Sends with retries and returns the raw outcome; remembers which transport worked in auto mode. */
  private async send(
    command: SoftApCommand,
    body: string | undefined,
    call: CallOptions,
  ): Promise<TransportOutcome> {
    const result = await sendCommand({
      command,
      body,
      settings: this.settings,
      order: this.order(),
      signal: call.signal,
      transports: this.deps.transports,
    });
    if (result.outcome.kind === 'failed' && result.outcome.reason === 'cancelled')
      throw new Cancelled();
    if (result.outcome.kind !== 'failed') this.preferred = result.transport;
    return result.outcome;
  }

  /** Sends and returns the reply validated against `schema`, or throws the problem. */
  private async request<S extends z.ZodType>(
    command: SoftApCommand,
    body: string | undefined,
    schema: S,
    call: CallOptions,
  ): Promise<z.output<S>> {
    const outcome = await this.send(command, body, call);
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

  /** The networks the Photon itself can see, one row per SSID, strongest first. */
  async scan(filter: ScanFilter = {}, call: CallOptions = {}): Promise<ApInfo[]> {
    const outcome = await this.send('scan-ap', undefined, call);
    if (outcome.kind === 'malformed') {
      const salvaged = salvageScanEntries(outcome.text);
      if (salvaged.length > 0) return summarizeScan(salvaged, filter);
    }
    if (outcome.kind !== 'json') throw new SoftApError('scan-ap', problemForTransport(outcome));
    const parsed = scanReply.safeParse(outcome.value);
    if (!parsed.success)
      throw new SoftApError('scan-ap', { kind: 'malformed', detail: 'no scans list' });
    return summarizeScan(readScanEntries(parsed.data.scans), filter);
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
    const build = (deviceKey: DevicePublicKey): string => {
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
          problem: 'The password cannot be encrypted for the Photon; check its length.',
        });
      }
    };
    let deviceKey = key ?? (await this.publicKey(call));
    for (let refetch = 0; ; refetch += 1) {
      const reply = await this.request('configure-ap', build(deviceKey), resultReply, call);
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
