// One simulated Photon in listening mode: the device state, its two servers on 127.0.0.1, the
// connect-ap script and the LED. Tests drive it over raw TCP/HTTP and read its state here.
import { EventEmitter } from 'node:events';
import type { CommandOutcome } from './command-dispatch';
import { runPhotonCommand, type CommandContext } from './command-dispatch';
import { decideJoin, runConnectSequence } from './connect-sequence';
import { MBEDTLS_RSA_ERRORS, TROPICSSL_RSA_ERRORS } from './constants';
import { storeNetwork } from './credential-store';
import { generateDeviceKeyPem, loadDeviceKey, type DeviceKey } from './device-key';
import { HttpTransport } from './http-transport';
import { LED_STATES, type LedState, type LedStateName } from './led';
import {
  fastTimings,
  noFaults,
  PHOTON_COMMANDS,
  type AirNetwork,
  type ConnectOutcome,
  type PhotonCloudLink,
  type PhotonCommandName,
  type PhotonFaults,
  type PhotonFirmware,
  type PhotonSimulatorOptions,
  type PhotonTimings,
  type StoredNetwork,
} from './options';
import type { PhotonCommandLogEntry, PhotonLogEntry, PhotonTransport } from './photon-log';
import { buildSsid, DEFAULT_SSID_PREFIX, normalizeDeviceIdOption, randomSsidSuffix } from './ssid';
import { TcpTransport } from './tcp-transport';

/** About the free heap of a Photon in listening mode; larger bodies fail malloc ⇒ no JSON. */
const DEFAULT_MAX_BODY_BYTES = 40_000;

export interface PhotonSnapshot {
  deviceId: string;
  ssid: string;
  firmware: PhotonFirmware;
  listening: boolean;
  led: LedState;
  claimed: boolean;
  claimCode: string | null;
  storedNetworks: StoredNetwork[];
}

interface PhotonEvents {
  led: [LedState];
  ap: [boolean];
  log: [PhotonLogEntry];
}

const isCommand = (name: string): name is PhotonCommandName =>
  (PHOTON_COMMANDS as readonly string[]).includes(name);

export class SimulatedPhoton {
  readonly deviceId: string;
  readonly ssid: string;
  readonly firmware: PhotonFirmware;
  private readonly key: DeviceKey;
  private readonly emitter = new EventEmitter<PhotonEvents>();
  private readonly startedAt = Date.now();
  private readonly tcp: TcpTransport;
  private readonly http: HttpTransport;
  private readonly entries: PhotonLogEntry[] = [];
  private timings: PhotonTimings;
  private currentFaults: PhotonFaults;
  private currentAir: AirNetwork[];
  private outcome: ConnectOutcome;
  private cloud: PhotonCloudLink | undefined;
  private ledState: LedState;
  private apUp = false;
  private isClaimed: boolean;
  private code: string | null;
  private networks: StoredNetwork[];
  private credentialsChanged = false;
  private firstTcpSocketQuirk = true;
  private sequence: AbortController | null = null;
  /** One per listening session: aborting it is softap_stop force-awaking stuck server threads. */
  private session = new AbortController();
  private closed = false;
  /** Whether the cloud acknowledged the claim code on the last connection. */
  private claimOnConnect = true;
  /** The cloud's signal (rainbow) is showing; only a device connected to the cloud shows it. */
  private rainbow = false;
  private readonly ports = { tcp: 0, http: 0 };
  private readonly splitReplyWrites: boolean;
  private readonly maxBodyBytes: number;

  private constructor(options: PhotonSimulatorOptions) {
    this.firmware = options.firmware ?? '2.3';
    this.deviceId = normalizeDeviceIdOption(options.deviceId);
    const suffixLength = options.ssidSuffixLength ?? (this.firmware === '0.6' ? 4 : 6);
    this.ssid = buildSsid(
      options.ssidPrefix ?? DEFAULT_SSID_PREFIX,
      options.ssidSuffix ?? randomSsidSuffix(suffixLength),
    );
    this.key = loadDeviceKey(options.privateKeyPem ?? generateDeviceKeyPem());
    this.timings = { ...fastTimings, ...options.timings };
    this.currentFaults = { ...noFaults, ...options.faults };
    this.currentAir = [...(options.air ?? [])];
    this.outcome = options.connectOutcome ?? 'auto';
    this.cloud = options.cloud;
    this.isClaimed = options.claimed ?? false;
    this.code = options.claimCode ?? null;
    this.networks = [...(options.storedNetworks ?? [])];
    this.splitReplyWrites = options.splitReplyWrites ?? false;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.ledState = LED_STATES.listening;
    this.ports.tcp = options.tcpPort ?? 0;
    this.ports.http = options.httpPort ?? 0;
    const legacy = this.firmware === '0.6';
    const execute =
      (transport: PhotonTransport) =>
      (
        name: PhotonCommandName,
        body: Buffer | null,
        write: (piece: Buffer) => void,
        signal: AbortSignal,
      ) =>
        this.execute(transport, name, body, write, signal);
    this.tcp = new TcpTransport({
      splitReplyWrites: this.splitReplyWrites,
      maxBodyBytes: this.maxBodyBytes,
      isCommand,
      readsBody: (name) => name === 'set' || name === 'configure-ap',
      takeFirstSocketQuirk: () => {
        const quirk = legacy && this.firstTcpSocketQuirk;
        this.firstTcpSocketQuirk = false;
        return quirk;
      },
      execute: execute('tcp'),
      afterReply: (outcome) => this.afterReply(outcome),
      noteUnknown: (name) => this.record({ type: 'unknown-command', at: this.now(), name }),
      noteAntenna: (antenna) => this.record({ type: 'antenna', at: this.now(), antenna }),
    });
    const timings = (): PhotonTimings => this.timings;
    this.http = new HttpTransport({
      splitReplyWrites: this.splitReplyWrites,
      maxSockets: legacy ? 1 : 10,
      terminateChunks: !legacy,
      get bodyPacketWaitMs() {
        return legacy ? timings().httpBodyPacketWaitMs : null;
      },
      isCommand,
      execute: execute('http'),
      afterReply: (outcome) => this.afterReply(outcome),
      noteRequest: (method, path, response) =>
        this.record({ type: 'http', at: this.now(), method, path, response }),
    });
  }

  /** Use startSimulatedPhoton(). */
  static async start(options: PhotonSimulatorOptions): Promise<SimulatedPhoton> {
    const photon = new SimulatedPhoton(options);
    if (options.listening === false) {
      // Servers are bound once so the ports are known, then the AP is "down".
      await photon.bringApUp();
      await photon.takeApDown(0);
      photon.setLed(options.initialLed ?? 'off');
    } else {
      await photon.bringApUp();
    }
    return photon;
  }

  get tcpPort(): number {
    return this.ports.tcp;
  }

  get httpPort(): number {
    return this.ports.http;
  }

  get publicKeyPem(): string {
    return this.key.publicKeyPem;
  }

  get publicKeyDer(): Buffer {
    return Buffer.from(this.key.publicKeyDer);
  }

  /** The `b` field of public-key (588 uppercase hex chars). */
  get publicKeyField(): string {
    return this.key.publicKeyField;
  }

  /** True while the AP and both servers are up (listening mode). */
  get listening(): boolean {
    return this.apUp;
  }

  get led(): LedState {
    return this.ledState;
  }

  get claimed(): boolean {
    return this.isClaimed;
  }

  /** True while the LED shows the cloud's rainbow signal (Particle's "identify"). */
  get signaling(): boolean {
    return this.rainbow;
  }

  get claimCode(): string | null {
    return this.code;
  }

  /** Most recently used first, passwords decrypted. */
  get storedNetworks(): StoredNetwork[] {
    return this.networks.map((network) => ({ ...network }));
  }

  get log(): readonly PhotonLogEntry[] {
    return [...this.entries];
  }

  get commands(): readonly PhotonCommandLogEntry[] {
    return this.entries.filter((entry): entry is PhotonCommandLogEntry => entry.type === 'command');
  }

  get ledHistory(): LedStateName[] {
    return this.entries.flatMap((entry) => (entry.type === 'led' ? [entry.led] : []));
  }

  get faults(): PhotonFaults {
    return { ...this.currentFaults };
  }

  get air(): AirNetwork[] {
    return [...this.currentAir];
  }

  snapshot(): PhotonSnapshot {
    return {
      deviceId: this.deviceId,
      ssid: this.ssid,
      firmware: this.firmware,
      listening: this.apUp,
      led: this.ledState,
      claimed: this.isClaimed,
      claimCode: this.code,
      storedNetworks: this.storedNetworks,
    };
  }

  /**
   * The cloud asked for the rainbow (on) or for it to stop. Device OS shows it over breathing
   * cyan, i.e. only while connected to the cloud; the cloud refuses the request otherwise.
   */
  setSignaling(on: boolean): void {
    // The cloud session exists from the end of the handshake (the cloud lists it online then);
    // the LED's last step to breathing cyan may still be a moment behind.
    const session = this.ledState.name === 'connected' || this.ledState.name === 'cloud-handshake';
    const next = on && session;
    if (next === this.rainbow) return;
    this.rainbow = next;
    this.record({ type: 'signal', at: this.now(), on: next });
  }

  setFaults(faults: Partial<PhotonFaults>): void {
    this.currentFaults = { ...this.currentFaults, ...faults };
  }

  clearFaults(): void {
    this.currentFaults = { ...noFaults };
  }

  setAir(air: readonly AirNetwork[]): void {
    this.currentAir = [...air];
  }

  setConnectOutcome(outcome: ConnectOutcome): void {
    this.outcome = outcome;
  }

  setCloud(cloud: PhotonCloudLink | undefined): void {
    this.cloud = cloud;
  }

  setTimings(timings: Partial<PhotonTimings>): void {
    this.timings = { ...this.timings, ...timings };
  }

  onLed(listener: (led: LedState) => void): () => void {
    this.emitter.on('led', listener);
    return () => this.emitter.off('led', listener);
  }

  /** Called with true when the AP (both servers) comes up, false when it goes down. */
  onAp(listener: (up: boolean) => void): () => void {
    this.emitter.on('ap', listener);
    return () => this.emitter.off('ap', listener);
  }

  onLog(listener: (entry: PhotonLogEntry) => void): () => void {
    this.emitter.on('log', listener);
    return () => this.emitter.off('log', listener);
  }

  /** Resolves when the LED shows `name` (now or later); rejects after timeoutMs. */
  waitForLed(name: LedStateName, timeoutMs: number): Promise<void> {
    if (this.ledState.name === name) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(
          new Error(`LED did not reach ${name} within ${timeoutMs} ms (now ${this.ledState.name})`),
        );
      }, timeoutMs);
      const off = this.onLed((led) => {
        if (led.name !== name) return;
        clearTimeout(timer);
        off();
        resolve();
      });
    });
  }

  /**
   * Like a reset followed by holding SETUP until it blinks dark blue: cancels whatever the device
   * was doing and opens the AP again. From listening mode this is a new session: both servers
   * restart and a wedged scan lets go (softap_stop, then softap_start).
   */
  async enterListeningMode(): Promise<void> {
    this.cancelSequence();
    if (this.apUp) await this.takeApDown(0);
    await this.bringApUp();
  }

  /** Like holding SETUP for 10 s: forgets every stored network. */
  clearCredentials(): void {
    this.networks = [];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cancelSequence();
    this.session.abort();
    this.apUp = false;
    await Promise.all([this.tcp.listener.close(), this.http.listener.close()]);
    this.emitter.removeAllListeners();
  }

  // ---- internals

  private now(): number {
    return Date.now() - this.startedAt;
  }

  private record(entry: PhotonLogEntry): void {
    this.entries.push(entry);
    this.emitter.emit('log', entry);
  }

  private setLed(name: LedStateName): void {
    if (this.ledState.name === name) return;
    // The rainbow is an overlay on the cloud connection: leaving it ends the signal.
    if (name !== 'connected' && name !== 'cloud-handshake') this.setSignaling(false);
    this.ledState = LED_STATES[name];
    this.record({ type: 'led', at: this.now(), led: name });
    this.emitter.emit('led', this.ledState);
  }

  private async bringApUp(): Promise<void> {
    if (this.closed) return;
    this.ports.tcp = await this.tcp.listener.listen(this.ports.tcp);
    this.ports.http = await this.http.listener.listen(this.ports.http);
    // A new listening session: credentials unchanged so far, the ≤ 0.6 first-socket bug re-armed.
    this.credentialsChanged = false;
    this.firstTcpSocketQuirk = true;
    const wasUp = this.apUp;
    this.apUp = true;
    this.setLed('listening');
    // Listening mode drops the cloud connection (if there was one).
    void Promise.resolve()
      .then(() => this.cloud?.disconnect?.({ deviceId: this.deviceId.toLowerCase() }))
      .catch(() => undefined);
    if (!wasUp) {
      this.record({ type: 'ap', at: this.now(), up: true });
      this.emitter.emit('ap', true);
    }
  }

  private async takeApDown(dropAfterMs: number): Promise<void> {
    const wasUp = this.apUp;
    this.apUp = false;
    // Leaving listening mode stops both servers and force-awakes a thread stuck in a scan.
    this.session.abort();
    this.session = new AbortController();
    // server.close() settles only when every connection is gone, so it is not awaited here.
    void this.tcp.listener.stopAccepting();
    void this.http.listener.stopAccepting();
    const drop = (): void => {
      this.tcp.listener.dropConnections();
      this.http.listener.dropConnections();
    };
    if (dropAfterMs <= 0) drop();
    else setTimeout(drop, dropAfterMs).unref();
    if (wasUp) {
      this.record({ type: 'ap', at: this.now(), up: false });
      this.emitter.emit('ap', false);
    }
  }

  private cancelSequence(): void {
    this.sequence?.abort();
    this.sequence = null;
  }

  private sleep(ms: number, signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => {
          signal.removeEventListener('abort', onAbort);
          resolve(true);
        },
        Math.max(0, ms),
      );
      const onAbort = (): void => {
        clearTimeout(timer);
        resolve(false);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private commandContext(): CommandContext {
    return {
      firmware: this.firmware,
      key: this.key,
      deviceId: this.deviceId,
      rsaErrors: this.firmware === '0.6' ? TROPICSSL_RSA_ERRORS : MBEDTLS_RSA_ERRORS,
      claimed: this.isClaimed,
      faults: this.currentFaults,
      timings: this.timings,
      visibleAir: () => this.currentAir.filter((ap) => !ap.hidden && !ap.band5GHz),
      session: this.session.signal,
      setClaimCode: (code) => {
        this.code = code;
      },
      saveNetwork: (network) => {
        this.networks = storeNetwork(this.networks, network);
        this.credentialsChanged = true;
      },
      sleep: (ms, signal) => this.sleep(ms, signal),
    };
  }

  private async execute(
    transport: PhotonTransport,
    name: PhotonCommandName,
    body: Buffer | null,
    write: (piece: Buffer) => void,
    signal: AbortSignal,
  ): Promise<CommandOutcome> {
    const pieces: Buffer[] = [];
    const tooLarge = body !== null && body.length > this.maxBodyBytes;
    const outcome = await runPhotonCommand(
      this.commandContext(),
      name,
      tooLarge ? null : body,
      (piece) => {
        pieces.push(piece);
        write(piece);
      },
      signal,
    );
    this.record({
      type: 'command',
      at: this.now(),
      transport,
      command: name,
      body: body === null ? null : body.toString('utf8'),
      bodyBytes: body === null ? null : Buffer.from(body),
      reply: pieces.length > 0 ? Buffer.concat(pieces).toString('utf8') : null,
      replyBytes: pieces.length > 0 ? Buffer.concat(pieces) : null,
      end: outcome.end,
    });
    return outcome;
  }

  private afterReply(outcome: CommandOutcome): void {
    if (outcome.connect === 'none' || !this.apUp) return;
    const rebooted = outcome.connect === 'reset';
    const credentialsChanged = this.credentialsChanged;
    this.cancelSequence();
    const controller = new AbortController();
    this.sequence = controller;
    const signal = controller.signal;
    void this.takeApDown(rebooted ? 0 : this.timings.apTeardownMs).then(() =>
      runConnectSequence(
        {
          timings: this.timings,
          setLed: (name) => {
            if (!signal.aborted) this.setLed(name);
          },
          sleep: (ms) => this.sleep(ms, signal),
          decide: () =>
            decideJoin(
              this.outcome,
              this.networks,
              this.currentAir,
              this.currentFaults.dhcpFailure,
            ),
          relisten: async () => {
            if (!signal.aborted) await this.bringApUp();
          },
          reachCloud: () => this.reachCloud(),
          markOnline: () => {
            if (this.code !== null && this.claimOnConnect) this.isClaimed = true;
          },
          note: (result) => this.record({ type: 'connect', at: this.now(), outcome: result }),
        },
        { rebooted, credentialsChanged },
      ),
    );
  }

  private async reachCloud(): Promise<boolean> {
    this.claimOnConnect = true;
    if (this.cloud === undefined) return true;
    try {
      const reply = await this.cloud.connect({
        deviceId: this.deviceId.toLowerCase(),
        claimCode: this.code,
      });
      if (reply && reply.claimed === false) this.claimOnConnect = false;
      this.record({ type: 'cloud', at: this.now(), ok: true, detail: 'connected' });
      return true;
    } catch (error) {
      this.record({ type: 'cloud', at: this.now(), ok: false, detail: (error as Error).message });
      return false;
    }
  }
}

export const startSimulatedPhoton = (
  options: PhotonSimulatorOptions = {},
): Promise<SimulatedPhoton> => SimulatedPhoton.start(options);
