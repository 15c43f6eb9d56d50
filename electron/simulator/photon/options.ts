// Everything a test or the CLI can set on a simulated Photon. Defaults are fast so tests stay
// short; `realisticTimings` is for demos. Every delay here is named and bounded.
import type { LedStateName } from './led';

export type PhotonFirmware = '0.6' | '0.7' | '2.3';

export const PHOTON_COMMANDS = [
  'version',
  'device-id',
  'scan-ap',
  'public-key',
  'set',
  'configure-ap',
  'connect-ap',
] as const;
export type PhotonCommandName = (typeof PHOTON_COMMANDS)[number];

/**
 * One BSS "in the air" around the simulated device. An SSID is up to 32 octets with no encoding
 * (802.11); a string stands for its UTF-8 bytes, bytes for anything else (Latin-1, control bytes).
 */
export interface AirNetwork {
  ssid: string | Uint8Array;
  /** WICED security value as scan-ap reports it (-1 = unknown). */
  sec: number;
  ch: number;
  rssi: number;
  /** Max data rate in kbit/s; defaults to 54000. */
  mdr?: number;
  /** Hidden networks are not in scan results and cannot be found by configure-ap's scan. */
  hidden?: boolean;
  /** 5 GHz networks are never seen by the BCM43362. */
  band5GHz?: boolean;
  /** What joining needs: the passphrase, WEP key or PEAP password. Absent for open networks. */
  password?: string;
  /**
   * PEAP: the inner identity the RADIUS server knows, compared byte for byte with what the
   * device stored. Absent: any identity is accepted.
   */
  identity?: string;
}

export interface EnterpriseCredentials {
  eapType: number;
  /** The raw token text between the quotes, escapes kept (softap.cpp l.652, l.658). */
  innerIdentity: Buffer | null;
  outerIdentity: Buffer | null;
  clientCertificate: string | null;
  /** The decrypted private key PEM, including the PKCS#7 pad bytes the firmware keeps. */
  privateKey: string | null;
  caCertificate: string | null;
}

export interface StoredNetwork {
  /** The raw token text of `ssid`, escapes kept (softap.cpp l.614 setSsid). */
  ssid: Buffer;
  /** The WICED security value stored (on ≥ 0.7 for WPA networks: the value the scan found). */
  security: number;
  channel: number;
  /** Decrypted passphrase (tests compare it; never log it). */
  password: string;
  enterprise: EnterpriseCredentials | null;
}

export interface PhotonTimings {
  /** How long scan-ap takes before the results are written. */
  scanMs: number;
  /**
   * Each of configure-ap's (up to two) scans for a WPA/WPA2 network: a full-band
   * wiced_wifi_scan_networks like scan-ap's, so it costs as much (wlan_hal.cpp sniff_security).
   */
  configureScanMs: number;
  /** sniff_security's wait for a scan whose completion event was lost (30 s, l.1040). */
  configureScanCapMs: number;
  /** Between the connect-ap reply and the radio coming up as a station. */
  apTeardownMs: number;
  /** Blinking green: joining the stored network. */
  joinMs: number;
  /** Fast blinking green: waiting for a DHCP lease. */
  dhcpMs: number;
  /** Blinking cyan: reaching the cloud (at least this long, and until the cloud hook returns). */
  cloudConnectMs: number;
  /** Fast blinking cyan: the cloud handshake. */
  handshakeMs: number;
  /** A failed join blinks green this long before the AP comes back (listening again). */
  relistenMs: number;
  /** LED off while the device reboots after a reset. */
  rebootMs: number;
  /** ≤ 0.6 HTTP waits this long for each further body packet before giving up. */
  httpBodyPacketWaitMs: number;
}

export const fastTimings: Readonly<PhotonTimings> = {
  scanMs: 20,
  configureScanMs: 5,
  configureScanCapMs: 150,
  apTeardownMs: 5,
  joinMs: 30,
  dhcpMs: 20,
  cloudConnectMs: 20,
  handshakeMs: 20,
  relistenMs: 60,
  rebootMs: 30,
  httpBodyPacketWaitMs: 300,
};

/** Close to what a real Photon shows; for demos and manual runs, never for unit tests. */
export const realisticTimings: Readonly<PhotonTimings> = {
  scanMs: 2000,
  configureScanMs: 2000,
  configureScanCapMs: 30_000,
  apTeardownMs: 300,
  joinMs: 3000,
  dhcpMs: 1500,
  cloudConnectMs: 3000,
  handshakeMs: 1500,
  relistenMs: 8000,
  rebootMs: 1500,
  httpBodyPacketWaitMs: 3000,
};

export type FaultTarget = readonly PhotonCommandName[] | 'all';

export interface PhotonFaults {
  /** Read the request, then answer nothing: 'silent' keeps the socket open, 'close' closes it. */
  noReply: { commands: FaultTarget; mode: 'silent' | 'close' } | null;
  /** Cut the reply (after the TCP `\n\n` / HTTP header) to this many JSON bytes, then close. */
  truncateReply: { commands: FaultTarget; bytes: number } | null;
  /** Overrides `timings.scanMs`. */
  slowScanMs: number | null;
  /**
   * The scan wedge of device-os#1334/#1407: the scan's completion event is lost, scan-ap stops
   * mid-reply and that server's worker waits forever — for every later client too — until the
   * device leaves listening mode. configure-ap's scans wait their 30 s cap instead.
   */
  wedgeScan: boolean;
  /** The device resets while handling connect-ap: no reply, the connection drops, it reboots and joins. */
  resetDuringConnect: boolean;
  /** configure-ap's RSA decryption fails as on low free RAM; `true` uses the firmware's usual code. */
  decryptError: boolean | number;
  /** The join works but DHCP never does: fast blinking green forever. */
  dhcpFailure: boolean;
  /** The connect-ap reply is lost in the AP teardown. */
  dropConnectReply: boolean;
}

export const noFaults: Readonly<PhotonFaults> = {
  noReply: null,
  truncateReply: null,
  slowScanMs: null,
  wedgeScan: false,
  resetDuringConnect: false,
  decryptError: false,
  dhcpFailure: false,
  dropConnectReply: false,
};

/**
 * What happens after connect-ap. 'auto' decides from the stored networks and the air;
 * the others force a path ('cloud-unreachable' = blinking cyan forever).
 */
export type ConnectOutcome =
  'auto' | 'success' | 'wrong-password' | 'unreachable' | 'dhcp-failure' | 'cloud-unreachable';

/** The fake Particle cloud plugs in here; the simulator only knows this interface. */
export interface PhotonCloudLink {
  connect(device: {
    /** Lowercase, as the cloud uses it. */
    deviceId: string;
    claimCode: string | null;
  }): Promise<void | { claimed?: boolean }> | void | { claimed?: boolean };
  /** The device left the cloud (it entered listening mode); the cloud notices in its own time. */
  disconnect?(device: { deviceId: string }): Promise<void> | void;
}

export interface PhotonSimulatorOptions {
  /** 0 (default) picks a free port; always bound to 127.0.0.1. */
  tcpPort?: number | undefined;
  httpPort?: number | undefined;
  firmware?: PhotonFirmware | undefined;
  /** 24 hex digits, any case; reported uppercase. Random when absent. */
  deviceId?: string | undefined;
  /** At most 25 characters; default "Photon". */
  ssidPrefix?: string | undefined;
  /** At most 6 characters; random from the firmware's alphabet when absent. */
  ssidSuffix?: string | undefined;
  /** Length of a generated suffix: 4 on 0.6 firmware, 6 otherwise by default. */
  ssidSuffixLength?: 4 | 6 | undefined;
  /** RSA-1024 private key PEM (PKCS#1 or PKCS#8); generated when absent. */
  privateKeyPem?: string | undefined;
  air?: readonly AirNetwork[] | undefined;
  claimed?: boolean | undefined;
  claimCode?: string | null | undefined;
  storedNetworks?: readonly StoredNetwork[] | undefined;
  timings?: Partial<PhotonTimings> | undefined;
  faults?: Partial<PhotonFaults> | undefined;
  connectOutcome?: ConnectOutcome | undefined;
  cloud?: PhotonCloudLink | undefined;
  /** Write each firmware write separately (TCP segments / HTTP chunks on the wire as they happen). */
  splitReplyWrites?: boolean | undefined;
  /** Bodies longer than this cannot be allocated on the device's heap ⇒ no JSON. */
  maxBodyBytes?: number | undefined;
  /** Start in listening mode with the AP up (default true). */
  listening?: boolean | undefined;
  /** LED state when `listening` is false. */
  initialLed?: LedStateName | undefined;
}
