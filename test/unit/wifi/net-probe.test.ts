import { describe, expect, it } from 'vitest';
import { createHostNetProbe } from '../../../electron/core/wifi/net-probe';
import { findSubnetClash, inPhotonSubnet, ipv4ByIface } from '../../../electron/core/wifi/subnet';
import { isSecondLink, looksLikeTunnel } from '../../../electron/core/wifi/second-link';
import { recordingRun } from './support/recording-run';

const info = (address: string, internal = false) => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4' as const,
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});

describe('addresses and clashes (injected os.networkInterfaces)', () => {
  const interfaces = () => ({
    lo: [info('127.0.0.1', true)],
    eth0: [info('192.168.0.17')],
    wlan0: [info('169.254.3.4')],
  });

  it('lists IPv4 per interface without loopback', () => {
    expect([...ipv4ByIface(interfaces).entries()]).toEqual([
      ['eth0', ['192.168.0.17']],
      ['wlan0', ['169.254.3.4']],
    ]);
  });

  it('finds another interface on 192.168.0.0/24', () => {
    expect(findSubnetClash(ipv4ByIface(interfaces), 'wlan0')).toEqual([
      { iface: 'eth0', address: '192.168.0.17' },
    ]);
    expect(findSubnetClash(ipv4ByIface(interfaces), 'eth0')).toEqual([]);
    expect(inPhotonSubnet('192.168.0.23')).toBe(true);
    expect(inPhotonSubnet('192.168.10.23')).toBe(false);
  });
});

describe('route checks per OS (recorded outputs)', () => {
  it('Linux: ip -j route', async () => {
    const { run, lines } = recordingRun((_f, args) =>
      args.includes('get')
        ? {
            stdout:
              '[{"dst":"192.168.0.1","dev":"wlan0","prefsrc":"192.168.0.23","flags":[],"uid":1000,"cache":[]}]\n',
          }
        : {
            stdout:
              '[{"dst":"default","gateway":"10.1.2.1","dev":"eth0","protocol":"dhcp","metric":100,"flags":[]},{"dst":"default","gateway":"192.168.1.1","dev":"wlan0","metric":600,"flags":[]}]\n',
          },
    );
    const probe = createHostNetProbe({
      platform: 'linux',
      runCommand: run,
      networkInterfaces: () => ({}),
      hasSysfsDevice: (iface) => iface === 'eth0',
    });
    expect(await probe.routeIface('192.168.0.1')).toBe('wlan0');
    expect(await probe.defaultRoute()).toEqual({ iface: 'eth0', physical: true });
    expect(lines()).toEqual(['ip -j route get 192.168.0.1', 'ip -j route show default']);
  });

  it('macOS: route -n get', async () => {
    const { run } = recordingRun(() => ({
      stdout:
        '   route to: 192.168.0.1\ndestination: 192.168.0.0\n       mask: 255.255.255.0\n  interface: en1\n      flags: <UP,DONE,CLONING>\n',
    }));
    const probe = createHostNetProbe({ platform: 'darwin', runCommand: run });
    expect(await probe.routeIface('192.168.0.1')).toBe('en1');
  });

  it('Windows: PowerShell alias; only IPv4 literals reach the script', async () => {
    const { run, calls } = recordingRun(() => ({ stdout: 'Wi-Fi\r\n' }));
    const probe = createHostNetProbe({ platform: 'win32', runCommand: run });
    expect(await probe.routeIface('192.168.0.1')).toBe('Wi-Fi');
    expect(calls[0]?.args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-Command']);
    await expect(probe.routeIface("1.1.1.1'; calc; '")).rejects.toMatchObject({
      kind: 'command-failed',
    });
    expect(calls).toHaveLength(1);
  });
});

describe('a VPN is never a second link', () => {
  it('Linux: a tunnel has no sysfs device', async () => {
    const { run } = recordingRun(() => ({
      stdout: '[{"dst":"default","dev":"tun0","scope":"link","flags":[]}]\n',
    }));
    const probe = createHostNetProbe({
      platform: 'linux',
      runCommand: run,
      networkInterfaces: () => ({}),
      hasSysfsDevice: () => false,
    });
    const route = await probe.defaultRoute();
    expect(route).toEqual({ iface: 'tun0', physical: false });
    expect(isSecondLink(route, 'wlan0')).toBe(false);
  });

  it('macOS: utun is not a hardware port; USB Ethernet is', async () => {
    const ports =
      'Hardware Port: Wi-Fi\nDevice: en0\n\nHardware Port: USB 10/100/1000 LAN\nDevice: en7\n';
    let via = 'utun3';
    const { run } = recordingRun((file) =>
      file.endsWith('networksetup')
        ? { stdout: ports }
        : { stdout: `   route to: default\ndestination: default\n  interface: ${via}\n` },
    );
    const probe = createHostNetProbe({ platform: 'darwin', runCommand: run });
    expect(isSecondLink(await probe.defaultRoute(), 'en0')).toBe(false);
    via = 'en7';
    expect(await probe.defaultRoute()).toEqual({ iface: 'en7', physical: true });
    expect(isSecondLink(await probe.defaultRoute(), 'en0')).toBe(true);
  });

  it('Windows: the adapter description and Get-NetAdapter -Physical decide', async () => {
    let line = 'Ethernet\tIntel(R) Ethernet Connection I219-LM\tTrue\r\n';
    const { run } = recordingRun(() => ({ stdout: line }));
    const probe = createHostNetProbe({ platform: 'win32', runCommand: run });
    expect(isSecondLink(await probe.defaultRoute(), 'Wi-Fi')).toBe(true);
    line = 'Work\tWAN Miniport (IKEv2)\tFalse\r\n';
    expect(isSecondLink(await probe.defaultRoute(), 'Wi-Fi')).toBe(false);
    line = 'Ethernet 3\tWireGuard Tunnel\t\r\n';
    expect(await probe.defaultRoute()).toEqual({
      iface: 'Ethernet 3',
      description: 'WireGuard Tunnel',
    });
    expect(isSecondLink(await probe.defaultRoute(), 'Wi-Fi')).toBe(false);
  });

  it('tunnel names on every OS; ordinary adapters are not', () => {
    for (const name of [
      'tun0',
      'tap1',
      'utun3',
      'ppp0',
      'wg0',
      'ipsec0',
      'tailscale0',
      'OpenVPN TAP-Windows6',
      'NordLynx',
    ])
      expect(looksLikeTunnel(name), name).toBe(true);
    for (const name of [
      'eth0',
      'enp3s0',
      'en0',
      'en7',
      'wlan0',
      'wlp2s0',
      'Ethernet',
      'Wi-Fi',
      'bridge0',
    ])
      expect(looksLikeTunnel(name), name).toBe(false);
    expect(isSecondLink({ iface: 'wlan0' }, 'wlan0')).toBe(false);
    expect(isSecondLink(null, 'wlan0')).toBe(false);
    expect(isSecondLink({ iface: 'eth0' }, 'wlan0')).toBe(true);
  });
});
