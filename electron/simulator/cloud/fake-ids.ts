// Random identifiers in the cloud's own formats.
import { randomBytes } from 'node:crypto';

/** 40 lowercase hex characters, like every token in Particle's recordings. */
export const newToken = (): string => randomBytes(20).toString('hex');

/** 24 hex: user, customer and device ids. */
export const newObjectId = (): string => randomBytes(12).toString('hex');

/** 63 characters of the base64 alphabet, + and / included: 47 random bytes with the = dropped. */
export const newClaimCode = (): string => randomBytes(47).toString('base64').replace(/=+$/, '');

/** The JWT-looking handle for the MFA step. */
export const newMfaToken = (): string => `mfa.${randomBytes(24).toString('base64url')}`;
