// configure-ap's password decryption as the firmware does it: lenient hex decoding into a
// 256-byte buffer, a raw RSA private operation on the first 128 bytes, then PKCS#1 v1.5
// unpadding by hand — Node ≥ 20 refuses RSA_PKCS1_PADDING private decryption (CVE-2023-46809).
import type { RsaErrorCodes } from './constants';
import type { DeviceKey, RsaPrivateNumbers } from './device-key';

const CIPHERTEXT_BUFFER_BYTES = 256;

/** hex_nibble() in softap.cpp: no validation, any byte maps to something. */
const hexNibble = (c: number): number => {
  if (c < 0x30) return 0;
  if (c <= 0x39) return c - 0x30;
  if (c <= 0x5a) return (c - 0x41 + 10) & 0xff;
  if (c <= 0x7a) return (c - 0x61 + 10) & 0xff;
  return 0;
};

/** hex_decode() in softap.cpp: stops at the end (or a NUL), odd trailing digit becomes a high nibble. */
export function hexDecodeLikeFirmware(hex: string, maxBytes = CIPHERTEXT_BUFFER_BYTES): Buffer {
  const input = Buffer.from(hex, 'utf8');
  const out = Buffer.alloc(maxBytes);
  let at = 0;
  for (let i = 0; i < maxBytes; i++) {
    const high = input[at++];
    if (high === undefined || high === 0) break;
    const low = input[at++] ?? 0;
    out[i] = ((hexNibble(high) << 4) | hexNibble(low)) & 0xff;
    if (low === 0) break;
  }
  return out;
}

const modPow = (base: bigint, exponent: bigint, modulus: bigint): bigint => {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
};

/** c^d mod n through the CRT, like mbedtls_rsa_private. */
function rsaPrivate(c: bigint, k: RsaPrivateNumbers): bigint {
  const m1 = modPow(c, k.dP, k.p);
  const m2 = modPow(c, k.dQ, k.q);
  const h = (((m1 - m2) % k.p) + k.p) % k.p;
  return m2 + ((k.qInv * h) % k.p) * k.q;
}

const toBuffer = (value: bigint, bytes: number): Buffer =>
  Buffer.from(value.toString(16).padStart(bytes * 2, '0'), 'hex');

/** EM = 00 02 PS(≥ 8 non-zero bytes) 00 M; returns M, or null when the padding is wrong. */
export function unpadPkcs1v15Type2(block: Buffer): Buffer | null {
  if (block[0] !== 0x00 || block[1] !== 0x02) return null;
  const separator = block.indexOf(0x00, 2);
  if (separator < 0 || separator - 2 < 8) return null;
  return block.subarray(separator + 1);
}

export type DecryptResult = { ok: true; plaintext: Buffer } | { ok: false; code: number };

/**
 * @param maxPlaintextBytes the output buffer the firmware passes (a longer message is an error)
 */
export function decryptLikeFirmware(
  hex: string,
  key: DeviceKey,
  maxPlaintextBytes: number,
  codes: RsaErrorCodes,
): DecryptResult {
  const ciphertext = hexDecodeLikeFirmware(hex).subarray(0, key.modulusBytes);
  const c = BigInt(`0x${ciphertext.toString('hex')}`);
  if (c >= key.numbers.n) return { ok: false, code: codes.inputOutOfRange };
  const block = toBuffer(rsaPrivate(c, key.numbers), key.modulusBytes);
  const message = unpadPkcs1v15Type2(block);
  if (message === null) return { ok: false, code: codes.invalidPadding };
  if (message.length > maxPlaintextBytes) return { ok: false, code: codes.outputTooLarge };
  return { ok: true, plaintext: Buffer.from(message) };
}
