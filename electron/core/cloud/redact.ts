// Secrets must never reach a log line or an error. The client registers every token, password
// and client secret it handles; anything else that looks like a credential is masked by pattern.

const MASK = '[redacted]';

const PATTERNS: readonly RegExp[] = [
  /(access_token|refresh_token|client_secret|password|mfa_token|otp)=[^&\s"']*/gi,
  /("(?:access_token|refresh_token|client_secret|password|mfa_token|otp)"\s*:\s*)"[^"]*"/gi,
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g,
];

export interface Redactor {
  /** Remember a value that must never be shown. Short values are ignored (they'd mask everyday words). */
  add(secret: string | null | undefined): void;
  redact(text: string): string;
}

const MIN_SECRET_LENGTH = 4;

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  return {
    add(secret) {
      if (secret && secret.length >= MIN_SECRET_LENGTH) secrets.add(secret);
    },
    redact(text) {
      let out = text;
      // Longest first, so a secret that contains another is masked whole.
      for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        out = out.split(secret).join(MASK);
        const encoded = encodeURIComponent(secret);
        if (encoded !== secret) out = out.split(encoded).join(MASK);
      }
      out = out.replace(PATTERNS[0]!, `$1=${MASK}`);
      out = out.replace(PATTERNS[1]!, `$1"${MASK}"`);
      out = out.replace(PATTERNS[2]!, `$1 ${MASK}`);
      return out;
    },
  };
}
