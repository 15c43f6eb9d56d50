import { describe, expect, it, vi } from 'vitest';
import { CommandTimeoutError, type RunCommand } from '../../../electron/core/run-command';
import { checkSystem, type SystemCheckDeps } from '../../../electron/core/system/system-check';
import type { LocationAccess, LocationStatus } from '../../../electron/core/system/location-access';
import { planBackends } from '../../../electron/core/wifi';
import { m } from '../../../shared/i18n/catalogue';
import { en } from '../../support/english';

const deps = (overrides: Partial<SystemCheckDeps>): SystemCheckDeps => ({
  platform: 'linux',
  release: '6.1.0',
  arch: 'x64',
  simulated: false,
  runCommand: vi.fn<RunCommand>(async () => ({
    code: 0,
    stdout: 'nmcli tool, version 1.42.4\n',
    stderr: '',
  })),
  findOnPath: (name) => `/usr/bin/${name}`,
  now: () => new Date('2026-11-27T10:00:00Z'),
  ...overrides,
});

describe('checkSystem', () => {
  it.each([
    ['linux', 'nmcli', ['--version']],
    ['win32', 'netsh', ['wlan', 'show', 'interfaces']],
    ['darwin', 'networksetup', ['-listallhardwareports']],
  ] as const)(
    'on %s probes %s without a shell and reports it ready',
    async (platform, tool, args) => {
      const runCommand = vi.fn<RunCommand>(async () => ({
        code: 0,
        stdout: `${tool} 1.0\n`,
        stderr: '',
      }));
      const result = await checkSystem(deps({ platform, runCommand }));
      expect(runCommand).toHaveBeenCalledWith(
        `/usr/bin/${tool}`,
        args,
        expect.objectContaining({ timeoutMs: expect.any(Number) }),
      );
      expect(result.wifiTool).toMatchObject({ name: tool, runs: true, version: `${tool} 1.0` });
      expect(result.ready).toBe(true);
    },
  );

  it('fails with a fix when the Wi-Fi tool is missing', async () => {
    const result = await checkSystem(deps({ findOnPath: () => null }));
    const item = result.items.find((candidate) => candidate.id === 'wifi-tool');
    expect(item?.status).toBe('fail');
    expect(en(item?.fix)).toContain('NetworkManager');
    expect(result.ready).toBe(false);
  });

  it('fails when the tool exits non-zero or times out', async () => {
    const exitsOne = await checkSystem(
      deps({
        runCommand: async () => ({ code: 10, stdout: '', stderr: 'NetworkManager is not running' }),
      }),
    );
    expect(exitsOne.wifiTool.runs).toBe(false);
    expect(exitsOne.ready).toBe(false);
    const hangs = await checkSystem(
      deps({ runCommand: async () => Promise.reject(new CommandTimeoutError('nmcli', 4000)) }),
    );
    expect(hangs.items.find((item) => item.id === 'wifi-tool')?.status).toBe('fail');
  });

  it('does not need the real tool in simulation, and says what the real host has', async () => {
    const result = await checkSystem(deps({ simulated: true, findOnPath: () => null }));
    expect(result.ready).toBe(true);
    expect(en(result.items.find((item) => item.id === 'wifi-tool')?.detail)).toContain(
      'nmcli not found',
    );
    expect(result.items.map((item) => item.id)).toContain('simulation');
  });

  it('refuses an unsupported OS', async () => {
    const result = await checkSystem(deps({ platform: 'aix' }));
    expect(result.ready).toBe(false);
    expect(result.items[0]).toMatchObject({ id: 'os', status: 'fail' });
  });

  it('says which backend does each Wi-Fi operation and whether SSIDs are readable', async () => {
    const plan = planBackends('darwin', '24.0.0');
    const result = await checkSystem(
      deps({
        platform: 'darwin',
        describeWifi: async () => ({
          platform: 'darwin',
          release: '24.0.0',
          supported: true,
          plan,
          tools: [],
          ssids: 'needs-location',
          fix: m('wifi.location.mac', { prefix: 'Photon-' }),
        }),
      }),
    );
    expect(en(result.items.find((item) => item.id === 'wifi-backends')?.detail)).toContain(
      'macos: find the Wi-Fi adapter, scan',
    );
    expect(result.items.find((item) => item.id === 'wifi-ssids')).toMatchObject({
      status: 'warn',
      fix: m('wifi.location.mac', { prefix: 'Photon-' }),
    });
    expect(result.ready).toBe(true);
    const simulated = await checkSystem(deps({ simulated: true, describeWifi: async () => null }));
    expect(en(simulated.items.find((item) => item.id === 'wifi-backends')?.detail)).toContain(
      'simulated',
    );
  });

  it('hidden names get a button: the macOS prompt while never asked, else the settings page', async () => {
    const needsLocation = (platform: NodeJS.Platform) => async () => ({
      platform,
      release: '24.0.0',
      supported: true,
      plan: planBackends(platform, '24.0.0'),
      tools: [],
      ssids: 'needs-location' as const,
    });
    const location = (status: LocationStatus): LocationAccess => ({
      status: async () => status,
      request: async () => 'granted',
      openSettings: async () => undefined,
    });
    const item = async (platform: NodeJS.Platform, status: LocationStatus | null) =>
      (
        await checkSystem(
          deps({
            platform,
            describeWifi: needsLocation(platform),
            location: status === null ? undefined : location(status),
          }),
        )
      ).items.find((entry) => entry.id === 'wifi-ssids');
    const ask = (await item('darwin', 'not-determined'))?.action;
    expect(ask?.id).toBe('request-location');
    expect(en(ask?.label)).toBe('Ask macOS for Location access');
    const denied = await item('darwin', 'denied');
    expect(denied?.action?.id).toBe('open-location-settings');
    expect(en(denied?.detail)).toMatch(/turned off/);
    const open = (await item('win32', 'unknown'))?.action;
    expect(open?.id).toBe('open-location-settings');
    expect(en(open?.label)).toBe('Open Location settings');
    // The web host and the CLI cannot press anything for the operator: no button, the words stay.
    const web = await item('win32', null);
    expect(web?.action).toBeUndefined();
    expect(web?.status).toBe('warn');
  });
});
