// The Linux Wi-Fi backend against the REAL nmcli (NetworkManager 1.42's binary and libnm) talking
// to python-dbusmock's NetworkManager template on a private D-Bus (wifi.md §5 tier 2, issue #14):
// our argv must be accepted, and real nmcli's output (terse escaping, empty security, exit codes)
// must parse. Where real nmcli and our code disagreed, the backend was fixed, not these checks.
//
// What the mock does NOT model, compared with a real NetworkManager (so these tests cannot see it):
// - No radio, no wpa_supplicant, no DHCP: an activation either finishes at once or (a knob) never
//   gets past "configuring"; there is no association timing, no authentication, no failure with
//   a reason code (NM_DEVICE_STATE_REASON_*), and no IP configuration. Addresses, routes and the
//   device probe come from radioHost() in test/support/real-nmcli.ts, driven by the mock's state.
// - No autoconnect: when the temporary profile is deleted, a real NetworkManager may put the home
//   profile back by itself before our rejoin runs; the mock leaves the device disconnected.
// - Scans finish at once (or, a knob, never); no rate limit of its own (real NM defers an explicit
//   scan up to 8 s while connected), no hidden SSIDs, no BSS expiry.
// - No polkit, no secret agent, no secrets: `connection.permissions` is stored, not enforced,
//   and a WPA profile is never asked for its key.
// - `nmcli connection down` does not finish (the mock removes the active connection without the
//   "deactivated" state nmcli waits for); the backend never runs it.
// - Only open and WPA-PSK access points, one active connection per device, no Ethernet/VPN in
//   these tests, and the mock reports NetworkManager version 0.9.6.0.
// - No Device.Disconnect, Settings.AddConnection2, Connection.Update2 or checkpoints: `nmcli
//   device disconnect`, `connection modify` and `device wifi connect` are not covered here.
// The template additions in real-nmcli.ts (agent manager, ActiveAccessPoint, LastScan, device
// choice, one connection per device, profile timestamps) are what NM 1.42 does; each says so.
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WifiError } from '../../../electron/core/wifi/errors';
import { NmcliBackend } from '../../../electron/core/wifi/nmcli-backend';
import type { WifiTimeouts } from '../../../electron/core/wifi/timeouts';
import {
  INSTALL_HINT,
  RealNm,
  devicePath,
  findRealNmcli,
  radioHost,
  savedConnectionPath,
  type AccessPointSpec,
} from '../../support/real-nmcli';
import { FakeNmWorld } from '../../unit/wifi/support/fake-nm-world';
import { FAST, harness } from '../../unit/wifi/support/session-harness';

const TITLE = 'NmcliBackend against the real nmcli and a mock NetworkManager';
const lookup = findRealNmcli();
const required = process.env.NMCLI_REQUIRED === '1';

/** The operator's network: ':' and '\' go through nmcli's terse escaping, 'ü' through the locale. */
const HOME = 'Büro:Home\\Net';
const PHOTON = 'Photon-7QK2XZ';
const SECOND_PHOTON = 'Photon-H4M9';
const DEVICE_ID = '0123456789abcdef01234567';
const IFACE = 'wlan0';
const OWNER = 'operator';

const HOME_AP: AccessPointSpec = {
  name: 'home',
  ssid: HOME,
  bssid: '60:E3:27:AA:BB:CC',
  frequencyMhz: 2437,
  strength: 88,
  secured: true,
};
const PHOTON_AP: AccessPointSpec = {
  name: 'photon',
  ssid: PHOTON,
  bssid: '6C:0B:84:11:22:33',
  frequencyMhz: 2462,
  strength: 60,
  secured: false,
};
const SECOND_PHOTON_AP: AccessPointSpec = {
  name: 'photon_h4m9',
  ssid: SECOND_PHOTON,
  bssid: '6C:0B:84:44:55:66',
  frequencyMhz: 2462,
  strength: 40,
  secured: false,
};

/** Join budget for the tests that expect `--wait` to expire: 1 s is nmcli's smallest wait. */
const SHORT_JOIN_MS = 1_000;
const JOIN_MS = 10_000;
/** nmcli waits up to 15 s for a scan it requested (src/nmcli/devices.c, 1.26 and later). */
const NMCLI_SCAN_WAIT_MS = 15_000;
/** Timer granularity between nmcli's clock and ours. */
const TIMER_SLACK_MS = 500;
/** That wait, plus the backend's margin, plus the test's own set-up. */
const STALLED_SCAN_TEST_MS = 40_000;
/** Real processes, so budgets in seconds; the same code paths as production. */
const REAL_TIMEOUTS: Partial<WifiTimeouts> = {
  ...FAST,
  commandMs: 5_000,
  preflightMs: 5_000,
  discoverMs: 5_000,
  scanIntervalMs: 20,
  joinMs: JOIN_MS,
  associationPollMs: 20,
  dhcpMs: 2_000,
  addressPollMs: 20,
  probeAttemptMs: 500,
  probeWindowMs: 1_000,
  watchdogMs: 50,
  restoreMs: 10_000,
  sessionCapMs: 30_000,
};

/** How much of the mock's call log a failing test prints. */
const MOCK_LOG_TAIL_CHARS = 6_000;

const isPhoton = (ssid: string): boolean => ssid.startsWith('Photon-');

if (!lookup.ok && required) {
  describe(TITLE, () => {
    it('has the real nmcli and python-dbusmock (NMCLI_REQUIRED=1)', () => {
      throw new Error(
        `The real-nmcli suite cannot run: ${lookup.reason}. ${INSTALL_HINT} NMCLI_REQUIRED=1, so this is a failure.`,
      );
    });
  });
} else {
  if (!lookup.ok)
    console.warn(
      `\n!!!!! REAL NMCLI NOT FOUND: ${lookup.reason}.\n!!!!! ${INSTALL_HINT}\n!!!!! The real-nmcli Wi-Fi tests are SKIPPED. !!!!!\n`,
    );
  (lookup.ok ? describe : describe.skip)(
    lookup.ok ? `${TITLE} (${lookup.tools.version})` : TITLE,
    () => {
      let nm: RealNm;
      let backend: NmcliBackend;
      const wlan0 = devicePath(IFACE);

      const tools = () => {
        if (!lookup.ok) throw new Error(lookup.reason);
        return lookup.tools;
      };

      /** A laptop on its home Wi-Fi, a Photon in listening mode in range. */
      async function homeWithPhoton(): Promise<{ homeUuid: string }> {
        await nm.addWifiDevice(IFACE);
        await nm.addAccessPoint(wlan0, HOME_AP);
        await nm.addAccessPoint(wlan0, PHOTON_AP);
        await nm.addSavedConnection(wlan0, 'home', HOME);
        await nm.activate(savedConnectionPath('home'), wlan0);
        const uuid = await nm.nmcli(['-g', 'connection.uuid', 'connection', 'show', 'id', HOME]);
        expect(uuid.code).toBe(0);
        return { homeUuid: uuid.stdout.trim() };
      }

      /** Our temporary profiles as real nmcli lists them. */
      async function photonProfiles(): Promise<string[]> {
        const listed = await nm.nmcli(['-t', '-f', 'NAME', 'connection', 'show']);
        return listed.stdout.split('\n').filter((name) => name.startsWith('photon-setup-'));
      }

      /** The world of the running test; afterEach stops it whatever the test did. */
      let running: RealNm | undefined;

      beforeEach(async () => {
        running = await RealNm.start(tools());
        nm = running;
        backend = new NmcliBackend({ runCommand: nm.runCommand, userName: OWNER });
      });

      afterEach(async ({ task }) => {
        const world = running;
        running = undefined;
        if (world === undefined) return;
        // A failure in CI is read from the log alone: show what the mock was asked.
        if (task.result?.state === 'fail')
          console.warn(
            `mock NetworkManager log (tail):\n${(await world.mockLog()).slice(-MOCK_LOG_TAIL_CHARS)}`,
          );
        await world.stop();
      });

      it('scan: lists the open Photon and the secured home network with their security, BSSIDs and channels', async () => {
        await homeWithPhoton();

        expect(await backend.interfaces()).toEqual([{ name: IFACE, connected: true }]);
        const networks = await backend.scan(IFACE, { fresh: true });

        expect(networks).toEqual(
          expect.arrayContaining([
            { ssid: PHOTON, bssid: PHOTON_AP.bssid, signal: 60, channel: 11, open: true },
            { ssid: HOME, bssid: HOME_AP.bssid, signal: 88, channel: 6, open: false },
          ]),
        );
        expect(networks).toHaveLength(2);
        // The argv went to real nmcli unchanged and in the locale production uses.
        expect(nm.calls.map((call) => call.args.join(' '))).toContain(
          `-t -f ACTIVE,SSID,BSSID,SIGNAL,SECURITY,CHAN device wifi list --rescan yes ifname ${IFACE}`,
        );
        for (const call of nm.calls) expect(call.options.env?.LC_ALL).toBe('C.UTF-8');
      });

      it('a fresh scan really rescans: a Photon only a new scan reveals is missing from the cache', async () => {
        await homeWithPhoton();
        await nm.queueAccessPoint(wlan0, SECOND_PHOTON_AP);

        const cached = await backend.scan(IFACE, { fresh: false });
        expect(cached.map((n) => n.ssid)).not.toContain(SECOND_PHOTON);

        const fresh = await backend.scan(IFACE, { fresh: true });
        expect(fresh).toContainEqual({
          ssid: SECOND_PHOTON,
          bssid: SECOND_PHOTON_AP.bssid,
          signal: 40,
          channel: 11,
          open: true,
        });
      });

      it(
        'a requested scan that never completes: real nmcli waits its own 15 s, then prints the cached list, and the backend waits for it',
        async () => {
          await homeWithPhoton();
          await nm.setScanStalled(wlan0, true);

          const started = Date.now();
          const networks = await backend.scan(IFACE, { fresh: true });

          expect(Date.now() - started).toBeGreaterThanOrEqual(NMCLI_SCAN_WAIT_MS - TIMER_SLACK_MS);
          expect(networks.map((n) => n.ssid).sort()).toEqual([HOME, PHOTON].sort());
        },
        STALLED_SCAN_TEST_MS,
      );

      it('current: the home network by its exact name and UUID, through real escaping and the UTF-8 locale', async () => {
        const { homeUuid } = await homeWithPhoton();

        expect(await backend.current(IFACE)).toEqual({
          iface: IFACE,
          nmUuid: homeUuid,
          ssid: HOME,
        });
        expect(await backend.isAssociated(IFACE, HOME)).toBe('yes');
        expect(await backend.isAssociated(IFACE, PHOTON)).toBe('no');

        // Why the backend's env says C.UTF-8: plain C turns every non-ASCII byte into '?'.
        const plainC = await nm.nmcli(
          ['-t', '-f', 'ACTIVE,SSID', 'device', 'wifi', 'list', '--rescan', 'no'],
          'C',
        );
        expect(plainC.stdout).toContain('yes:B?ro\\:Home\\\\Net');
        const utf8 = await nm.nmcli([
          '-t',
          '-f',
          'ACTIVE,SSID',
          'device',
          'wifi',
          'list',
          '--rescan',
          'no',
        ]);
        expect(utf8.stdout).toContain('yes:Büro\\:Home\\\\Net');
      });

      it('joinOpen: a temporary profile, never-default and not autoconnect, owned by the operator, activated', async () => {
        await homeWithPhoton();

        const temp = await backend.joinOpen(IFACE, PHOTON, { timeoutMs: JOIN_MS });

        expect(temp).toEqual({
          iface: IFACE,
          ssid: PHOTON,
          nmUuid: expect.stringMatching(
            /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
          ),
          profileName: `photon-setup-${PHOTON}`,
        });
        // Read back through real nmcli: what it made of our `connection add` argv.
        expect(
          await nm.settings(temp.nmUuid ?? '', [
            'connection.id',
            'connection.type',
            'connection.interface-name',
            'connection.autoconnect',
            'connection.permissions',
            '802-11-wireless.ssid',
            'ipv4.method',
            'ipv4.never-default',
            'ipv6.method',
          ]),
        ).toEqual({
          'connection.id': `photon-setup-${PHOTON}`,
          'connection.type': '802-11-wireless',
          'connection.interface-name': IFACE,
          'connection.autoconnect': 'no',
          'connection.permissions': `user:${OWNER}`,
          '802-11-wireless.ssid': PHOTON,
          'ipv4.method': 'auto',
          'ipv4.never-default': 'yes',
          'ipv6.method': 'ignore',
        });
        // An open network: no security section at all.
        const security = await nm.nmcli([
          '-g',
          '802-11-wireless-security.key-mgmt',
          'connection',
          'show',
          'uuid',
          temp.nmUuid ?? '',
        ]);
        expect(security.stdout.trim()).toBe('');
        expect(nm.activatedSsid(wlan0)).toBe(PHOTON);
      });

      it('isAssociated and current see the Photon while joined; home is no longer associated', async () => {
        await homeWithPhoton();
        const temp = await backend.joinOpen(IFACE, PHOTON, { timeoutMs: JOIN_MS });

        expect(await backend.isAssociated(IFACE, PHOTON)).toBe('yes');
        expect(await backend.isAssociated(IFACE, HOME)).toBe('no');
        expect(await backend.current(IFACE)).toEqual({
          iface: IFACE,
          nmUuid: temp.nmUuid,
          ssid: PHOTON,
        });
        const devices = await nm.nmcli(['-t', '-f', 'DEVICE,STATE,CONNECTION', 'device']);
        expect(devices.stdout).toContain(`${IFACE}:connected:photon-setup-${PHOTON}`);
      });

      it('restore: forget deletes the temporary profile, rejoin brings home back by UUID; forgetting twice is fine', async () => {
        const { homeUuid } = await homeWithPhoton();
        const previous = await backend.current(IFACE);
        expect(previous).not.toBeNull();
        const temp = await backend.joinOpen(IFACE, PHOTON, { timeoutMs: JOIN_MS });

        await backend.forget(temp);
        expect(await photonProfiles()).toEqual([]);
        expect(await backend.current(IFACE)).toBeNull();

        await backend.rejoin(previous ?? { iface: IFACE }, { timeoutMs: JOIN_MS });
        expect(await backend.current(IFACE)).toEqual({
          iface: IFACE,
          nmUuid: homeUuid,
          ssid: HOME,
        });
        expect(await backend.isAssociated(IFACE, HOME)).toBe('yes');

        // Real nmcli exits 10 for a profile that is already gone; the backend takes that as done.
        await expect(backend.forget(temp)).resolves.toBeUndefined();
        const again = await nm.nmcli(['connection', 'delete', 'uuid', temp.nmUuid ?? '']);
        expect(again.code).toBe(10);
      });

      it('letOsReconnect: `nmcli device connect` picks the home profile once the Photon profile is gone', async () => {
        await homeWithPhoton();
        const temp = await backend.joinOpen(IFACE, PHOTON, { timeoutMs: JOIN_MS });
        await backend.forget(temp);

        await backend.letOsReconnect(IFACE);

        expect(nm.activatedSsid(wlan0)).toBe(HOME);
        expect((await backend.current(IFACE))?.ssid).toBe(HOME);
      });

      it('joinOpen when the Photon left range: NetworkManager refuses, the profile is removed, join-failed', async () => {
        await homeWithPhoton();
        await nm.removeAccessPoint(wlan0, '/org/freedesktop/NetworkManager/AccessPoint/photon');

        const failure = await backend
          .joinOpen(IFACE, PHOTON, { timeoutMs: JOIN_MS })
          .catch((e: unknown) => e);

        expect(failure).toBeInstanceOf(WifiError);
        expect(failure).toMatchObject({ kind: 'join-failed' });
        expect(await photonProfiles()).toEqual([]);
        // Nothing was taken down: the host is still home.
        expect(nm.activatedSsid(wlan0)).toBe(HOME);
      });

      it('joinOpen when association never finishes: nmcli --wait expires (exit 3), timeout, the profile is removed', async () => {
        await homeWithPhoton();
        await nm.setActivationStalls(PHOTON, true);

        const failure = await backend
          .joinOpen(IFACE, PHOTON, { timeoutMs: SHORT_JOIN_MS })
          .catch((e: unknown) => e);

        expect(failure).toMatchObject({
          kind: 'timeout',
          message: `Joining ${PHOTON} did not finish within 1 s.`,
        });
        expect(await photonProfiles()).toEqual([]);
        expect(nm.calls.map((call) => call.args.slice(0, 4).join(' '))).toContain(
          '--wait 1 connection up',
        );
      });

      it('WifiSession: find, join, use and restore end to end; the journal is gone and home is back', async () => {
        const { homeUuid } = await homeWithPhoton();
        const host = radioHost(nm, IFACE, DEVICE_ID, isPhoton);
        const { session, journalPath, progress } = harness(new FakeNmWorld(), {
          backend,
          net: host.net,
          probeDevice: host.probeDevice,
          timeouts: REAL_TIMEOUTS,
        });
        let duringUse: { profiles: string[]; neverDefault: string; journal: boolean } | null = null;

        const result = await session.run({}, async (context) => {
          expect(context).toMatchObject({
            ssid: PHOTON,
            iface: IFACE,
            deviceId: DEVICE_ID,
            address: '192.168.0.23',
          });
          const [temp] = await photonProfiles();
          const uuid = (await backend.current(IFACE))?.nmUuid ?? '';
          duringUse = {
            profiles: temp === undefined ? [] : [temp],
            neverDefault:
              (await nm.settings(uuid, ['ipv4.never-default']))['ipv4.never-default'] ?? '',
            journal: existsSync(journalPath),
          };
          return 'configured';
        });

        expect(result.value).toBe('configured');
        expect(duringUse).toEqual({
          profiles: [`photon-setup-${PHOTON}`],
          neverDefault: 'yes',
          journal: true,
        });
        expect(result.restore).toMatchObject({
          ok: true,
          network: HOME,
          verified: true,
          profileLeft: false,
        });
        expect(await backend.current(IFACE)).toEqual({
          iface: IFACE,
          nmUuid: homeUuid,
          ssid: HOME,
        });
        expect(await photonProfiles()).toEqual([]);
        expect(existsSync(journalPath)).toBe(false);
        expect(progress.map((event) => event.phase)).toEqual(
          expect.arrayContaining(['preflight', 'join', 'connected', 'restore', 'restored']),
        );
      });

      it('WifiTrip: the Photon appears only after a rescan; two in range go to the chooser; leave() restores', async () => {
        await nm.addWifiDevice(IFACE);
        await nm.addAccessPoint(wlan0, HOME_AP);
        await nm.addSavedConnection(wlan0, 'home', HOME);
        await nm.activate(savedConnectionPath('home'), wlan0);
        await nm.queueAccessPoint(wlan0, PHOTON_AP);
        await nm.queueAccessPoint(wlan0, SECOND_PHOTON_AP);
        const host = radioHost(nm, IFACE, DEVICE_ID, isPhoton);
        const { session } = harness(new FakeNmWorld(), {
          backend,
          net: host.net,
          probeDevice: host.probeDevice,
          timeouts: REAL_TIMEOUTS,
        });

        const trip = await session.open();
        try {
          expect(trip.iface).toBe(IFACE);
          const chosen = await trip.find(async (candidates) => {
            // Strongest first, as real nmcli reported the signals.
            expect(candidates.map((c) => c.ssid)).toEqual([PHOTON, SECOND_PHOTON]);
            return SECOND_PHOTON;
          });
          expect(chosen).toBe(SECOND_PHOTON);
          const joined = await trip.join(chosen);
          expect(joined).toMatchObject({ ssid: SECOND_PHOTON, deviceId: DEVICE_ID });
          expect(nm.activatedSsid(wlan0)).toBe(SECOND_PHOTON);
        } finally {
          const report = await trip.leave();
          expect(report).toMatchObject({
            ok: true,
            network: HOME,
            verified: true,
            profileLeft: false,
          });
        }
        expect(nm.activatedSsid(wlan0)).toBe(HOME);
        expect(await photonProfiles()).toEqual([]);
      });
    },
  );
}
