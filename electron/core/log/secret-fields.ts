// Every secret that enters the core through the contract is registered with the redactor, so
// the log and the diagnostics file can mask it wherever it turns up later (an error quoting a
// command line, a URL). Found by field name, because the schemas name them plainly.
import type { Redactor } from '../cloud/redact';

/** accessToken, clientSecret, password, otp, privateKey, mfaToken — not tokenExpiresAt. */
const SECRET_FIELD = /(password|secret|token|otp|privatekey)$/i;
/** Arguments are small and validated; deeper nesting than this is not a contract argument. */
const MAX_DEPTH = 6;

export function registerSecretFields(value: unknown, redactor: Redactor, depth = 0): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && SECRET_FIELD.test(key)) redactor.add(field);
    else registerSecretFields(field, redactor, depth + 1);
  }
}

/** A deep copy with every string passed through the redactor (structure kept, JSON stays valid). */
export function redactDeep<T>(value: T, redactor: Redactor): T {
  if (typeof value === 'string') return redactor.redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redactor)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        typeof field === 'string' && SECRET_FIELD.test(key)
          ? '[redacted]'
          : redactDeep(field, redactor),
      ]),
    ) as T;
  return value;
}
