// One typed error for every way a cloud call fails. The message is the operator's sentence and
// carries no secret; the raw response is never kept (it may echo a token or a password).
import { OperatorError } from '../runtime';

export type CloudProblem =
  | { kind: 'bad-token' }
  | { kind: 'expired-token' }
  | { kind: 'bad-credentials' }
  | { kind: 'bad-client' }
  | { kind: 'mfa-required' }
  /** The one-time code was not accepted (wrong, mistyped or expired); the sign-in still waits. */
  | { kind: 'mfa-code-rejected' }
  /** The pending two-step sign-in itself was refused: it has to start again. */
  | { kind: 'mfa-expired' }
  /** The product's client may not act for that customer (unknown email, or another product). */
  | { kind: 'customer-refused' }
  | { kind: 'permission-denied' }
  | { kind: 'not-found' }
  | { kind: 'owned-by-someone-else' }
  | { kind: 'device-offline' }
  | { kind: 'bad-request' }
  | { kind: 'rate-limited'; retryAfterMs: number | null }
  | { kind: 'server-error'; status: number }
  | { kind: 'timeout' }
  | { kind: 'offline' }
  | { kind: 'malformed-response' };

export type CloudProblemKind = CloudProblem['kind'];

function minutes(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/** The operator sentence: what happened and what to do next. */
function describeProblem(problem: CloudProblem): string {
  switch (problem.kind) {
    case 'bad-token':
      return 'The Particle cloud did not accept the access token. Sign in again or paste a new token.';
    case 'expired-token':
      return 'The Particle sign-in has expired. Sign in again or paste a new token.';
    case 'bad-credentials':
      return 'The Particle cloud rejected the email or password. Check them and try again.';
    case 'bad-client':
      return 'The Particle cloud rejected the OAuth client id or secret. Check them in the product’s Authentication page.';
    case 'mfa-required':
      return 'This account uses two-step verification. Enter the code from your authenticator app.';
    case 'mfa-code-rejected':
      return 'Particle did not accept that code (mistyped, or already expired). Enter the current 6-digit code from your authenticator app.';
    case 'mfa-expired':
      return 'The sign-in waited too long for its code, or too many codes were refused. Sign in again with your email and password.';
    case 'customer-refused':
      return "The product's OAuth client was refused a token for this customer. Check the customer email, and that the client belongs to this product.";
    case 'permission-denied':
      return 'This account is not allowed to do that, or the cloud does not know the device or product.';
    case 'not-found':
      return 'The Particle cloud could not find that device, product or customer.';
    case 'owned-by-someone-else':
      return 'That device belongs to another Particle account. Its owner must release it first.';
    case 'device-offline':
      return 'The device is not connected to the Particle cloud right now.';
    case 'bad-request':
      return 'The Particle cloud refused the request as invalid.';
    case 'rate-limited':
      return problem.retryAfterMs === null
        ? 'The Particle cloud is limiting requests. Wait a few minutes and try again.'
        : `The Particle cloud is limiting requests. Try again in ${minutes(problem.retryAfterMs)}.`;
    case 'server-error':
      return `The Particle cloud had a problem (HTTP ${problem.status}). Try again in a moment.`;
    case 'timeout':
      return 'The Particle cloud did not answer in time. Check the internet connection and try again.';
    case 'offline':
      return 'Could not reach the Particle cloud. Check that this computer is online.';
    case 'malformed-response':
      return 'The Particle cloud sent an answer Photon Setup does not understand.';
  }
}

export class CloudError extends OperatorError {
  constructor(
    readonly problem: CloudProblem,
    /** What was being done, e.g. "create a claim code"; never a URL or a body. */
    readonly operation: string,
    readonly status: number | null = null,
    /** The cloud's own words, already redacted and shortened; for the log, not for control flow. */
    readonly detail: string | null = null,
  ) {
    super(describeProblem(problem), problem.kind);
    this.name = 'CloudError';
  }

  get kind(): CloudProblemKind {
    return this.problem.kind;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.problem.kind,
      problem: this.problem,
      operation: this.operation,
      status: this.status,
      detail: this.detail,
      message: this.message,
    };
  }
}

export const isRetryable = (problem: CloudProblem): boolean =>
  problem.kind === 'rate-limited' ||
  problem.kind === 'server-error' ||
  problem.kind === 'timeout' ||
  problem.kind === 'offline';
