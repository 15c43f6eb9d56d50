// The longest value each field of the contract accepts: the zod schemas in shared/ use these,
// and the renderer's fields carry the same number as maxLength, so a paste of 300 KB into a
// token field is cut at the field instead of being sent (the web host closes a socket whose
// message exceeds 256 KB). One number per field, said once.
import { MAX_SOFTAP_PREFIX_LENGTH } from './softap-prefix';

export const FIELD_LIMITS = {
  accessToken: 200,
  loginPassword: 200,
  email: 254,
  product: 80,
  clientId: 200,
  clientSecret: 200,
  /** Six digits, with room for the spaces a paste brings along. */
  otp: 12,
  /** Network names as typed; the validator then checks the 32-byte rule with a sentence. */
  ssid: 64,
  /** Room for a 64-hex key and more, so the validator can say what is wrong. */
  wifiPassword: 128,
  eapIdentity: 64,
  pem: 8192,
  channel: 2,
  /** A device id typed to start a run or filter the history (24 hex, spaces trimmed). */
  deviceIdFilter: 40,
  /** A returned unit's id, any case, as read off a label. */
  lookupDeviceId: 40,
  /** What a label scanner types for one unit (an id, with room for stray prefixes to refuse). */
  stationLabel: 64,
  station: 120,
  operator: 120,
  /** The stem plus its dash. */
  softApPrefix: MAX_SOFTAP_PREFIX_LENGTH + 1,
  cloudBaseUrl: 2048,
} as const;
