// A loopback stand-in for api.particle.io, faithful to docs/cloud-api.md §11: the same routes,
// success and error bodies, token lifetimes, one-use claim codes and event streams, plus switches
// for the failures tests need (401/429/5xx/slow replies, stalled streams, a movable clock).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normalizeDeviceId } from '../../../shared/validate';
import { createDeviceLink, type ClaimVerdict, type ConnectDeviceArgs } from './device-link';
import { E } from './fake-bodies';
import { createFakeClock, type FakeClock } from './fake-clock';
import { EventHub } from './fake-events';
import { FaultTable, type FaultSpec } from './fake-faults';
import { BodyError, readRequest, writeReply } from './fake-http';
import { matchRoute, type FakeSettings, type Route } from './fake-router';
import { FakeState } from './fake-state';
import { deviceRoutes } from './routes-devices';
import { eventRoutes } from './routes-events';
import { hookRoutes } from './routes-hooks';
import { oauthRoutes } from './routes-oauth';
import { productRoutes } from './routes-products';
import { loadSeedFile, parseSeed, type Seed, type SeedInput } from './seed-schema';
import { snapshotDevices, type DeviceSnapshot } from './snapshot';

/** The real server writes a newline after ~9 s of silence. */
const DEFAULT_KEEP_ALIVE_MS = 9_000;
/** "Accurate to within a few minutes" (API reference): a realistic middle. Tests shorten it. */
const DEFAULT_OFFLINE_LAG_MS = 60_000;
/** The claim code follows the handshake by a network round trip or so. */
const DEFAULT_CLAIM_DELAY_MS = 1_500;
/** The request log keeps this many entries, so a long demo run does not grow without bound. */
const REQUEST_LOG_LIMIT = 10_000;

export interface FakeCloudOptions {
  /** 0 (default) picks a free port. The server always binds 127.0.0.1. */
  port?: number | undefined;
  /** A seed object, or the path of a JSON seed file. Default: empty world. */
  seed?: SeedInput | string | undefined;
  clock?: FakeClock | undefined;
  keepAliveMs?: number | undefined;
  settings?: Partial<Omit<FakeSettings, 'keepAliveMs'>> | undefined;
}

interface RequestRecord {
  method: string;
  /** Path only: query strings may carry tokens and are never recorded. */
  path: string;
  status: number;
}

export interface FakeCloud {
  readonly baseUrl: string;
  readonly port: number;
  readonly clock: FakeClock;
  readonly seed: Seed;
  /** Mutable at run time (e.g. flip unclaimOwnerStatus to 204 for one test). */
  readonly settings: FakeSettings;
  /** The device link the Photon simulator calls once it reaches the cloud after connect-ap. */
  connectDevice(args: ConnectDeviceArgs): Promise<void>;
  disconnectDevice(deviceId: string): Promise<void>;
  publish(deviceId: string, name: string, data: string | null): void;
  lastClaimVerdict(deviceId: string): ClaimVerdict | undefined;
  injectFault(spec: FaultSpec): void;
  clearFaults(): void;
  stallStreams(): void;
  dropStreams(): void;
  openStreamCount(): number;
  device(deviceId: string): DeviceSnapshot | null;
  devices(): DeviceSnapshot[];
  /** Make a device known (e.g. a fresh Photon on the bench) without connecting it. */
  addDevice(deviceId: string): DeviceSnapshot;
  customerEmails(product: number): string[];
  /** Told when a device is asked to start or stop its rainbow; returns the unsubscribe. */
  onSignal(listener: (deviceId: string, on: boolean) => void): () => void;
  /** Requests seen, oldest first (the last REQUEST_LOG_LIMIT). */
  readonly requests: readonly RequestRecord[];
  close(): Promise<void>;
}

export async function startFakeCloud(options: FakeCloudOptions = {}): Promise<FakeCloud> {
  const seed =
    typeof options.seed === 'string'
      ? await loadSeedFile(options.seed)
      : parseSeed(options.seed ?? {});
  const clock = options.clock ?? createFakeClock();
  const settings: FakeSettings = {
    unclaimOwnerStatus: 200,
    productAsArray: false,
    oauthLockout: true,
    offlineLagMs: DEFAULT_OFFLINE_LAG_MS,
    claimDelayMs: DEFAULT_CLAIM_DELAY_MS,
    ...options.settings,
    keepAliveMs: options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS,
  };
  const state = new FakeState(clock, seed);
  const hub = new EventHub(state, () => settings.keepAliveMs);
  const faults = new FaultTable();
  const link = createDeviceLink(state, hub, settings);
  const routes: Route[] = [
    ...eventRoutes,
    ...hookRoutes(link, faults),
    ...oauthRoutes,
    ...productRoutes,
    ...deviceRoutes,
  ];
  const requests: RequestRecord[] = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const record: RequestRecord = { method, path, status: 0 };
      requests.push(record);
      if (requests.length > REQUEST_LOG_LIMIT)
        requests.splice(0, requests.length - REQUEST_LOG_LIMIT);
      res.on('finish', () => (record.status = res.statusCode));
      res.on('close', () => (record.status ||= res.statusCode));
      try {
        const fault = faults.take(method, path);
        if (fault && fault.delayMs > 0)
          await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        if (fault?.reply) {
          // Drain the body so the client sees a clean reply rather than a reset.
          req.resume();
          return writeReply(res, fault.reply, clock);
        }
        let request;
        try {
          request = await readRequest(req);
        } catch (error) {
          if (error instanceof BodyError) return writeReply(res, E.badJson(), clock);
          throw error;
        }
        const match = matchRoute(routes, request.method, request.segments);
        if (!match) return writeReply(res, E.routeNotFound(), clock);
        const reply = await match.route.handler({
          req: request,
          res,
          params: match.params,
          rest: match.rest,
          state,
          hub,
          settings,
        });
        if (reply) writeReply(res, reply, clock);
      } catch {
        writeReply(res, E.serverError(500), clock);
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    clock,
    seed,
    settings,
    connectDevice: link.connectDevice,
    disconnectDevice: link.disconnectDevice,
    publish: link.publish,
    lastClaimVerdict: link.lastVerdict,
    injectFault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    stallStreams: () => hub.stallAll(),
    dropStreams: () => hub.dropAll(),
    openStreamCount: () => hub.size,
    device: (deviceId) =>
      snapshotDevices(state).find((d) => d.id === normalizeDeviceId(deviceId)) ?? null,
    devices: () => snapshotDevices(state),
    addDevice(deviceId) {
      const id = normalizeDeviceId(deviceId);
      state.ensureDevice(id);
      return snapshotDevices(state).find((d) => d.id === id)!;
    },
    customerEmails: (product) =>
      [...state.customers.values()].filter((c) => c.product === product).map((c) => c.email),
    onSignal(listener) {
      state.signalListeners.add(listener);
      return () => state.signalListeners.delete(listener);
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        hub.closeAll();
        link.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
