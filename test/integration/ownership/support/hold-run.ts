// A child process for the ownership tests: a whole core (simulated world, real data-dir lock and
// restore journal) that starts a setup and stops while joined to the Photon, waiting for the
// operator to choose a network — the moment a crash or a second instance hurts most. It prints
// one JSON line when it is there, then waits to be killed.
import { createSimulatedCore } from '../../../../electron/simulated-core';
import {
  DEMO_TOKEN,
  FAST_ENGINE,
  FAST_SOFTAP,
  FAST_WIFI,
} from '../../provisioning/support/harness';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (dataDir === undefined) throw new Error('usage: hold-run <data-dir>');
  const core = await createSimulatedCore({
    host: 'cli',
    dataDir,
    world: {},
    engineTimings: { ...FAST_ENGINE, networkChoiceMs: 600_000 },
    wifiTimeouts: { ...FAST_WIFI, sessionCapMs: 600_000 },
    softAp: FAST_SOFTAP,
    log: { warn: () => undefined },
  });
  await core.handlers['account.connect']({
    method: 'token',
    accessToken: DEMO_TOKEN,
    remember: false,
  });
  const off = core.events.subscribeAll((event, payload) => {
    if (event !== 'run.networks') return;
    off();
    const runId = (payload as { runId: string }).runId;
    process.stdout.write(
      `${JSON.stringify({ joined: core.world.wifi.currentNetwork, runId, pid: process.pid })}\n`,
    );
  });
  await core.handlers['provision.start']({ device: { ssid: 'Photon-K7QD' }, profileId: null });
  // Held here until killed.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
