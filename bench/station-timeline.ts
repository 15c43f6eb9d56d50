// The realistic timeline of one unit on a factory bench, in one place, each figure with where it
// comes from. `npm run bench -- station` plays it (scaled down in time) against the simulators;
// nothing here is a test bound.
//
// Sources: the station issue (#15) states the timeline; the rows cite what backs each figure.
// softap-protocol.md is /work/shared/docs/softap-protocol.md (§8 "after connect-ap").
export const STATION_TIMELINE = {
  /**
   * The host joins a Photon's open AP and gets its 192.168.0.x lease: 5 s in all (issue #15). The
   * Wi-Fi layer polls association and address every 500 ms (wifi.md §7, timeouts.ts), so a
   * laptop's join of 3–4 s plus DHCP lands here.
   */
  hostJoinMs: 3_500,
  hostDhcpMs: 1_500,
  /** The host returns to its own network, DHCP included: 5 s (issue #15). */
  hostRejoinMs: 5_000,
  /** One SoftAP round trip over the Photon's AP: 20 ms (issue #15; a few metres, one hop). */
  softApRttMs: 20,
  /**
   * scan-ap: 3 s (issue #15; softap-protocol.md: "typically a few seconds", clients allow 8–10 s).
   * A station profile with security and channel skips it (issue #13, engine talk → configure).
   */
  scanApMs: 3_000,
  /**
   * configure-ap's own scans for a WPA2 network: the firmware scans twice, each as long as a
   * scan-ap (wlan_hal.cpp sniff_security l.1027; softap-protocol.md "2 scans"). Not skippable.
   */
  configureScans: 2,
  /** The Photon's AP goes down after connect-ap: 1 s (issue #15; softap-protocol.md "< 1 s"). */
  apTeardownMs: 1_000,
  /** The device joins the Wi-Fi network, DHCP included: 6 s (issue #15; §8 "seconds"). */
  deviceJoinMs: 4_500,
  deviceDhcpMs: 1_500,
  /**
   * Blinking cyan to the cloud handshake's end, when the cloud lists it online: 8 s (issue #15).
   * With the join this is the "usually about 20 seconds" after connect-ap of softap-protocol.md §8.
   */
  cloudHandshakeMs: 8_000,
  /** The claim lands 1.5 s after online (cloud-api.md corrections: the claim code follows the handshake). */
  claimAfterOnlineMs: 1_500,
  /** The next unit appears 8 s after the previous one's trip ended: the operator's swap (issue #15). */
  swapMs: 8_000,
} as const;

/** Commands on one trip with a full station profile: the join's probe, then identify → connect. */
const TRIP_COMMANDS = [
  'device-id (probe)',
  'device-id',
  'public-key',
  'set',
  'configure-ap',
  'connect-ap',
];

/**
 * One trip at its floor: join, the commands' round trips (a connect and a request/reply each)
 * and configure-ap's scans, then back home. The floor per unit adds the swap.
 */
export function tripFloorMs(t: typeof STATION_TIMELINE = STATION_TIMELINE): number {
  const commands = TRIP_COMMANDS.length * 2 * t.softApRttMs;
  return t.hostJoinMs + t.hostDhcpMs + commands + t.configureScans * t.scanApMs + t.hostRejoinMs;
}
