// A station over a simulated tray: the world's Photons start powered off and a feeder powers the
// next one a short swap after each trip, as an operator would. Helpers wait for the station's
// own state and read the audit log.
import type { RunRecord } from '../../../../shared/audit';
import type { StationState } from '../../../../shared/station';
import type { Harness } from '../../provisioning/support/harness';
import {
  auditLines,
  call,
  signInDeveloper,
  signInProduct,
  startHarness,
  WIFI_PASSWORD,
} from '../../provisioning/support/harness';
import {
  TrayFeeder,
  trayPhotonOptions,
  trayUnits,
  type TrayFault,
  type TrayUnit,
} from '../../../../electron/simulator/tray';
import type { EngineTimings } from '../../../../electron/core/provisioning';
import type { StationTimings } from '../../../../electron/core/station';
import type { CoreOptions } from '../../../../electron/core/api';

export interface StationHarness extends Harness {
  units: TrayUnit[];
  feeder: TrayFeeder;
  profileId: string;
  /** Every station.changed payload, oldest first. */
  states: StationState[];
}

/** Fast station timings: scan the air every 30 ms; answer the rainbow within 2 s. */
const FAST_STATION: Partial<StationTimings> = { scanIntervalMs: 30, identityAnswerMs: 2_000 };

export async function startStation(
  options: {
    count: number;
    mode?: 'developer' | 'product';
    faults?: Readonly<Record<number, TrayFault>>;
    swapMs?: number;
    engine?: Partial<EngineTimings>;
    core?: Partial<CoreOptions>;
    dataDir?: string;
    dualHomed?: boolean;
  },
): Promise<StationHarness> {
  const units = trayUnits(options.count, { extra: options.faults ?? {} });
  const h = await startHarness({
    photons: trayPhotonOptions(units),
    engine: { verifyMs: 2_000, ...options.engine },
    core: { stationTimings: FAST_STATION, ...options.core },
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.dualHomed === true ? { dualHomed: true } : {}),
  });
  if (options.mode === 'product') await signInProduct(h);
  else await signInDeveloper(h);
  const profile = await call(h, 'profiles.save', {
    auth: 'personal',
    ssid: 'Workshop',
    security: 0x00400004,
    channel: 6,
    password: WIFI_PASSWORD,
  });
  const states: StationState[] = [];
  const record = (core: typeof h.core): void => {
    core.events.subscribeAll((event, payload) => {
      if (event === 'station.changed') states.push(payload as StationState);
    });
  };
  record(h.core);
  const feeder = new TrayFeeder(h.world, options.swapMs ?? 20);
  const close = h.close;
  const restart = h.restart;
  return Object.assign(h, {
    units,
    feeder,
    profileId: profile.id,
    states,
    restart: async () => {
      const core = await restart();
      record(core);
      return core;
    },
    close: async () => {
      feeder.stop();
      await close();
    },
  });
}

export const runRecords = (h: Harness): RunRecord[] =>
  auditLines(h).filter((line): line is RunRecord => (line as RunRecord).type === 'run');

/** Resolves once the predicate holds for the station's state (checked on every change). */
export function untilState(
  h: StationHarness,
  predicate: (state: StationState) => boolean,
  timeoutMs = 20_000,
): Promise<StationState> {
  return new Promise((resolve, reject) => {
    const check = (state: StationState): boolean => {
      if (!predicate(state)) return false;
      clearTimeout(timer);
      off();
      resolve(state);
      return true;
    };
    const timer = setTimeout(() => {
      off();
      reject(new Error(`The station did not reach the expected state within ${timeoutMs} ms.`));
    }, timeoutMs);
    const off = h.core.events.subscribeAll((event, payload) => {
      if (event === 'station.changed') check(payload as StationState);
    });
    void call(h, 'station.state', undefined).then(check);
  });
}

/** Resolves when the audit log holds this many run records. */
export const untilRecords = (h: StationHarness, count: number, timeoutMs = 20_000) =>
  untilState(h, () => runRecords(h).length >= count, timeoutMs).then(() => runRecords(h));
