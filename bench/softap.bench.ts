// `npm run bench -- softap`: the six-command setup sequence (device-id, public-key, set, scan-ap,
// configure-ap, connect-ap) against the simulated Photon behind a 50 ms round trip with a 2 s
// scan, for our SoftApClient and for Particle's @particle/softap-setup, both over TCP 5609; and
// next to it the station-profile run, which knows security and channel and skips scan-ap.
// configure-ap's own two scans (firmware ≥ 0.7, dry run and save) cost a full scan each, as on
// a Photon, so they are in both floors.
//
// The round trip comes from a delaying TCP proxy (latency-proxy.ts), not from a simulator timing:
// the cost we want to see is the client's own round trips — one TCP handshake and one
// request/reply per command, plus anything extra a client does (the official client's warm-up
// device-id, waiting for EOF) — and only delays on the wire show those.
import SoftAPSetup from '@particle/softap-setup';
import { SoftApClient } from '../electron/core/softap';
import { SECURITY, startSimulatedPhoton, type SimulatedPhoton } from '../electron/simulator/photon';
import { generateDeviceKeyPem } from '../electron/simulator/photon/device-key';
import { startLatencyProxy } from './latency-proxy';
import { median } from './median';

const RTT_MS = 50;
const SCAN_MS = 2_000;
/** wlan_set_credentials scans twice for a WPA network: the dry run, then the save. */
const CONFIGURE_SCANS = 2;
const REPETITIONS = 5;
/** Each command opens its own connection: one round trip to connect, one for request and reply. */
const floor = (commands: number, scans: number): number => commands * 2 * RTT_MS + scans * SCAN_MS;
const FULL_FLOOR_MS = floor(6, 1 + CONFIGURE_SCANS);
const PROFILE_FLOOR_MS = floor(5, CONFIGURE_SCANS);

const PASSWORD = 'bench-wifi-password';
const CLAIM = '4i8pwFwPkImsnLmIj54BYJA4Z94j0OLyl7vwKecELzYGKjS9mBbM5Vra6H9T0DI';
const KEY_PEM = generateDeviceKeyPem();

interface Target {
  photon: SimulatedPhoton;
  port: number;
  close(): Promise<void>;
}

async function target(): Promise<Target> {
  const photon = await startSimulatedPhoton({
    privateKeyPem: KEY_PEM,
    air: [{ ssid: 'Home', sec: SECURITY.wpa2Aes, ch: 6, rssi: -45, password: PASSWORD }],
    timings: { scanMs: SCAN_MS, configureScanMs: SCAN_MS },
    connectOutcome: 'success',
  });
  const proxy = await startLatencyProxy(photon.tcpPort, RTT_MS);
  return {
    photon,
    port: proxy.port,
    close: async () => {
      await proxy.close();
      await photon.close();
    },
  };
}

function check(photon: SimulatedPhoton): void {
  const stored = photon.storedNetworks[0];
  if (photon.claimCode !== CLAIM || stored?.password !== PASSWORD)
    throw new Error('the device did not receive the claim code and password');
}

/** What a run with a station profile does: security and channel known, so no scan-ap. */
async function oursWithProfile(port: number): Promise<void> {
  const client = new SoftApClient({ host: '127.0.0.1', tcpPort: port, transport: 'tcp' });
  await client.deviceInfo();
  const key = await client.publicKey();
  await client.setClaimCode(CLAIM);
  await client.configure(
    { ssid: 'Home', security: SECURITY.wpa2Aes, channel: 6, password: PASSWORD },
    key,
  );
  await client.connect();
}

async function ours(port: number): Promise<void> {
  const client = new SoftApClient({ host: '127.0.0.1', tcpPort: port, transport: 'tcp' });
  await client.deviceInfo();
  const key = await client.publicKey();
  await client.setClaimCode(CLAIM);
  const home = (await client.scan()).find((network) => network.ssid === 'Home');
  if (home?.security === undefined || home.security === null) throw new Error('no Home');
  await client.configure(
    { ssid: 'Home', security: home.security, channel: home.channel, password: PASSWORD },
    key,
  );
  await client.connect();
}

function call<T>(fn: (cb: SoftAPSetup.Callback<T>) => void): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    let settled = false;
    // Its callbacks can fire twice on errors; the first one counts.
    fn((error, result) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(result);
    });
  });
}

async function official(port: number): Promise<void> {
  const sap = SoftAPSetup({ host: '127.0.0.1', port, protocol: 'tcp', timeout: 20_000 });
  await call((cb) => sap.deviceInfo(cb));
  await call((cb) => sap.publicKey(cb));
  await call<void>((cb) => sap.setClaimCode(CLAIM, cb));
  const scans = await call<SoftAPSetup.ScanEntry[]>((cb) => sap.scan(cb));
  const home = scans?.find((entry) => entry.ssid === 'Home');
  if (home === undefined) throw new Error('no Home');
  await call((cb) =>
    sap.configure({ ssid: 'Home', security: home.sec, channel: home.ch, password: PASSWORD }, cb),
  );
  await call<void>((cb) => sap.connect(cb));
}

async function measure(
  run: (port: number) => Promise<void>,
  repetitions = REPETITIONS,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    const setup = await target();
    const started = performance.now();
    await run(setup.port);
    times.push(performance.now() - started);
    check(setup.photon);
    await setup.close();
  }
  return times;
}

const ms = (value: number): string => `${value.toFixed(0).padStart(5)} ms`;

async function main(): Promise<void> {
  console.log(
    `over TCP, ${RTT_MS} ms round trip, ${SCAN_MS} ms per scan (scan-ap and each of configure-ap's ${CONFIGURE_SCANS}), ${REPETITIONS} runs each`,
  );
  // One untimed run each so module loading and JIT warm-up are not measured.
  await measure(ours, 1);
  await measure(official, 1);
  await measure(oursWithProfile, 1);
  const oursRuns = await measure(ours);
  const officialRuns = await measure(official);
  const profileRuns = await measure(oursWithProfile);
  const oursMs = median(oursRuns);
  const officialMs = median(officialRuns);
  const profileMs = median(profileRuns);
  const list = (runs: number[]): string => runs.map((run) => run.toFixed(0)).join(', ');
  console.log(
    `runs (ms): ours ${list(oursRuns)}; official ${list(officialRuns)}; profile ${list(profileRuns)}`,
  );
  console.log('\nfull sequence (6 commands, scan-ap included)');
  console.log(`  floor (12 round trips + 3 scans)               ${ms(FULL_FLOOR_MS)}`);
  console.log(`  @particle/softap-setup (median)                 ${ms(officialMs)}`);
  console.log(`  SoftApClient (median)                           ${ms(oursMs)}`);
  console.log(`  ours / floor     ${(oursMs / FULL_FLOOR_MS).toFixed(3)}  (target ≤ 1.100)`);
  console.log(`  ours / official  ${(oursMs / officialMs).toFixed(3)}  (target ≤ 1.000)`);
  console.log('\nstation profile (5 commands, no scan-ap)');
  console.log(`  floor (10 round trips + 2 scans)               ${ms(PROFILE_FLOOR_MS)}`);
  console.log(`  SoftApClient (median)                           ${ms(profileMs)}`);
  console.log(`  ours / floor     ${(profileMs / PROFILE_FLOOR_MS).toFixed(3)}  (target ≤ 1.100)`);
  console.log(
    `  saved per device vs the full sequence           ${ms(oursMs - profileMs)}  (${(((oursMs - profileMs) / oursMs) * 100).toFixed(0)} %)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
