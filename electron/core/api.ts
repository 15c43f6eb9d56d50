// Builds the implementation of shared/contract.ts from the core's services. One entry per
// channel; the Handlers type makes a missing or mistyped handler a compile error.
import { arch, release } from 'node:os';
import packageJson from '../../package.json';
import type { EventPayload, HostKind } from '../../shared/contract';
import { buildServices, type CoreOptions, type Services } from './core-services';
import { collectDiagnostics, diagnosticsExport } from './diagnostics/collect-diagnostics';
import { EventBus } from './event-bus';
import type { Handlers } from './handlers';
import type { CoreLog } from './log/file-log';
import { registerSecretFields } from './log/secret-fields';
import { findDevices } from './provisioning';
import { runCommand as realRunCommand } from './run-command';
import { m } from '../../shared/i18n';
import { OperatorError } from './runtime';
import { findOnPath as realFindOnPath } from './system/find-on-path';
import { replayItem } from './system/replay-report';
import { checkSystem } from './system/system-check';
import { describeWifiCapabilities } from './wifi';

export type { CoreOptions } from './core-services';
export type { Handlers } from './handlers';

export interface Core {
  handlers: Handlers;
  events: EventBus;
  /** The rotating log file (redacted); hosts log their own failures here too. */
  log: CoreLog;
  /** For tests and the CLI: the services behind the handlers. */
  services: Services;
  /** Cancels a running setup (its restore still runs) and removes a temporary data dir. */
  close(): Promise<void>;
}

const PRODUCT_NAME = 'Photon Setup';

const csvName = (deviceId: string | undefined): string =>
  `photon-setup-history${deviceId ? `-${deviceId.toLowerCase()}` : ''}-${new Date().toISOString().slice(0, 10)}.csv`;

export async function createCore(options: CoreOptions): Promise<Core> {
  const events = new EventBus();
  const platform = options.platform ?? process.platform;
  const runCommand = options.runCommand ?? realRunCommand;
  const findOnPath = options.findOnPath ?? realFindOnPath;
  const appVersion = options.appVersion ?? packageJson.version;
  const log = options.log ?? { warn: (message: string) => console.warn(message) };
  const services = await buildServices({
    ...options,
    platform,
    runCommand,
    findOnPath,
    events,
    appVersion,
    log,
  });
  const { engine, account, profiles, audit, access } = services;
  const host: HostKind = options.host;
  const appInfo = {
    name: PRODUCT_NAME,
    version: appVersion,
    host,
    simulated: options.simulated,
    secretStorage: services.secrets.kind,
    systemLocale: options.systemLocale ?? null,
  };
  // A deferred replay is news only while its journal waits (this copy's next trip settles it,
  // and then writes a journal of its own).
  const replayStillNews = async () => {
    const replay = services.replay;
    if (replay?.kind !== 'deferred') return replay;
    return (await services.wifi?.journal?.holds(replay.entry)) === true ? replay : null;
  };
  const readiness = async () =>
    checkSystem({
      platform,
      release: release(),
      arch: arch(),
      simulated: options.simulated,
      runCommand,
      findOnPath,
      now: () => new Date(),
      describeWifi: () => describeWifiCapabilities(platform, release(), runCommand, findOnPath),
      replay: replayItem(await replayStillNews()),
      location: options.location,
    });
  services.log.info(
    `${PRODUCT_NAME} ${appVersion} started (${host}${options.simulated ? ', simulated' : ''}, ${platform} ${release()} ${arch()}, Node ${process.versions.node}${process.versions.electron ? `, Electron ${process.versions.electron}` : ''}).`,
  );
  events.subscribeAll((event, payload) => {
    if (event !== 'run.outcome') return;
    const { runId, outcome, record } = payload as EventPayload<'run.outcome'>;
    services.log.info(
      `Run ${runId} ended: ${outcome.kind} (device ${record.deviceId ?? 'unknown'}, ${record.mode}).`,
    );
  });

  // Changing the account or the settings under a running station would pull the ground from
  // under the units it is still verifying: refused like a change during a trip.
  const assertIdle = (): void => {
    access.assertFree();
    if (services.station.active) throw new OperatorError(m('core.station-first'), 'busy');
  };

  /** A single run or a returned unit's trip would take the radio from under the tray. */
  const assertNoStation = (): void => {
    if (services.station.active)
      throw new OperatorError(m('core.station-running'), 'station-running');
  };

  const handlers: Handlers = {
    'app.info': async () => appInfo,
    'diagnostics.collect': async () =>
      diagnosticsExport(
        await collectDiagnostics({ services, app: appInfo, readiness, now: () => new Date() }),
      ),
    'system.check': async () => {
      const result = await readiness();
      events.emit('system.checked', result);
      return result;
    },
    'system.act': async ({ action }) => {
      const location = options.location;
      if (location === undefined)
        throw new OperatorError(m('core.no-system-settings'), 'unsupported');
      if (action === 'request-location') await location.request();
      else await location.openSettings();
      return handlers['system.check'](undefined);
    },
    'settings.get': async () => services.readSettings(),
    'settings.update': async (patch) => {
      assertIdle();
      return services.updateSettings(patch);
    },
    'account.current': async () => account.current(),
    'account.connect': async (input) => account.connect(input),
    'account.completeMfa': async ({ otp }) => account.completeMfa(otp),
    'account.signOut': async () => {
      assertIdle();
      account.signOut();
      return null;
    },
    'account.setCustomer': async ({ customerEmail }) => {
      access.assertFree();
      return account.setCustomer(customerEmail);
    },
    'profiles.list': async () => profiles.list(),
    'profiles.save': async (choice) => profiles.save(choice),
    'profiles.delete': async ({ id }) => profiles.delete(id),
    'device.find': async ({ prefix }) => {
      const wifi = services.wifi;
      if (wifi === null) throw new OperatorError(m('core.no-wifi-control'), 'no-wifi');
      return access.with(m('core.activity.searching'), () =>
        findDevices(wifi.backend, platform, prefix ?? services.readSettings().softApPrefix),
      );
    },
    'provision.start': async (input) => {
      assertNoStation();
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
    'provision.current': async () => engine.current(),
    'returns.lookup': async ({ deviceId }) => services.returns.lookup(deviceId),
    'returns.readDeviceId': async ({ ssid }) => {
      assertNoStation();
      return services.returns.readDeviceId(ssid);
    },
    'returns.plan': async ({ deviceId, wants }) => services.returns.plan(deviceId, wants),
    'returns.execute': async ({ planId }) => services.returns.execute(planId),
    'returns.current': async () => services.returns.current(),
    'station.state': async () => services.station.state(),
    'station.start': async (input) => services.station.start(input),
    'station.stop': async ({ now }) => services.station.stop(now),
    'station.label': async ({ label }) => services.station.label(label),
    'station.answer': async ({ runId, confirmed }) => services.station.answer(runId, confirmed),
    'station.retryFailed': async () => services.station.retryFailed(),
    'station.newShift': async () => services.station.newShift(),
    'history.query': async (query) => audit.query(query),
    'history.exportCsv': async (query) => ({
      fileName: csvName(query.deviceId),
      csv: audit.exportCsv(query),
    }),
  };

  // Every secret that comes in through the contract is known to the redactor from then on.
  const guarded = Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [
      channel,
      (arg: unknown) => {
        registerSecretFields(arg, services.redactor);
        return (handler as (value: unknown) => Promise<unknown>)(arg);
      },
    ]),
  ) as Handlers;

  return {
    handlers: guarded,
    events,
    log: services.log,
    services,
    close: () => services.close(),
  };
}
