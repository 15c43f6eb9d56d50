// The device's RSA-1024 key pair. Node generates it (fast, native); node-forge reads the PEM
// so the private numbers are available for the raw RSA operation in rsa-decrypt.ts.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { PUBLIC_KEY_BUFFER_BYTES } from './constants';

export interface RsaPrivateNumbers {
  n: bigint;
  p: bigint;
  q: bigint;
  dP: bigint;
  dQ: bigint;
  qInv: bigint;
}

export interface DeviceKey {
  privateKeyPem: string;
  publicKeyPem: string;
  /** X.509 SubjectPublicKeyInfo DER, 162 bytes for RSA-1024. */
  publicKeyDer: Buffer;
  /** The `b` field of public-key: DER + zero padding to 294 bytes, uppercase hex (588 chars). */
  publicKeyField: string;
  /** Modulus size in bytes (128). */
  modulusBytes: number;
  numbers: RsaPrivateNumbers;
}

const SPKI_RSA_1024_BYTES = 162;

/** A fresh RSA-1024 key with e = 65537, as PKCS#1 PEM (what dsakeygen.cpp produces on a device). */
export function generateDeviceKeyPem(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 65537 });
  return privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
}

const toBigInt = (value: forge.jsbn.BigInteger): bigint => BigInt(`0x${value.toString(16)}`);

export function loadDeviceKey(privateKeyPem: string): DeviceKey {
  const forgeKey = forge.pki.privateKeyFromPem(privateKeyPem);
  const publicKeyDer = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'der' });
  const modulusBits = forgeKey.n.bitLength();
  // Clients slice the key at fixed offsets (softap-setup-js: slice(22)), so only a full
  // 1024-bit modulus gives the byte layout a real device has (softap-protocol.md §7.1).
  if (modulusBits !== 1024 || publicKeyDer.length !== SPKI_RSA_1024_BYTES) {
    throw new Error(`A Photon key is RSA-1024; this key has a ${modulusBits}-bit modulus.`);
  }
  const field = Buffer.alloc(PUBLIC_KEY_BUFFER_BYTES);
  publicKeyDer.copy(field);
  return {
    privateKeyPem,
    publicKeyPem: createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString(),
    publicKeyDer,
    publicKeyField: field.toString('hex').toUpperCase(),
    modulusBytes: 128,
    numbers: {
      n: toBigInt(forgeKey.n),
      p: toBigInt(forgeKey.p),
      q: toBigInt(forgeKey.q),
      dP: toBigInt(forgeKey.dP),
      dQ: toBigInt(forgeKey.dQ),
      qInv: toBigInt(forgeKey.qInv),
    },
  };
}
