import { describe, expect, it } from 'vitest';
import { planBackends } from '../../../electron/core/wifi/backend-plan';
import { describeWifiCapabilities } from '../../../electron/core/wifi/capabilities';
import { CompositeBackend } from '../../../electron/core/wifi/composite-backend';
import { createHostWifiBackend } from '../../../electron/core/wifi/host-backend';
import { recordingRun } from './support/recording-run';
import { realOutput, substituted } from './support/fixtures';
import { en } from '../../support/english';

const onPath = (name: string): string | null =>
  name === 'system_profiler' ? null : `/usr/bin/${name}`;

describe('backend plan per OS and version', () => {
  it('Linux: node-wifi scans, nmcli does the rest', () => {
    expect(planBackends('linux', '6.8.0')).toMatchObject({
      scan: 'node-wifi',
      join: 'nmcli',
      rejoin: 'nmcli',
      forget: 'nmcli',
    });
  });
  it('Windows 10 and 11: every operation is netsh (node-wifi reads netsh by line position)', () => {
    for (const release of ['10.0.19045', '10.0.22631', '10.0.26100'])
      expect(Object.values(planBackends('win32', release) ?? {})).toEqual(Array(8).fill('netsh'));
  });
  it('macOS 13 keeps node-wifi for scan/current; 14+ uses networksetup/system_profiler only', () => {
    expect(planBackends('darwin', '22.6.0')).toMatchObject({
      scan: 'node-wifi',
      current: 'node-wifi',
      join: 'macos',
    });
    expect(Object.values(planBackends('darwin', '23.4.0') ?? {})).toEqual(Array(8).fill('macos'));
  });
  it('no plan elsewhere', () => {
    expect(planBackends('freebsd', '14.0')).toBeNull();
  });
  it('the composite sends each operation to its planned backend', async () => {
    const interfaces = substituted('netsh/en-US/show-interfaces.txt', [
      [/(Name +): WiFi/, '$1: Wi-Fi'],
      [/(SSID +): my-wifi-ssid-here/, '$1: Home:Net & Co'],
      [/(Profile +): my-wifi-ssid-here/, '$1: Home:Net & Co'],
    ]);
    const networks = substituted('netsh/en-US/show-networks-bssid.txt', [
      ['SSID 1 : iPhone', 'SSID 1 : Photon-7QK2XZ'],
    ]);
    const { run, lines } = recordingRun((_f, args) =>
      args.join(' ') === 'wlan show interfaces' ? { stdout: interfaces } : { stdout: networks },
    );
    const composite = createHostWifiBackend({
      platform: 'win32',
      release: '10.0.22631',
      runCommand: run,
    });
    expect(composite).toBeInstanceOf(CompositeBackend);
    expect(await composite.current('Wi-Fi')).toEqual({
      iface: 'Wi-Fi',
      ssid: 'Home:Net & Co',
      winProfile: 'Home:Net & Co',
    });
    expect((await composite.scan('Wi-Fi', { fresh: true }))[0]?.ssid).toBe('Photon-7QK2XZ');
    expect(lines()).toEqual([
      'netsh wlan show interfaces',
      'netsh wlan show networks mode=bssid interface=Wi-Fi',
    ]);
  });
});

describe('describeWifiCapabilities', () => {
  it('Windows 11 24H2 without location consent', async () => {
    const { run } = recordingRun(() => ({
      code: 1,
      stdout: realOutput('netsh/location-denied/en-US.txt'),
    }));
    const report = await describeWifiCapabilities('win32', '10.0.26100', run, onPath);
    expect(report).toMatchObject({
      supported: true,
      ssids: 'needs-location',
      plan: { scan: 'netsh' },
    });
    expect(report.tools).toEqual([{ name: 'netsh', path: '/usr/bin/netsh' }]);
    expect(en(report.fix)).toMatch(/Let desktop apps access your location/);
  });

  it('macOS 15.6 with redacted names', async () => {
    const { run } = recordingRun(() => ({
      stdout: substituted('macos/system-profiler/associated-15.5.json', [
        [/"_name" : "SSID-\d+"/g, '"_name" : "<redacted>"'],
      ]),
    }));
    const report = await describeWifiCapabilities('darwin', '24.6.0', run, onPath);
    expect(report.ssids).toBe('needs-location');
    expect(en(report.fix)).toMatch(/Location Services/);
    expect(report.tools).toContainEqual({ name: 'system_profiler', path: null });
  });

  it('Linux reads names; a failing probe is "unknown", not a crash', async () => {
    expect(
      (await describeWifiCapabilities('linux', '6.8.0', recordingRun().run, onPath)).ssids,
    ).toBe('yes');
    const broken = async (): Promise<never> => {
      throw new Error('boom');
    };
    expect((await describeWifiCapabilities('win32', '10.0.26100', broken, onPath)).ssids).toBe(
      'unknown',
    );
    expect(await describeWifiCapabilities('aix', '7', broken, onPath)).toMatchObject({
      supported: false,
      plan: null,
    });
  });
});
