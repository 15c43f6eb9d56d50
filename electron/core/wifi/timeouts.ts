// Every wait in the Wi-Fi layer is bounded and named here (wifi.md §7); a session takes a
// partial override so tests run the same code with millisecond budgets.

/** Any single external command. */
export const WIFI_COMMAND_TIMEOUT_MS = 15_000;
/**
 * Since NetworkManager 1.26, `device wifi list` with `--rescan yes` (or `auto` — node-wifi's
 * default — on a cache older than 30 s) waits up to 15 s for the scan it requested, then prints
 * the cached list and exits 0 (src/nmcli/devices.c). NetworkManager defers an explicit scan by up
 * to 8 s while connected, so that wait is often real; measured against the real nmcli, a 15 s
 * command budget killed it just before it answered. 5 s on top for nmcli's own start-up.
 */
const NMCLI_RESCAN_WAIT_MS = 15_000;
export const NMCLI_SCAN_TIMEOUT_MS = NMCLI_RESCAN_WAIT_MS + 5_000;
/**
 * What one `system_profiler SPAirPortDataType -json` costs on a Mac, as measured by others
 * (wifi.md, corrections): budgets that include one are sized from it.
 */
export const MACOS_PROFILER_CALL_MS = 4_000;
/** Remember the current network, check for clashes, write the journal. */
const PREFLIGHT_TIMEOUT_MS = 5_000;
/** Keep scanning for a Photon this long: the operator may still be putting it into listening mode. */
export const DISCOVER_TIMEOUT_MS = 60_000;
export const SCAN_INTERVAL_MS = 3_000;
/** Ask the OS to join, then wait for association. */
const JOIN_TIMEOUT_MS = 45_000;
export const ASSOCIATION_POLL_MS = 500;
/** A 192.168.0.x address from the Photon's DHCP server. */
const DHCP_TIMEOUT_MS = 20_000;
const ADDRESS_POLL_MS = 500;
/** One device-id attempt, and the window in which attempts are retried. */
const PROBE_ATTEMPT_TIMEOUT_MS = 2_000;
const PROBE_WINDOW_MS = 15_000;
/** Manual path: how long to wait for the operator to join the Photon from the system menu. */
const MANUAL_JOIN_TIMEOUT_MS = 120_000;
const WATCHDOG_INTERVAL_MS = 2_000;
export const RESTORE_TIMEOUT_MS = 45_000;
/** The whole session, use included; restore runs after the cap with its own budget. */
const SESSION_CAP_MS = 240_000;

export interface WifiTimeouts {
  commandMs: number;
  preflightMs: number;
  discoverMs: number;
  scanIntervalMs: number;
  joinMs: number;
  associationPollMs: number;
  dhcpMs: number;
  addressPollMs: number;
  probeAttemptMs: number;
  probeWindowMs: number;
  manualJoinMs: number;
  watchdogMs: number;
  restoreMs: number;
  sessionCapMs: number;
}

const DEFAULT_WIFI_TIMEOUTS: Readonly<WifiTimeouts> = Object.freeze({
  commandMs: WIFI_COMMAND_TIMEOUT_MS,
  preflightMs: PREFLIGHT_TIMEOUT_MS,
  discoverMs: DISCOVER_TIMEOUT_MS,
  scanIntervalMs: SCAN_INTERVAL_MS,
  joinMs: JOIN_TIMEOUT_MS,
  associationPollMs: ASSOCIATION_POLL_MS,
  dhcpMs: DHCP_TIMEOUT_MS,
  addressPollMs: ADDRESS_POLL_MS,
  probeAttemptMs: PROBE_ATTEMPT_TIMEOUT_MS,
  probeWindowMs: PROBE_WINDOW_MS,
  manualJoinMs: MANUAL_JOIN_TIMEOUT_MS,
  watchdogMs: WATCHDOG_INTERVAL_MS,
  restoreMs: RESTORE_TIMEOUT_MS,
  sessionCapMs: SESSION_CAP_MS,
});

/**
 * Where an OS's tools are slower than the defaults assume. macOS: the preflight reads the current
 * network through networksetup and one system_profiler call, and a slow Mac takes several times
 * the measured cost.
 */
const PLATFORM_TIMEOUTS: Partial<Record<NodeJS.Platform, Partial<WifiTimeouts>>> = {
  darwin: { preflightMs: PREFLIGHT_TIMEOUT_MS + 3 * MACOS_PROFILER_CALL_MS },
};

export const resolveTimeouts = (
  overrides?: Partial<WifiTimeouts>,
  platform?: NodeJS.Platform,
): WifiTimeouts => ({
  ...DEFAULT_WIFI_TIMEOUTS,
  ...(platform === undefined ? {} : PLATFORM_TIMEOUTS[platform]),
  ...overrides,
});
