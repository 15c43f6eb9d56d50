import { createServer, connect, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WifiSession } from '../../../electron/core/wifi/session';
import type { WifiProgress } from '../../../electron/core/wifi/progress';
import type { DeviceEndpoint, ProbeDevice } from '../../../electron/core/wifi/types';
import {
  SimulatedWifi,
  type SimulatedPhotonAp,
} from '../../../electron/simulator/wifi/simulated-wifi';
import { DEVICE_ID, FAST } from './support/session-harness';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

/** A loopback stand-in for the Photon simulator: answers `device-id` on TCP like the SoftAP. */
async function fakePhoton(): Promise<number> {
  const server = createServer((socket) => {
    socket.once('data', () => socket.end(JSON.stringify({ id: DEVICE_ID.toUpperCase(), c: '0' })));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The probe the lead wires to the SoftAP client; here a minimal TCP device-id, loopback only. */
const tcpProbe: ProbeDevice = (endpoint: DeviceEndpoint, { timeoutMs }) =>
  new Promise((resolve) => {
    if (endpoint.host !== '127.0.0.1') throw new Error('tests only talk to loopback');
    const socket = connect(endpoint.tcpPort, endpoint.host);
    let text = '';
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('connect', () => socket.write('device-id\n0\n\n'));
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      try {
        resolve({ id: (JSON.parse(text) as { id: string }).id.toLowerCase() });
      } catch {
        resolve(null);
      }
    });
    socket.on('error', () => undefined);
  });

function setup(
  photons: SimulatedPhotonAp[],
  sim = new SimulatedWifi({ photons: () => photons }),
  onProgress?: (progress: WifiProgress) => void,
) {
  const session = new WifiSession({
    onProgress,
    backend: sim.backend,
    net: sim.net,
    probeDevice: tcpProbe,
    journal: null,
    platform: 'linux',
    endpoint: sim.endpoint,
    timeouts: FAST,
  });
  return { sim, session };
}

describe('SimulatedWifi', () => {
  it('joining a simulated Photon makes its loopback ports the device address, then returns home', async () => {
    const tcpPort = await fakePhoton();
    const { sim, session } = setup([{ ssid: 'Photon-7QK2XZ', tcpPort, httpPort: 8080 }]);
    sim.configure({ dhcpDelayMs: 20, latencyMs: 2 });
    expect(sim.currentNetwork).toBe('Workshop');
    const result = await session.run({}, async (context) => {
      expect(sim.deviceEndpoint()).toEqual({ host: '127.0.0.1', tcpPort, httpPort: 8080 });
      return context;
    });
    expect(result.value).toMatchObject({
      ssid: 'Photon-7QK2XZ',
      deviceId: DEVICE_ID,
      address: '192.168.0.2',
    });
    expect(result.value.endpoint).toEqual({ host: '127.0.0.1', tcpPort, httpPort: 8080 });
    expect(result.restore).toMatchObject({ ok: true, network: 'Workshop', verified: true });
    expect(sim.currentNetwork).toBe('Workshop');
    expect(sim.leftoverProfiles).toEqual([]);
    expect(sim.deviceEndpoint()).toBeNull();
  });

  it('sees configured networks and every provided Photon (with a colon in a name)', async () => {
    const sim = new SimulatedWifi({
      photons: () => [{ ssid: 'Photon-H4M9', tcpPort: 1, httpPort: 2 }],
    });
    expect((await sim.backend.scan(sim.iface, { fresh: true })).map((n) => n.ssid)).toEqual([
      'Workshop',
      'Guest:Net',
      'Photon-H4M9',
    ]);
  });

  it('can fail the join', async () => {
    const { sim, session } = setup([{ ssid: 'Photon-7QK2XZ', tcpPort: 1, httpPort: 2 }]);
    sim.configure({ failJoin: true });
    await expect(session.run({}, async () => 'x')).rejects.toMatchObject({ kind: 'join-failed' });
    expect(sim.currentNetwork).toBe('Workshop');
  });

  it('can drop mid-session (and the Photon vanishing makes the re-join fail)', async () => {
    const tcpPort = await fakePhoton();
    const photons = [{ ssid: 'Photon-7QK2XZ', tcpPort, httpPort: 2 }];
    const { sim, session } = setup(photons);
    const run = session.run({}, async (context) => {
      sim.drop();
      photons.length = 0;
      await new Promise((resolve) =>
        context.signal.addEventListener('abort', resolve, { once: true }),
      );
    });
    await expect(run).rejects.toMatchObject({ kind: 'dropped' });
    expect(sim.currentNetwork).toBe('Workshop');
  });

  it('can fail the restore, which names the network to rejoin', async () => {
    const tcpPort = await fakePhoton();
    const { sim, session } = setup([{ ssid: 'Photon-7QK2XZ', tcpPort, httpPort: 2 }]);
    const error = await session
      .run({}, async () => {
        sim.configure({ failRejoin: true });
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'Host Wi-Fi not restored: rejoin Workshop yourself from the system menu.',
    );
    sim.dispose();
  });

  it('manual path: the operator joins from the system menu, the device is found by probing', async () => {
    const tcpPort = await fakePhoton();
    const photons = [{ ssid: 'Photon-7QK2XZ', tcpPort, httpPort: 2 }];
    const sim = new SimulatedWifi({ photons: () => photons });
    const phases: string[] = [];
    const { session } = setup(photons, sim, (progress) => {
      phases.push(progress.phase);
      // The operator picks the Photon in the system Wi-Fi menu when asked to.
      if (progress.phase === 'manual')
        setTimeout(
          () => void sim.backend.joinOpen(sim.iface, 'Photon-7QK2XZ', { timeoutMs: 100 }),
          10,
        );
    });
    const result = await session.run({ manual: true }, async (context) => context);
    expect(phases).toContain('manual');
    expect(result.value).toMatchObject({ ssid: null, deviceId: DEVICE_ID, address: '192.168.0.2' });
    expect(sim.currentNetwork).toBe('Workshop');
  }, 10_000);
});
