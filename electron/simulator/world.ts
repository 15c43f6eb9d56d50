// The whole simulation in one call, for demo mode, `--simulate`, `simulate all` and the
// integration tests: a fake Particle cloud, simulated Photons linked to it, and a simulated
// host Wi-Fi that sees their Photon-… networks.
import demoSeedJson from './cloud/demo-seed.json';
import { startFakeCloud, type FakeCloud, type FakeCloudOptions } from './cloud';
import type { SeedInput } from './cloud/seed-schema';
import {
  demoAir,
  startSimulatedPhoton,
  type PhotonSimulatorOptions,
  type SimulatedPhoton,
} from './photon';
import { SimulatedWifi } from './wifi/simulated-wifi';

/** Already claimed to the demo developer in demo-seed.json. */
export const DEMO_CLAIMED_DEVICE_ID = '1E0032000447343232363230';
/** Unknown to the cloud until it is set up. */
export const DEMO_NEW_DEVICE_ID = '2C003A000B47343432313031';

export interface SimulatedWorldOptions {
  cloudPort?: number | undefined;
  seed?: SeedInput | string | undefined;
  photons?: PhotonSimulatorOptions[] | undefined;
  /** Realistic delays for demos; tests keep the fast defaults. */
  photonTimings?: PhotonSimulatorOptions['timings'] | undefined;
  /** The fake cloud's behaviour (its online lag, the claim's delay after the handshake, …). */
  cloudSettings?: FakeCloudOptions['settings'] | undefined;
  /** The network the computer is on before setup starts. */
  homeNetwork?: string | undefined;
}

export interface SimulatedWorld {
  cloud: FakeCloud;
  photons: SimulatedPhoton[];
  wifi: SimulatedWifi;
  close(): Promise<void>;
}

const demoPhotons = (): PhotonSimulatorOptions[] => [
  { deviceId: DEMO_NEW_DEVICE_ID, ssidSuffix: 'K7QD' },
  { deviceId: DEMO_CLAIMED_DEVICE_ID, ssidSuffix: 'M2RX', claimed: true },
];

export async function startSimulatedWorld(
  options: SimulatedWorldOptions = {},
): Promise<SimulatedWorld> {
  const cloud = await startFakeCloud({
    port: options.cloudPort,
    seed: options.seed ?? (demoSeedJson as SeedInput),
    settings: options.cloudSettings,
  });
  const photons: SimulatedPhoton[] = [];
  try {
    for (const photonOptions of options.photons ?? demoPhotons()) {
      const photon = await startSimulatedPhoton({
        air: [...demoAir],
        ...photonOptions,
        timings: { ...options.photonTimings, ...photonOptions.timings },
        cloud: {
          connect: async (device) => {
            await cloud.connectDevice(device);
            return { claimed: cloud.lastClaimVerdict(device.deviceId) === 'claimed' };
          },
          disconnect: (device) => cloud.disconnectDevice(device.deviceId),
        },
      });
      // Particle knows every Photon it made, whether or not it ever reached the cloud.
      cloud.addDevice(photon.deviceId);
      photons.push(photon);
    }
  } catch (error) {
    await Promise.all(photons.map((photon) => photon.close()));
    await cloud.close();
    throw error;
  }
  // The cloud's signal reaches the Photon it names (the rainbow "identify").
  const offSignal = cloud.onSignal((deviceId, on) =>
    photons.find((photon) => photon.deviceId.toLowerCase() === deviceId)?.setSignaling(on),
  );
  const wifi = new SimulatedWifi({
    photons: () =>
      photons
        .filter((photon) => photon.listening)
        .map((photon) => ({
          ssid: photon.ssid,
          tcpPort: photon.tcpPort,
          httpPort: photon.httpPort,
        })),
    startOn: options.homeNetwork,
  });
  return {
    cloud,
    photons,
    wifi,
    close: async () => {
      offSignal();
      wifi.dispose();
      await Promise.all(photons.map((photon) => photon.close()));
      await cloud.close();
    },
  };
}
