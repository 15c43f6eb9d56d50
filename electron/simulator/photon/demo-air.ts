// The networks around a simulated Photon in demo mode and the CLI. The passwords are demo
// values, documented so an operator can type them; nothing real.
import { SECURITY } from './constants';
import type { AirNetwork } from './options';

export const DEMO_WIFI_PASSWORD = 'photon-demo-pass';

export const demoAir: readonly AirNetwork[] = [
  {
    ssid: 'Workshop',
    sec: SECURITY.wpa2Aes,
    ch: 6,
    rssi: -48,
    mdr: 72200,
    password: DEMO_WIFI_PASSWORD,
  },
  // One entry per BSS: the same SSID from a second access point.
  {
    ssid: 'Workshop',
    sec: SECURITY.wpa2Aes,
    ch: 11,
    rssi: -74,
    mdr: 72200,
    password: DEMO_WIFI_PASSWORD,
  },
  { ssid: 'Guest', sec: SECURITY.open, ch: 1, rssi: -63, mdr: 54000 },
  {
    ssid: 'Old Router',
    sec: SECURITY.wepPsk,
    ch: 3,
    rssi: -80,
    mdr: 54000,
    password: '0005D9178B0F95',
  },
  {
    ssid: 'Lab',
    sec: SECURITY.wpa2EnterpriseAes,
    ch: 9,
    rssi: -70,
    mdr: 72200,
    password: DEMO_WIFI_PASSWORD,
  },
  {
    ssid: 'Workshop-5G',
    sec: SECURITY.wpa2Aes,
    ch: 36,
    rssi: -52,
    band5GHz: true,
    password: DEMO_WIFI_PASSWORD,
  },
  {
    ssid: 'Backroom',
    sec: SECURITY.wpa2Aes,
    ch: 6,
    rssi: -66,
    hidden: true,
    password: DEMO_WIFI_PASSWORD,
  },
];
