import { describe, expect, it } from 'vitest';
import {
  describeEap,
  describeSecurity,
  EAP_TYPES,
  eapMethod,
  eapTypeValue,
  isEnterprise,
  isSendableSecurity,
  requiresPassword,
  securityClass,
  securityKey,
  securityNames,
  securityValue,
  SECURITY_VALUES,
} from '../../../shared/security';
import { en } from '../../support/english';

describe('security values', () => {
  it('maps every documented name to its number', () => {
    expect(SECURITY_VALUES).toMatchObject({
      open: 0,
      none: 0,
      wep_psk: 1,
      wep_shared: 32769,
      wpa_tkip: 2097154,
      wpa_aes: 2097156,
      wpa_mixed: 2097158,
      wpa2_tkip: 4194306,
      wpa2_aes: 4194308,
      wpa2_mixed: 4194310,
      wpa2: 4194310,
      wpa_enterprise_tkip: 35651586,
      wpa_enterprise_aes: 35651588,
      wpa2_enterprise_tkip: 37748738,
      wpa2_enterprise_aes: 37748740,
      wpa2_enterprise_mixed: 37748742,
      wpa2_enterprise: 37748742,
      enterprise: 33554432,
      unknown: -1,
    });
  });

  it('goes both ways, preferring the specific name over an alias', () => {
    for (const name of securityNames) {
      const value = SECURITY_VALUES[name];
      expect(securityValue(securityKey(value) ?? '')).toBe(value);
    }
    expect(securityKey(0)).toBe('open');
    expect(securityKey(0x00400006)).toBe('wpa2_mixed');
    expect(securityKey(0x02400006)).toBe('wpa2_enterprise_mixed');
    expect(securityKey(0x12345)).toBeUndefined();
    expect(securityValue(' WPA2_AES ')).toBe(4194308);
    expect(securityValue('wpa3')).toBeUndefined();
    expect(securityValue('toString')).toBeUndefined();
  });

  it('names any bit combination', () => {
    expect(en(describeSecurity(0x02400006))).toBe('WPA2 Enterprise (AES+TKIP)');
    expect(en(describeSecurity(37748742))).toBe('WPA2 Enterprise (AES+TKIP)');
    expect(en(describeSecurity(0x00400004))).toBe('WPA2 Personal (AES)');
    expect(en(describeSecurity(0x00200002))).toBe('WPA Personal (TKIP)');
    expect(en(describeSecurity(0x00600006))).toBe('WPA/WPA2 Personal (AES+TKIP)');
    expect(en(describeSecurity(0x02200004))).toBe('WPA Enterprise (AES)');
    expect(en(describeSecurity(0x10400004))).toBe('WPA2 Personal (AES), WPS');
    expect(en(describeSecurity(0))).toBe('Open');
    expect(en(describeSecurity(1))).toBe('WEP');
    expect(en(describeSecurity(0x8001))).toBe('WEP (shared key)');
    expect(en(describeSecurity(-1))).toBe('Unknown security');
    expect(en(describeSecurity(0x00000004))).toBe('Unknown security (0x00000004)');
    expect(en(describeSecurity(0x02000000))).toBe('Enterprise');
  });

  it('classifies like the firmware and says what credentials are needed', () => {
    expect(securityClass(0)).toBe('open');
    expect(securityClass(0x8001)).toBe('wep');
    expect(securityClass(0x00400004)).toBe('wpa2');
    expect(securityClass(0x00200004)).toBe('wpa');
    expect(securityClass(0x02400006)).toBe('wpa2-enterprise');
    expect(securityClass(0x02200002)).toBe('wpa-enterprise');
    expect(securityClass(-1)).toBe('unknown');
    expect(securityClass(4)).toBe('unknown');
    expect(requiresPassword(0)).toBe(false);
    expect(requiresPassword(1)).toBe(true);
    expect(requiresPassword(4194308)).toBe(true);
    expect(requiresPassword(37748742)).toBe(false);
    expect(isEnterprise(37748742)).toBe(true);
    expect(isEnterprise(4194308)).toBe(false);
    expect(isEnterprise(0x02000000)).toBe(false);
    expect(isSendableSecurity(-1)).toBe(false);
    expect(isSendableSecurity(0)).toBe(true);
    expect(isSendableSecurity(4)).toBe(false);
  });

  it('knows the EAP methods', () => {
    expect(EAP_TYPES).toEqual({ peap: 25, 'eap-tls': 13 });
    expect(eapTypeValue('PEAP')).toBe(25);
    expect(eapTypeValue('peap/mschapv2')).toBe(25);
    expect(eapTypeValue('tls')).toBe(13);
    expect(eapTypeValue('eap-tls')).toBe(13);
    expect(eapTypeValue('ttls')).toBeUndefined();
    expect(eapMethod(25)).toBe('peap');
    expect(eapMethod(13)).toBe('eap-tls');
    expect(eapMethod(21)).toBeUndefined();
    expect(en(describeEap(13))).toBe('EAP-TLS');
    expect(en(describeEap(25))).toBe('PEAP (MSCHAPv2)');
  });
});
