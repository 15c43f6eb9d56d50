// Numbers the firmware puts on the wire, collected so every module quotes the same source
// (softap-protocol.md §1, §5, §6; device-os wwd_constants.h, wlan_hal.h, mbedtls/tropicssl rsa.h).

export const WEP_ENABLED = 0x0001;
const TKIP_ENABLED = 0x0002;
const AES_ENABLED = 0x0004;
const SHARED_ENABLED = 0x8000;
export const WPA_SECURITY = 0x00200000;
export const WPA2_SECURITY = 0x00400000;
export const ENTERPRISE_ENABLED = 0x02000000;

export const SECURITY = {
  open: 0,
  wepPsk: WEP_ENABLED,
  wepShared: SHARED_ENABLED | WEP_ENABLED,
  wpaTkip: WPA_SECURITY | TKIP_ENABLED,
  wpaAes: WPA_SECURITY | AES_ENABLED,
  wpa2Tkip: WPA2_SECURITY | TKIP_ENABLED,
  wpa2Aes: WPA2_SECURITY | AES_ENABLED,
  wpa2Mixed: WPA2_SECURITY | AES_ENABLED | TKIP_ENABLED,
  wpaEnterpriseAes: ENTERPRISE_ENABLED | WPA_SECURITY | AES_ENABLED,
  wpa2EnterpriseAes: ENTERPRISE_ENABLED | WPA2_SECURITY | AES_ENABLED,
  wpa2EnterpriseMixed: ENTERPRISE_ENABLED | WPA2_SECURITY | AES_ENABLED | TKIP_ENABLED,
} as const;

export const EAP_PEAP = 25;
export const EAP_TLS = 13;

/** configure-ap results on firmware ≥ 0.7.0 (hal/inc/wlan_hal.h). */
export const RESULT = {
  ok: 0,
  enterpriseRejected: 1,
  setKeyNotCc: -1,
  cipherRequired: -2,
  invalidSsidLength: -3,
  invalidKeyLength: -4,
} as const;

export interface RsaErrorCodes {
  badInput: number;
  invalidPadding: number;
  privateFailed: number;
  outputTooLarge: number;
  /** Ciphertext not below the modulus. */
  inputOutOfRange: number;
  /** What a decrypt fails with when the heap is nearly exhausted (community thread 45625). */
  lowMemory: number;
}

/** ≥ 0.7.0 decrypts with mbedTLS. */
export const MBEDTLS_RSA_ERRORS: RsaErrorCodes = {
  badInput: -0x4080,
  invalidPadding: -0x4100,
  privateFailed: -0x4300,
  outputTooLarge: -0x4400,
  // MBEDTLS_ERR_RSA_PRIVATE_FAILED + MBEDTLS_ERR_MPI_BAD_INPUT_DATA
  inputOutOfRange: -0x4300 - 0x0004,
  lowMemory: -16642,
};

/** ≤ 0.6 decrypts with tropicssl; -1103 is the code users reported for the low-RAM failure. */
export const TROPICSSL_RSA_ERRORS: RsaErrorCodes = {
  badInput: -0x0400,
  invalidPadding: -0x0410,
  privateFailed: -0x0450,
  outputTooLarge: -0x0470,
  inputOutOfRange: -0x0400,
  lowMemory: -1103,
};

export const SSID_SUFFIX_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const SSID_PREFIX_MAX = 25;
export const SSID_SUFFIX_MAX = 6;
export const SSID_MAX_BYTES = 32;
export const CLAIM_CODE_MAX_BYTES = 63;
/** ConfigureAP.passcode is char[65]: 64 bytes plus the terminator. */
export const PASSCODE_MAX_BYTES = 64;
export const STORED_NETWORKS_MAX = 5;
/** The DER public key is written into a 294-byte zeroed buffer (EXTERNAL_FLASH_SERVER_PUBLIC_KEY_LENGTH). */
export const PUBLIC_KEY_BUFFER_BYTES = 294;
