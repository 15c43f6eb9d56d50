// A tray of simulated Photons as an operator works through one: every unit starts powered off,
// and the next is put in listening mode a swap's time after the computer came back from the
// previous unit's trip (the operator set that unit aside and picked up the next). Some units
// can carry the faults a bench meets: a label printed for another unit, a unit that never
// reaches the cloud, one whose radio cannot log in to the station's network.
import type { AirNetwork, PhotonSimulatorOptions, SimulatedPhoton } from './photon';
import { demoAir, SSID_SUFFIX_ALPHABET } from './photon';
import type { SimulatedWorld } from './world';

export type TrayFault = 'wrong-label' | 'never-online' | 'credentials-rejected';

export interface TrayUnit {
  /** Lowercase, as the cloud and the label use it. */
  deviceId: string;
  ssidSuffix: string;
  /** The id printed on the unit's label (another unit's for a wrong label). */
  label: string;
  fault: TrayFault | null;
}

/** A realistic pause for the demo: the operator sets one unit aside and powers the next. */
export const DEMO_SWAP_MS = 4_000;
/** How many units the demo's tray has unless told otherwise. */
export const DEMO_TRAY_UNITS = 6;

const idOf = (index: number): string => `2d002a000b473434${(0x31300000 + index).toString(16)}`;

/** A stable suffix that looks like the firmware's random ones (a multiplicative hash of the index). */
const suffixOf = (index: number): string => {
  let n = Math.imul(index + 17, 0x9e3779b1) >>> 0;
  let suffix = '';
  for (let i = 0; i < 6; i++) {
    suffix = SSID_SUFFIX_ALPHABET.charAt(n % SSID_SUFFIX_ALPHABET.length) + suffix;
    n = Math.floor(n / SSID_SUFFIX_ALPHABET.length);
  }
  return suffix;
};

/**
 * `count` units with stable ids. With `faults`, unit 3 has another unit's label and unit 5 never
 * reaches the cloud (a fault every few units, as a demo should show them); `extra` adds others.
 */
export function trayUnits(
  count: number,
  options: { faults?: boolean; extra?: Readonly<Record<number, TrayFault>> } = {},
): TrayUnit[] {
  const faults: Record<number, TrayFault> = {
    ...(options.faults === true ? { 2: 'wrong-label', 4: 'never-online' } : {}),
    ...options.extra,
  };
  return Array.from({ length: count }, (_, index) => {
    const fault = faults[index] ?? null;
    const deviceId = idOf(index);
    return {
      deviceId,
      ssidSuffix: suffixOf(index),
      label: fault === 'wrong-label' ? idOf(index + 100) : deviceId,
      fault,
    };
  });
}

/** The station's network as this unit's radio meets it: a unit with a bad radio cannot log in. */
function airFor(unit: TrayUnit): AirNetwork[] {
  if (unit.fault !== 'credentials-rejected') return [...demoAir];
  return demoAir.map((network) =>
    network.password === undefined ? network : { ...network, password: `${network.password}-x` },
  );
}

/** Simulator options for each unit: powered off until the feeder puts it in listening mode. */
export const trayPhotonOptions = (units: readonly TrayUnit[]): PhotonSimulatorOptions[] =>
  units.map((unit) => ({
    deviceId: unit.deviceId,
    ssidSuffix: unit.ssidSuffix,
    air: airFor(unit),
    listening: false,
    ...(unit.fault === 'never-online' ? { connectOutcome: 'cloud-unreachable' as const } : {}),
  }));

/** Powers the tray's units one after another, as the operator would. */
export class TrayFeeder {
  private next = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly off: () => void;

  constructor(
    private readonly world: Pick<SimulatedWorld, 'photons' | 'wifi'>,
    private readonly swapMs: number,
  ) {
    // The computer came back from a Photon to its own network (often by way of no network at
    // all, between forgetting one and rejoining the other): that unit's trip is over.
    let away = false;
    this.off = world.wifi.onSwitch((_from, to) => {
      if (world.wifi.isPhoton(to)) away = true;
      else if (to !== null && away) {
        away = false;
        this.schedule(this.swapMs);
      }
    });
  }

  /** Units put in listening mode so far, in order. */
  get powered(): SimulatedPhoton[] {
    return this.world.photons.slice(0, this.next);
  }

  start(firstAfterMs = 0): void {
    this.schedule(firstAfterMs);
  }

  /** The operator picks up the next unit now (a test's shortcut past the swap). */
  async powerNext(): Promise<SimulatedPhoton | null> {
    const photon = this.world.photons[this.next];
    if (photon === undefined) return null;
    this.next += 1;
    await photon.enterListeningMode();
    return photon;
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.off();
  }

  private schedule(ms: number): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.powerNext();
    }, ms);
    this.timer.unref?.();
  }
}
