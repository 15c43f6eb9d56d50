// Builds the implementation of shared/contract.ts from the core's services. One entry per
// channel; the type below makes a missing or mistyped handler a compile error.
import { arch, release } from 'node:os';
import packageJson from '../../package.json';
import type { HostKind, ParsedArg, RequestChannel, RequestResult } from '../../shared/contract';
import type { SimulatedWorld, SimulatedWorldOptions } from '../simulator/world';
import type { RetryPolicy } from './cloud';
import { buildServices, type Services } from './core-services';
import { OperatorError } from './dispatch';
import { EventBus } from './event-bus';
import { findDevices, type EngineTimings, type HostWifi } from './provisioning';
import { runCommand as realRunCommand, type RunCommand } from './run-command';
import type { SoftApOptions } from './softap';
import type { SecretStore } from './store/secret-store';
import { findOnPath as realFindOnPath, type FindOnPath } from './system/find-on-path';
import { checkSystem } from './system/system-check';
import { describeWifiCapabilities, type DeviceEndpoint, type WifiTimeouts } from './wifi';

export type Handlers = {
  [C in RequestChannel]: (arg: ParsedArg<C>) => Promise<RequestResult<C>>;
};

export interface CoreOptions {
  host: HostKind;
  simulated: boolean;
  platform?: NodeJS.Platform;
  runCommand?: RunCommand;
  findOnPath?: FindOnPath;
  /** Settings, audit log, profiles, account facts, Wi-Fi journal. A temporary folder when absent. */
  dataDir?: string;
  /** Where remembered secrets go; memory only when absent. */
  secretStore?: SecretStore;
  appVersion?: string;
  /** Simulated mode: this world instead of one the core starts (the caller closes it). */
  world?: SimulatedWorld;
  worldOptions?: SimulatedWorldOptions;
  hostWifi?: HostWifi | null;
  /** Reach the device here, with no host Wi-Fi switching. */
  directEndpoint?: DeviceEndpoint;
  engineTimings?: Partial<EngineTimings>;
  wifiTimeouts?: Partial<WifiTimeouts>;
  softAp?: SoftApOptions;
  cloudRetry?: Partial<RetryPolicy>;
  cloudRequestTimeoutMs?: number;
  log?: { warn(message: string): void };
}

export interface Core {
  handlers: Handlers;
  events: EventBus;
  /** For tests and the CLI: the services behind the handlers. */
  services: Services;
  /** Cancels a running setup (restore still runs), stops a simulated world the core started. */
  close(): Promise<void>;
}

export const PRODUCT_NAME = 'Photon Setup';

const csvName = (deviceId: string | undefined): string =>
  `photon-setup-history${deviceId ? `-${deviceId.toLowerCase()}` : ''}-${new Date().toISOString().slice(0, 10)}.csv`;

export async function createCore(options: CoreOptions): Promise<Core> {
  const events = new EventBus();
  const platform = options.platform ?? process.platform;
  const runCommand = options.runCommand ?? realRunCommand;
  const findOnPath = options.findOnPath ?? realFindOnPath;
  const log = options.log ?? { warn: (message: string) => console.warn(message) };
  const services = await buildServices({
    ...options,
    platform,
    runCommand,
    findOnPath,
    events,
    appVersion: options.appVersion ?? packageJson.version,
    log,
  });
  const { engine, account, profiles, audit } = services;

  const handlers: Handlers = {
    'app.info': async () => ({
      name: PRODUCT_NAME,
      version: options.appVersion ?? packageJson.version,
      host: options.host,
      simulated: options.simulated,
    }),
    'system.check': async () => {
      const result = await checkSystem({
        platform,
        release: release(),
        arch: arch(),
        simulated: options.simulated,
        runCommand,
        findOnPath,
        now: () => new Date(),
        describeWifi: () => describeWifiCapabilities(platform, release(), runCommand, findOnPath),
      });
      events.emit('system.checked', result);
      return result;
    },
    'settings.get': async () => services.readSettings(),
    'settings.update': async (patch) => {
      if (engine.busy)
        throw new OperatorError('Settings cannot change while a setup is running.', 'busy');
      return services.updateSettings(patch);
    },
    'account.current': async () => account.current(),
    'account.connect': async (input) => account.connect(input),
    'account.completeMfa': async ({ otp }) => account.completeMfa(otp),
    'account.signOut': async () => {
      if (engine.busy)
        throw new OperatorError('Wait for the running setup to finish before signing out.', 'busy');
      account.signOut();
      return null;
    },
    'profiles.list': async () => profiles.list(),
    'profiles.save': async (choice) => profiles.save(choice),
    'profiles.delete': async ({ id }) => profiles.delete(id),
    'device.find': async ({ prefix }) => {
      const wifi = services.wifi;
      if (wifi === null)
        throw new OperatorError(
          'Photon Setup cannot control Wi-Fi on this computer; join the Photon network yourself.',
          'no-wifi',
        );
      if (engine.busy)
        throw new OperatorError('A setup is running; search again when it has finished.', 'busy');
      return findDevices(wifi.backend, platform, prefix ?? services.readSettings().softApPrefix);
    },
    'provision.start': async (input) => {
      if (services.returns.busy)
        throw new OperatorError(
          'Photon Setup is reading a device id on its network; start when that has finished.',
          'busy',
        );
      return { runId: engine.start(input).runId };
    },
    'provision.chooseNetwork': async (input) => {
      engine.chooseNetwork(input);
      return null;
    },
    'provision.rescan': async ({ runId }) => {
      engine.rescan(runId);
      return null;
    },
    'provision.cancel': async ({ runId }) => {
      engine.cancel(runId);
      return null;
    },
    'returns.lookup': async ({ deviceId }) => services.returns.lookup(deviceId),
    'returns.readDeviceId': async ({ ssid }) => services.returns.readDeviceId(ssid),
    'returns.plan': async ({ deviceId, wants }) => services.returns.plan(deviceId, wants),
    'returns.execute': async ({ planId }) => services.returns.execute(planId),
    'history.query': async (query) => audit.query(query),
    'history.exportCsv': async (query) => ({
      fileName: csvName(query.deviceId),
      csv: audit.exportCsv(query),
    }),
  };

  return { handlers, events, services, close: () => services.close() };
}
