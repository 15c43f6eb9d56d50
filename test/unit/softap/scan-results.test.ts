import { describe, expect, it } from 'vitest';
import { signalBars, summarizeScan } from '../../../electron/core/softap/scan-results';
import { en } from '../../support/english';

const entry = (ssid: string | Buffer, rssi: number, sec = 4194308, ch = 6) => ({
  ssid: typeof ssid === 'string' ? Buffer.from(ssid) : ssid,
  rssi,
  sec,
  ch,
  mdr: 72200,
});

describe('summarizeScan', () => {
  it('keeps the strongest access point per SSID, drops Photons and hidden networks, sorts by signal', () => {
    const list = summarizeScan([
      entry('Home', -70, 4194308, 1),
      entry('Home', -48, 4194308, 11),
      entry('Photon-AB12', -30, 0, 11),
      entry('Neighbour', -80),
      entry('', -20),
      entry('Cafe', -60, 0, 3),
    ]);
    expect(list.map((network) => network.ssid)).toEqual(['Home', 'Cafe', 'Neighbour']);
    expect(list[0]).toMatchObject({
      rssi: -48,
      channel: 11,
      bars: 4,
      security: 4194308,
      requiresPassword: true,
      enterprise: false,
      band: '2.4 GHz',
      maxDataRateKbps: 72200,
      accessPoints: 2,
    });
    expect(en(list[0]!.securityName)).toBe('WPA2 Personal (AES)');
    expect(list[1]).toMatchObject({
      requiresPassword: false,
      securityName: { id: 'security.open' },
    });
    expect(en(list[1]!.securityName)).toBe('Open');
  });

  it('takes the setup prefix as a parameter', () => {
    const entries = [entry('Photon-AB12', -30), entry('Acme-XYZ123', -40), entry('Home', -50)];
    expect(summarizeScan(entries, { setupPrefix: 'Acme-' }).map((n) => n.ssid)).toEqual([
      'Photon-AB12',
      'Home',
    ]);
    expect(summarizeScan(entries, { setupPrefix: '' })).toHaveLength(3);
  });

  it('handles sec -1: borrows a known value from another AP, else hides or flags the network', () => {
    const entries = [
      entry('Mixed', -40, -1, 1),
      entry('Mixed', -70, 0x02400006, 6),
      entry('Mystery', -50, -1, 3),
    ];
    const list = summarizeScan(entries);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      ssid: 'Mixed',
      rssi: -40,
      security: 0x02400006,
      channel: 6,
      enterprise: true,
    });
    const all = summarizeScan(entries, { includeUnknownSecurity: true });
    const mystery = all.find((n) => n.ssid === 'Mystery');
    expect(mystery).toMatchObject({ security: null, requiresPassword: false });
    expect(en(mystery!.securityName)).toBe('Unknown security');
  });

  it('turns RSSI into 0–4 bars', () => {
    expect([-30, -55, -56, -67, -68, -75, -76, -85, -86, -100].map(signalBars)).toEqual([
      4, 4, 3, 3, 2, 2, 1, 1, 0, 0,
    ]);
  });

  it('groups by bytes and keeps them next to a readable form', () => {
    const latin1 = Buffer.from('Café-Net', 'latin1');
    const utf8 = Buffer.from('Café-Net', 'utf8');
    const list = summarizeScan([entry(latin1, -40), entry(utf8, -50), entry(latin1, -60)]);
    // Two networks that read alike are two networks: their bytes differ.
    expect(
      list.map(({ ssid, ssidHex, accessPoints }) => ({ ssid, ssidHex, accessPoints })),
    ).toEqual([
      { ssid: 'Café-Net', ssidHex: latin1.toString('hex'), accessPoints: 2 },
      { ssid: 'Café-Net', ssidHex: utf8.toString('hex'), accessPoints: 1 },
    ]);
  });
});
