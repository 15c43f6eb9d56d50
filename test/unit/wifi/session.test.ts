import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Cancelled } from '../../../electron/core/runtime';
import { describe, expect, it } from 'vitest';
import { WifiError, WifiRestoreError } from '../../../electron/core/wifi/errors';
import { replayRestoreJournal } from '../../../electron/core/wifi/restore';
import { PHOTON_ENDPOINT } from '../../../electron/core/wifi/types';
import { HOME_UUID, PHOTON, FakeNmWorld } from './support/fake-nm-world';
import { DEVICE_ID, commandLines, expectNoShell, harness } from './support/session-harness';
import { m } from '../../../shared/i18n/catalogue';

const tempUuid = '00000000-0000-4000-8000-000000000001';

const waitForAbort = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) =>
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }),
  );

describe('WifiSession over nmcli', () => {
  it('finds the AP after a few scans, waits out association and DHCP, uses the device, restores by UUID', async () => {
    const world = new FakeNmWorld();
    world.photonFromScan = 3;
    world.associationDelay = 3;
    world.linkLocalReads = 2;
    const { session, journalPath, progress } = harness(world);
    let journalDuringUse: unknown = null;

    const result = await session.run({}, async (context) => {
      journalDuringUse = JSON.parse(readFileSync(journalPath, 'utf8'));
      expect(context).toMatchObject({
        ssid: PHOTON,
        iface: 'wlan0',
        deviceId: DEVICE_ID,
        address: '192.168.0.23',
        secondLink: true,
      });
      // The session hands the real device's default endpoint on; nothing here contacts it.
      expect(context.endpoint).toEqual(PHOTON_ENDPOINT);
      return 'configured';
    });

    expect(result.value).toBe('configured');
    expect(result.restore).toEqual({
      ok: true,
      network: 'Home:Net',
      verified: true,
      profileLeft: false,
      home: 'online',
      removed: [],
    });
    expect(journalDuringUse).toMatchObject({
      version: 2,
      owner: { pid: process.pid },
      homeAddresses: ['192.168.1.40'],
      prefix: 'Photon-',
      iface: 'wlan0',
      previous: { iface: 'wlan0', nmUuid: HOME_UUID, ssid: 'Home:Net' },
      temp: {
        iface: 'wlan0',
        ssid: PHOTON,
        nmUuid: tempUuid,
        profileName: `photon-setup-${PHOTON}`,
      },
    });
    expect(existsSync(journalPath)).toBe(false);
    expect(world.active?.uuid).toBe(HOME_UUID);
    expect(world.profiles.map((p) => p.name)).toEqual(['Home:Net']);

    const lines = commandLines(world);
    expect(lines).toContain(
      `connection add type wifi ifname wlan0 con-name photon-setup-${PHOTON} ssid ${PHOTON} connection.autoconnect no ipv4.method auto ipv4.never-default yes ipv6.method ignore connection.permissions user:operator`,
    );
    expect(lines).toContain(`--wait 1 connection up uuid ${tempUuid}`);
    const deleteAt = lines.indexOf(`connection delete uuid ${tempUuid}`);
    const rejoinAt = lines.findIndex((line) => line.endsWith(`connection up uuid ${HOME_UUID}`));
    expect(deleteAt).toBeGreaterThan(0);
    expect(rejoinAt).toBeGreaterThan(deleteAt);
    expectNoShell(world);

    const phases = progress.map((event) => event.phase);
    expect(phases).toEqual(
      expect.arrayContaining([
        'preflight',
        'discover',
        'join',
        'verify',
        'connected',
        'restore',
        'restored',
      ]),
    );
    expect(progress.find((event) => event.phase === 'discover')?.countdownS).toBeGreaterThan(0);
    expect(
      progress.filter((event) => event.phase === 'verify').map((event) => event.address),
    ).toContain('169.254.33.7');
    expect(progress.find((event) => event.phase === 'connected')).toMatchObject({
      address: '192.168.0.23',
      deviceId: DEVICE_ID,
    });
    expect(progress.find((event) => event.secondLink !== undefined)?.secondLink).toBe(true);
  });

  it('refuses to start when another interface is already on 192.168.0.0/24', async () => {
    const world = new FakeNmWorld();
    world.otherInterfaces.set('eth0', ['192.168.0.10']);
    const { session, journalPath } = harness(world);
    const error = await session.run({}, async () => 'never').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'subnet-clash' });
    expect((error as Error).message).toContain('eth0 already has the address 192.168.0.10');
    expect(commandLines(world).some((line) => line.startsWith('connection add'))).toBe(false);
    expect(existsSync(journalPath)).toBe(false);
  });

  it('stops when the route to the Photon leaves through another interface, and still restores', async () => {
    const world = new FakeNmWorld();
    world.routeToPhoton = 'eth0';
    const { session } = harness(world);
    await expect(session.run({}, async () => 'never')).rejects.toMatchObject({
      kind: 'route-clash',
    });
    expect(commandLines(world)).toContain(`connection delete uuid ${tempUuid}`);
    expect(world.active?.uuid).toBe(HOME_UUID);
  });

  it('DHCP that never leaves 169.254.x is reported with the address seen', async () => {
    const world = new FakeNmWorld();
    world.linkLocalReads = Number.POSITIVE_INFINITY;
    const { session } = harness(world);
    const error = await session.run({}, async () => 'never').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'no-address' });
    expect((error as Error).message).toContain('(it has 169.254.33.7)');
    expect(world.active?.uuid).toBe(HOME_UUID);
  });

  it('detects the device dropping mid-session, tries one re-join, then aborts the work and restores', async () => {
    const world = new FakeNmWorld();
    const { session, progress } = harness(world);
    let sawAbort = false;
    const error = await session
      .run({}, async (context) => {
        world.drop();
        await waitForAbort(context.signal).catch(() => {
          sawAbort = true;
        });
        return 'unreachable';
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WifiError);
    expect(error).toMatchObject({ kind: 'dropped' });
    expect(sawAbort).toBe(true);
    expect(progress.some((event) => event.phase === 'dropped')).toBe(true);
    const lines = commandLines(world);
    expect(lines.filter((line) => line.endsWith(`connection up uuid ${tempUuid}`))).toHaveLength(2);
    expect(lines).toContain(`connection delete uuid ${tempUuid}`);
    expect(world.active?.uuid).toBe(HOME_UUID);
  });

  it('says "rejoin <network> yourself" when the restore fails, and keeps the journal for the next start', async () => {
    const world = new FakeNmWorld();
    const { session, journalPath, progress } = harness(world);
    const error = await session
      .run({}, async () => {
        world.restoreFails = true;
        return 'done';
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WifiRestoreError);
    expect((error as Error).message).toBe(
      'Host Wi-Fi not restored: rejoin Home:Net yourself from the system menu.',
    );
    expect(commandLines(world)).toContain(`connection delete uuid ${tempUuid}`);
    expect(existsSync(journalPath)).toBe(true);
    expect(progress.at(-1)?.phase).toBe('restore-failed');
  });

  it('a restore failure after a failed step still names the network and keeps the first cause', async () => {
    const world = new FakeNmWorld();
    world.routeToPhoton = 'eth0';
    world.restoreFails = true;
    const { session } = harness(world);
    const error = (await session
      .run({}, async () => 'x')
      .catch((e: unknown) => e)) as WifiRestoreError;
    expect(error).toBeInstanceOf(WifiRestoreError);
    expect((error as { cause?: unknown }).cause).toMatchObject({ kind: 'route-clash' });
  });

  it('replays the journal after a crash: removes the temporary profile, rejoins by UUID, clears the journal', async () => {
    const world = new FakeNmWorld();
    const { session, journal, journalPath, backend } = harness(world);
    let snapshot = '';
    let tempProfile = world.profiles[0];
    await session.run({}, async () => {
      snapshot = readFileSync(journalPath, 'utf8');
      tempProfile = world.active ?? undefined;
      return null;
    });
    // The process "died" while joined: the Photon profile is active and the journal is on disk.
    if (tempProfile === undefined) throw new Error('no temp profile');
    world.profiles.push(tempProfile);
    world.active = tempProfile;
    writeFileSync(journalPath, snapshot);
    world.calls.length = 0;

    const replay = await replayRestoreJournal(journal, backend, {
      timeoutMs: 400,
      pollMs: 2,
      net: world.net,
      reachCloud: world.reachCloud,
    });
    expect(replay).toMatchObject({
      kind: 'restored',
      report: { ok: true, network: 'Home:Net', verified: true, home: 'online' },
    });
    expect(commandLines(world)).toEqual([
      // Still on the Photon? Only then is the network touched.
      '-t -f ACTIVE,SSID,BSSID,SIGNAL,SECURITY,CHAN device wifi list --rescan no ifname wlan0',
      `connection delete uuid ${tempUuid}`,
      // Any Photon the desktop learned during the trip (none here).
      '-t -f UUID,TYPE,DEVICE,NAME connection show',
      `--wait 1 connection up uuid ${HOME_UUID}`,
      '-t -f ACTIVE,SSID,BSSID,SIGNAL,SECURITY,CHAN device wifi list --rescan no ifname wlan0',
    ]);
    expect(existsSync(journalPath)).toBe(false);
    expect(await replayRestoreJournal(journal, backend, { net: world.net })).toEqual({
      kind: 'none',
    });
  });

  it('a corrupt journal is dropped instead of failing every start', async () => {
    const { journal, journalPath, backend, world } = harness();
    writeFileSync(journalPath, '{"version":1,"platform":');
    expect(await replayRestoreJournal(journal, backend, { net: world.net })).toEqual({
      kind: 'corrupt',
    });
    expect(existsSync(journalPath)).toBe(false);
    expect(world.calls).toEqual([]);
  });

  it('cancel while scanning: nothing was switched, nothing to restore', async () => {
    const world = new FakeNmWorld();
    world.photonFromScan = Number.POSITIVE_INFINITY;
    const { session, journalPath } = harness(world);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(
      session.run({ signal: controller.signal }, async () => 'x'),
    ).rejects.toBeInstanceOf(Cancelled);
    expect(existsSync(journalPath)).toBe(false);
    expect(commandLines(world).some((line) => line.includes('connection add'))).toBe(false);
  });

  it('cancel while in use: the work sees the abort and the host is restored', async () => {
    const world = new FakeNmWorld();
    const { session } = harness(world);
    const controller = new AbortController();
    const run = session.run({ signal: controller.signal }, async (context) => {
      setTimeout(() => controller.abort(), 5);
      return waitForAbort(context.signal);
    });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(commandLines(world)).toContain(`connection delete uuid ${tempUuid}`);
    expect(world.active?.uuid).toBe(HOME_UUID);
  });

  it('caps the whole session and still restores', async () => {
    const world = new FakeNmWorld();
    const { session } = harness(world, {
      timeouts: { ...(await import('./support/session-harness')).FAST, sessionCapMs: 150 },
    });
    const error = await session
      .run({}, (context) => waitForAbort(context.signal))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(world.active?.uuid).toBe(HOME_UUID);
  });

  it('a join that fails still removes the profile and rejoins home', async () => {
    const world = new FakeNmWorld();
    world.upFails = true;
    const { session } = harness(world);
    await expect(session.run({}, async () => 'x')).rejects.toMatchObject({ kind: 'join-failed' });
    expect(commandLines(world)).toContain(`connection delete uuid ${tempUuid}`);
    expect(world.profiles.map((p) => p.name)).toEqual(['Home:Net']);
    expect(world.active?.uuid).toBe(HOME_UUID);
  });

  it('a device that does not answer is a clear failure, not a hang', async () => {
    const world = new FakeNmWorld();
    const { session } = harness(world, { probeDevice: async () => null });
    const error = await session.run({}, async () => 'x').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'device-silent' });
    expect(world.active?.uuid).toBe(HOME_UUID);
  });

  it('several Photons: the caller picks; without a picker the operator is asked', async () => {
    const world = new FakeNmWorld();
    const extra = {
      ssid: 'Photon-H4M9',
      bssid: '6C:0B:84:55:66:77',
      signal: '90',
      security: '',
      chan: '11',
    };
    const visible = (world as unknown as { visible: () => unknown[] }).visible.bind(world);
    (world as unknown as { visible: () => unknown[] }).visible = () => [...visible(), extra];
    const { session } = harness(world);
    await expect(session.run({}, async () => 'x')).rejects.toMatchObject({ kind: 'choose' });
    const offered: string[] = [];
    const result = await session.run(
      {
        choose: async (candidates) => {
          offered.push(...candidates.map((c) => c.ssid));
          return PHOTON;
        },
      },
      async (context) => context.ssid,
    );
    expect(offered).toEqual(['Photon-H4M9', PHOTON]);
    expect(result.value).toBe(PHOTON);
  });

  it('a stale journal with the host already home is cleaned without touching the network', async () => {
    const world = new FakeNmWorld();
    const { session, journal, journalPath, backend } = harness(world);
    let snapshot = '';
    await session.run({}, async () => {
      snapshot = readFileSync(journalPath, 'utf8');
      return null;
    });
    // Crash at the workshop, start at the office: the journal is back, the host is home.
    writeFileSync(journalPath, snapshot);
    world.calls.length = 0;
    const replay = await replayRestoreJournal(journal, backend, {
      net: world.net,
    });
    expect(replay.kind).toBe('cleaned');
    const lines = commandLines(world);
    expect(lines.some((line) => / up |disconnect| down /.test(line))).toBe(false);
    expect(lines).toContain(`connection delete uuid ${tempUuid}`);
    expect(world.active?.uuid).toBe(HOME_UUID);
    expect(existsSync(journalPath)).toBe(false);
  });

  it('a journal whose pid names a live process is still replayed: the data-dir lock, not the pid, says its owner is gone', async () => {
    const world = new FakeNmWorld();
    const { session, journal, journalPath, backend } = harness(world);
    let snapshot = '';
    await session.run({}, async () => {
      snapshot = readFileSync(journalPath, 'utf8');
      return null;
    });
    // After a reboot the old pid may be any program's — here it is this very test process.
    expect(JSON.parse(snapshot)).toMatchObject({ owner: { pid: process.pid } });
    writeFileSync(journalPath, snapshot);
    world.calls.length = 0;
    const replay = await replayRestoreJournal(journal, backend, { net: world.net });
    expect(replay.kind).toBe('cleaned');
    expect(existsSync(journalPath)).toBe(false);
  });

  it('manual path: the host leaves home only when the operator’s join is seen', async () => {
    const world = new FakeNmWorld();
    const { session, journalPath } = harness(world);
    // The operator never joins: nothing to restore, no journal left behind.
    const error = await session.run({ manual: true }, async () => 'x').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'no-address' });
    expect(existsSync(journalPath)).toBe(false);
    expect(commandLines(world).some((line) => / up |delete/.test(line))).toBe(false);
  });

  it('manual path without an adapter name (Windows without Location): found by the Photon’s address', async () => {
    const world = new FakeNmWorld();
    const { session, backend } = harness(world);
    // The OS refuses to name adapters; the operator joins from the menu after the prompt.
    backend.interfaces = async () => {
      throw new WifiError('permission', m('system.location.hidden'));
    };
    const photonProfile = {
      uuid: '11111111-2222-4333-8444-555555555555',
      name: PHOTON,
      ssid: PHOTON,
    };
    setTimeout(() => {
      world.profiles.push(photonProfile);
      world.active = photonProfile;
    }, 30);
    const result = await session.run({ manual: true }, async (context) => ({
      iface: context.iface,
      address: context.address,
    }));
    expect(result.value).toEqual({ iface: 'wlan0', address: '192.168.0.23' });
  });

  it('a VPN default route or a split tunnel is not a second link', async () => {
    for (const setup of [
      (world: FakeNmWorld) => {
        world.defaultRouteIface = 'tun0';
      },
      (world: FakeNmWorld) => {
        // "default" stays on eth0, but the internet goes through the tunnel's /1 routes.
        world.net.routeIface = async (dest) => (dest === '192.168.0.1' ? 'wlan0' : 'tun0');
      },
    ]) {
      const world = new FakeNmWorld();
      setup(world);
      const { session } = harness(world);
      const result = await session.run({}, async (context) => context.secondLink);
      expect(result.value).toBe(false);
    }
  });

  it('after a restore the network itself is checked: a Photon still answering fails it', async () => {
    const world = new FakeNmWorld();
    // The OS says it rejoined home, but the device still answers its setup port from here.
    const { session } = harness(world, { probeDevice: async () => ({ id: DEVICE_ID }) });
    const error = await session
      .run({}, async () => {
        // The OS says it rejoined home, but the Wi-Fi still holds the Photon's lease.
        const ipv4 = world.net.ipv4ByIface.bind(world.net);
        world.net.ipv4ByIface = () => {
          const map = ipv4();
          map.set('wlan0', ['192.168.0.23']);
          return map;
        };
        return 'x';
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WifiRestoreError);
  });

  it('a cloud that does not answer after the restore is reported, not hidden', async () => {
    const world = new FakeNmWorld();
    world.cloudUp = false;
    const { session } = harness(world);
    const result = await session.run({}, async () => 'x');
    expect(result.restore).toMatchObject({ ok: true, network: 'Home:Net', home: 'offline' });
  });

  it('hidden names: the OS is asked for Location once, at the moment the scan needs it', async () => {
    const world = new FakeNmWorld();
    let allowed = false;
    let asked = 0;
    const { session, backend } = harness(world, {
      askLocation: async () => {
        asked++;
        allowed = true;
        return true;
      },
    });
    const caps = backend.caps.bind(backend);
    backend.caps = async () => ({
      ...(await caps()),
      scanSsids: allowed ? 'yes' : 'needs-location',
    });
    const result = await session.run({}, async (context) => context.ssid);
    expect(result.value).toBe(PHOTON);
    expect(asked).toBe(1);
  });

  it('hidden names and a refusal: the sentence says what to allow, nothing was switched', async () => {
    const world = new FakeNmWorld();
    const { session, backend } = harness(world, { askLocation: async () => false });
    const caps = backend.caps.bind(backend);
    backend.caps = async () => ({ ...(await caps()), scanSsids: 'needs-location' });
    await expect(session.run({}, async () => 'x')).rejects.toMatchObject({ kind: 'permission' });
    expect(commandLines(world).some((line) => line.includes('connection add'))).toBe(false);
  });

  it('cancel during a join that ignores it: the restore waits for the join to settle', async () => {
    const world = new FakeNmWorld();
    const { session, backend } = harness(world);
    const join = backend.joinOpen.bind(backend);
    // A backend whose join command outlives the cancel (networksetup blocks for seconds).
    backend.joinOpen = async (iface, ssid, options) => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      return join(iface, ssid, { ...options, signal: undefined });
    };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 15);
    await expect(
      session.run({ signal: controller.signal }, async () => 'x'),
    ).rejects.toBeInstanceOf(Cancelled);
    // The late join landed, then the restore undid it: home, and no Photon profile left.
    expect(world.active?.uuid).toBe(HOME_UUID);
    expect(world.profiles.map((p) => p.name)).toEqual(['Home:Net']);
  });

  it('a home network on 192.168.0.x: its address is not taken for the Photon’s', async () => {
    const world = new FakeNmWorld();
    world.homeAddress = '192.168.0.23';
    const { session, journalPath } = harness(world);
    // Manual path, the operator never joins: the home lease must not count as the join.
    const error = await session.run({ manual: true }, async () => 'x').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'no-address' });
    expect(
      commandLines(world).some((line) => / up |connection delete|device connect/.test(line)),
    ).toBe(false);
    expect(existsSync(journalPath)).toBe(false);
    // The automatic path with the same lease from the Photon: the device answering decides.
    const result = await session.run({}, async (context) => context.address);
    expect(result.value).toBe('192.168.0.23');
    expect(world.active?.uuid).toBe(HOME_UUID);
  });

  it('a stale journal, a home network on 192.168.0.x and hidden names: cleaned, nothing touched', async () => {
    const world = new FakeNmWorld();
    world.homeAddress = '192.168.0.77';
    const { session, journal, journalPath, backend } = harness(world);
    let snapshot = '';
    await session.run({}, async () => {
      snapshot = readFileSync(journalPath, 'utf8');
      return null;
    });
    writeFileSync(journalPath, snapshot);
    world.calls.length = 0;
    // Names hidden: the OS will not say which network this is.
    backend.isAssociated = async () => 'unknown';
    const replay = await replayRestoreJournal(journal, backend, {
      net: world.net,
      probePhoton: async () => world.onPhoton,
    });
    expect(replay.kind).toBe('cleaned');
    expect(commandLines(world).some((line) => / up |device connect/.test(line))).toBe(false);
  });

  it('a journal kept by a failed restore is settled before the next trip writes over it', async () => {
    const world = new FakeNmWorld();
    const { session, journalPath } = harness(world);
    await session
      .run({}, async () => {
        world.restoreFails = true;
        return 'x';
      })
      .catch(() => undefined);
    expect(existsSync(journalPath)).toBe(true);
    // Home comes back (the operator rejoined, or NetworkManager did): the next trip starts clean.
    world.restoreFails = false;
    world.calls.length = 0;
    const result = await session.run({}, async () => 'again');
    expect(result.value).toBe('again');
    const lines = commandLines(world);
    const firstAdd = lines.findIndex((line) => line.includes('connection add'));
    expect(lines.slice(0, firstAdd).some((line) => line.startsWith('connection delete'))).toBe(
      true,
    );
  });

  it('already on a Photon before the trip: that network is never "home"', async () => {
    const world = new FakeNmWorld();
    const photon = { uuid: '22222222-3333-4444-8555-666666666666', name: PHOTON, ssid: PHOTON };
    world.profiles.push(photon);
    world.active = photon;
    const { session } = harness(world);
    const result = await session.run({ ssid: PHOTON }, async () => 'x');
    expect(result.restore.ok).toBe(true);
    expect(commandLines(world)).not.toContain(`--wait 1 connection up uuid ${photon.uuid}`);
  });

  it('Linux: a Photon the operator joined from the desktop menu is removed on the way home', async () => {
    const world = new FakeNmWorld();
    const { session } = harness(world);
    // The desktop's own Wi-Fi menu makes a saved connection named after the Photon.
    const learned = { uuid: '33333333-4444-4555-8666-777777777777', name: PHOTON, ssid: PHOTON };
    setTimeout(() => {
      world.profiles.push(learned);
      world.active = learned;
    }, 30);
    const result = await session.run({ manual: true }, async () => 'x');
    expect(result.restore).toMatchObject({ ok: true, removed: [PHOTON] });
    expect(world.profiles.map((p) => p.name)).toEqual(['Home:Net']);
    expect(world.active?.uuid).toBe(HOME_UUID);
  });

  it('a second link that loses the internet route to the Photon’s network stops counting', async () => {
    const world = new FakeNmWorld();
    // Once joined, the Photon's DHCP gateway wins the route to the internet.
    world.net.routeIface = async (dest) =>
      dest === '192.168.0.1' ? 'wlan0' : world.onPhoton ? 'wlan0' : 'eth0';
    const { session, progress } = harness(world);
    const result = await session.run({}, async (context) => context.secondLink);
    expect(result.value).toBe(false);
    expect(progress.some((event) => event.secondLink === false)).toBe(true);
  });
});
