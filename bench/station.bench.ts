// `npm run bench -- station`: 30 simulated units on the realistic timeline of
// station-timeline.ts, once through the station loop (each unit's verification beside the next
// unit's trip) and once through the same engine one unit at a time (start, wait for the outcome,
// next), with the floor beside them: one trip per unit plus the swap. Prints devices per hour and
// the ratios; asserts nothing about time.
//
// The timeline is played at 1/10 of real time by default (STATION_BENCH_SCALE=1 for real time,
// about 25 minutes): every simulator delay, every poll interval and timeout of the engine, the
// Wi-Fi layer and the station is scaled alike, and the results are scaled back. Only this
// program's own overhead does not shrink, so a small scale overstates it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunRecord } from '../shared/audit';
import type { RunOutcome } from '../shared/provisioning';
import { createCore, type Core } from '../electron/core/api';
import { DEFAULT_ENGINE_TIMINGS, type EngineTimings } from '../electron/core/provisioning';
import { resolveStationTimings } from '../electron/core/station';
import { resolveTimeouts } from '../electron/core/wifi/timeouts';
import { TrayFeeder, trayPhotonOptions, trayUnits } from '../electron/simulator/tray';
import { SimulatedWifi } from '../electron/simulator/wifi/simulated-wifi';
import { startSimulatedWorld, type SimulatedWorld } from '../electron/simulator/world';
import { startLatencyProxy, type LatencyProxy } from './latency-proxy';
import { STATION_TIMELINE as T, tripFloorMs } from './station-timeline';

const UNITS = 30;
/** A second, shorter tray where the next units wait powered on the bench: a 2 s swap. */
const QUICK_SWAP = { units: 12, swapMs: 2_000 };
const SCALE = Number(process.env.STATION_BENCH_SCALE ?? '0.1');
const TOKEN = 'demo0000000000000000000000000000000token';
const scaled = (ms: number): number => Math.max(1, Math.round(ms * SCALE));

interface Bench {
  units: number;
  world: SimulatedWorld;
  wifi: SimulatedWifi;
  feeder: TrayFeeder;
  core: Core;
  profileId: string;
  close(): Promise<void>;
}

/** The engine's and the station's waits, scaled with the timeline. */
function scaledEngine(): Partial<EngineTimings> {
  const d = DEFAULT_ENGINE_TIMINGS;
  return {
    verifyMs: scaled(d.verifyMs),
    finalLookMs: scaled(d.finalLookMs),
    pollIntervalMs: scaled(d.pollIntervalMs),
    streamOpenWaitMs: scaled(d.streamOpenWaitMs),
    apWatchIntervalMs: scaled(d.apWatchIntervalMs),
    apStaleGraceMs: scaled(d.apStaleGraceMs),
    claimGraceMs: scaled(d.claimGraceMs),
    claimRecheckMs: scaled(d.claimRecheckMs),
    claimByIdAfterMs: d.claimByIdAfterMs === null ? null : scaled(d.claimByIdAfterMs),
  };
}

async function setUp(count: number, swapMs: number): Promise<Bench> {
  const units = trayUnits(count);
  const world = await startSimulatedWorld({
    photons: trayPhotonOptions(units),
    photonTimings: {
      scanMs: scaled(T.scanApMs),
      configureScanMs: scaled(T.scanApMs),
      apTeardownMs: scaled(T.apTeardownMs),
      joinMs: scaled(T.deviceJoinMs),
      dhcpMs: scaled(T.deviceDhcpMs),
      // The handshake is played in the cloud link below, so the cloud lists the device online
      // at its end (the simulator's own cloud step would list it online at its start).
      cloudConnectMs: 1,
      handshakeMs: 1,
    },
    cloudSettings: { claimDelayMs: scaled(T.claimAfterOnlineMs) },
  });
  for (const photon of world.photons)
    photon.setCloud({
      connect: async (device) => {
        await new Promise((resolve) => setTimeout(resolve, scaled(T.cloudHandshakeMs)));
        await world.cloud.connectDevice(device);
        return { claimed: world.cloud.lastClaimVerdict(device.deviceId) === 'claimed' };
      },
      disconnect: (device) => world.cloud.disconnectDevice(device.deviceId),
    });
  // SoftAP round trips on the wire, per Photon.
  const proxies = new Map<string, LatencyProxy>();
  for (const photon of world.photons)
    proxies.set(photon.ssid, await startLatencyProxy(() => photon.tcpPort, scaled(T.softApRttMs)));
  const wifi = new SimulatedWifi({
    photons: () =>
      world.photons
        .filter((photon) => photon.listening)
        .map((photon) => ({
          ssid: photon.ssid,
          tcpPort: proxies.get(photon.ssid)!.port,
          httpPort: photon.httpPort,
        })),
    faults: {
      joinDelayMs: scaled(T.hostJoinMs),
      dhcpDelayMs: scaled(T.hostDhcpMs),
      rejoinDelayMs: scaled(T.hostRejoinMs),
    },
  });
  const w = resolveTimeouts();
  const core = await createCore({
    cloudBaseUrl: world.cloud.baseUrl,
    hostWifi: {
      backend: wifi.backend,
      net: wifi.net,
      endpoint: wifi.endpoint,
      journal: null,
      platform: 'linux',
      timeouts: {
        associationPollMs: scaled(w.associationPollMs),
        addressPollMs: scaled(w.addressPollMs),
        scanIntervalMs: scaled(w.scanIntervalMs),
        watchdogMs: scaled(w.watchdogMs),
      },
    },
    host: 'web',
    simulated: true,
    dataDir: mkdtempSync(join(tmpdir(), 'photon-station-bench-')),
    log: { warn: () => undefined },
    engineTimings: scaledEngine(),
    stationTimings: { scanIntervalMs: scaled(resolveStationTimings().scanIntervalMs) },
  });
  await core.handlers['account.connect']({ method: 'token', accessToken: TOKEN, remember: false });
  const profile = await core.handlers['profiles.save']({
    auth: 'personal',
    ssid: 'Workshop',
    security: 0x00400004,
    channel: 6,
    password: 'photon-demo-pass',
  });
  const feeder = new TrayFeeder({ photons: world.photons, wifi }, scaled(swapMs));
  return {
    units: count,
    world,
    wifi,
    feeder,
    core,
    profileId: profile.id,
    close: async () => {
      feeder.stop();
      await core.close();
      wifi.dispose();
      await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
      await world.close();
    },
  };
}

const runs = (core: Core): RunRecord[] =>
  core.services.audit
    .read()
    .records.filter((record): record is RunRecord => record.type === 'run')
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));

async function station(bench: Bench): Promise<RunRecord[]> {
  const { core } = bench;
  const done = new Promise<void>((resolve) => {
    core.events.subscribeAll((event) => {
      if (event === 'run.outcome' && runs(core).length >= bench.units) resolve();
    });
  });
  await core.handlers['station.start']({
    profileId: bench.profileId,
    requireLabel: false,
    confirmIdentity: false,
  });
  bench.feeder.start();
  await done;
  await core.handlers['station.stop']({ now: false });
  return runs(core);
}

async function oneAtATime(bench: Bench): Promise<RunRecord[]> {
  const { core } = bench;
  const interval = scaled(resolveStationTimings().scanIntervalMs);
  const finished = new Set<string>();
  bench.feeder.start();
  for (let unit = 0; unit < bench.units; unit++) {
    let ssid: string | undefined;
    for (;;) {
      // The last run lets go of the device a moment after its outcome event: ask again then.
      const found = await core.handlers['device.find']({}).catch(() => ({ devices: [] }));
      ssid = found.devices.map((device) => device.ssid).find((name) => !finished.has(name));
      if (ssid !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
    finished.add(ssid);
    const outcome = new Promise<RunOutcome>((resolve) => {
      const off = core.events.subscribeAll((event, payload) => {
        if (event !== 'run.outcome') return;
        off();
        resolve(payload as RunOutcome);
      });
    });
    await core.handlers['provision.start']({ device: { ssid }, profileId: bench.profileId });
    await outcome;
  }
  return runs(core);
}

interface Measured {
  label: string;
  /** Start-to-start over the tray, in real (unscaled) seconds. */
  perUnitS: number;
  passed: number;
  units: number;
  violations: number;
}

function measure(label: string, records: RunRecord[], bench: Bench): Measured {
  const starts = records.map((record) => Date.parse(record.startedAt));
  const span = (starts[starts.length - 1]! - starts[0]!) / (starts.length - 1);
  return {
    label,
    perUnitS: span / SCALE / 1000,
    passed: records.filter((record) => record.outcome === 'success').length,
    units: bench.units,
    violations: bench.core.services.gate.violations.length,
  };
}

async function compare(count: number, swapMs: number): Promise<void> {
  const floorS = (tripFloorMs() + swapMs) / 1000;
  console.log(
    `\n${count} units, swap ${swapMs / 1000} s. Floor: one trip (${(tripFloorMs() / 1000).toFixed(2)} s: join ${(T.hostJoinMs + T.hostDhcpMs) / 1000} s, 6 commands at ${T.softApRttMs} ms RTT, configure-ap's ${T.configureScans} scans, rejoin ${T.hostRejoinMs / 1000} s) + the swap = ${floorS.toFixed(2)} s per unit.`,
  );
  const results: Measured[] = [];
  for (const [label, play] of [
    ['station loop', station],
    ['one at a time', oneAtATime],
  ] as const) {
    const bench = await setUp(count, swapMs);
    try {
      results.push(measure(label, await play(bench), bench));
    } finally {
      await bench.close();
    }
  }
  const perHour = (seconds: number): string => (3600 / seconds).toFixed(1);
  console.log(
    '                     s per unit   devices/hour   × floor   passed   gate violations',
  );
  console.log(
    `  floor              ${floorS.toFixed(2).padStart(10)}   ${perHour(floorS).padStart(12)}   ${'1.00'.padStart(7)}`,
  );
  for (const r of results)
    console.log(
      `  ${r.label.padEnd(17)}${r.perUnitS.toFixed(2).padStart(10)}   ${perHour(r.perUnitS).padStart(12)}   ${(r.perUnitS / floorS).toFixed(2).padStart(7)}   ${`${r.passed}/${r.units}`.padStart(6)}   ${String(r.violations).padStart(15)}`,
    );
  const [loop, sequential] = results as [Measured, Measured];
  console.log(
    `  station / one at a time: ${(sequential.perUnitS / loop.perUnitS).toFixed(2)}× the devices per hour; station / floor: ${(floorS / loop.perUnitS).toFixed(2)} of the floor's rate.`,
  );
}

async function main(): Promise<void> {
  console.log(
    `Timeline bench/station-timeline.ts at ${SCALE === 1 ? 'real time' : `1/${Math.round(1 / SCALE)} speed`}; figures are real-time equivalents (start to start over the tray).`,
  );
  await compare(UNITS, T.swapMs);
  await compare(QUICK_SWAP.units, QUICK_SWAP.swapMs);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
