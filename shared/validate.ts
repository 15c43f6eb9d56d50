// Input rules shared by every side, so the renderer can explain a problem before the core
// refuses it. Each validator returns the operator sentence for the first problem, or null.

const DEVICE_ID = /^[0-9a-f]{24}$/;

/** Device ids are compared and sent lowercase everywhere; accept any case and surrounding space. */
export const normalizeDeviceId = (value: string): string => value.trim().toLowerCase();

export const isDeviceId = (value: string): boolean => DEVICE_ID.test(normalizeDeviceId(value));

export function deviceIdProblem(value: string): string | null {
  const id = normalizeDeviceId(value);
  if (id.length === 0) return 'Enter the device id (24 characters, 0-9 and a-f).';
  if (!/^[0-9a-f]*$/.test(id)) return 'A device id has only the characters 0-9 and a-f.';
  if (id.length !== 24) return `A device id is 24 characters long; this one has ${id.length}.`;
  return null;
}

/** UTF-8 byte length, which is what the device's 32-byte SSID limit counts. */
export const utf8ByteLength = (value: string): number => new TextEncoder().encode(value).length;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(value: string): string | null {
  const email = value.trim();
  if (email.length === 0) return 'Enter an email address.';
  if (email.length > 254 || !EMAIL.test(email))
    return `"${email.slice(0, 60)}" is not an email address.`;
  return null;
}
